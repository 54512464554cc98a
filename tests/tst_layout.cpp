// Room to read and honest states. The window on small screens: the first start fits the available screen area, and a layout
// saved on a larger monitor is brought back onto the screen, with the status bar visible, on a
// 1280×720 screen (the offscreen platform's, configured in main()).

#include "appsettings.h"
#include "domain/parse.h"
#include "mainwindow.h"
#include "model/simulationlistmodel.h"
#include "recordingspanel.h"
#include "session.h"
#include "simulationbrowser.h"
#include "simulationheader.h"
#include "standinserver.h"
#include "statusbadge.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QJsonObject>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace simwatch;

class TestLayout : public QObject
{
    Q_OBJECT

private:
    static void forgetLayout()
    {
        QSettings settings;
        settings.remove(QStringLiteral("window"));
        settings.sync();
    }

    static void verifyOnScreen(MainWindow &window)
    {
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.geometry()),
                 qPrintable(QStringLiteral("window %1,%2 %3x%4 on a screen of %5x%6").arg(window.x()).arg(window.y())
                                .arg(window.width()).arg(window.height()).arg(available.width()).arg(available.height())));
        // What the issue saw below the edge: the status bar.
        const QRect statusBar(window.statusBar()->mapTo(&window, QPoint(0, 0)), window.statusBar()->size());
        QVERIFY(window.rect().contains(statusBar));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstStartFitsTheScreen()
    {
        forgetLayout();
        Session session;
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        verifyOnScreen(window);
    }

    void aLayoutFromALargerScreenIsBroughtBack()
    {
        forgetLayout();
        {
            Session session;
            MainWindow window(session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(300, 200, 2880, 1800); // as saved on a large monitor
            window.close();                           // saves the layout
        }
        Session session;
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        verifyOnScreen(window);
    }

    // The Simulations browser on a 1280-pixel screen, beside a run's dashboard: too narrow
    // beside the watch list too, it takes the watch list's place while open and shows what a
    // QA lead picks by (the mark, name, status, progress); moving onto a watched run shows it.
    // On a wide screen the three stand side by side; closing the browser brings the list back.
    void theBrowserHasRoomOnASmallScreen()
    {
        forgetLayout();
        standin::StandinServer server;
        server.seedDemo();
        QVERIFY(server.listen() != 0);
        Session session;
        session.settings().setBaseUrl(server.baseUrl());
        session.settings().setApiKey(standin::StandinServer::defaultApiKey());
        session.applySettings();
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.width() <= 1280); // the first start on this screen: 1264 px
        SimulationBrowser *browser = window.simulationBrowser();
        window.browserAction()->trigger();
        QTRY_VERIFY(browser->view()->model()->rowCount() > 10);
        const QAbstractItemModel *rows = browser->view()->model();
        const int first = browser->idAt(rows->index(0, SimulationListModel::ColName));
        const int second = browser->idAt(rows->index(1, SimulationListModel::ColName));
        window.addSimulation(first);
        window.addSimulation(second);
        QTRY_COMPARE(window.selectedSimulationId(), second);
        QCOMPARE(browser->idAt(browser->view()->currentIndex()), second); // the browser marks the shown run

        const auto checkRoom = [&] {
            const QHeaderView *header = browser->view()->horizontalHeader();
            for (const int column : {SimulationListModel::ColName, SimulationListModel::ColStatus, SimulationListModel::ColProgress})
                QTRY_VERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= header->viewport()->width(),
                             qPrintable(QStringLiteral("%1 ends at %2 of %3 px").arg(rows->headerData(column, Qt::Horizontal).toString())
                                            .arg(header->sectionViewportPosition(column) + header->sectionSize(column)).arg(header->viewport()->width())));
            QVERIFY(header->sectionSize(SimulationListModel::ColName) >= SimulationBrowser::MinimumNameWidth);
            QWidget *dashboard = window.findChild<QWidget *>(QStringLiteral("dashboard"));
            QVERIFY(dashboard->width() >= dashboard->minimumSizeHint().width());
        };
        checkRoom();
        QVERIFY(!window.watchList()->isVisible());
        if (const QString shots = qEnvironmentVariable("SIMWATCH_SHOT_DIR"); !shots.isEmpty())
            window.grab().save(QDir(shots).filePath(QStringLiteral("browser-1280.png")));

        // The browser stands in for the list: moving onto a watched run shows it.
        browser->view()->setFocus();
        browser->view()->setCurrentIndex(rows->index(0, SimulationListModel::ColName));
        QCOMPARE(window.selectedSimulationId(), first);
        // A filter that hides the shown run moves the current row (here onto the other watched
        // run): not the user's move, so the window stays on its run.
        const QString secondName = rows->index(1, SimulationListModel::ColName).data().toString();
        browser->filterEdit()->setText(secondName);
        QTRY_COMPARE(rows->rowCount(), 1);
        QCOMPARE(window.selectedSimulationId(), first);
        browser->filterEdit()->clear();

        window.browserAction()->trigger(); // closed: the list is back
        QVERIFY(window.watchList()->isVisible());
        QCOMPARE(window.selectedSimulationId(), first);

        window.resize(1920, 1000); // a wide screen: all three
        window.browserAction()->trigger();
        checkRoom();
        QVERIFY(window.watchList()->isVisible());
        window.close();
    }

    // The card counts running calls the list does not show yet: the list says where they are,
    // and what it waits for in each state.
    void theCallsListSaysWhatItWaitsFor()
    {
        Session session;
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Simulation s;
        s.id = 456;
        s.name = QStringLiteral("Billing Escalations");
        s.statusText = QStringLiteral("In Progress");
        s.status = Status::InProgress;
        s.calls = CallCounts{8, 0, 3, 5, 3};
        session.store().watch(456);
        session.store().applySimulation(456, s, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        window.selectSimulation(456);
        RecordingsPanel *calls = window.recordingsPanel();
        QVERIFY(calls->isEmptyStateShown());
        QCOMPARE(calls->emptyStateLabel()->text(), QStringLiteral("3 calls in progress, listed when they finish"));

        s.statusText = QStringLiteral("Draft");
        s.status = Status::Draft;
        s.calls = CallCounts{8, 0, 0, 8, 0};
        session.store().applySimulation(456, s, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QVERIFY(calls->emptyStateLabel()->text().startsWith(QStringLiteral("This run has not been started")));

        s.statusText = QStringLiteral("Stopped");
        s.status = Status::Stopped;
        session.store().applySimulation(456, s, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(calls->emptyStateLabel()->text(), QStringLiteral("The run was stopped before any call finished."));

        // With finished calls listed, the count line says how many more are running.
        s.statusText = QStringLiteral("In Progress");
        s.status = Status::InProgress;
        s.calls = CallCounts{8, 1, 2, 5, 2};
        QJsonObject call{{QStringLiteral("id"), 70001}, {QStringLiteral("sentiment_score"), QStringLiteral("Positive")}};
        s.recordings = {parse::recording(call)};
        session.store().applySimulation(456, s, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QVERIFY(!calls->isEmptyStateShown());
        QCOMPARE(calls->countLabel()->text(), QStringLiteral("Showing 1 of 1 calls \u00B7 2 more in progress, listed when they finish"));
    }

    // During an outage the shown state is marked as last known, the status bar says when the
    // next attempt is, and a message about another run does not stay after switching.
    void anOutageIsSaidAsSuch()
    {
        Session session;
        session.settings().setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/api/v1"))); // refuses
        session.settings().setApiKey(QStringLiteral("test-key-0123456789"));
        session.settings().setIntervalSeconds(30);
        session.applySettings();
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Simulation s;
        s.id = 456;
        s.name = QStringLiteral("Billing Escalations");
        s.statusText = QStringLiteral("In Progress");
        s.status = Status::InProgress;
        session.store().watch(456);
        session.store().applySimulation(456, s, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        window.selectSimulation(456);
        StatusBadge *badge = window.header()->statusBadge();
        QVERIFY(!badge->isStale());
        QVERIFY(!badge->text().contains(QStringLiteral("last known")));

        session.watch(456); // the fetch is refused: the data stays, marked
        QTRY_VERIFY(session.store().error(456).isError());
        QTRY_VERIFY(badge->isStale());
        QVERIFY2(badge->text().endsWith(QStringLiteral("In Progress \u00B7 last known")), qPrintable(badge->text()));
        QTRY_VERIFY2(window.intervalLabel()->text().startsWith(QStringLiteral("Retrying in")), qPrintable(window.intervalLabel()->text()));

        // Another run selected: the first run's message goes.
        Simulation other = s;
        other.id = 457;
        session.store().watch(457);
        session.store().applySimulation(457, other, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        window.statusBar()->showMessage(QStringLiteral("Stopped. 3 calls disconnected."));
        window.selectSimulation(457);
        QCOMPARE(window.statusBar()->currentMessage(), QString());
    }
};

int main(int argc, char *argv[])
{
    // A 1280×720 screen, the smallest the issue names, instead of the offscreen default.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("screens.json")));
    if (!config.open(QIODevice::WriteOnly))
        return 2;
    config.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1280, "height": 720,)"
                 R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config.fileName()));
    QApplication app(argc, argv);
    TestLayout test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_layout.moc"
