#include "sentimentpie.h"

#include "domain/numbertext.h"
#include "sentimentchart.h"
#include "sentimentslices.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHelpEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace simwatch {

namespace {

using report::SentimentSliceCount;

QString sliceName(int slice)
{
    switch (report::SentimentSlice(slice)) {
    case report::SentimentSlice::Positive:
        return SentimentPie::tr("Positive");
    case report::SentimentSlice::Negative:
        return SentimentPie::tr("Negative");
    case report::SentimentSlice::Neutral:
        break;
    }
    return SentimentPie::tr("Neutral");
}

// The line under the legend: the filter in words.
QString hintText(int activeSlice)
{
    return activeSlice >= 0 ? SentimentPie::tr("Calls shown: %1 only").arg(sliceName(activeSlice))
                            : SentimentPie::tr("Click a slice to filter the calls");
}

// The legend's colour swatch: a painted pixmap, not a style sheet (which would give the widget a
// QStyleSheetStyle; see theme.h).
QPixmap swatch(const QColor &color, qreal devicePixelRatio)
{
    const int side = 10;
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0, 0, side, side), 2, 2);
    return pixmap;
}

} // namespace

// The chart view with its ring of three slices. A nested class so that no QtCharts type appears
// in the header: the rest of SimWatch, tests included, never sees Qt Charts.
class SentimentPie::Chart : public QChartView
{
public:
    // The chart goes to the constructor: QChartView(QWidget *) makes a default chart of its own,
    // which setChart() would release without deleting it (a leak of a whole QChart per view).
    explicit Chart(SentimentPie *pie, QWidget *parent)
        : QChartView(new QChart, parent)
    {
        QChart *chart = this->chart();
        chart->setAnimationOptions(QChart::NoAnimation); // live data: no bouncing slices
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(0, 0, 0, 0));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->legend()->hide(); // the widget's own legend: never elided, plain labels, accessible

        m_series = new QPieSeries(chart);
        m_series->setPieSize(report::PieSize);
        m_series->setHoleSize(report::PieHoleSize); // a ring reads more calmly than a full pie
        const QList<QColor> colors = theme::sentimentColors();
        for (int i = 0; i < SentimentSliceCount; ++i) {
            auto *slice = new QPieSlice(sliceName(i), 0, m_series);
            slice->setColor(colors.at(i));
            slice->setBorderColor(palette().color(QPalette::Base));
            slice->setBorderWidth(2);
            slice->setLabelVisible(false);
            slice->setExplodeDistanceFactor(report::PieExplodeFactor);
            m_series->append(slice);
            connect(slice, &QPieSlice::clicked, pie, [pie, i] { pie->onSliceClicked(i); });
            connect(slice, &QPieSlice::hovered, this, [this, i](bool state) { onHovered(i, state); });
        }
        chart->addSeries(m_series);
        setRenderHint(QPainter::Antialiasing);
        setFrameShape(QFrame::NoFrame);
        setBackgroundBrush(Qt::NoBrush);
        viewport()->setAutoFillBackground(false); // the card's colour shows through
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // Not a keyboard control: the calls list's sentiment combo filters from the keyboard.
        setFocusPolicy(Qt::NoFocus);
        setMouseTracking(true);
        setObjectName(QStringLiteral("sentimentChart"));
        setAccessibleName(SentimentPie::tr("Sentiment pie chart"));
        // The viewport is what a screen reader's pointer review lands on: the same name, and no focus.
        viewport()->setFocusPolicy(Qt::NoFocus);
        viewport()->setAccessibleName(accessibleName());
    }

    QPieSlice *slice(int i) const { return m_series->slices().at(i); }
    int sliceCount() const { return int(m_series->count()); }

    // A point halfway across the ring in the middle of the slice, in viewport coordinates.
    QPoint slicePosition(int i) const
    {
        const QPieSlice *s = slice(i);
        const QRectF area = chart()->plotArea();
        const qreal radius = qMin(area.width(), area.height()) / 2;
        qreal r = radius * (m_series->pieSize() + m_series->holeSize()) / 2;
        if (s->isExploded())
            r += radius * m_series->pieSize() * s->explodeDistanceFactor();
        const qreal angle = qDegreesToRadians(s->startAngle() + s->angleSpan() / 2); // clockwise from 12
        const QPointF inChart(area.center().x() + r * std::sin(angle), area.center().y() - r * std::cos(angle));
        return mapFromScene(chart()->mapToScene(inChart));
    }

    void setToolTips(const QStringList &toolTips)
    {
        m_toolTips = toolTips;
        if (m_hovered >= 0 && QToolTip::isVisible()) // the counts changed under the pointer
            QToolTip::showText(QCursor::pos(), m_toolTips.value(m_hovered), this);
    }

protected:
    bool viewportEvent(QEvent *event) override
    {
        // The scene answers the delayed tooltip event by hiding any tooltip, as no graphics item
        // of the chart has one: over a slice, the slice's text stays.
        if (event->type() == QEvent::ToolTip && m_hovered >= 0) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_toolTips.value(m_hovered), this);
            return true;
        }
        return QChartView::viewportEvent(event);
    }

    void hideEvent(QHideEvent *event) override
    {
        if (m_hovered >= 0) // hidden under the pointer (another simulation): no hover leave comes
            onHovered(m_hovered, false);
        QChartView::hideEvent(event);
    }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange) {
            for (QPieSlice *s : m_series->slices())
                s->setBorderColor(palette().color(QPalette::Base));
        }
        QChartView::changeEvent(event);
    }

private:
    void onHovered(int i, bool state)
    {
        // The hovered slice a shade lighter, a pointing hand, and its count and share at once.
        const QColor color = theme::sentimentColors().at(i);
        slice(i)->setColor(state ? color.lighter(115) : color);
        if (state) {
            m_hovered = i;
            viewport()->setCursor(Qt::PointingHandCursor);
            QToolTip::showText(QCursor::pos(), m_toolTips.value(i), this);
        } else if (m_hovered == i) {
            m_hovered = -1;
            viewport()->unsetCursor();
            QToolTip::hideText();
        }
    }

    QPieSeries *m_series = nullptr; // owned by the chart
    QStringList m_toolTips;
    int m_hovered = -1;
};

SentimentPie::SentimentPie(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_chartPage = new QWidget(m_stack);
    m_empty = new QLabel(m_stack);
    setEmptyReason({});
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    theme::wrapStackPageLabel(m_empty);

    // Legend: a colour swatch and "Positive 5 (63%)" per slice (the name, not the colour alone,
    // says which is which), and under it the filter in words.
    auto *legend = new QWidget(m_chartPage);
    auto *legendLayout = new QGridLayout(legend);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    legendLayout->setHorizontalSpacing(8);
    legendLayout->setVerticalSpacing(6);
    const QList<QColor> colors = theme::sentimentColors();
    for (int i = 0; i < SentimentSliceCount; ++i) {
        auto *swatchLabel = new QLabel(legend);
        swatchLabel->setPixmap(swatch(colors.at(i), devicePixelRatioF()));
        swatchLabel->setFixedSize(10, 10);
        auto *label = new QLabel(legend);
        label->setTextFormat(Qt::PlainText);
        legendLayout->addWidget(swatchLabel, i, 0, Qt::AlignVCenter);
        legendLayout->addWidget(label, i, 1, Qt::AlignVCenter);
        m_legendLabels.append(label);
    }
    m_hint = new QLabel(legend);
    m_hint->setObjectName(QStringLiteral("secondaryText"));
    m_hint->setTextFormat(Qt::PlainText);
    legendLayout->addWidget(m_hint, SentimentSliceCount, 0, 1, 2);
    // As wide as its longest text, so that the ring stays put when the filter changes.
    int hintWidth = m_hint->fontMetrics().horizontalAdvance(hintText(-1));
    for (int i = 0; i < SentimentSliceCount; ++i)
        hintWidth = qMax(hintWidth, m_hint->fontMetrics().horizontalAdvance(hintText(i)));
    m_hint->setMinimumWidth(hintWidth);
    legendLayout->setColumnStretch(1, 1);

    auto *chartLayout = new QHBoxLayout(m_chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(12);
    // The chart view goes first, created with the first finished call (see ensureChart()).
    chartLayout->addWidget(legend, 0, Qt::AlignVCenter);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_chartPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setAccessibleName(tr("Sentiment of finished calls"));
    clear();
}

SentimentPie::~SentimentPie() = default;

void SentimentPie::ensureChart()
{
    // Until a call has finished there is only the empty state: no graphics scene to build at
    // start-up, and none at all for a run that never gets that far.
    if (m_chart)
        return;
    m_chart = new Chart(this, m_chartPage);
    m_chart->setMinimumSize(110, 110);
    static_cast<QHBoxLayout *>(m_chartPage->layout())->insertWidget(0, m_chart, 1);
}

QString SentimentPie::legendText(const QString &name, int count, int share)
{
    return report::sentimentLegendText(name, count, share);
}

void SentimentPie::setCounts(int positive, int negative, int neutral)
{
    const QList<int> values{qMax(0, positive), qMax(0, negative), qMax(0, neutral)};
    if (values == m_values && !m_labels.isEmpty())
        return; // nothing changed: no repaint
    m_values = values;
    m_shares = report::largestRemainderShares(values);
    const int total = values.at(0) + values.at(1) + values.at(2);
    if (total > 0) {
        ensureChart();
        for (int i = 0; i < SentimentSliceCount; ++i)
            m_chart->slice(i)->setValue(values.at(i));
    }
    updateTexts();
    m_stack->setCurrentWidget(total > 0 ? m_chartPage : static_cast<QWidget *>(m_empty));
}

void SentimentPie::clear()
{
    m_values = {-1, -1, -1}; // force the update below
    setCounts(0, 0, 0);
}

void SentimentPie::setActiveSentiment(const QString &sentiment)
{
    const QString active = sentiment.trimmed();
    if (active == m_active)
        return;
    m_active = active;
    updateTexts();
}

int SentimentPie::activeSlice() const
{
    if (m_active.isEmpty())
        return -1;
    for (int i = 0; i < SentimentSliceCount; ++i) {
        if (m_active.compare(report::sentimentKey(report::SentimentSlice(i)), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void SentimentPie::onSliceClicked(int slice)
{
    Q_EMIT filterRequested(slice == activeSlice() ? QString() : report::sentimentKey(report::SentimentSlice(slice)));
}

void SentimentPie::updateTexts()
{
    const int total = m_values.at(0) + m_values.at(1) + m_values.at(2);
    const int active = activeSlice();
    m_labels.clear();
    m_toolTips.clear();
    for (int i = 0; i < SentimentSliceCount; ++i) {
        const QString name = sliceName(i);
        m_labels.append(legendText(name, m_values.at(i), m_shares.at(i)));
        QLabel *label = m_legendLabels.at(i);
        label->setText(m_labels.at(i));
        if (label->font().bold() != (i == active)) {
            QFont font = label->font();
            font.setBold(i == active);
            label->setFont(font);
        }
        m_toolTips.append(tr("%1\nCalls: %2 of %3 finished\nShare: %4%\n%5")
                              .arg(name, numberText(m_values.at(i)), numberText(total), numberText(m_shares.at(i)))
                              .arg(i == active ? tr("Click to show every call again")
                                               : tr("Click to show only these calls")));
    }
    m_hint->setText(hintText(active));
    if (m_chart) {
        for (int i = 0; i < SentimentSliceCount; ++i)
            m_chart->slice(i)->setExploded(i == active);
        m_chart->setToolTips(m_toolTips);
        const QString described = m_labels.join(QStringLiteral(", ")) + QStringLiteral(". ") + m_hint->text();
        m_chart->setAccessibleDescription(described);
        m_chart->viewport()->setAccessibleDescription(described); // what a screen reader lands on
    }
}

QList<int> SentimentPie::sliceValues() const
{
    if (!m_chart)
        return m_values; // zeros: nothing has finished yet
    QList<int> values; // as the chart has them
    for (int i = 0; i < sliceCount(); ++i)
        values.append(qRound(m_chart->slice(i)->value()));
    return values;
}

int SentimentPie::sliceCount() const
{
    return m_chart ? m_chart->sliceCount() : 0;
}

QStringList SentimentPie::sliceLabels() const
{
    return m_labels;
}

QStringList SentimentPie::sliceToolTips() const
{
    return m_toolTips;
}

bool SentimentPie::isSliceExploded(int slice) const
{
    return m_chart && slice >= 0 && slice < SentimentSliceCount && m_chart->slice(slice)->isExploded();
}

bool SentimentPie::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QWidget *SentimentPie::chartView() const
{
    return m_chart;
}

QPoint SentimentPie::slicePosition(int slice) const
{
    return m_chart && slice >= 0 && slice < SentimentSliceCount ? m_chart->slicePosition(slice) : QPoint();
}

void SentimentPie::setEmptyReason(const QString &reason)
{
    m_empty->setText(reason.isEmpty() ? tr("No finished calls yet \u2014 sentiment appears as calls complete") : reason);
}

} // namespace simwatch
