#include "statusbadgedelegate.h"

#include "uitext.h"

#include <QApplication>
#include <QPainter>

namespace simwatch {

namespace {

constexpr int HPadding = 8;  // inside the badge
constexpr int HMargin = 4;   // between the badge and the cell's edges
constexpr int VMargin = 3;

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
{
}

QString StatusBadgeDelegate::badgeText(const QModelIndex &index, int statusRole)
{
    return UiText::statusLabel(Status(index.data(statusRole).toInt()), index.data(Qt::DisplayRole).toString());
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    return {fm.horizontalAdvance(badgeText(index, m_statusRole)) + 2 * (HPadding + HMargin),
            fm.height() + 2 * (VMargin + 2)};
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    // The cell as any other (selection, focus, alternating rows), without its text...
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    option.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);

    // ... then the badge, elided to the cell.
    const Status status = Status(index.data(m_statusRole).toInt());
    const UiText::Colors colors = UiText::statusColors(status);
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const QRect cell = option.rect.adjusted(HMargin, VMargin, -HMargin, -VMargin);
    const QString text = fm.elidedText(badgeText(index, m_statusRole), Qt::ElideRight, cell.width() - 2 * HPadding);
    QRect badge(cell.topLeft(), QSize(qMin(cell.width(), fm.horizontalAdvance(text) + 2 * HPadding), cell.height()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setFont(font);
    painter->setPen(colors.foreground);
    painter->drawText(badge.adjusted(HPadding, 0, -HPadding, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

} // namespace simwatch
