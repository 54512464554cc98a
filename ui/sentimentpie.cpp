#include "sentimentpie.h"

#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace simwatch {

// The ring itself, painted: slices clockwise from 12 o'clock, the ring 0.9 and its hole 0.45 of
// the widget's shorter side, each slice outlined in the base colour. It replaces a Qt Charts view
// (same pixels), which cost every start-up the Charts and OpenGL libraries and a graphics scene.
class SentimentPie::Chart : public QWidget
{
public:
    explicit Chart(QWidget *parent)
        : QWidget(parent)
    {
        setFocusPolicy(Qt::NoFocus);
    }

    void setValues(const QList<int> &values)
    {
        m_values = values;
        update();
    }

    static QList<QColor> sliceColors()
    {
        return {QColor(0x3E, 0x9B, 0x5C), QColor(0xD2, 0x4F, 0x45), QColor(0x9A, 0xA3, 0xAE)};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        qreal total = 0;
        for (int v : std::as_const(m_values))
            total += qMax(0, v);
        if (total <= 0)
            return;
        const QPointF centre(width() * 0.5, height() * 0.5);
        const qreal radius = (qMin(width(), height()) - 1) / 2.0; // as Qt Charts drew it, to the pixel
        const qreal outer = radius * 0.9;
        const qreal inner = radius * 0.45;
        const QRectF outerRect(centre.x() - outer, centre.y() - outer, outer * 2, outer * 2);
        const QRectF innerRect(centre.x() - inner, centre.y() - inner, inner * 2, inner * 2);
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Base), 2));
        const QList<QColor> colors = sliceColors();
        qreal start = 0; // degrees clockwise from 12 o'clock
        for (int i = 0; i < m_values.size() && i < colors.size(); ++i) {
            const qreal span = 360.0 * qMax(0, m_values.at(i)) / total;
            if (span <= 0)
                continue;
            QPainterPath path; // QPainterPath angles: counter-clockwise from 3 o'clock
            path.arcMoveTo(outerRect, 90 - start);
            path.arcTo(outerRect, 90 - start, -span);
            path.arcTo(innerRect, 90 - start - span, span);
            path.closeSubpath();
            painter.setBrush(colors.at(i));
            painter.drawPath(path);
            start += span;
        }
    }

private:
    QList<int> m_values;
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
    theme::wrapStackPageLabel(m_empty);
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
    if (values == m_values && !m_labels.isEmpty())
        return; // nothing changed: no repaint
    m_values = values;
    const int total = values.at(0) + values.at(1) + values.at(2);
    const QString names[] = {tr("Positive"), tr("Negative"), tr("Neutral")};
    m_labels.clear();
    for (int i = 0; i < 3; ++i) {
        m_labels.append(sliceText(names[i], values.at(i), total));
        m_legendLabels.at(i)->setText(m_labels.at(i));
    }
    m_chart->setValues(values);
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
    return m_values;
}

QStringList SentimentPie::sliceLabels() const
{
    return m_labels;
}

bool SentimentPie::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

} // namespace simwatch
