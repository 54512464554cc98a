#include "sentimentchart.h"

#include "domain/numbertext.h"
#include "sentimentslices.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace simwatch::report {

QString sentimentLegendText(const QString &name, int count, int share)
{
    return QCoreApplication::translate("simwatch::report", "%1 %2 (%3%)").arg(name, numberText(count), numberText(share));
}

QImage sentimentChart(const Sentiment &sentiment, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size.height() / 100.0; // layout in hundredths of the height

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(6, qRound(9 * unit)));
    p.setFont(font);

    const QList<int> counts = sentimentCounts(sentiment);
    const int total = sentiment.total();
    if (total <= 0) {
        p.setPen(QColor(0x5f, 0x67, 0x70));
        p.drawText(QRectF(QPointF(0, 0), QSizeF(size)), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                   QCoreApplication::translate("simwatch::report", "No finished calls yet."));
        return image;
    }

    // The ring as Qt Charts draws the window's: a square of the image's height, the ring's
    // diameters PieSize and PieHoleSize of it, slices clockwise from 12 o'clock, each outlined in
    // the background colour.
    const qreal side = size.height();
    const QPointF centre(side / 2, side / 2);
    const qreal outer = side * PieSize / 2;
    const qreal inner = side * PieHoleSize / 2;
    const QRectF outerRect(centre.x() - outer, centre.y() - outer, outer * 2, outer * 2);
    const QRectF innerRect(centre.x() - inner, centre.y() - inner, inner * 2, inner * 2);
    p.setPen(QPen(Qt::white, qMax(1.0, 1.5 * unit)));
    qreal start = 0; // degrees clockwise from 12 o'clock
    for (int i = 0; i < SentimentSliceCount; ++i) {
        const int count = qMax(0, counts.at(i));
        if (count == 0)
            continue;
        const qreal span = 360.0 * count / total;
        QPainterPath path; // QPainterPath angles: counter-clockwise from 3 o'clock
        path.arcMoveTo(outerRect, 90 - start);
        path.arcTo(outerRect, 90 - start, -span);
        path.arcTo(innerRect, 90 - start - span, span);
        path.closeSubpath();
        p.setBrush(sentimentColor(SentimentSlice(i)));
        p.drawPath(path);
        start += span;
    }

    // The legend: a swatch and "Positive 5 (63%)" per slice, every slice listed.
    const QString names[] = {QCoreApplication::translate("simwatch::report", "Positive"),
                             QCoreApplication::translate("simwatch::report", "Negative"),
                             QCoreApplication::translate("simwatch::report", "Neutral")};
    const QList<int> shares = largestRemainderShares(counts);
    const qreal x = side + 6 * unit;
    const qreal rowHeight = 20 * unit;
    qreal y = 50 * unit - rowHeight; // three rows centred on the ring
    for (int i = 0; i < SentimentSliceCount; ++i) {
        p.setPen(Qt::NoPen);
        p.setBrush(sentimentColor(SentimentSlice(i)));
        p.drawRoundedRect(QRectF(x, y - 4.5 * unit, 9 * unit, 9 * unit), 1.5 * unit, 1.5 * unit);
        p.setPen(QColor(0x22, 0x26, 0x2b));
        p.drawText(QRectF(x + 15 * unit, y - rowHeight / 2, size.width() - x - 15 * unit, rowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, sentimentLegendText(names[i], counts.at(i), shares.at(i)));
        y += rowHeight;
    }
    return image;
}

} // namespace simwatch::report
