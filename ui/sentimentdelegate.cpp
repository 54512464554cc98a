#include "sentimentdelegate.h"

#include "theme.h"

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
    , m_positive(dotIcon(theme::sentimentColors().at(0)))
    , m_negative(dotIcon(theme::sentimentColors().at(1)))
    , m_neutral(dotIcon(theme::sentimentColors().at(2)))
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
