#include "statusbadge.h"

#include "uitext.h"

#include <QTextDocument>

namespace simwatch {

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    clearStatus();
}

void StatusBadge::setStatus(Status status, const QString &serverText)
{
    if (status == m_status && serverText == m_serverText && !text().isEmpty())
        return;
    m_status = status;
    m_serverText = serverText;
    const UiText::Colors colors = UiText::statusColors(status);
    setStyleSheet(QStringLiteral("QLabel#statusBadge { background: %1; color: %2; border-radius: 11px;"
                                 " padding: 3px 12px; font-weight: 600; }")
                      .arg(colors.background.name(), colors.foreground.name()));
    setText(UiText::statusLabel(status, serverText));
    const QString name = serverText.trimmed().isEmpty() ? text() : serverText.trimmed();
    setAccessibleName(tr("Status: %1").arg(name));
    setToolTip(Qt::convertFromPlainText(accessibleName(), Qt::WhiteSpaceNormal)); // never read as HTML
}

void StatusBadge::clearStatus()
{
    clear(); // forces setStatus() to restyle even when the status was already Unknown
    setStatus(Status::Unknown, {});
}

} // namespace simwatch
