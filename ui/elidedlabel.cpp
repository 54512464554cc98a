#include "elidedlabel.h"

#include <QTextDocument>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace simwatch {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText); // server text: never interpreted
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize hint = QLabel::minimumSizeHint();
    const int ellipsis = fontMetrics().horizontalAdvance(QStringLiteral("M\u2026"));
    return {qMin(hint.width(), ellipsis + contentsMargins().left() + contentsMargins().right()), hint.height()};
}

bool ElidedLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > contentsRect().width();
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    drawFrame(&painter);
    const QRect rect = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, rect.width());
    QStyleOption option;
    option.initFrom(this);
    style()->drawItemText(&painter, rect, int(QStyle::visualAlignment(layoutDirection(), alignment())),
                          option.palette, isEnabled(), shown, foregroundRole());
    // The full text as tooltip while it is shortened (setText() is not virtual: decide here).
    // Tooltips detect rich text on their own: escape, so that server text is never read as HTML.
    const QString tip = shown == text() ? QString() : Qt::convertFromPlainText(text(), Qt::WhiteSpaceNormal);
    if (toolTip() != tip)
        setToolTip(tip);
}

} // namespace simwatch
