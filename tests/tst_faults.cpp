// Network faults and hostile replies: for each, the watcher keeps the last good data, reports a
// specific human message, backs off, and recovers on the first good reply.

#include "api/apiclient.h"
#include "model/simulationmodel.h"
#include "standinserver.h"
#include "watch/watcher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace simwatch;
using namespace std::chrono_literals;
using standin::Fault;
using standin::StandinServer;

Q_DECLARE_METATYPE(standin::Fault)

namespace {
const QString SimPath = QStringLiteral("/api/v1/simulations/456");
// Kept out of the class body: moc's brace matching trips over unbalanced braces in raw strings.
const char TruncatedJson[] = "{\"success\":true,\"simulation\":{\"id\":456,\"name\":\"Cust";

Fault withType(Fault fault, const QByteArray &type)
{
    fault.contentType = type;
    return fault;
}

Fault withHeader(Fault fault, const QByteArray &name, const QByteArray &value)
{
    fault.headers.append({name, value});
    return fault;
}
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        explicit Rig(const QUrl &baseUrl)
        {
            client.setBaseUrl(baseUrl);
            client.setApiKey(StandinServer::defaultApiKey());
            client.setTimeout(700ms);
            watcher.setInterval(100ms);
        }
        ApiError error() const { return sim().data(SimulationModel::ErrorRole).value<ApiError>(); }
        QModelIndex sim() const { return model.indexOfSimulation(456); }
        QNetworkAccessManager network;
        ApiClient client{&network};
        SimulationStore store;
        SimulationModel model{store};
        Watcher watcher{&client, &store};
    };

    std::unique_ptr<StandinServer> m_server;

    // Messages are for people: no Qt enum names, no raw bodies.
    static void checkHumanMessage(const QString &message)
    {
        QVERIFY(!message.isEmpty());
        for (const char *forbidden : {"Error)", "QNetworkReply", "Traceback", "<html", "<!DOCTYPE", "Exception"})
            QVERIFY2(!message.contains(QLatin1String(forbidden), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.size() < 400, qPrintable(message));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<StandinServer>();
        m_server->seedDemo();
        m_server->setSpeed(0); // frozen clock: good replies are identical, so only faults change state
        QVERIFY(m_server->listen() != 0);
    }
    void cleanup() { m_server.reset(); }

    void faultKeepsDataAndRecovers_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("count");

        using K = ApiError::Kind;
        QTest::newRow("timeout") << Fault::delay(3000) << int(K::Timeout) << QStringLiteral("in time") << 1;
        QTest::newRow("trickle slower than the timeout")
            << [] { Fault f = Fault::of(Fault::Kind::Trickle); f.trickleBytesPerSecond = 5; return f; }()
            << int(K::Timeout) << QStringLiteral("in time") << 1;
        QTest::newRow("connection reset mid-body") << Fault::of(Fault::Kind::ConnectionReset) << int(K::Network) << QString() << 1;
        QTest::newRow("truncated body") << Fault::of(Fault::Kind::Truncate) << int(K::Network) << QStringLiteral("closed") << 1;
        // Qt resends once on a fresh connection when a kept-alive one closes without a reply.
        QTest::newRow("closed without reply") << Fault::of(Fault::Kind::CloseWithoutReply) << int(K::Network) << QStringLiteral("closed") << 3;
        QTest::newRow("truncated JSON, complete HTTP")
            << Fault::status(200, QByteArray(TruncatedJson)) << int(K::BadPayload) << QStringLiteral("JSON") << 1;
        QTest::newRow("valid JSON of the wrong shape")
            << Fault::status(200, R"({"data":[1,2,3]})") << int(K::BadPayload) << QString() << 1;
        QTest::newRow("HTML 502")
            << withType(Fault::status(502, "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"), "text/html")
            << int(K::ServerError) << QStringLiteral("502") << 1;
        QTest::newRow("HTML 503") << withType(Fault::status(503), "text/html") << int(K::ServerError) << QStringLiteral("503") << 1;
        QTest::newRow("500 with a stack trace")
            << Fault::status(500, "Traceback (most recent call last):\n  File \"/odoo/http.py\", line 640, in dispatch\nKeyError: 'bot_id'\n")
            << int(K::ServerError) << QStringLiteral("500") << 1;
        QTest::newRow("success false with HTTP 200")
            << Fault::status(200, R"({"success":false,"error_description":"Simulation service is busy"})")
            << int(K::ApiFailure) << QStringLiteral("Simulation service is busy") << 1;
        QTest::newRow("oversized body") << Fault::of(Fault::Kind::Oversized) << int(K::TooLarge) << QStringLiteral("MiB") << 1;
        QTest::newRow("redirect to another server")
            << Fault::redirect(QUrl(QStringLiteral("http://127.0.0.2:9/api/v1/simulations/456"))) << int(K::HttpError) << QStringLiteral("redirect") << 1;
    }

    void faultKeepsDataAndRecovers()
    {
        QFETCH(Fault, fault);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        QFETCH(int, count);

        Rig rig(m_server->baseUrl());
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.sim().data(SimulationModel::HasDataRole).toBool());
        const int recordings = rig.model.rowCount(rig.sim());
        const QString name = rig.sim().data(SimulationModel::NameRole).toString();

        QSignalSpy fetched(&rig.watcher, &Watcher::fetched);
        m_server->injectFault(fault, SimPath, count);
        QTRY_VERIFY_WITH_TIMEOUT(rig.error().isError(), 10000);
        const ApiError error = rig.error();
        QCOMPARE(int(error.kind), kind);
        checkHumanMessage(error.message);
        if (!mentions.isEmpty())
            QVERIFY2(error.message.contains(mentions, Qt::CaseInsensitive), qPrintable(error.message));

        // The last good data stays.
        QCOMPARE(rig.sim().data(SimulationModel::NameRole).toString(), name);
        QCOMPARE(rig.model.rowCount(rig.sim()), recordings);
        QVERIFY(!error.isPermanent());
        QVERIFY(rig.watcher.isPolling(456));

        // The first good reply clears the error.
        QTRY_VERIFY_WITH_TIMEOUT(!rig.error().isError(), 10000);
        QCOMPARE(rig.sim().data(SimulationModel::NameRole).toString(), name);
    }

    void wrongContentTypeWithJsonBodyIsRead()
    {
        Rig rig(m_server->baseUrl());
        m_server->injectFault(withType(Fault::of(Fault::Kind::WrongContentType), "text/html"), SimPath);
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.sim().data(SimulationModel::HasDataRole).toBool());
        QVERIFY(!rig.error().isError());
    }

    void rateLimitWaitsAtLeastRetryAfter_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::newRow("json retry_after") << Fault::status(429, R"({"error":"rate_limited","retry_after":1})");
        QTest::newRow("Retry-After header") << withHeader(Fault::status(429, "{}"), "Retry-After", "1");
    }
    void rateLimitWaitsAtLeastRetryAfter()
    {
        QFETCH(Fault, fault);
        Rig rig(m_server->baseUrl());
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.sim().data(SimulationModel::HasDataRole).toBool());
        m_server->injectFault(fault, SimPath);
        QTRY_COMPARE(rig.error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(rig.error().retryAfterSeconds, 1);
        QVERIFY(rig.error().message.contains(QStringLiteral("1 s")));
        const int served = m_server->requestCount(SimPath);
        QTest::qWait(700); // seven normal intervals: no request may go out yet
        QCOMPARE(m_server->requestCount(SimPath), served);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.error().isError(), 5000);
    }

    void connectionRefusedThenServerBack()
    {
        Rig rig(m_server->baseUrl());
        const quint16 port = m_server->port();
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.sim().data(SimulationModel::HasDataRole).toBool());
        m_server.reset(); // the service goes away
        QTRY_COMPARE(rig.error().kind, ApiError::Kind::ConnectionRefused);
        checkHumanMessage(rig.error().message);
        QCOMPARE(rig.sim().data(SimulationModel::NameRole).toString(), QStringLiteral("Customer Support Test"));

        m_server = std::make_unique<StandinServer>();
        m_server->seedDemo();
        QCOMPARE(m_server->listen(port), port);
        rig.watcher.retryFailedNow(); // what a "network is back" notification triggers
        QTRY_VERIFY_WITH_TIMEOUT(!rig.error().isError(), 5000);
    }

    void hostNotFound()
    {
        Rig rig(QUrl(QStringLiteral("http://simwatch-test-host.invalid/api/v1")));
        rig.watcher.watch(456);
        QTRY_VERIFY_WITH_TIMEOUT(rig.error().isError(), 15000);
        QCOMPARE(rig.error().kind, ApiError::Kind::HostNotFound);
        QVERIFY(rig.error().message.contains(QStringLiteral("simwatch-test-host.invalid")));
        checkHumanMessage(rig.error().message);
        QVERIFY(rig.watcher.isPolling(456)); // retried: the VPN may come back
    }

    void tlsFailureIsShownNotIgnored()
    {
        // https:// to a server that answers the TLS hello in plain HTTP: the handshake fails.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            QTcpSocket *socket = plain.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        Rig rig(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(plain.serverPort())));
        rig.watcher.watch(456);
        QTRY_VERIFY_WITH_TIMEOUT(rig.error().isError(), 10000);
        QCOMPARE(rig.error().kind, ApiError::Kind::Tls);
        QVERIFY2(rig.error().message.contains(QStringLiteral("secure connection")), qPrintable(rig.error().message));
        QVERIFY(!rig.sim().data(SimulationModel::HasDataRole).toBool());
    }

    void permanentErrorsStopPolling_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("asksForKey");
        QTest::newRow("401") << Fault::status(401, R"({"error":"unauthorized","error_description":"Missing or invalid API key"})")
                             << int(ApiError::Kind::Unauthorized) << true;
        QTest::newRow("403") << Fault::status(403, R"({"error":"forbidden","error_description":"You do not have permission"})")
                             << int(ApiError::Kind::Forbidden) << true;
        QTest::newRow("404") << Fault::status(404, R"({"error":"not_found","error_description":"Simulation not found"})")
                             << int(ApiError::Kind::NotFound) << false;
    }
    void permanentErrorsStopPolling()
    {
        QFETCH(Fault, fault);
        QFETCH(int, kind);
        QFETCH(bool, asksForKey);
        Rig rig(m_server->baseUrl());
        QSignalSpy auth(&rig.watcher, &Watcher::authenticationRequired);
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.sim().data(SimulationModel::HasDataRole).toBool());
        m_server->injectFault(fault, SimPath, 3);
        QTRY_COMPARE(int(rig.error().kind), kind);
        QVERIFY(!rig.watcher.isPolling(456));
        QCOMPARE(auth.count(), asksForKey ? 1 : 0);
        if (kind == int(ApiError::Kind::NotFound))
            QVERIFY(rig.error().message.contains(QStringLiteral("456 does not exist")));
        const int served = m_server->requestCount(SimPath);
        QTest::qWait(400);
        QCOMPARE(m_server->requestCount(SimPath), served);
        QCOMPARE(rig.sim().data(SimulationModel::NameRole).toString(), QStringLiteral("Customer Support Test"));
    }

    void backoffGrowsWithCapAndJitter()
    {
        const auto interval = 3000ms;
        QCOMPARE(Watcher::backoffDelay(interval, 1, -1, 1.0), 3000ms);
        QCOMPARE(Watcher::backoffDelay(interval, 2, -1, 1.0), 6000ms);
        QCOMPARE(Watcher::backoffDelay(interval, 3, -1, 1.0), 12000ms);
        QCOMPARE(Watcher::backoffDelay(interval, 10, -1, 1.0), 60000ms);       // capped
        QCOMPARE(Watcher::backoffDelay(interval, 1000, -1, 1.0), 60000ms);     // no overflow
        QCOMPARE(Watcher::backoffDelay(interval, 10, -1, 0.8), 48000ms);       // jitter down
        QCOMPARE(Watcher::backoffDelay(interval, 10, -1, 1.2), 72000ms);       // jitter up
        QCOMPARE(Watcher::backoffDelay(interval, 1, 120, 1.0), 120000ms);      // Retry-After wins
        QCOMPARE(Watcher::backoffDelay(interval, 1, 999999, 1.0), 3600000ms);  // but within reason
    }

    void routinePollsShareABeat()
    {
        const Watcher::Clock::time_point origin{};
        const auto at = [&](std::chrono::milliseconds t) { return origin + t; };
        // Polls that finished anywhere within one interval go out together on the same beat...
        QCOMPARE(Watcher::nextBeat(at(1000ms), origin, 1000ms), at(2000ms));
        QCOMPARE(Watcher::nextBeat(at(1010ms), origin, 1000ms), at(2000ms));
        QCOMPARE(Watcher::nextBeat(at(1499ms), origin, 1000ms), at(2000ms));
        // ...never less than half an interval after the last one finished.
        QCOMPARE(Watcher::nextBeat(at(1501ms), origin, 1000ms), at(3000ms));
        QCOMPARE(Watcher::nextBeat(at(1500ms), origin, 1000ms), at(2000ms));
        QCOMPARE(Watcher::nextBeat(at(7200ms), origin, 3000ms), at(9000ms));
        QCOMPARE(Watcher::nextBeat(at(0ms), origin, 3000ms), at(3000ms));
    }

    void backoffNeverStacksRequests()
    {
        Rig rig(m_server->baseUrl());
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.sim().data(SimulationModel::HasDataRole).toBool());
        m_server->injectFault(Fault::status(503), SimPath, 4);
        // Hammering refresh while failing must not put more than one request in flight.
        for (int i = 0; i < 20; ++i) {
            rig.watcher.refresh(456);
            rig.watcher.retryFailedNow();
            QTest::qWait(20);
            QVERIFY(m_server->requestCount(SimPath) <= 2 + i + 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!rig.error().isError(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
