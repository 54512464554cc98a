#include "card.h"

#include <QLabel>
#include <QVBoxLayout>

namespace simwatch {

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_StyledBackground, true);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(14, 10, 14, 12);
    m_layout->setSpacing(8);

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setVisible(!title.isEmpty());
    m_layout->addWidget(m_title);
}

} // namespace simwatch
