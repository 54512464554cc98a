#pragma once

#include "verdicts/verdicts.h"

#include <QPersistentModelIndex>
#include <QWidget>

#include <array>

class QAction;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QToolButton;

namespace simwatch {

class ElidedLabel;
class VerdictStore;

// Above a call's transcript: what its scenario expected, and the reviewer's verdict on it
// (Pass / Fail / Unsure; clicking the chosen one again clears it) with a one-line note, each
// kept as it is made: nothing needs a Save.
// Ctrl+1 / Ctrl+2 / Ctrl+3 choose a verdict from anywhere in the calls pane.
class VerdictPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictPanel(QWidget *parent = nullptr);

    void setStore(VerdictStore *store);
    // The call (a SimulationModel recording index) whose verdict is shown; invalid: none.
    void showCall(const QModelIndex &recording);

    QLabel *expectedLabel() const { return m_expected; }
    QToolButton *button(Verdict verdict) const;
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *problemLabel() const { return m_problem; }
    QList<QAction *> verdictActions() const; // Pass, Fail, Unsure (their shortcuts)

private:
    void choose(Verdict verdict);
    void saveNote();
    void updateEnabled();
    int runId() const;
    QString callKey() const;

    VerdictStore *m_store = nullptr;
    QPersistentModelIndex m_call;
    QLabel *m_expected = nullptr;
    std::array<QToolButton *, 3> m_buttons{};
    std::array<QAction *, 3> m_actions{};
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace simwatch
