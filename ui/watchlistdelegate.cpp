#include "watchlistdelegate.h"

#include "domain/numbertext.h"
#include "domain/untrustedtext.h"
#include "model/simulationmodel.h"
#include "theme.h"
#include "uitext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>
#include <QPainter>
#include <QPainterPath>

namespace simwatch {

namespace {

constexpr int HMargin = 10;
constexpr int VMargin = 8;
constexpr int LineGap = 2;
constexpr int BarHeight = 4;
constexpr int BarGap = 7;

} // namespace

WatchListDelegate::WatchListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString WatchListDelegate::statusLine(const QModelIndex &index)
{
    using M = SimulationModel;
    const ApiError error = UiText::errorFrom(index.data(M::ErrorRole));
    if (error.isError())
        return QStringLiteral("\u26A0 ") + UiText::errorTitle(error.kind);
    if (!index.data(M::HasDataRole).toBool())
        return tr("Waiting for data\u2026");
    return UiText::statusLabel(Status(index.data(M::StatusRole).toInt()), index.data(M::StatusTextRole).toString());
}

QString WatchListDelegate::toolTip(const QModelIndex &index)
{
    using M = SimulationModel;
    QString html = QStringLiteral("<b>") + index.data(Qt::DisplayRole).toString().toHtmlEscaped()
        + QStringLiteral("</b><br>") + tr("Simulation #%1").arg(index.data(M::IdRole).toInt()).toHtmlEscaped()
        + QStringLiteral("<br>") + statusLine(index).toHtmlEscaped();
    const ApiError error = UiText::errorFrom(index.data(M::ErrorRole));
    if (error.isError() && !error.message.isEmpty())
        html += QStringLiteral("<br>") + untrusted::forDisplay(error.message).toHtmlEscaped();
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + html + QStringLiteral("</p>");
}

bool WatchListDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), toolTip(index), view, option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QSize WatchListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics bfm(bold);
    return {200, VMargin * 2 + bfm.height() + LineGap + fm.height() + BarGap + BarHeight};
}

void WatchListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    using M = SimulationModel;
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    option.text.clear();
    option.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.68f);

    const QRect r = option.rect.adjusted(HMargin, VMargin, -HMargin, -VMargin);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics bfm(bold);
    const QFontMetrics fm(option.font);

    const bool hasData = index.data(M::HasDataRole).toBool();
    const int progress = hasData ? qBound(0, index.data(M::ProgressRole).toInt(), 100) : 0;
    const Status status = Status(index.data(M::StatusRole).toInt());
    const ApiError error = UiText::errorFrom(index.data(M::ErrorRole));

    painter->save();
    painter->setClipRect(option.rect);

    // Line 1: name ........ 62%
    const QString percent = hasData ? percentText(progress) : QString();
    const int percentWidth = fm.horizontalAdvance(percent);
    const QRect line1(r.left(), r.top(), r.width(), bfm.height());
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, percent);
    painter->setFont(bold);
    painter->setPen(text);
    const QString name = index.data(Qt::DisplayRole).toString();
    painter->drawText(line1.adjusted(0, 0, -(percentWidth + 8), 0), Qt::AlignLeft | Qt::AlignVCenter,
                      bfm.elidedText(name, Qt::ElideRight, line1.width() - percentWidth - 8));

    // Line 2: ▶ In Progress   or   ⚠ Cannot reach the server
    const QRect line2(r.left(), line1.bottom() + 1 + LineGap, r.width(), fm.height());
    QColor statusColor = selected ? text : UiText::statusColors(status).foreground;
    if (error.isError())
        statusColor = selected ? text : theme::errorTextColor();
    else if (!hasData)
        statusColor = secondary;
    painter->setFont(option.font);
    painter->setPen(statusColor);
    painter->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(statusLine(index), Qt::ElideRight, line2.width()));

    // Progress bar
    const QRectF track(r.left(), line2.bottom() + 1 + BarGap, r.width(), BarHeight);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor trackColor = text;
    trackColor.setAlphaF(0.12f);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, BarHeight / 2.0, BarHeight / 2.0);
    if (progress > 0) {
        QRectF fill = track;
        fill.setWidth(qMax(track.height(), track.width() * progress / 100.0));
        QColor fillColor = selected ? text : UiText::statusColors(status).foreground;
        if (status == Status::Unknown && !selected)
            fillColor = option.palette.color(QPalette::Highlight);
        painter->setBrush(fillColor);
        painter->drawRoundedRect(fill, BarHeight / 2.0, BarHeight / 2.0);
    }
    painter->restore();

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        focus.backgroundColor = option.palette.color(QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace simwatch
