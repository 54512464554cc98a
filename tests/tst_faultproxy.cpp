// The byte-level fault proxy (tests/support/faultproxy.h) in front of the stand-in, seen from
// QNetworkAccessManager: unfaulted traffic passes unchanged, each fault does what it says to the
// request it picks and to no other.

#include "support/exchange.h"
#include "support/standinfixture.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using simwatch::standin::StandinServer;
using simwatch::testing::SocketFault;
using simwatch::testing::StandinFixture;

namespace {

using Result = simwatch::testing::Exchange;

const QString SimPath = u"/api/v1/simulations/457"_s;

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StandinFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest req(QUrl(u"http://127.0.0.1:"_s + QString::number(m_fixture->proxy.port()) + path));
        req.setRawHeader("Authorization", "Bearer " + StandinServer::defaultApiKey().toUtf8());
        return req;
    }

    Result send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                const std::function<void(QNetworkRequest &)> &tweak = {})
    {
        QNetworkRequest req = request(path);
        if (tweak)
            tweak(req);
        return simwatch::testing::exchange(*m_nam, req, verb, body);
    }
    Result get(const QString &path = SimPath) { return send("GET", path); }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<StandinFixture>(0.0);
        QVERIFY(m_fixture->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_fixture.reset();
    }

    void passesTrafficUnchanged()
    {
        QCOMPARE(m_fixture->baseUrl(),
                 QUrl(u"http://127.0.0.1:"_s + QString::number(m_fixture->proxy.port()) + u"/api/v1"_s));
        // The same bytes as from the stand-in directly, over one kept-alive connection.
        QNetworkRequest direct(QUrl(m_fixture->server.baseUrl().toString() + u"/simulations/457"_s));
        direct.setRawHeader("Authorization", "Bearer " + StandinServer::defaultApiKey().toUtf8());
        QNetworkReply *reply = m_nam->get(direct);
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        const QByteArray expected = reply->readAll();
        delete reply;
        for (int i = 0; i < 3; ++i) {
            const Result r = get();
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, expected);
        }
        // Request bodies go through; an HTML 404 and a JSON 404 come back as they are.
        const Result stop = send("POST", u"/api/v1/simulations/458/stop"_s, "{}");
        QCOMPARE(QJsonDocument::fromJson(stop.body).object().value(u"success"_s), QJsonValue(false));
        QVERIFY(get(u"/api/v1/simulations/abc"_s).body.contains("<title>404 Not Found</title>"));
        QCOMPARE(get(u"/api/v1/simulations/99999"_s).status, 404);
        QCOMPARE(m_fixture->proxy.requestCount(SimPath), 3);
        QCOMPARE(m_fixture->proxy.requestCount(), 6);
        QCOMPARE(m_fixture->server.requestCount(), 7); // and the direct one
    }

    void delay()
    {
        m_fixture->proxy.injectFault(SocketFault::delay(300), SimPath);
        const Result r = get();
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 280, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"success"_s), QJsonValue(true));
        QVERIFY(get().elapsedMs < 280); // count 1: used up
    }

    void truncate()
    {
        m_fixture->proxy.injectFault(SocketFault::of(SocketFault::Kind::Truncate), SimPath);
        const Result r = get();
        QVERIFY(r.finished);
        QVERIFY(r.header("Content-Length").toLongLong() > 0);
        QVERIFY2(r.error != QNetworkReply::NoError || r.body.size() < r.header("Content-Length").toLongLong(),
                 qPrintable(u"error %1, %2 of %3 bytes"_s.arg(int(r.error)).arg(r.body.size()).arg(r.header("Content-Length").toLongLong())));
        QCOMPARE(get().status, 200);
    }

    void closeWithoutReply()
    {
        // QNetworkAccessManager silently retries a request whose connection closes before any byte
        // of the answer: inject enough faults to exhaust the retries.
        m_fixture->proxy.injectFault(SocketFault::of(SocketFault::Kind::CloseWithoutReply), SimPath, 5);
        const Result r = get();
        QVERIFY(r.finished);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(r.status, 0);
        const int attempts = m_fixture->proxy.requestCount(SimPath);
        QVERIFY2(attempts >= 1 && attempts <= 5, qPrintable(QString::number(attempts)));
        QCOMPARE(m_fixture->server.requestCount(SimPath), 0); // nothing was forwarded
        m_fixture->proxy.clearFaults();
        QCOMPARE(get().status, 200);
    }

    void trickle()
    {
        // Slow trickle (< 100 B/s): one burst of N bytes per second.
        m_fixture->proxy.injectFault(SocketFault::trickle(10), SimPath);
        QNetworkReply *reply = m_nam->get(request(SimPath));
        QSignalSpy meta(reply, &QNetworkReply::metaDataChanged);
        QVERIFY(meta.wait(2000));
        QVERIFY(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > 1000);
        QTRY_VERIFY_WITH_TIMEOUT(reply->bytesAvailable() > 0, 2000);
        QCOMPARE(reply->bytesAvailable(), qint64(10)); // the first one-second burst
        QVERIFY(!reply->isFinished());
        reply->abort();
        delete reply;

        // ... so a sub-second transfer timeout catches it
        m_fixture->proxy.injectFault(SocketFault::trickle(10), SimPath);
        const Result timedOut = send("GET", SimPath, {}, [](QNetworkRequest &r) { r.setTransferTimeout(500); });
        QVERIFY(timedOut.finished);
        QCOMPARE(timedOut.error, QNetworkReply::OperationCanceledError);

        // Faster trickle: smooth 100 ms steps, the complete body in the end.
        m_fixture->proxy.injectFault(SocketFault::trickle(400 * 1024), SimPath);
        const Result fast = get();
        QCOMPARE(fast.error, QNetworkReply::NoError);
        QCOMPARE(fast.body.size(), fast.header("Content-Length").toLongLong());
        QVERIFY(fast.elapsedMs >= 50);
        QCOMPARE(get().status, 200);
    }

    void connectionReset()
    {
        m_fixture->proxy.injectFault(SocketFault::of(SocketFault::Kind::ConnectionReset), SimPath);
        const Result r = get();
        QVERIFY(r.finished);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(int(r.error))));
        QCOMPARE(get().status, 200);
    }

    void faultsPickRequestsByPathInOrder()
    {
        m_fixture->proxy.injectFault(SocketFault::delay(300), SimPath, 2);
        QVERIFY(get(u"/api/v1/simulations/456"_s).elapsedMs < 280);
        QVERIFY(get().elapsedMs >= 280);
        QVERIFY(get().elapsedMs >= 280);
        QVERIFY(get().elapsedMs < 280);
        m_fixture->proxy.injectFault(SocketFault::of(SocketFault::Kind::Truncate), {}, 100);
        QVERIFY(get(u"/api/v1/simulations/456"_s).error != QNetworkReply::NoError);
        m_fixture->proxy.clearFaults();
        QCOMPARE(get(u"/api/v1/simulations/456"_s).status, 200);
    }

    // The stand-in's HTTP-level faults reach the client through the proxy as the stand-in sent them.
    void httpFaultsPassThrough()
    {
        m_fixture->injectFault(simwatch::standin::Fault::status(503), SimPath);
        const Result r = get();
        QCOMPARE(r.status, 503);
        QVERIFY(r.body.contains("<h1>503 Service Unavailable</h1>"));
        QCOMPARE(get().status, 200);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
