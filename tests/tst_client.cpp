// ApiClient + Watcher against the stand-in server over real loopback HTTP.

#include "api/apiclient.h"
#include "model/simulationmodel.h"
#include "standinserver.h"
#include "watch/watcher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace simwatch;
using namespace std::chrono_literals;
using standin::Fault;
using standin::StandinServer;

class TestClient : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        explicit Rig(StandinServer *server, const QString &key = StandinServer::defaultApiKey())
        {
            client.setBaseUrl(server->baseUrl());
            client.setApiKey(key);
            client.setTimeout(2s);
            watcher.setInterval(100ms);
        }
        ApiError errorOf(int id) const
        {
            return model.indexOfSimulation(id).data(SimulationModel::ErrorRole).value<ApiError>();
        }
        QNetworkAccessManager network;
        ApiClient client{&network};
        SimulationStore store;
        SimulationModel model{store};
        Watcher watcher{&client, &store};
    };

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

    std::unique_ptr<StandinServer> m_server;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<StandinServer>();
        m_server->seedDemo();
        QVERIFY(m_server->listen() != 0);
    }
    void cleanup() { m_server.reset(); }

    void fetchesAndShowsSimulation()
    {
        Rig rig(m_server.get());
        rig.watcher.watch(456);
        const QModelIndex sim = rig.model.indexOfSimulation(456);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        QCOMPARE(sim.data(SimulationModel::NameRole).toString(), QStringLiteral("Customer Support Test"));
        QCOMPARE(sim.data(SimulationModel::AgentIdRole).toInt(), 1234);
        QVERIFY(!rig.errorOf(456).isError());
        QVERIFY(m_server->authorizationHeadersSeen().contains("Bearer " + StandinServer::defaultApiKey().toUtf8()));
    }

    void completedSimulationStopsPolling()
    {
        Rig rig(m_server.get());
        rig.watcher.watch(457); // seeded as Completed
        const QModelIndex sim = rig.model.indexOfSimulation(457);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        QCOMPARE(sim.data(SimulationModel::StatusTextRole).toString(), QStringLiteral("Completed"));
        QTRY_VERIFY(!rig.watcher.isPolling(457));
        const int served = m_server->requestCount(QStringLiteral("/api/v1/simulations/457"));
        QTest::qWait(400); // several intervals
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/simulations/457")), served);

        // A manual refresh still fetches.
        rig.watcher.refresh(457);
        QTRY_COMPARE(m_server->requestCount(QStringLiteral("/api/v1/simulations/457")), served + 1);
    }

    void runningSimulationReachesTerminalAndStops()
    {
        standin::SimulationSpec spec;
        spec.name = QStringLiteral("Quick");
        spec.agentId = 7;
        spec.scenarios = 2;
        spec.durationSeconds = 60;
        const int id = m_server->addSimulation(spec);
        Rig rig(m_server.get());
        rig.watcher.watch(id);
        const QModelIndex sim = rig.model.indexOfSimulation(id);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        QCOMPARE(sim.data(SimulationModel::IsTerminalRole).toBool(), false);
        QSignalSpy settled(&rig.watcher, &Watcher::allSettled);
        m_server->advance(61);
        QTRY_COMPARE(sim.data(SimulationModel::StatusTextRole).toString(), QStringLiteral("Completed"));
        QTRY_COMPARE(settled.count(), 1);
        QVERIFY(!rig.watcher.isPolling(id));
        QCOMPARE(rig.model.rowCount(sim), 2);
    }

    void unchangedBodyIsNotReapplied()
    {
        m_server->setSpeed(0); // frozen clock: identical bodies
        Rig rig(m_server.get());
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
        Rig rig(m_server.get());
        rig.watcher.setInterval(1h);
        m_server->injectFault(Fault::delay(300), QStringLiteral("/api/v1/simulations/456"));
        rig.watcher.watch(456);
        rig.watcher.refresh(456);
        rig.watcher.refresh(456);
        QVERIFY(rig.watcher.isBusy(456));
        QTRY_VERIFY(rig.model.indexOfSimulation(456).data(SimulationModel::HasDataRole).toBool());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/simulations/456")), 1);
    }

    void wrongKeyIsUnauthorizedAndAskedOnce()
    {
        Rig rig(m_server.get(), QStringLiteral("wrong-key-123456"));
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
        Rig rig(m_server.get());
        rig.watcher.watch(999);
        QTRY_COMPARE(rig.errorOf(999).kind, ApiError::Kind::NotFound);
        QVERIFY(rig.errorOf(999).message.contains(QStringLiteral("999")));
        QVERIFY(!rig.watcher.isPolling(999));
    }

    void malformedPathGivesHtml404()
    {
        Rig rig(m_server.get());
        const ApiClient::Reply reply = getOnce(rig, QStringLiteral("/simulations/abc"));
        QCOMPARE(reply.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(reply.error.httpStatus, 404);
        QVERIFY(!reply.error.message.contains(QStringLiteral("<html"), Qt::CaseInsensitive));
    }

    void successFalseIsAnApiFailure()
    {
        Rig rig(m_server.get());
        rig.watcher.watch(456);
        const QModelIndex sim = rig.model.indexOfSimulation(456);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        m_server->injectFault(Fault::status(200, R"({"success":false,"error_description":"Simulation quota exceeded"})"),
                              QStringLiteral("/api/v1/simulations/456"));
        QTRY_COMPARE(rig.errorOf(456).kind, ApiError::Kind::ApiFailure);
        QCOMPARE(rig.errorOf(456).message, QStringLiteral("Simulation quota exceeded"));
        QCOMPARE(sim.data(SimulationModel::NameRole).toString(), QStringLiteral("Customer Support Test"));
        // Recovers on the next good reply.
        QTRY_VERIFY(!rig.errorOf(456).isError());
    }

    void nonJsonBodyIsBadPayloadAndKeepsData()
    {
        Rig rig(m_server.get());
        rig.watcher.watch(456);
        const QModelIndex sim = rig.model.indexOfSimulation(456);
        QTRY_VERIFY(sim.data(SimulationModel::HasDataRole).toBool());
        Fault fault = Fault::status(200, "<html><body>Maintenance</body></html>");
        fault.contentType = "text/html";
        m_server->injectFault(fault, QStringLiteral("/api/v1/simulations/456"));
        QTRY_COMPARE(rig.errorOf(456).kind, ApiError::Kind::BadPayload);
        QCOMPARE(sim.data(SimulationModel::NameRole).toString(), QStringLiteral("Customer Support Test"));
        QTRY_VERIFY(!rig.errorOf(456).isError());
    }

    void slowServerTimesOut()
    {
        Rig rig(m_server.get());
        rig.client.setTimeout(300ms);
        m_server->injectFault(Fault::delay(3000), QStringLiteral("/api/v1/simulations/456"));
        rig.watcher.watch(456);
        QTRY_COMPARE(rig.errorOf(456).kind, ApiError::Kind::Timeout);
        QVERIFY(rig.watcher.isPolling(456)); // a timeout is retried
    }

    void serverErrorNeverShowsTheBody()
    {
        Rig rig(m_server.get());
        m_server->injectFault(Fault::status(500, "Traceback (most recent call last):\n  File \"odoo/http.py\", line 1\nKeyError: 'x'"),
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
        m_server->injectFault(Fault::redirect(other.baseUrl()), QStringLiteral("/api/v1/simulations/456"));
        Rig rig(m_server.get());
        const ApiClient::Reply reply = getOnce(rig, QStringLiteral("/simulations/456"));
        QVERIFY(reply.error.isError());
        QTest::qWait(200);
        for (const QByteArray &header : other.authorizationHeadersSeen())
            QVERIFY2(header.isEmpty(), header.constData());
        QVERIFY(reply.error.message.contains(QStringLiteral("redirect")));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            StandinServer closed;
            port = closed.listen();
        }
        Rig rig(m_server.get());
        rig.client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
        const ApiClient::Reply reply = getOnce(rig, QStringLiteral("/simulations/456"));
        QCOMPARE(reply.error.kind, ApiError::Kind::ConnectionRefused);
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
