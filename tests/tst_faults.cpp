// Network faults and hostile replies: for each, the watcher keeps the last good data, reports a
// specific human message, backs off, and recovers on the first good reply.

#include "support/standinfixture.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace simwatch;
using namespace std::chrono_literals;
using standin::Fault;
using testing::AnyFault;
using testing::SocketFault;
using testing::StandinFixture;
using Rig = testing::WatchRig;

Q_DECLARE_METATYPE(simwatch::testing::AnyFault)

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
    std::unique_ptr<StandinFixture> m_fixture;

    int served(int id = 456) const
    {
        return m_fixture->server.requestCount(QStringLiteral("/api/v1/simulations/%1").arg(id));
    }

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
        // Frozen clock: good replies are identical, so only faults change state.
        m_fixture = std::make_unique<StandinFixture>(0.0);
        QVERIFY(m_fixture->listen());
    }
    void cleanup() { m_fixture.reset(); }

    void faultKeepsDataAndRecovers_data()
    {
        QTest::addColumn<AnyFault>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("count");

        using K = ApiError::Kind;
        QTest::newRow("timeout") << AnyFault(SocketFault::delay(3000)) << int(K::Timeout) << QStringLiteral("in time") << 1;
        QTest::newRow("trickle slower than the timeout")
            << AnyFault(SocketFault::trickle(5))
            << int(K::Timeout) << QStringLiteral("in time") << 1;
        QTest::newRow("connection reset mid-body") << AnyFault(SocketFault::of(SocketFault::Kind::ConnectionReset)) << int(K::Network) << QString() << 1;
        QTest::newRow("truncated body") << AnyFault(SocketFault::of(SocketFault::Kind::Truncate)) << int(K::Network) << QStringLiteral("closed") << 1;
        // Qt resends once on a fresh connection when a kept-alive one closes without a reply.
        QTest::newRow("closed without reply") << AnyFault(SocketFault::of(SocketFault::Kind::CloseWithoutReply)) << int(K::Network) << QStringLiteral("closed") << 3;
        QTest::newRow("truncated JSON, complete HTTP")
            << AnyFault(Fault::status(200, QByteArray(TruncatedJson))) << int(K::BadPayload) << QStringLiteral("JSON") << 1;
        QTest::newRow("valid JSON of the wrong shape")
            << AnyFault(Fault::status(200, R"({"data":[1,2,3]})")) << int(K::BadPayload) << QString() << 1;
        QTest::newRow("HTML 502")
            << AnyFault(withType(Fault::status(502, "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"), "text/html"))
            << int(K::ServerError) << QStringLiteral("502") << 1;
        QTest::newRow("HTML 503") << AnyFault(withType(Fault::status(503), "text/html")) << int(K::ServerError) << QStringLiteral("503") << 1;
        QTest::newRow("500 with a stack trace")
            << AnyFault(Fault::status(500, "Traceback (most recent call last):\n  File \"/odoo/http.py\", line 640, in dispatch\nKeyError: 'bot_id'\n"))
            << int(K::ServerError) << QStringLiteral("500") << 1;
        QTest::newRow("success false with HTTP 200")
            << AnyFault(Fault::status(200, R"({"success":false,"error_description":"Simulation service is busy"})"))
            << int(K::ApiFailure) << QStringLiteral("Simulation service is busy") << 1;
        QTest::newRow("oversized body") << AnyFault(Fault::of(Fault::Kind::Oversized)) << int(K::TooLarge) << QStringLiteral("MiB") << 1;
        QTest::newRow("redirect to another server")
            << AnyFault(Fault::redirect(QUrl(QStringLiteral("http://127.0.0.2:9/api/v1/simulations/456")))) << int(K::HttpError) << QStringLiteral("redirect") << 1;
    }

    void faultKeepsDataAndRecovers()
    {
        QFETCH(AnyFault, fault);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        QFETCH(int, count);

        Rig rig(m_fixture->baseUrl(), 700ms);
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.hasData(456));
        const int recordings = rig.model.rowCount(rig.sim(456));
        const QString name = rig.sim(456).data(SimulationModel::NameRole).toString();

        QSignalSpy fetched(&rig.watcher, &Watcher::fetched);
        m_fixture->injectFault(fault, SimPath, count);
        QTRY_VERIFY_WITH_TIMEOUT(rig.errorOf(456).isError(), 10000);
        const ApiError error = rig.errorOf(456);
        QCOMPARE(int(error.kind), kind);
        checkHumanMessage(error.message);
        if (!mentions.isEmpty())
            QVERIFY2(error.message.contains(mentions, Qt::CaseInsensitive), qPrintable(error.message));

        // The last good data stays.
        QCOMPARE(rig.sim(456).data(SimulationModel::NameRole).toString(), name);
        QCOMPARE(rig.model.rowCount(rig.sim(456)), recordings);
        QVERIFY(!error.isPermanent());
        QVERIFY(rig.watcher.isPolling(456));

        // The first good reply clears the error.
        QTRY_VERIFY_WITH_TIMEOUT(!rig.errorOf(456).isError(), 10000);
        QCOMPARE(rig.sim(456).data(SimulationModel::NameRole).toString(), name);
    }

    void wrongContentTypeWithJsonBodyIsRead()
    {
        Rig rig(m_fixture->baseUrl(), 700ms);
        rig.watcher.setInterval(1h); // one request: the data can only come from the faulted reply
        QList<QByteArray> contentTypes;
        connect(&rig.network, &QNetworkAccessManager::finished, this,
                [&contentTypes](QNetworkReply *reply) { contentTypes.append(reply->rawHeader("Content-Type")); });
        m_fixture->injectFault(withType(Fault::of(Fault::Kind::WrongContentType), "text/html"), SimPath);
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.hasData(456));
        QVERIFY(!rig.errorOf(456).isError());
        QCOMPARE(served(), 1);
        QCOMPARE(contentTypes, QList<QByteArray>{"text/html"}); // what the client really received
    }

    void rateLimitWaitsAtLeastRetryAfter_data()
    {
        QTest::addColumn<AnyFault>("fault");
        QTest::newRow("json retry_after") << AnyFault(Fault::status(429, R"({"error":"rate_limited","retry_after":1})"));
        QTest::newRow("Retry-After header") << AnyFault(withHeader(Fault::status(429, "{}"), "Retry-After", "1"));
    }
    void rateLimitWaitsAtLeastRetryAfter()
    {
        QFETCH(AnyFault, fault);
        Rig rig(m_fixture->baseUrl(), 700ms);
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.hasData(456));
        m_fixture->injectFault(fault, SimPath);
        QTRY_COMPARE(rig.errorOf(456).kind, ApiError::Kind::RateLimited);
        QCOMPARE(rig.errorOf(456).retryAfterSeconds, 1);
        QVERIFY(rig.errorOf(456).message.contains(QStringLiteral("1 s")));
        QElapsedTimer sinceError;
        sinceError.start();
        const int before = served();
        // The next request waits for Retry-After (1 s: ten normal intervals), not for the interval.
        QTRY_VERIFY_WITH_TIMEOUT(served() > before, 5000);
        QVERIFY2(sinceError.elapsed() >= 900, qPrintable(QString::number(sinceError.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(!rig.errorOf(456).isError(), 5000);
    }

    void connectionRefusedThenServerBack()
    {
        // Straight to the stand-in: behind the proxy, a server gone is a closed connection.
        Rig rig(m_fixture->server.baseUrl(), 700ms);
        const quint16 port = m_fixture->server.port();
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.hasData(456));
        m_fixture.reset(); // the service goes away
        QTRY_COMPARE(rig.errorOf(456).kind, ApiError::Kind::ConnectionRefused);
        checkHumanMessage(rig.errorOf(456).message);
        QCOMPARE(rig.sim(456).data(SimulationModel::NameRole).toString(), QStringLiteral("Customer Support Test"));

        m_fixture = std::make_unique<StandinFixture>();
        QVERIFY(m_fixture->listen(port));
        QCOMPARE(m_fixture->server.port(), port);
        rig.watcher.retryFailedNow(); // what a "network is back" notification triggers
        QTRY_VERIFY_WITH_TIMEOUT(!rig.errorOf(456).isError(), 5000);
    }

    void hostNotFound()
    {
        Rig rig(QUrl(QStringLiteral("http://simwatch-test-host.invalid/api/v1")));
        rig.watcher.watch(456);
        QTRY_VERIFY_WITH_TIMEOUT(rig.errorOf(456).isError(), 15000);
        QCOMPARE(rig.errorOf(456).kind, ApiError::Kind::HostNotFound);
        QVERIFY(rig.errorOf(456).message.contains(QStringLiteral("simwatch-test-host.invalid")));
        checkHumanMessage(rig.errorOf(456).message);
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
        QTRY_VERIFY_WITH_TIMEOUT(rig.errorOf(456).isError(), 10000);
        QCOMPARE(rig.errorOf(456).kind, ApiError::Kind::Tls);
        QVERIFY2(rig.errorOf(456).message.contains(QStringLiteral("secure connection")), qPrintable(rig.errorOf(456).message));
        QVERIFY(!rig.hasData(456));
    }

    void permanentErrorsStopPolling_data()
    {
        QTest::addColumn<AnyFault>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("asksForKey");
        QTest::newRow("401") << AnyFault(Fault::status(401, R"({"error":"unauthorized","error_description":"Missing or invalid API key"})"))
                             << int(ApiError::Kind::Unauthorized) << true;
        QTest::newRow("403") << AnyFault(Fault::status(403, R"({"error":"forbidden","error_description":"You do not have permission"})"))
                             << int(ApiError::Kind::Forbidden) << true;
        QTest::newRow("404") << AnyFault(Fault::status(404, R"({"error":"not_found","error_description":"Simulation not found"})"))
                             << int(ApiError::Kind::NotFound) << false;
    }
    void permanentErrorsStopPolling()
    {
        QFETCH(AnyFault, fault);
        QFETCH(int, kind);
        QFETCH(bool, asksForKey);
        Rig rig(m_fixture->baseUrl(), 700ms);
        QSignalSpy auth(&rig.watcher, &Watcher::authenticationRequired);
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.hasData(456));
        m_fixture->injectFault(fault, SimPath, 3);
        QTRY_COMPARE(int(rig.errorOf(456).kind), kind);
        QVERIFY(!rig.watcher.isPolling(456));
        QCOMPARE(auth.count(), asksForKey ? 1 : 0);
        if (kind == int(ApiError::Kind::NotFound))
            QVERIFY(rig.errorOf(456).message.contains(QStringLiteral("456 does not exist")));
        // A second client polling another simulation is the clock: several of its intervals pass
        // and no request for 456 goes out.
        const int before = served();
        Rig clock(m_fixture->baseUrl());
        clock.watcher.watch(459);
        QTRY_VERIFY(served(459) >= 4);
        QCOMPARE(served(), before);
        QCOMPARE(rig.sim(456).data(SimulationModel::NameRole).toString(), QStringLiteral("Customer Support Test"));
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
        Rig rig(m_fixture->baseUrl(), 700ms);
        rig.watcher.watch(456);
        QTRY_VERIFY(rig.hasData(456));
        m_fixture->injectFault(Fault::status(503), SimPath, 4);
        // Hammering refresh while failing must not put more than one request in flight: at most
        // one request per refresh (each is answered at once), plus the one already on its way.
        const int before = served();
        int hammered = 0;
        int mostAhead = 0;
        QTimer hammer;
        connect(&hammer, &QTimer::timeout, this, [&] {
            rig.watcher.refresh(456);
            rig.watcher.retryFailedNow();
            ++hammered;
            mostAhead = std::max(mostAhead, served() - before - hammered);
        });
        hammer.start(20);
        QTRY_VERIFY(hammered >= 20);
        hammer.stop();
        QVERIFY2(mostAhead <= 1, qPrintable(QString::number(mostAhead)));
        QTRY_VERIFY_WITH_TIMEOUT(!rig.errorOf(456).isError(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
