#include "sentimentpie.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace simwatch {

// The chart view with its three slices. A nested class so that no QtCharts type appears in the
// header; one class per file still holds for everything outside this widget.
class SentimentPie::Chart : public QChartView
{
public:
    explicit Chart(QWidget *parent)
        : QChartView(parent)
    {
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation); // live data: no bouncing slices
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(0, 0, 0, 0));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->legend()->hide(); // the widget shows its own legend: never elided, plain labels

        m_series = new QPieSeries(chart);
        m_series->setPieSize(0.9);
        m_series->setHoleSize(0.45); // a ring reads more calmly than a full pie
        for (const QColor &color : sliceColors()) {
            auto *slice = new QPieSlice(QString(), 0, m_series);
            slice->setColor(color);
            slice->setBorderColor(palette().color(QPalette::Base));
            slice->setBorderWidth(2);
            slice->setLabelVisible(false);
            m_series->append(slice);
        }
        chart->addSeries(m_series);
        setChart(chart);
        setRenderHint(QPainter::Antialiasing);
        setFrameShape(QFrame::NoFrame);
        setBackgroundBrush(Qt::NoBrush);
        setStyleSheet(QStringLiteral("background: transparent"));
        setFocusPolicy(Qt::NoFocus);
    }

    QPieSlice *slice(int i) const { return m_series->slices().at(i); }

    static QList<QColor> sliceColors()
    {
        return {QColor(0x3E, 0x9B, 0x5C), QColor(0xD2, 0x4F, 0x45), QColor(0x9A, 0xA3, 0xAE)};
    }

private:
    QPieSeries *m_series = nullptr;
};

SentimentPie::SentimentPie(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *chartPage = new QWidget(m_stack);
    m_chart = new Chart(chartPage);
    m_empty = new QLabel(tr("No finished calls yet \u2014 sentiment appears as calls complete"), m_stack);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_chart->setMinimumSize(110, 110);

    // Legend: a colour swatch and "Positive 5 (62%)" per slice.
    auto *legend = new QWidget(m_stack);
    auto *legendLayout = new QGridLayout(legend);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    legendLayout->setHorizontalSpacing(8);
    legendLayout->setVerticalSpacing(6);
    const QList<QColor> colors = Chart::sliceColors();
    for (int i = 0; i < 3; ++i) {
        auto *swatch = new QFrame(legend);
        swatch->setFixedSize(10, 10);
        swatch->setStyleSheet(QStringLiteral("background: %1; border-radius: 2px;").arg(colors.at(i).name()));
        auto *label = new QLabel(legend);
        label->setTextFormat(Qt::PlainText);
        legendLayout->addWidget(swatch, i, 0, Qt::AlignVCenter);
        legendLayout->addWidget(label, i, 1, Qt::AlignVCenter);
        m_legendLabels.append(label);
    }
    legendLayout->setColumnStretch(1, 1);

    auto *chartLayout = new QHBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(12);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(legend, 0, Qt::AlignVCenter);
    m_chartPage = chartPage;

    m_stack->addWidget(m_empty);
    m_stack->addWidget(chartPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setAccessibleName(tr("Sentiment of finished calls"));
    clear();
}

SentimentPie::~SentimentPie() = default;

QString SentimentPie::sliceText(const QString &name, int count, int total)
{
    const int percent = total > 0 ? int((qint64(count) * 100) / total) : 0;
    return tr("%1 %2 (%3%)").arg(name).arg(count).arg(percent);
}

void SentimentPie::setCounts(int positive, int negative, int neutral)
{
    const QList<int> values{qMax(0, positive), qMax(0, negative), qMax(0, neutral)};
    if (values == m_values && !m_chart->slice(0)->label().isEmpty())
        return; // nothing changed: no repaint
    m_values = values;
    const int total = values.at(0) + values.at(1) + values.at(2);
    const QString names[] = {tr("Positive"), tr("Negative"), tr("Neutral")};
    for (int i = 0; i < 3; ++i) {
        QPieSlice *slice = m_chart->slice(i);
        slice->setValue(values.at(i));
        slice->setLabel(sliceText(names[i], values.at(i), total));
        m_legendLabels.at(i)->setText(slice->label());
    }
    m_stack->setCurrentWidget(total > 0 ? m_chartPage : static_cast<QWidget *>(m_empty));
    m_chart->setAccessibleDescription(sliceLabels().join(QStringLiteral(", ")));
}

void SentimentPie::clear()
{
    m_values = {-1, -1, -1}; // force the update below
    setCounts(0, 0, 0);
}

QList<int> SentimentPie::sliceValues() const
{
    QList<int> values;
    for (int i = 0; i < 3; ++i)
        values.append(int(m_chart->slice(i)->value()));
    return values;
}

QStringList SentimentPie::sliceLabels() const
{
    QStringList labels;
    for (int i = 0; i < 3; ++i)
        labels.append(m_chart->slice(i)->label());
    return labels;
}

bool SentimentPie::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

} // namespace simwatch
