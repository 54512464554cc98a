#include "statusbadge.h"

#include "theme.h"
#include "uitext.h"

#include "domain/untrustedtext.h"

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
    render();
}

void StatusBadge::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    render();
}

void StatusBadge::render()
{
    UiText::Colors colors = UiText::statusColors(m_status);
    if (m_stale) {
        const QColor window = palette().color(QPalette::Window);
        colors.background = theme::mix(colors.background, window, 0.6);
        colors.foreground = theme::mix(colors.foreground, palette().color(QPalette::WindowText), 0.5);
    }
    setStyleSheet(QStringLiteral("QLabel#statusBadge { background: %1; color: %2; border-radius: 11px;"
                                 " padding: 3px 12px; font-weight: 600; }")
                      .arg(colors.background.name(), colors.foreground.name()));
    const QString label = UiText::statusLabel(m_status, m_serverText);
    setText(m_stale && !m_serverText.trimmed().isEmpty() ? tr("%1 \u00B7 last known").arg(label) : label);
    const QString name = m_serverText.trimmed().isEmpty() ? text() : untrusted::forDisplay(m_serverText.trimmed());
    setAccessibleName(m_stale ? tr("Status: %1 (last known: the server is not answering)").arg(name) : tr("Status: %1").arg(name));
    setToolTip(Qt::convertFromPlainText(accessibleName(), Qt::WhiteSpaceNormal)); // never read as HTML
}

void StatusBadge::clearStatus()
{
    clear(); // forces setStatus() to restyle even when the status was already Unknown
    setStatus(Status::Unknown, {});
}

} // namespace simwatch
