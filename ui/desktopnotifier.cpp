#include "desktopnotifier.h"

#include "logging.h"

#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusMessage>
#include <QSystemTrayIcon>

namespace simwatch {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

void DesktopNotifier::show(const RunEvents::Event &event)
{
    // The bus is looked for at the first notice, not at start-up: most sessions never need it.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && !m_listening) {
        m_listening = bus.connect(Service, Path, Service, QStringLiteral("ActionInvoked"), this,
                                  SLOT(onActionInvoked(uint,QString)));
    }
    if (!bus.isConnected() || m_busFailed) {
        showInTray(event);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("simwatch")},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}}; // normal
    call << QStringLiteral("SimWatch") << uint(0) << QStringLiteral("simwatch") << event.title << event.body
         << QStringList{QStringLiteral("default"), tr("Open")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, event] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            // No notification service (a bare window manager, a container): the tray instead.
            qCInfo(lcUi).noquote() << "desktop notifications unavailable:" << reply.error().message();
            m_busFailed = true;
            showInTray(event);
            return;
        }
        m_runOfNotification.insert(reply.value(), event.runId);
        emit shown(QStringLiteral("dbus"));
    });
}

void DesktopNotifier::showInTray(const RunEvents::Event &event)
{
    if (!m_tray || !m_tray->isVisible() || !QSystemTrayIcon::supportsMessages())
        return;
    m_tray->showMessage(event.title, event.body, QSystemTrayIcon::Information);
    m_runOfNotification.insert(0, event.runId); // a click on the balloon opens the last one
    emit shown(QStringLiteral("tray"));
}

void DesktopNotifier::onActionInvoked(uint notificationId, const QString &action)
{
    Q_UNUSED(action) // "default" (a click on the notice) and "Open" both open the run
    const auto run = m_runOfNotification.constFind(notificationId);
    if (run != m_runOfNotification.cend())
        emit openRequested(*run);
}

} // namespace simwatch
