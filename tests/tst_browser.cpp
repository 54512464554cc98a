// The account's simulations: SimulationList and SimulationListModel over real loopback HTTP against
// the stand-in (paging, quirks, errors, refreshes as diffs), under QAbstractItemModelTester; and
// the browser dock in the main window (filter, status, Enter watches and selects, layout kept).

#include "browserfilter.h"
#include "mainwindow.h"
#include "model/simulationlistmodel.h"
#include "model/simulationmodel.h"
#include "session.h"
#include "simulationbrowser.h"
#include "support/exchange.h"
#include "support/standinfixture.h"
#include "watch/simulationlist.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace simwatch;
using namespace Qt::StringLiterals;
using simwatch::standin::Fault;
using simwatch::standin::StandinServer;
using simwatch::testing::StandinFixture;

namespace {

constexpr int SeededRuns = 45; // the demo's five (456-460) and 40 older runs (416-455)

struct Spies
{
    explicit Spies(QAbstractItemModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    int total() const
    {
        return int(dataChanged.count() + inserted.count() + removed.count() + moved.count() + reset.count()
                   + layout.count());
    }
    QSignalSpy dataChanged, inserted, removed, moved, reset, layout;
};

// Client, list, model and the watch store, as the window has them, against `baseUrl`. The tester
// asks for the first page as it is attached, as a view does.
struct ListRig
{
    explicit ListRig(const QUrl &baseUrl, int pageSize = SimulationList::DefaultPageSize,
                     const QString &key = StandinServer::defaultApiKey())
    {
        client.setBaseUrl(baseUrl);
        client.setApiKey(key);
        client.setTimeout(std::chrono::seconds(5));
        list.setPageSize(pageSize);
        tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    QList<int> ids() const
    {
        QList<int> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, 0).data(SimulationListModel::IdRole).toInt());
        return result;
    }
    QString cell(int id, int column) const
    {
        const QModelIndex index = model.indexOfSimulation(id);
        return index.isValid() ? index.siblingAtColumn(column).data().toString() : QString();
    }
    // Waits for the request in flight (if any) to end.
    [[nodiscard]] bool settle()
    {
        return QTest::qWaitFor([this] { return !list.isLoading(); }, 10000);
    }

    QNetworkAccessManager network;
    ApiClient client{&network};
    SimulationStore store;
    SimulationList list{&client};
    SimulationListModel model{list, store};
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class TestBrowser : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StandinFixture> m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the window layout goes to a throwaway settings file
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void init()
    {
        m_fixture = std::make_unique<StandinFixture>(0); // a frozen clock: the replies stay the same
        QVERIFY(m_fixture->listen());
    }
    void cleanup() { m_fixture.reset(); }

    // The tester, like a view whose last row is visible, asks for the next page whenever rows
    // arrive and more can be fetched: three pages of 20, 20 and 5, each one request.
    void pagesLoadAsAViewScrolls()
    {
        ListRig rig(m_fixture->baseUrl());
        QCOMPARE(rig.model.totalRecords(), -1);
        QVERIFY(rig.list.isLoading()); // the tester asked for the first page
        QVERIFY(!rig.model.canFetchMore({})); // one request in flight
        QSignalSpy total(&rig.model, &SimulationListModel::totalRecordsChanged);
        QSignalSpy inserted(&rig.model, &QAbstractItemModel::rowsInserted);
        QTRY_COMPARE(rig.model.rowCount(), SeededRuns);
        QVERIFY(rig.settle());
        QCOMPARE(rig.model.totalRecords(), SeededRuns);
        QCOMPARE(total.count(), 1);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 19);
        QCOMPARE(inserted.at(1).at(1).toInt(), 20);
        QCOMPARE(inserted.at(1).at(2).toInt(), 39);
        QCOMPARE(inserted.at(2).at(1).toInt(), 40);
        QCOMPARE(inserted.at(2).at(2).toInt(), 44);
        QVERIFY(!rig.model.canFetchMore({}));
        QCOMPARE(rig.ids().first(), 460); // newest first
        QCOMPARE(rig.ids().at(5), 455);
        QCOMPARE(rig.ids().last(), 416);
        const QList<int> ids = rig.ids();
        QCOMPARE(QSet<int>(ids.cbegin(), ids.cend()).size(), SeededRuns); // each once
        QCOMPARE(m_fixture->server.requestCount(u"/api/v1/simulations"_s), 3);
    }

    void columnsShowTheRecord()
    {
        ListRig rig(m_fixture->baseUrl(), SimulationList::MaxPageSize);
        QVERIFY(rig.settle());
        using M = SimulationListModel;
        QCOMPARE(rig.cell(457, M::ColName), u"Billing Escalations"_s);
        QCOMPARE(rig.cell(457, M::ColId), u"457"_s);
        QCOMPARE(rig.cell(457, M::ColAgent), u"Billing Assistant"_s);
        QCOMPARE(rig.cell(457, M::ColStatus), u"Completed"_s);
        QCOMPARE(rig.cell(457, M::ColProgress), u"100%"_s);
        QCOMPARE(rig.cell(457, M::ColCalls), u"12 / 12"_s);
        const QModelIndex done = rig.model.indexOfSimulation(457);
        const int positive = done.data(M::PositiveRole).toInt();
        const int negative = done.data(M::NegativeRole).toInt();
        const int neutral = done.data(M::NeutralRole).toInt();
        QCOMPARE(positive + negative + neutral, 12);
        QCOMPARE(rig.cell(457, M::ColSentiment), u"%1 / %2 / %3"_s.arg(positive).arg(negative).arg(neutral));
        QCOMPARE(done.data(M::StatusRole).toInt(), int(Status::Completed));
        QVERIFY(done.data(M::CreatedRole).toDateTime().isValid());
        QCOMPARE(done.data(M::CreatedRole).toDateTime().timeSpec(), Qt::UTC);
        QVERIFY(!rig.cell(457, M::ColCreated).isEmpty());
        QCOMPARE(rig.cell(458, M::ColStatus), u"Draft"_s);
        QCOMPARE(rig.cell(458, M::ColCalls), u"0 / 3"_s);
        // The Odoo quirks: `false` for an empty name and for no agent.
        QCOMPARE(rig.model.indexOfSimulation(448).data(M::NameRole).toString(), QString());
        QCOMPARE(rig.cell(448, M::ColName), u"Simulation #448"_s);
        QCOMPARE(rig.model.indexOfSimulation(442).data(M::AgentIdRole).toInt(), -1);
        QCOMPARE(rig.cell(442, M::ColAgent), u"No agent"_s);
        // Sorting values are raw: numbers and dates, the status in lifecycle order.
        QCOMPARE(done.siblingAtColumn(M::ColId).data(M::SortRole).toInt(), 457);
        QCOMPARE(done.siblingAtColumn(M::ColStatus).data(M::SortRole).toInt(), int(Status::Completed));
        QCOMPARE(done.siblingAtColumn(M::ColCreated).data(M::SortRole).typeId(), QMetaType::QDateTime);
    }

    void watchedRunsAreMarked()
    {
        ListRig rig(m_fixture->baseUrl());
        rig.store.watch(459);
        QVERIFY(rig.settle());
        using M = SimulationListModel;
        QVERIFY(rig.model.indexOfSimulation(459).data(M::WatchedRole).toBool());
        QVERIFY(!rig.cell(459, M::ColWatching).isEmpty());
        QVERIFY(!rig.model.indexOfSimulation(457).data(M::WatchedRole).toBool());
        QCOMPARE(rig.cell(457, M::ColWatching), QString());

        Spies spies(&rig.model);
        rig.store.watch(457);
        QCOMPARE(spies.dataChanged.count(), 1);
        QCOMPARE(spies.dataChanged.at(0).at(0).toModelIndex().row(), rig.model.indexOfSimulation(457).row());
        QVERIFY(spies.dataChanged.at(0).at(2).value<QList<int>>().contains(M::WatchedRole));
        QVERIFY(rig.model.indexOfSimulation(457).data(M::WatchedRole).toBool());
        rig.store.unwatch(459);
        QVERIFY(!rig.model.indexOfSimulation(459).data(M::WatchedRole).toBool());
        QCOMPARE(spies.total(), 2);
    }

    // A routine refresh is a diff: nothing when nothing changed; changed rows announced; a new run
    // inserted at the top and one deleted on the server removed; never a reset or a layout change.
    void refreshIsADiff()
    {
        ListRig rig(m_fixture->baseUrl());
        QTRY_COMPARE(rig.model.rowCount(), SeededRuns);
        QVERIFY(rig.settle());
        const QPersistentModelIndex kept = rig.model.indexOfSimulation(457);

        Spies spies(&rig.model);
        rig.model.refresh();
        QVERIFY(rig.settle());
        QCOMPARE(spies.total(), 0);

        // The clock moves: 456 and 459 start their calls, 460 goes on; the finished runs do not change.
        m_fixture->server.advance(45);
        rig.model.refresh();
        QVERIFY(rig.settle());
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.layout.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), 0);
        QVERIFY(spies.dataChanged.count() >= 2);
        QSet<int> changedIds;
        for (const QList<QVariant> &signal : std::as_const(spies.dataChanged)) {
            const QModelIndex topLeft = signal.at(0).toModelIndex();
            const QModelIndex bottomRight = signal.at(1).toModelIndex();
            QCOMPARE(topLeft.column(), 0);
            QCOMPARE(bottomRight.column(), SimulationListModel::ColumnCount - 1);
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                changedIds.insert(rig.model.index(row, 0).data(SimulationListModel::IdRole).toInt());
        }
        QVERIFY(changedIds.contains(456));
        QVERIFY(changedIds.contains(459));
        QVERIFY(!changedIds.contains(457));
        QCOMPARE(rig.cell(456, SimulationListModel::ColStatus), u"In Progress"_s);

        // A run created and one deleted on the server.
        Spies after(&rig.model);
        standin::SimulationSpec spec;
        spec.name = u"Just Started"_s;
        spec.agentId = 1234;
        const int fresh = m_fixture->server.addSimulation(spec);
        const auto deleted = simwatch::testing::exchange(
            rig.network, [&] {
                QNetworkRequest request(QUrl(m_fixture->server.baseUrl().toString() + u"/simulations/458"_s));
                request.setRawHeader("Authorization", "Bearer " + StandinServer::defaultApiKey().toUtf8());
                return request;
            }(), "DELETE");
        QCOMPARE(deleted.status, 200);
        rig.model.refresh();
        QVERIFY(rig.settle());
        QCOMPARE(after.reset.count(), 0);
        QCOMPARE(after.layout.count(), 0);
        QCOMPARE(rig.ids().first(), fresh);
        QVERIFY(!rig.ids().contains(458));
        QCOMPARE(rig.model.rowCount(), SeededRuns); // one more, one less
        QCOMPARE(rig.model.totalRecords(), SeededRuns);
        QCOMPARE(after.inserted.count(), 1);
        QCOMPARE(after.inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(after.removed.count(), 1);
        QVERIFY(kept.isValid()); // rows that stay keep their identity (and a view's selection)
        QCOMPARE(kept.data(SimulationListModel::IdRole).toInt(), 457);
    }

    // Over MaxPageSize records loaded, a refresh asks for pages of the cap; when nothing changed,
    // the model hears nothing.
    void refreshOfManyPages()
    {
        for (int i = 0; i < 120; ++i) {
            standin::SimulationSpec spec;
            spec.startAsDraft = true;
            spec.scenarios = 1;
            QVERIFY(m_fixture->server.addSimulation(spec) > 0);
        }
        ListRig rig(m_fixture->baseUrl(), 100);
        QVERIFY(rig.settle());
        rig.model.fetchMore({});
        QVERIFY(rig.settle());
        QCOMPARE(rig.model.rowCount(), 165);
        QVERIFY(!rig.model.canFetchMore({}));
        const int before = m_fixture->server.requestCount(u"/api/v1/simulations"_s);
        Spies spies(&rig.model);
        rig.model.refresh();
        QVERIFY(rig.settle());
        QCOMPARE(m_fixture->server.requestCount(u"/api/v1/simulations"_s) - before, 2); // 150 + 15
        QCOMPARE(spies.total(), 0);
        QCOMPARE(rig.model.rowCount(), 165);
    }

    // A failed fetch keeps the rows and says why; the next good one clears it.
    void errorsKeepTheRows()
    {
        // The second page fails: the first page's rows stay, and no view can repeat the failing
        // request on every layout (canFetchMore is off until a refresh succeeds).
        using simwatch::testing::SocketFault;
        m_fixture->injectFault(SocketFault::delay(0), u"/api/v1/simulations"_s);
        m_fixture->injectFault(SocketFault::of(SocketFault::Kind::ConnectionReset), u"/api/v1/simulations"_s);
        auto rig = std::make_unique<ListRig>(m_fixture->baseUrl(), 30);
        QTRY_VERIFY(rig->model.error().isError());
        QCOMPARE(rig->model.rowCount(), 30);
        QVERIFY(!rig->model.canFetchMore({}));
        QTest::qWait(50);
        QCOMPARE(m_fixture->proxy.requestCount(u"/api/v1/simulations"_s), 2);
        rig->model.refresh();
        QVERIFY(rig->settle());
        QVERIFY(!rig->model.error().isError());
        QVERIFY(rig->model.canFetchMore({}));
        rig->model.fetchMore({});
        QVERIFY(rig->settle());
        QCOMPARE(rig->model.rowCount(), SeededRuns);
        rig.reset();

        // Refreshes that fail keep every row and say why; the next good one clears it.
        ListRig all(m_fixture->baseUrl(), SimulationList::MaxPageSize);
        QVERIFY(all.settle());
        QCOMPARE(all.model.rowCount(), SeededRuns);
        QSignalSpy errors(&all.model, &SimulationListModel::errorChanged);
        Spies spies(&all.model);

        m_fixture->injectFault(Fault::status(500), u"/api/v1/simulations"_s);
        all.model.refresh();
        QVERIFY(all.settle());
        QCOMPARE(all.model.error().kind, ApiError::Kind::ServerError);
        QVERIFY(!all.model.error().message.contains(u"Traceback"_s));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(all.model.rowCount(), SeededRuns);
        QCOMPARE(spies.total(), 0);

        // The vendor's error shape on a 400, a page that is a web page, then a dropped connection.
        m_fixture->injectFault(Fault::status(400, R"({"error":"invalid_request","error_description":"pagesize must be an integer between 1 and 150"})"),
                               u"/api/v1/simulations"_s);
        all.model.refresh();
        QVERIFY(all.settle());
        QCOMPARE(all.model.error().kind, ApiError::Kind::HttpError);
        QCOMPARE(all.model.error().httpStatus, 400);
        QVERIFY(all.model.error().message.contains(u"pagesize must be"_s));
        Fault page = Fault::status(200, "<html><body>Maintenance</body></html>");
        page.contentType = "text/html";
        m_fixture->injectFault(page, u"/api/v1/simulations"_s);
        all.model.refresh();
        QVERIFY(all.settle());
        QCOMPARE(all.model.error().kind, ApiError::Kind::BadPayload);
        m_fixture->injectFault(simwatch::testing::SocketFault::of(simwatch::testing::SocketFault::Kind::ConnectionReset),
                               u"/api/v1/simulations"_s);
        all.model.refresh();
        QVERIFY(all.settle());
        QVERIFY(all.model.error().isError());
        QCOMPARE(all.model.rowCount(), SeededRuns);
        QCOMPARE(spies.total(), 0);

        all.model.refresh();
        QVERIFY(all.settle());
        QVERIFY(!all.model.error().isError());
        QCOMPARE(spies.total(), 0);
    }

    void wrongKeyBeforeAnyRow()
    {
        ListRig rig(m_fixture->baseUrl(), SimulationList::DefaultPageSize, u"not-the-right-key"_s);
        QVERIFY(rig.settle());
        QCOMPARE(rig.model.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(rig.model.rowCount(), 0);
        QCOMPARE(rig.model.totalRecords(), -1);
    }

    // Another server or key: the old account's rows go at once, and the list is asked again.
    void sessionResetsTheListForAnotherAccount()
    {
        Session session;
        session.settings().setBaseUrl(m_fixture->baseUrl());
        session.settings().setApiKey(StandinServer::defaultApiKey());
        session.applySettings();
        SimulationList &list = session.simulationList();
        list.refresh();
        QTRY_COMPARE(list.records().size(), SimulationList::DefaultPageSize);
        StandinFixture other(0);
        QVERIFY(other.listen());
        standin::SimulationSpec elsewhere;
        elsewhere.name = u"Elsewhere"_s;
        elsewhere.id = 9001;
        other.server.addSimulation(elsewhere);
        session.settings().setBaseUrl(other.baseUrl());
        session.applySettings();
        QVERIFY(list.records().isEmpty());
        QTRY_VERIFY(!list.records().isEmpty());
        QCOMPARE(list.records().first().id, 9001);
        QCOMPARE(list.totalRecords(), SeededRuns + 1);
    }

    // The dock: a table of the account's runs beside the watch list; Enter watches the run and
    // selects it in the watch list; filters; shown or hidden is remembered.
    void dockWatchesAndSelects()
    {
        QSettings().remove(u"window"_s);
        Session session;
        session.settings().setBaseUrl(m_fixture->baseUrl());
        session.settings().setApiKey(StandinServer::defaultApiKey());
        session.applySettings();
        MainWindow window(session);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SimulationBrowser *browser = window.simulationBrowser();
        QVERIFY(!window.browserDock()->isVisible()); // hidden at the first start
        window.browserAction()->trigger();
        QVERIFY(window.browserDock()->isVisible());
        QVERIFY(window.browserAction()->isChecked());
        QAbstractItemModelTester tester(browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *view = browser->view();
        QTRY_VERIFY(view->model()->rowCount() >= 20);
        QCOMPARE(browser->model()->totalRecords(), SeededRuns);
        // (English plural forms are filled in when the translations are updated: "simulation(s)" until then.)
        QTRY_VERIFY(browser->countLabel()->text().startsWith(u"45 simulation"_s));
        QVERIFY(!browser->messageLabel()->isVisible());

        // Scrolling to the end loads the rest.
        view->scrollToBottom();
        QTRY_COMPARE(view->model()->rowCount(), SeededRuns);
        QTRY_VERIFY(browser->countLabel()->text().endsWith(u", 45 loaded"_s));

        // Enter on a row watches it and selects it in the watch list.
        const QModelIndex row = browser->filter()->mapFromSource(browser->model()->indexOfSimulation(437));
        QVERIFY(row.isValid());
        view->setFocus();
        view->setCurrentIndex(row);
        view->scrollTo(row);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(session.store().contains(437));
        QCOMPARE(window.selectedSimulationId(), 437);
        QCOMPARE(window.watchList()->currentIndex().data(SimulationModel::IdRole).toInt(), 437);
        QCOMPARE(row.siblingAtColumn(SimulationListModel::ColWatching).data().toString(), u"\u25C9"_s);
        QCOMPARE(row.siblingAtColumn(SimulationListModel::ColWatching).data(Qt::AccessibleTextRole).toString(), u"Watching"_s);
        // A double-click on another row does the same; one already watched is selected again.
        const QModelIndex other = browser->filter()->mapFromSource(browser->model()->indexOfSimulation(457));
        view->scrollTo(other);
        const QPoint centre = view->visualRect(other).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE(window.selectedSimulationId(), 457);
        QCOMPARE(session.store().ids(), (QList<int>{437, 457}));
        view->setCurrentIndex(browser->filter()->mapFromSource(browser->model()->indexOfSimulation(437)));
        QTest::keyClick(view, Qt::Key_Enter);
        QCOMPARE(window.selectedSimulationId(), 437);
        QCOMPARE(session.store().ids().size(), 2);

        // Filter as one types (name, agent, id), and by status.
        QTest::keyClicks(browser->filterEdit(), u"nightly"_s);
        QCOMPARE(view->model()->rowCount(), 3);
        browser->filterEdit()->clear();
        QTest::keyClicks(browser->filterEdit(), u"billing assistant"_s);
        QVERIFY(view->model()->rowCount() >= 5);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QCOMPARE(view->model()->index(r, SimulationListModel::ColAgent).data().toString(), u"Billing Assistant"_s);
        browser->filterEdit()->clear();
        QTest::keyClicks(browser->filterEdit(), u"448"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(browser->countLabel()->text().endsWith(u"1 shown"_s));
        browser->filterEdit()->clear();
        browser->statusCombo()->setCurrentIndex(browser->statusCombo()->findText(u"Stopped"_s, Qt::MatchEndsWith));
        QVERIFY(view->model()->rowCount() >= 4);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QCOMPARE(view->model()->index(r, 0).data(SimulationListModel::StatusRole).toInt(), int(Status::Stopped));
        browser->statusCombo()->setCurrentIndex(1); // running
        QCOMPARE(view->model()->rowCount(), 4 + 3); // the older runs' four; 456, 459 and 460 pending
        browser->statusCombo()->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), SeededRuns);

        // Sorted by a click on a header: the runs with the most negative calls first.
        view->sortByColumn(SimulationListModel::ColSentiment, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, 0).data(SimulationListModel::NegativeRole).toInt(),
                 [&] {
                     int most = 0;
                     for (int r = 0; r < view->model()->rowCount(); ++r)
                         most = qMax(most, view->model()->index(r, 0).data(SimulationListModel::NegativeRole).toInt());
                     return most;
                 }());

        saveShot(window, u"browser-45-runs.png"_s);

        // Hidden from the View menu, and so it stays after a restart.
        window.browserAction()->trigger();
        QVERIFY(!window.browserDock()->isVisible());
        window.close();
        MainWindow again(session);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.browserDock()->isVisible());
        QVERIFY(!again.browserAction()->isChecked());
        again.browserAction()->trigger();
        QVERIFY(again.browserDock()->isVisible());
        again.close();
        QSettings().remove(u"window"_s);
    }

    // While hidden nothing is fetched; while shown, the list is refreshed on the poll interval.
    void refreshesOnlyWhileShown()
    {
        QSettings().remove(u"window"_s);
        Session session;
        session.settings().setBaseUrl(m_fixture->baseUrl());
        session.settings().setApiKey(StandinServer::defaultApiKey());
        session.settings().setIntervalSeconds(1);
        session.applySettings();
        MainWindow window(session);
        window.browserDock()->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(1500);
        QCOMPARE(m_fixture->server.requestCount(u"/api/v1/simulations"_s), 0);
        window.browserDock()->show();
        QTRY_VERIFY(m_fixture->server.requestCount(u"/api/v1/simulations"_s) >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->server.requestCount(u"/api/v1/simulations"_s) >= 3, 20000);
        window.browserDock()->hide();
        QVERIFY(QTest::qWaitFor([&] { return !session.simulationList().isLoading(); }, 5000));
        const int settled = m_fixture->server.requestCount(u"/api/v1/simulations"_s);
        QTest::qWait(1500);
        QCOMPARE(m_fixture->server.requestCount(u"/api/v1/simulations"_s), settled);
        QSettings().remove(u"window"_s);
    }

    // Ten watched running runs, one of them selected, and one older running run beyond the first
    // page: each interval is one list request (the nine others take their values from it), one
    // GET for the selected run and one for the run the page does not reach. Counted by the server.
    void oneListRequestPerIntervalForTenRuns()
    {
        StandinServer server;
        server.setSpeed(200); // the runs move on between polls: their records change every interval
        server.seedDemo();
        QList<int> ids;
        for (int i = 0; i < 10; ++i) {
            standin::SimulationSpec spec;
            spec.scenarios = 10;
            spec.callsPerScenario = 3;
            spec.durationSeconds = 3 * 3600; // running through the whole test
            ids.append(server.addSimulation(spec));
        }
        const int older = 449; // In Progress, 22nd newest: not on the first page of 20
        QVERIFY(server.listen() != 0);
        Session session;
        session.settings().setBaseUrl(server.baseUrl());
        session.settings().setApiKey(StandinServer::defaultApiKey());
        session.settings().setIntervalSeconds(1);
        session.applySettings();
        const int selected = ids.first();
        session.watcher().setSelected(selected);
        for (int id : std::as_const(ids))
            session.watch(id);
        session.watch(older);
        const auto detailGets = [&](int id) { return server.requestCount(u"/api/v1/simulations/%1"_s.arg(id)); };
        const auto listRequests = [&] {
            return server.requestCount(u"/api/v1/simulations"_s) - server.requestCount(u"/api/v1/simulations/"_s);
        };
        // The first fetch of each run is its own GET; then the first beat finds 449 off the page.
        QTRY_VERIFY_WITH_TIMEOUT(listRequests() >= 2, 20000);
        const int progressBefore = session.store().simulation(ids.last())->progressRounded();
        QList<int> getsBefore;
        for (int id : std::as_const(ids))
            getsBefore.append(detailGets(id));
        const int olderBefore = detailGets(older);
        const int listBefore = listRequests();

        // Counted against the time that passed, not a fixed wait: a loaded machine (sanitizers,
        // tests in parallel) answers slower and so has fewer intervals, never more requests.
        QElapsedTimer watched;
        watched.start();
        QTRY_VERIFY_WITH_TIMEOUT(listRequests() - listBefore >= 4, 60000);
        const int intervals = int(watched.elapsed() / 1000) + 2; // the beats begun, both ends
        const int lists = listRequests() - listBefore;
        QVERIFY2(lists <= intervals, qPrintable(u"%1 lists in %2 intervals"_s.arg(lists).arg(intervals)));
        const int selectedGets = detailGets(selected) - getsBefore.first();
        QVERIFY2(selectedGets >= 1 && selectedGets <= intervals, qPrintable(QString::number(selectedGets)));
        const int olderGets = detailGets(older) - olderBefore;
        QVERIFY2(olderGets >= 1 && olderGets <= intervals, qPrintable(QString::number(olderGets)));
        for (int i = 1; i < ids.size(); ++i)
            QCOMPARE(detailGets(ids.at(i)) - getsBefore.at(i), 0);

        // The nine moved on all the same, with their calls, and without an error.
        const Simulation *last = session.store().simulation(ids.last());
        QVERIFY(last->progressRounded() > progressBefore);
        QCOMPARE(int(last->recordings.size()), last->calls.finished);
        QCOMPARE(session.store().entry(ids.last())->source, SimulationStore::Source::List);
        QVERIFY(!session.store().error(ids.last()).isError());

        // The list failing once: the runs that waited for it ask for themselves, and nothing shows
        // an error; the next interval is one list request again.
        session.watcher().setSelected(-1);
        session.unwatch(older);
        QTest::qWait(1200); // the beat settles on the list alone
        server.injectFault(Fault::status(500), u"/api/v1/simulations"_s);
        const int faultedList = listRequests();
        QTRY_VERIFY_WITH_TIMEOUT(listRequests() >= faultedList + 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(listRequests() >= faultedList + 2, 20000);
        for (int i = 0; i < ids.size(); ++i) {
            QVERIFY2(detailGets(ids.at(i)) - getsBefore.at(i) >= 1, qPrintable(QString::number(ids.at(i))));
            QVERIFY(!session.store().error(ids.at(i)).isError());
        }
    }

private:
    static void saveShot(QWidget &window, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString dir = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(QDir(dir).filePath(name)));
    }
};

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
