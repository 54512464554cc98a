#include "progresschart.h"

#include "domain/datetext.h"
#include "domain/numbertext.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace simwatch {

class ProgressChart::Chart : public QChartView
{
public:
    explicit Chart(QWidget *parent)
        : QChartView(new QChart, parent) // see SentimentPie::Chart: no default chart to leak
    {
        QChart *chart = this->chart();
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(0, 0, 0, 0));
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setLocalizeNumbers(true); // axis labels in the locale's digits and separators

        progress = new QLineSeries(chart);
        progress->setName(ProgressChart::tr("Progress (%)"));
        progress->setPen(QPen(theme::accentColor(), 2.5));
        finished = new QLineSeries(chart);
        finished->setName(ProgressChart::tr("Finished calls"));
        QPen finishedPen(theme::secondaryTextColor(palette()), 1.5, Qt::DashLine);
        finished->setPen(finishedPen);
        chart->addSeries(progress);
        chart->addSeries(finished);

        time = new QDateTimeAxis(chart);
        time->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
        time->setTickCount(4);
        percent = new QValueAxis(chart);
        percent->setRange(0, 100);
        // With localized numbers Qt Charts reads only "<text>%.<precision><d|f|...><text>" (without a
        // precision it draws no label) and copies the text around it as it is: no "%%" escape.
        percent->setLabelFormat(percentPattern().arg(QStringLiteral("%.0d")));
        percent->setTickCount(3);
        calls = new QValueAxis(chart);
        calls->setLabelFormat(QStringLiteral("%.0d"));
        calls->setTickCount(3);
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(percent, Qt::AlignLeft);
        chart->addAxis(calls, Qt::AlignRight);
        progress->attachAxis(time);
        progress->attachAxis(percent);
        finished->attachAxis(time);
        finished->attachAxis(calls);
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        setRenderHint(QPainter::Antialiasing);
        setBackgroundBrush(Qt::NoBrush);
        viewport()->setAutoFillBackground(false); // the card's colour shows through
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setFocusPolicy(Qt::NoFocus);
        setAccessibleName(ProgressChart::tr("Progress over time"));
        viewport()->setFocusPolicy(Qt::NoFocus);
        viewport()->setAccessibleName(accessibleName());
    }

    QLineSeries *progress = nullptr;
    QLineSeries *finished = nullptr;
    QDateTimeAxis *time = nullptr;
    QValueAxis *percent = nullptr;
    QValueAxis *calls = nullptr;
};

ProgressChart::ProgressChart(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("Progress over time appears once the run has moved twice while SimWatch watched it."), m_stack);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, theme::secondaryTextColor(palette()));
    m_empty->setPalette(muted);
    m_chart = new Chart(m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

ProgressChart::~ProgressChart() = default;

namespace {

// Where a time goes on the axis. QDateTimeAxis labels local time, while every time in the window
// is UTC (the calls' times among them): the point goes where the local clock reads what the UTC
// clock read, so that the axis and the calls table tell the same time.
QDateTime onAxis(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    return QDateTime(utc.date(), utc.time(), Qt::LocalTime);
}

} // namespace

void ProgressChart::setSamples(const QList<history::Sample> &samples)
{
    if (samples.size() < 2) {
        clear();
        return;
    }
    QList<QPointF> progress;
    QList<QPointF> finished;
    progress.reserve(samples.size());
    finished.reserve(samples.size());
    int mostCalls = 1;
    for (const history::Sample &sample : samples) {
        const qreal at = qreal(onAxis(sample.at).toMSecsSinceEpoch());
        progress.append({at, sample.progress});
        finished.append({at, qreal(sample.calls.finished)});
        mostCalls = qMax(mostCalls, qMax(sample.calls.finished, sample.calls.total));
    }
    m_chart->progress->replace(progress);
    m_chart->finished->replace(finished);
    const QDateTime from = onAxis(samples.constFirst().at);
    const QDateTime to = onAxis(samples.constLast().at);
    m_chart->time->setRange(from, to > from ? to : from.addSecs(60));
    // The time of day for a run within a day, the date too beyond: the locale's short formats,
    // as in the calls table (the chart is narrow).
    const QLocale locale;
    m_chart->time->setFormat(from.date() == to.date() ? locale.timeFormat(QLocale::ShortFormat)
                                                      : locale.dateTimeFormat(QLocale::ShortFormat));
    m_chart->calls->setRange(0, mostCalls);
    m_stack->setCurrentWidget(m_chart);
    // What the lines show, for a screen reader: where each began and where it is now.
    const history::Sample &first = samples.constFirst();
    const history::Sample &last = samples.constLast();
    const bool oneDay = first.at.toUTC().date() == last.at.toUTC().date(); // else the dates too, as on the axis
    const auto when = [oneDay](const QDateTime &at) { return oneDay ? timeText(at) : dateTimeText(at); };
    const QString described = tr("From %1 to %2 (UTC): progress %3 to %4, finished calls %5 to %6")
        .arg(when(first.at), when(last.at), percentText(qRound(first.progress)), percentText(qRound(last.progress)),
             numberText(first.calls.finished), numberText(last.calls.finished));
    m_chart->setAccessibleDescription(described);
    m_chart->viewport()->setAccessibleDescription(described);
}

void ProgressChart::clear()
{
    m_chart->progress->clear();
    m_chart->finished->clear();
    m_chart->setAccessibleDescription({});
    m_chart->viewport()->setAccessibleDescription({});
    m_stack->setCurrentWidget(m_empty);
}

QList<QPointF> ProgressChart::progressPoints() const
{
    return m_chart->progress->points();
}

QList<QPointF> ProgressChart::finishedPoints() const
{
    return m_chart->finished->points();
}

bool ProgressChart::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

} // namespace simwatch
