// ApiClient + Watcher against the stand-in server over real loopback HTTP.

#include "support/standinfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace simwatch;
using namespace std::chrono_literals;
using standin::Fault;
using standin::StandinServer;
using testing::SocketFault;
using testing::StandinFixture;
using Rig = testing::WatchRig;

class TestClient : public QObject
{
    Q_OBJECT

private:
    ApiClient::Reply getOnce(Rig &rig, const QString &path)
    {
        ApiClient::Reply result;
        bool done = false;
        rig.client.get(path, this, [&](const ApiClient::Reply &reply) {
            result = reply;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }

    int served(int id) const { return m_fixture->server.requestCount(QStringLiteral("/api/v1/simulations/%1").arg(id)); }

    std::unique_ptr<StandinFixture> m_fixture;

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<StandinFixture>();
        QVERIFY(m_fixture->listen());
    }
    void cleanup() { m_fixture.reset(); }

    void fetchesAndShowsSimulation()
    {
        Rig rig(m_fixture->baseUrl());
        rig.watcher.watch(456);
        const QModelIndex sim = rig.model.indexOfSimulation(456);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        QCOMPARE(sim.data(SimulationModel::NameRole).toString(), QStringLiteral("Customer Support Test"));
        QCOMPARE(sim.data(SimulationModel::AgentIdRole).toInt(), 1234);
        QVERIFY(!rig.errorOf(456).isError());
        QVERIFY(m_fixture->server.authorizationHeadersSeen().contains("Bearer " + StandinServer::defaultApiKey().toUtf8()));
    }

    void completedSimulationStopsPolling()
    {
        Rig rig(m_fixture->baseUrl());
        rig.watcher.watch(457); // seeded as Completed
        const QModelIndex sim = rig.model.indexOfSimulation(457);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        QCOMPARE(sim.data(SimulationModel::StatusTextRole).toString(), QStringLiteral("Completed"));
        QTRY_VERIFY(!rig.watcher.isPolling(457));
        const int done = served(457);
        // A running simulation watched beside it is the clock: several of its polls go out, none for 457.
        rig.watcher.watch(456);
        const int clock = served(456);
        QTRY_VERIFY(served(456) >= clock + 4);
        QCOMPARE(served(457), done);

        // A manual refresh still fetches.
        rig.watcher.refresh(457);
        QTRY_COMPARE(served(457), done + 1);
    }

    void runningSimulationReachesTerminalAndStops()
    {
        standin::SimulationSpec spec;
        spec.name = QStringLiteral("Quick");
        spec.agentId = 7;
        spec.scenarios = 2;
        spec.durationSeconds = 60;
        const int id = m_fixture->server.addSimulation(spec);
        Rig rig(m_fixture->baseUrl());
        rig.watcher.watch(id);
        const QModelIndex sim = rig.model.indexOfSimulation(id);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        QCOMPARE(sim.data(SimulationModel::IsTerminalRole).toBool(), false);
        QSignalSpy settled(&rig.watcher, &Watcher::allSettled);
        m_fixture->server.advance(61);
        QTRY_COMPARE(sim.data(SimulationModel::StatusTextRole).toString(), QStringLiteral("Completed"));
        QTRY_COMPARE(settled.count(), 1);
        QVERIFY(!rig.watcher.isPolling(id));
        QCOMPARE(rig.model.rowCount(sim), 2);
    }

    void unchangedBodyIsNotReapplied()
    {
        m_fixture->server.setSpeed(0); // frozen clock: identical bodies
        Rig rig(m_fixture->baseUrl());
        rig.watcher.watch(456);
        const QModelIndex sim = rig.model.indexOfSimulation(456);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
        QSignalSpy fetched(&rig.watcher, &Watcher::fetched);
        QTRY_VERIFY(fetched.count() >= 3);
        QCOMPARE(changed.count(), 0);
        for (const auto &args : fetched)
            QCOMPARE(args.at(1).toBool(), false);
    }

    void oneRequestInFlight()
    {
        Rig rig(m_fixture->baseUrl());
        rig.watcher.setInterval(1h);
        m_fixture->injectFault(SocketFault::delay(300), QStringLiteral("/api/v1/simulations/456"));
        rig.watcher.watch(456);
        rig.watcher.refresh(456);
        rig.watcher.refresh(456);
        QVERIFY(rig.watcher.isBusy(456));
        QTRY_VERIFY(rig.model.indexOfSimulation(456).data(SimulationModel::HasDataRole).toBool());
        QCOMPARE(served(456), 1);
    }

    void wrongKeyIsUnauthorizedAndAskedOnce()
    {
        Rig rig(m_fixture->baseUrl(), 2s, QStringLiteral("wrong-key-123456"));
        QSignalSpy auth(&rig.watcher, &Watcher::authenticationRequired);
        rig.watcher.watch(456);
        rig.watcher.watch(457);
        QTRY_COMPARE(rig.errorOf(456).kind, ApiError::Kind::Unauthorized);
        QTRY_COMPARE(rig.errorOf(457).kind, ApiError::Kind::Unauthorized);
        QCOMPARE(rig.errorOf(456).httpStatus, 401);
        QVERIFY(rig.errorOf(456).message.contains(QStringLiteral("Missing or invalid API key")));
        QCOMPARE(auth.count(), 1);
        QVERIFY(!rig.watcher.isPolling(456));
        QVERIFY(!rig.watcher.isPolling(457));

        // A corrected key and a refresh resume polling.
        rig.client.setApiKey(StandinServer::defaultApiKey());
        rig.watcher.refreshAll();
        QTRY_VERIFY(rig.model.indexOfSimulation(456).data(SimulationModel::HasDataRole).toBool());
        QVERIFY(!rig.errorOf(456).isError());
    }

    void unknownIdIsNotFound()
    {
        Rig rig(m_fixture->baseUrl());
        rig.watcher.watch(999);
        QTRY_COMPARE(rig.errorOf(999).kind, ApiError::Kind::NotFound);
        QVERIFY(rig.errorOf(999).message.contains(QStringLiteral("999")));
        QVERIFY(!rig.watcher.isPolling(999));
    }

    void malformedPathGivesHtml404()
    {
        Rig rig(m_fixture->baseUrl());
        const ApiClient::Reply reply = getOnce(rig, QStringLiteral("/simulations/abc"));
        QCOMPARE(reply.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(reply.error.httpStatus, 404);
        QVERIFY(!reply.error.message.contains(QStringLiteral("<html"), Qt::CaseInsensitive));
    }

    void successFalseIsAnApiFailure()
    {
        Rig rig(m_fixture->baseUrl());
        rig.watcher.watch(456);
        const QModelIndex sim = rig.model.indexOfSimulation(456);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        m_fixture->server.injectFault(Fault::status(200, R"({"success":false,"error_description":"Simulation quota exceeded"})"),
                              QStringLiteral("/api/v1/simulations/456"));
        QTRY_COMPARE(rig.errorOf(456).kind, ApiError::Kind::ApiFailure);
        QCOMPARE(rig.errorOf(456).message, QStringLiteral("Simulation quota exceeded"));
        QCOMPARE(sim.data(SimulationModel::NameRole).toString(), QStringLiteral("Customer Support Test"));
        // Recovers on the next good reply.
        QTRY_VERIFY(!rig.errorOf(456).isError());
    }

    void nonJsonBodyIsBadPayloadAndKeepsData()
    {
        Rig rig(m_fixture->baseUrl());
        rig.watcher.watch(456);
        const QModelIndex sim = rig.model.indexOfSimulation(456);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        Fault fault = Fault::status(200, "<html><body>Maintenance</body></html>");
        fault.contentType = "text/html";
        m_fixture->server.injectFault(fault, QStringLiteral("/api/v1/simulations/456"));
        QTRY_COMPARE(rig.errorOf(456).kind, ApiError::Kind::BadPayload);
        QCOMPARE(sim.data(SimulationModel::NameRole).toString(), QStringLiteral("Customer Support Test"));
        QTRY_VERIFY(!rig.errorOf(456).isError());
    }

    void slowServerTimesOut()
    {
        Rig rig(m_fixture->baseUrl());
        rig.client.setTimeout(300ms);
        m_fixture->injectFault(SocketFault::delay(3000), QStringLiteral("/api/v1/simulations/456"));
        rig.watcher.watch(456);
        QTRY_COMPARE(rig.errorOf(456).kind, ApiError::Kind::Timeout);
        QVERIFY(rig.watcher.isPolling(456)); // a timeout is retried
    }

    void serverErrorNeverShowsTheBody()
    {
        Rig rig(m_fixture->baseUrl());
        m_fixture->server.injectFault(Fault::status(500, "Traceback (most recent call last):\n  File \"odoo/http.py\", line 1\nKeyError: 'x'"),
                              QStringLiteral("/api/v1/simulations/456"));
        rig.watcher.watch(456);
        QTRY_COMPARE(rig.errorOf(456).kind, ApiError::Kind::ServerError);
        QVERIFY(!rig.errorOf(456).message.contains(QStringLiteral("Traceback")));
        QVERIFY(rig.errorOf(456).message.contains(QStringLiteral("500")));
    }

    void redirectToAnotherOriginDoesNotCarryTheKey()
    {
        StandinServer other;
        other.seedDemo();
        QVERIFY(other.listen() != 0);
        m_fixture->server.injectFault(Fault::redirect(other.baseUrl()), QStringLiteral("/api/v1/simulations/456"));
        Rig rig(m_fixture->baseUrl());
        const ApiClient::Reply reply = getOnce(rig, QStringLiteral("/simulations/456"));
        QVERIFY(reply.error.isError());
        QVERIFY(reply.error.message.contains(QStringLiteral("redirect")));
        // The redirect was served and not followed: the reply is final, so the other server has
        // seen no request at all, let alone the key.
        QCOMPARE(served(456), 1);
        QCOMPARE(other.requestCount(), 0);
        QVERIFY(other.authorizationHeadersSeen().isEmpty());
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            StandinServer closed;
            port = closed.listen();
        }
        Rig rig(m_fixture->baseUrl());
        rig.client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
        const ApiClient::Reply reply = getOnce(rig, QStringLiteral("/simulations/456"));
        QCOMPARE(reply.error.kind, ApiError::Kind::ConnectionRefused);
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
