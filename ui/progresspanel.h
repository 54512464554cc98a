#pragma once

#include "verdicts/verdicts.h"

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
    QLabel *verdictsLabel() const { return m_verdicts; }

    // A stopped run's remaining calls will never run: it says so instead of "Remaining".
    static QString countsText(int finished, int inProgress, int remaining, int total, int active,
                              bool stopped = false);
    // "Your verdicts: 3 pass · 1 fail · 0 unsure · 4 of 8 calls to judge"; empty without calls.
    static QString verdictsText(const VerdictCounts &counts, int calls);

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_outlook = nullptr;
    QLabel *m_verdicts = nullptr;
};

} // namespace simwatch
