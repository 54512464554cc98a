// Being told: which moments of a watched run become notices (RunEvents), and how they reach the
// desktop: org.freedesktop.Notifications.Notify on the session bus, "Open" raising the window on
// that run. ctest runs this under dbus-run-session, with a small receiver standing in for the
// desktop's notification service on a connection of its own.

#include "appsettings.h"
#include "desktopnotifier.h"
#include "mainwindow.h"
#include "notify/runevents.h"
#include "session.h"
#include "settingsdialog.h"
#include "trayicon.h"
#include "model/simulationmodel.h"

#include <QCheckBox>
#include <QMenu>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace simwatch;

namespace {

Simulation run(Status status, int finished, int negative = 0)
{
    Simulation s;
    s.id = 456;
    s.name = QStringLiteral("Refund flow");
    s.status = status;
    s.statusText = status == Status::Completed ? QStringLiteral("Completed")
        : status == Status::Stopped             ? QStringLiteral("Stopped")
        : status == Status::Pending             ? QStringLiteral("Pending")
                                                : QStringLiteral("In Progress");
    s.calls = {4, finished, 0, 4 - finished, 0};
    s.sentiment = {finished - negative, negative, 0};
    for (int i = 0; i < finished; ++i) {
        Recording r;
        r.id = 70000 + i;
        r.sentiment = i < negative ? QStringLiteral("Negative") : QStringLiteral("Positive");
        r.scenario = QStringLiteral("Refund");
        r.json = QByteArray("{\"id\":") + QByteArray::number(r.id) + '}';
        s.recordings.append(r);
    }
    return s;
}

} // namespace

// What a desktop's notification daemon does, as far as SimWatch can tell: answers Notify with an
// id and remembers the call.
class NotificationReceiver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString app, summary, body;
        QStringList actions;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces) Q_UNUSED(icon) Q_UNUSED(hints) Q_UNUSED(timeout)
        calls.append({app, summary, body, actions});
        return uint(100 + calls.size());
    }
};

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    // The first value only sets the starting point; then each moment once, as enabled.
    void theMomentsOfARun()
    {
        SimulationStore store;
        RunEvents events(store);
        events.setEnabledKinds(RunEvents::Kind::Ended | RunEvents::Kind::Stopped | RunEvents::Kind::Started
                               | RunEvents::Kind::NegativeCall);
        QSignalSpy happened(&events, &RunEvents::happened);
        store.watch(456);
        store.applySimulation(456, run(Status::Pending, 0), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(happened.count(), 0);
        store.applySimulation(456, run(Status::InProgress, 1, 1), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(happened.count(), 2);
        auto event = happened.takeFirst().first().value<RunEvents::Event>();
        QCOMPARE(event.kind, RunEvents::Kind::Started);
        event = happened.takeFirst().first().value<RunEvents::Event>();
        QCOMPARE(event.kind, RunEvents::Kind::NegativeCall);
        QCOMPARE(event.title, QStringLiteral("Refund flow: 1 negative call"));
        QCOMPARE(event.body, QStringLiteral("Call #70000 \u00B7 Refund"));
        store.applySimulation(456, run(Status::InProgress, 2, 1), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(happened.count(), 0); // the same negative call is not news twice
        store.applySimulation(456, run(Status::Completed, 4, 1), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(happened.count(), 1);
        event = happened.takeFirst().first().value<RunEvents::Event>();
        QCOMPARE(event.kind, RunEvents::Kind::Ended);
        QCOMPARE(event.runId, 456);
        QCOMPARE(event.title, QStringLiteral("Refund flow finished"));
        QCOMPARE(event.body, QStringLiteral("Completed: 4 calls \u00B7 3 positive, 1 negative, 0 neutral"));
    }

    void valuesFromTheHistoryAndDisabledKindsAreNotNews()
    {
        SimulationStore store;
        RunEvents events(store); // default: ended and stopped only
        QCOMPARE(events.enabledKinds(), RunEvents::DefaultKinds);
        QSignalSpy happened(&events, &RunEvents::happened);
        store.watch(456);
        store.applySimulation(456, run(Status::InProgress, 1), QDateTime::currentDateTimeUtc(), SimulationStore::Source::History);
        store.applySimulation(456, run(Status::Completed, 4), QDateTime::currentDateTimeUtc(), SimulationStore::Source::History);
        QCOMPARE(happened.count(), 0);
        store.applySimulation(456, run(Status::InProgress, 2, 2), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(happened.count(), 0); // first server value: the starting point
        store.applySimulation(456, run(Status::Stopped, 3, 3), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(happened.count(), 1); // stopped, not the negative call (off by default)
        const auto event = happened.takeFirst().first().value<RunEvents::Event>();
        QCOMPARE(event.kind, RunEvents::Kind::Stopped);
        QCOMPARE(event.body, QStringLiteral("Stopped after 3 of 4 calls"));
    }

    // The window tells the desktop's notification service; its "Open" selects the run.
    void theDesktopIsToldAndOpenLeadsToTheRun()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus (ctest runs this test under dbus-run-session)");
        QDBusConnection daemon = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("receiver"));
        QVERIFY(daemon.isConnected());
        NotificationReceiver receiver;
        QVERIFY(daemon.registerObject(DesktopNotifier::Path, &receiver, QDBusConnection::ExportAllSlots));
        QVERIFY(daemon.registerService(DesktopNotifier::Service));

        Session session;
        session.settings().setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/api/v1")));
        session.applySettings();
        MainWindow window(session);
        window.show();
        SimulationStore &store = session.store();
        store.watch(457);
        store.watch(456);
        store.applySimulation(456, run(Status::InProgress, 1), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        window.selectSimulation(457);
        store.applySimulation(456, run(Status::Completed, 4), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QTRY_COMPARE(receiver.calls.size(), 1);
        const NotificationReceiver::Call call = receiver.calls.first();
        QCOMPARE(call.app, QStringLiteral("SimWatch"));
        QCOMPARE(call.summary, QStringLiteral("Refund flow finished"));
        QVERIFY(call.actions.contains(QStringLiteral("default")));
        QVERIFY(call.actions.contains(QStringLiteral("Open")));

        QSignalSpy open(window.notifier(), &DesktopNotifier::openRequested);
        QDBusMessage invoked = QDBusMessage::createSignal(DesktopNotifier::Path, DesktopNotifier::Service, QStringLiteral("ActionInvoked"));
        invoked << uint(101) << QStringLiteral("default");
        QVERIFY(daemon.send(invoked));
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(window.selectedSimulationId(), 456);
        daemon.unregisterService(DesktopNotifier::Service);
        QDBusConnection::disconnectFromBus(QStringLiteral("receiver"));
    }

    // No notification service and no tray: nothing is shown and nothing breaks.
    void withoutAServiceNothingBreaks()
    {
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.show({RunEvents::Kind::Ended, 456, QStringLiteral("Refund flow finished"), QStringLiteral("Completed")});
        QTest::qWait(200); // the bus answers "no such service" at once; nothing must follow
        QCOMPARE(shown.count(), 0);
    }

    // The tray says the worst state across the watched runs in its tooltip and icon, and its
    // menu opens any of them.
    void theTrayShowsTheWorstState()
    {
        SimulationStore store;
        SimulationModel model(store);
        TrayIcon tray(&model);
        QCOMPARE(tray.state(), TrayIcon::State::Idle);
        QCOMPARE(tray.toolTip(), QStringLiteral("SimWatch: no simulations watched"));
        store.watch(456);
        store.watch(457);
        Simulation done = run(Status::Completed, 4);
        done.id = 457;
        store.applySimulation(457, done, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(tray.state(), TrayIcon::State::Done);
        store.applySimulation(456, run(Status::InProgress, 1), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(tray.state(), TrayIcon::State::Running);
        QCOMPARE(tray.toolTip(), QStringLiteral("SimWatch: 1 running \u00B7 1 finished"));
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.message = QStringLiteral("timed out");
        store.applyError(456, error);
        QCOMPARE(tray.state(), TrayIcon::State::Error);
        QCOMPARE(tray.toolTip(), QStringLiteral("SimWatch: 1 cannot be fetched \u00B7 1 finished"));
        QVERIFY(tray.icon()->icon().pixmap(32).toImage() != TrayIcon::iconFor(TrayIcon::State::Done).pixmap(32).toImage());

        emit tray.menu()->aboutToShow();
        const QList<QAction *> actions = tray.menu()->actions();
        QVERIFY(actions.size() >= 4); // two runs, a separator, Show, Quit
        QVERIFY2(actions.at(0)->text().startsWith(QStringLiteral("Refund flow \u2014 ")), qPrintable(actions.at(0)->text()));
        QSignalSpy open(&tray, &TrayIcon::openRequested);
        actions.at(1)->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toInt(), 457);
    }

    void theSettingsChooseTheKinds()
    {
        AppSettings settings;
        settings.setApiKey(QStringLiteral("demo-key-0123456789")); // a dialog that can be accepted
        QCOMPARE(settings.notifyKinds(), AppSettings::DefaultNotifyKinds);
        SettingsDialog dialog(&settings);
        const QList<QCheckBox *> boxes = dialog.notifyBoxes();
        QCOMPARE(boxes.size(), 4);
        QVERIFY(boxes.at(0)->isChecked() && boxes.at(1)->isChecked());
        QVERIFY(!boxes.at(2)->isChecked() && !boxes.at(3)->isChecked());
        boxes.at(3)->setChecked(true);
        boxes.at(0)->setChecked(false);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(RunEvents::Kinds(settings.notifyKinds()), RunEvents::Kind::Stopped | RunEvents::Kind::NegativeCall);
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
