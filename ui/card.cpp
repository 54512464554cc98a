#include "card.h"

#include "theme.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace simwatch {

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    setFrameShape(QFrame::NoFrame);
    setContentsMargins(1, 1, 1, 1); // the border's width, painted below

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(14, 10, 14, 12);
    m_layout->setSpacing(8);

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setVisible(!title.isEmpty());
    m_layout->addWidget(m_title);
}

void Card::paintEvent(QPaintEvent *)
{
    // Base-coloured, a 1 px border a shade darker than the window, 10 px corners.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(theme::borderColor(palette()), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
}

} // namespace simwatch
