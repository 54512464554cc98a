#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace simwatch {

// "Add simulation": one line that takes a typed or pasted id or web-app address (read by
// simulationIdFromText() in the core), a message under it that says at once what is wrong with
// anything else, and OK only while the line names a simulation. It starts filled in from the
// clipboard when that holds a simulation not watched yet. An id already watched turns OK into
// "Select", which shows that run instead of adding it twice.
class AddSimulationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddSimulationDialog(const QList<int> &watchedIds, QWidget *parent = nullptr);

    int simulationId() const { return m_id; } // -1 while the line names no simulation
    bool isAlreadyWatched() const;

    QLineEdit *input() const { return m_input; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();

    QList<int> m_watched;
    int m_id = -1;
    QLineEdit *m_input = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace simwatch
