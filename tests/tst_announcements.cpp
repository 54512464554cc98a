// Status changes that matter are said to screen readers: the error banner and a run that ended
// send an Alert event from an object whose role is AlertMessage (AT-SPI "alert"), with the words
// shown, once per change. Runs on xcb with Qt's AT-SPI bridge switched on (tests/a11y/session.sh:
// a private session bus with the AT-SPI bus started, and an X server), because Qt sends no
// accessibility event while no bridge is active, and the offscreen platform has none.

#include "errorbanner.h"
#include "mainwindow.h"
#include "session.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace simwatch;
using namespace Qt::StringLiterals;

namespace {

struct Alert
{
    QAccessible::Role role;
    QString text;
};
QList<Alert> g_alerts;

void recordAlerts(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    if (event->type() == QAccessible::Alert && iface)
        g_alerts.append({iface->role(), iface->text(QAccessible::Name) + u' ' + iface->text(QAccessible::Description)});
}

Simulation running()
{
    Simulation s;
    s.id = 456;
    s.name = u"Customer Support Test"_s;
    s.statusText = u"In Progress"_s;
    s.status = Status::InProgress;
    s.calls = CallCounts{8, 3, 2, 3, 2};
    s.sentiment = Sentiment{2, 1, 0};
    s.progressPercent = 37.5;
    return s;
}

} // namespace

class TestAnnouncements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorAndRunEndAreSaid()
    {
        Session session;
        session.settings().setBaseUrl(QUrl(u"http://127.0.0.1:1/api/v1"_s));
        session.settings().setApiKey(u"demo-key-0123456789"_s);
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The bridge finds the accessibility bus asynchronously.
        QTRY_VERIFY2_WITH_TIMEOUT(QAccessible::isActive(), "Qt's accessibility bridge did not become active", 10000);
        SimulationStore &store = session.store();
        store.watch(456);
        store.applySimulation(456, running(), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        window.selectSimulation(456);

        g_alerts.clear();
        QAccessible::installUpdateHandler(recordAlerts);
        ApiError error;
        error.kind = ApiError::Kind::ConnectionRefused;
        error.message = u"Connection refused by 127.0.0.1:1."_s;
        store.applyError(456, error);
        QCOMPARE(g_alerts.size(), 1);
        QCOMPARE(g_alerts.first().role, QAccessible::AlertMessage);
        QVERIFY2(g_alerts.first().text.contains(u"Cannot reach the server"_s), qPrintable(g_alerts.first().text));
        QVERIFY(g_alerts.first().text.contains(error.message));
        store.applyError(456, error); // the same error again: not said again
        QCOMPARE(g_alerts.size(), 1);

        Simulation done = running();
        done.status = Status::Completed;
        done.statusText = u"Completed"_s;
        store.applySimulation(456, done, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(g_alerts.size(), 2);
        QCOMPARE(g_alerts.last().role, QAccessible::AlertMessage);
        auto *news = window.findChild<QLabel *>(u"runNews"_s);
        QVERIFY(news && news->isVisible());
        QVERIFY2(news->text().contains(done.name), qPrintable(news->text()));
        QVERIFY2(g_alerts.last().text.contains(news->text()), qPrintable(g_alerts.last().text));
        QAccessible::installUpdateHandler(nullptr);
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    QApplication app(argc, argv);
    TestAnnouncements test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_announcements.moc"
