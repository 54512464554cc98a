#pragma once

#include <QModelIndex>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace simwatch {

// Progress bar and call counts of one simulation:
// "Finished 3 · In progress 2 · Remaining 3 of 8 calls · 2 active".
class ProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    void refresh(const QModelIndex &simulation, const QList<int> &roles = {});
    void clear();
    // The ETA ("about 6 min left") and, for a run that stopped moving, the warning; empty hides it.
    void setOutlook(const QString &text, bool warning);

    QProgressBar *progressBar() const { return m_bar; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *outlookLabel() const { return m_outlook; }

    static QString countsText(int finished, int inProgress, int remaining, int total, int active);

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_outlook = nullptr;
};

} // namespace simwatch
