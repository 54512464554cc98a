#pragma once

// The second file pair behind which QtCharts is used (see sentimentpie.h): the header keeps
// every Charts type out.

#include "history/historydatabase.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace simwatch {

// Progress over time of the selected run, from its history samples: progress in percent and
// finished calls on a time axis. A plain message until two samples exist.
class ProgressChart : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressChart(QWidget *parent = nullptr);
    ~ProgressChart() override;

    void setSamples(const QList<history::Sample> &samples);
    void clear();

    // For tests: the points shown, as (time in ms since the epoch, value).
    QList<QPointF> progressPoints() const;
    QList<QPointF> finishedPoints() const;
    bool isEmptyStateShown() const;
    QLabel *emptyStateLabel() const { return m_empty; }

private:
    class Chart;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    Chart *m_chart = nullptr;
};

} // namespace simwatch
