#pragma once

#include "notify/runevents.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>



namespace simwatch {

// Shows run events on the desktop: through the freedesktop notification service on the session
// bus (org.freedesktop.Notifications.Notify, with an "Open" action), else as a balloon of the
// tray icon when there is one, else not at all; nothing else depends on either being there.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void setTrayIcon(QSystemTrayIcon *tray) { m_tray = tray; }
    void show(const RunEvents::Event &event);

    static inline const QString Service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString Path = QStringLiteral("/org/freedesktop/Notifications");

Q_SIGNALS:
    void openRequested(int runId); // the notification's "Open" was chosen
    void shown(const QString &how); // "dbus", "tray": which way the last notice went, for tests

private Q_SLOTS:
    void onActionInvoked(uint notificationId, const QString &action);

private:
    void showInTray(const RunEvents::Event &event);

    QPointer<QSystemTrayIcon> m_tray;
    QHash<uint, int> m_runOfNotification;
    bool m_busFailed = false; // the service did not answer once: the tray from then on
    bool m_listening = false; // connected to ActionInvoked
};

} // namespace simwatch
