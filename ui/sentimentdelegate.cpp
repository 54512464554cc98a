#include "sentimentdelegate.h"

#include <QPainter>
#include <QPixmap>

namespace simwatch {

namespace {

QIcon dotIcon(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(8, 8, 16, 16));
    return QIcon(pixmap);
}

} // namespace

SentimentDelegate::SentimentDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_positive(dotIcon(QColor(0x3E, 0x9B, 0x5C)))
    , m_negative(dotIcon(QColor(0xD2, 0x4F, 0x45)))
    , m_neutral(dotIcon(QColor(0x9A, 0xA3, 0xAE)))
{
}

void SentimentDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString text = option->text.trimmed();
    const QIcon *icon = nullptr;
    if (text.compare(QLatin1String("Positive"), Qt::CaseInsensitive) == 0)
        icon = &m_positive;
    else if (text.compare(QLatin1String("Negative"), Qt::CaseInsensitive) == 0)
        icon = &m_negative;
    else if (text.compare(QLatin1String("Neutral"), Qt::CaseInsensitive) == 0)
        icon = &m_neutral;
    if (icon) {
        option->icon = *icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(option->fontMetrics.height() / 2 + 2, option->fontMetrics.height() / 2 + 2);
    }
}

} // namespace simwatch
