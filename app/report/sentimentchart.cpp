#include "sentimentchart.h"

#include "reporttext.h"

#include <QCoreApplication>
#include <QPainter>

namespace simwatch::report {

QImage sentimentChart(const Sentiment &sentiment, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size.height() / 100.0;   // layout in hundredths of the height
    const QRectF pie(4 * unit, 4 * unit, 92 * unit, 92 * unit);
    struct Slice { QString label; int value; QColor color; };
    const QList<Slice> slices = {
        {QCoreApplication::translate("simwatch::report", "Positive"), sentiment.positive, QColor(0x2e, 0x9d, 0x5b)},
        {QCoreApplication::translate("simwatch::report", "Neutral"), sentiment.neutral, QColor(0x9a, 0xa4, 0xb0)},
        {QCoreApplication::translate("simwatch::report", "Negative"), sentiment.negative, QColor(0xd0, 0x45, 0x3c)},
    };
    const int total = sentiment.total();
    if (total == 0) {
        p.setPen(QPen(QColor(0xc8, 0xcd, 0xd3), 2 * unit));
        p.setBrush(QColor(0xf2, 0xf4, 0xf6));
        p.drawEllipse(pie);
    } else {
        int start = 90 * 16;
        p.setPen(QPen(Qt::white, 1.2 * unit));
        for (const Slice &slice : slices) {
            const int span = qRound(-360.0 * 16 * slice.value / total);
            p.setBrush(slice.color);
            if (slice.value == total)
                p.drawEllipse(pie);
            else if (slice.value > 0)
                p.drawPie(pie, start, span);
            start += span;
        }
    }
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(6, qRound(9 * unit)));
    p.setFont(font);
    qreal y = 22 * unit;
    const qreal x = pie.right() + 12 * unit;
    for (const Slice &slice : slices) {
        p.setPen(Qt::NoPen);
        p.setBrush(slice.color);
        p.drawRoundedRect(QRectF(x, y - 7 * unit, 9 * unit, 9 * unit), 1.5 * unit, 1.5 * unit);
        p.setPen(QColor(0x22, 0x26, 0x2b));
        p.drawText(QPointF(x + 14 * unit, y + unit),
                   QStringLiteral("%1: %2 (%3%)").arg(slice.label).arg(slice.value).arg(percent(slice.value, total)));
        y += 22 * unit;
    }
    if (total == 0) {
        p.setPen(QColor(0x5f, 0x67, 0x70));
        p.drawText(QPointF(x, y + unit), QCoreApplication::translate("simwatch::report", "No finished calls yet."));
    }
    return image;
}

} // namespace simwatch::report
