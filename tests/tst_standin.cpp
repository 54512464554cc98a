// Tests of the stand-in OmniDimension server over real loopback HTTP with QNetworkAccessManager:
// what the API promises (shapes, quirks, lifecycle, error shapes) and the HTTP-level faults.
// Deliberately independent of app/core: the JSON is checked here with QJsonDocument directly.

#include "standinserver.h"
#include "standinthread.h"
#include "support/exchange.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QThread>
#include <QtCore/QtEndian>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using simwatch::standin::Fault;
using simwatch::standin::SimulationSpec;
using simwatch::standin::StandinServer;
using simwatch::standin::StandinThread;

namespace {

using Result = simwatch::testing::Exchange;

const QStringList kSimulationKeys = {
    u"id"_s, u"name"_s, u"bot_id"_s, u"status"_s, u"number_of_call_to_make"_s,
    u"concurrent_call_count"_s, u"max_call_duration_in_minutes"_s, u"scenarios_ids"_s,
    u"what_went_wrong"_s, u"suggestions_for_improvement"_s, u"prompt_suggestion"_s,
    u"is_auto_prompt_suggestions_applied"_s, u"how_many_scenario_to_generate"_s, u"summary"_s,
    u"analyticsData"_s, u"total_simulation_remaining_records"_s,
    u"total_simulation_in_progress_records"_s, u"total_simulation_finished_records"_s,
    u"total_records"_s, u"progress"_s, u"simulation_call_recording"_s, u"can_stop"_s,
    u"active_calls_count"_s, u"create_date"_s};

const QStringList kTextFields = {u"summary"_s, u"what_went_wrong"_s,
                                 u"suggestions_for_improvement"_s, u"prompt_suggestion"_s};

const QRegularExpression kOdooDate(u"^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}$"_s);

} // namespace

class TestStandin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StandinServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QByteArray bearer() const { return "Bearer " + StandinServer::defaultApiKey().toUtf8(); }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:"_s + QString::number(m_server->port()) + path);
    }

    Result send(const QByteArray &verb, const QUrl &target, const QByteArray &auth,
                const QByteArray &body = {},
                const std::function<void(QNetworkRequest &)> &tweak = {}, int timeoutMs = 5000)
    {
        QNetworkRequest req(target);
        if (!auth.isEmpty())
            req.setRawHeader("Authorization", auth);
        req.setRawHeader("Accept", "application/json");
        if (tweak)
            tweak(req);
        return simwatch::testing::exchange(*m_nam, req, verb, body, timeoutMs);
    }
    Result get(const QString &path, const QByteArray &auth)
    {
        return send("GET", url(path), auth);
    }
    Result get(const QString &path) { return get(path, bearer()); }
    Result post(const QString &path, const QByteArray &body = {}) { return send("POST", url(path), bearer(), body); }
    QJsonObject simulation(int id)
    {
        const Result r = get(u"/api/v1/simulations/"_s + QString::number(id));
        if (r.status != 200)
            qWarning() << "GET simulation" << id << "->" << r.status << r.body.left(200);
        return r.json().value(u"simulation"_s).toObject();
    }
    static int progressOf(const QJsonObject &sim)
    {
        return sim.value(u"progress"_s).toArray().at(0).toInt(-1);
    }
    static void checkCounters(const QJsonObject &sim)
    {
        const int remaining = sim.value(u"total_simulation_remaining_records"_s).toInt(-1);
        const int inProgress = sim.value(u"total_simulation_in_progress_records"_s).toInt(-1);
        const int finished = sim.value(u"total_simulation_finished_records"_s).toInt(-1);
        const int total = sim.value(u"total_records"_s).toInt(-1);
        QVERIFY(remaining >= 0 && inProgress >= 0 && finished >= 0);
        QCOMPARE(remaining + inProgress + finished, total);
        QCOMPARE(total, sim.value(u"scenarios_ids"_s).toArray().size()
                            * sim.value(u"number_of_call_to_make"_s).toInt());
        QVERIFY(inProgress <= sim.value(u"concurrent_call_count"_s).toInt());
        QCOMPARE(sim.value(u"active_calls_count"_s).toInt(-1), inProgress);
        const QJsonObject a = sim.value(u"analyticsData"_s).toObject();
        QCOMPARE(a.value(u"Positive"_s).toInt() + a.value(u"Negative"_s).toInt()
                     + a.value(u"Neutral"_s).toInt(), finished);
        QCOMPARE(sim.value(u"simulation_call_recording"_s).toArray().size(), finished);
        const QJsonArray progress = sim.value(u"progress"_s).toArray();
        QCOMPARE(progress.size(), 1);
        QVERIFY(progress.at(0).isDouble());
        if (total > 0)
            QCOMPARE(progress.at(0).toInt(), int(std::lround(100.0 * finished / total)));
        const QString status = sim.value(u"status"_s).toString();
        QCOMPARE(sim.value(u"can_stop"_s).toBool(), status == u"Pending"_s || status == u"In Progress"_s);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<StandinServer>();
        m_server->setSpeed(0); // the clock moves only through advance()
        m_server->seedDemo();
        QVERIFY(m_server->listen() != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void baseUrlAndPort()
    {
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl(),
                 QUrl(u"http://127.0.0.1:"_s + QString::number(m_server->port()) + u"/api/v1"_s));
        QCOMPARE(m_server->listen(), m_server->port()); // already listening: same port
    }

    void unauthorized()
    {
        for (const QByteArray &auth : {QByteArray(), "Bearer wrong-key-123"_ba, "Basic Zm9vOmJhcg=="_ba,
                                       StandinServer::defaultApiKey().toUtf8()}) {
            const Result r = get(u"/api/v1/simulations/456"_s, auth);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.header("Content-Type"), "application/json; charset=utf-8"_ba);
            const QJsonObject o = r.json();
            QCOMPARE(o.value(u"error"_s).toString(), u"unauthorized"_s);
            QCOMPARE(o.value(u"error_description"_s).toString(), u"Missing or invalid API key"_s);
            QCOMPARE(o.size(), 2);
        }
        const QList<QByteArray> seen = m_server->authorizationHeadersSeen();
        QCOMPARE(seen.size(), 3); // the request without the header adds nothing
        QVERIFY(seen.contains("Bearer wrong-key-123"_ba));
        // the scheme is case-insensitive; another key can be configured
        QCOMPARE(get(u"/api/v1/simulations/456"_s, "bearer " + StandinServer::defaultApiKey().toUtf8()).status, 200);
        m_server->setApiKey(u"another-key-42"_s);
        QCOMPARE(get(u"/api/v1/simulations/456"_s).status, 401);
        QCOMPARE(get(u"/api/v1/simulations/456"_s, "Bearer another-key-42"_ba).status, 200);
    }

    void getShapeAndQuirks()
    {
        const Result r = get(u"/api/v1/simulations/456"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.header("Content-Type"), "application/json; charset=utf-8"_ba);
        QVERIFY(!r.header("Date").isEmpty());
        QCOMPARE(r.header("Content-Length").toInt(), r.body.size());
        // HEAD: the same length declared, no body (the connection stays usable)
        const Result head = send("HEAD", url(u"/api/v1/simulations/456"_s), bearer());
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length").toInt(), r.body.size());
        QVERIFY(head.body.isEmpty());
        const QJsonObject top = r.json();
        QCOMPARE(top.value(u"success"_s), QJsonValue(true));
        const QJsonObject sim = top.value(u"simulation"_s).toObject();
        for (const QString &key : kSimulationKeys)
            QVERIFY2(sim.contains(key), qPrintable(key));
        QCOMPARE(sim.value(u"id"_s).toInt(), 456);
        QCOMPARE(sim.value(u"name"_s).toString(), u"Customer Support Test"_s);
        QCOMPARE(sim.value(u"bot_id"_s).toObject(),
                 (QJsonObject{{u"id"_s, 1234}, {u"name"_s, u"Customer Support Agent"_s}}));
        QCOMPARE(sim.value(u"status"_s).toString(), u"Pending"_s);
        for (const QString &key : kTextFields)
            QCOMPARE(sim.value(key), QJsonValue(false));
        QCOMPARE(sim.value(u"is_auto_prompt_suggestions_applied"_s), QJsonValue(false));
        QCOMPARE(sim.value(u"progress"_s).toArray(), QJsonArray{0});
        QVERIFY(kOdooDate.match(sim.value(u"create_date"_s).toString()).hasMatch());
        QCOMPARE(sim.value(u"number_of_call_to_make"_s).toInt(), 2);
        QCOMPARE(sim.value(u"total_records"_s).toInt(), 8);
        QCOMPARE(sim.value(u"total_simulation_remaining_records"_s).toInt(), 8);
        const QJsonArray scenarios = sim.value(u"scenarios_ids"_s).toArray();
        QCOMPARE(scenarios.size(), 4);
        for (const QJsonValue &v : scenarios) {
            const QJsonObject s = v.toObject();
            QVERIFY(s.value(u"id"_s).isDouble());
            QVERIFY(!s.value(u"name"_s).toString().isEmpty());
            QVERIFY(!s.value(u"description"_s).toString().isEmpty());
            QVERIFY(!s.value(u"expected_result"_s).toString().isEmpty());
            const QJsonArray voices = s.value(u"selected_voices"_s).toArray();
            QVERIFY(!voices.isEmpty());
            QVERIFY(voices.at(0).toObject().contains(u"provider"_s));
            QVERIFY(voices.at(0).toObject().contains(u"id"_s));
        }
        checkCounters(sim);

        // Draft and "no agent" quirks
        const QJsonObject draft = simulation(458);
        QCOMPARE(draft.value(u"status"_s).toString(), u"Draft"_s);
        QCOMPARE(draft.value(u"can_stop"_s), QJsonValue(false));
        checkCounters(draft);
        SimulationSpec spec;
        spec.name = u"No agent"_s;
        const int id = m_server->addSimulation(spec);
        QVERIFY(id > 460);
        QCOMPARE(simulation(id).value(u"bot_id"_s), QJsonValue(false));
        SimulationSpec dup;
        dup.id = 456;
        QTest::ignoreMessage(QtWarningMsg, "simulation id 456 already exists");
        QCOMPARE(m_server->addSimulation(dup), 0);
    }

    // `simwatch --demo`: the demo served from a thread of its own. This thread never runs its
    // event loop while waiting (it only takes the replies' posted events), so a server that
    // needed it could not answer.
    void demoOnItsOwnThread()
    {
        auto demo = std::make_unique<StandinThread>();
        const QUrl base = demo->startDemo(1.0);
        QVERIFY(!base.isEmpty());
        QNetworkRequest req(QUrl(base.toString() + u"/simulations/457"_s));
        req.setRawHeader("Authorization", "Bearer " + StandinServer::defaultApiKey().toUtf8());
        QNetworkReply *reply = m_nam->get(req);
        QElapsedTimer waited;
        waited.start();
        while (!reply->isFinished() && waited.elapsed() < 10000) {
            QCoreApplication::sendPostedEvents();
            QThread::msleep(5);
        }
        QVERIFY2(reply->isFinished(), "the demo server did not answer while this thread was busy");
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject sim = QJsonDocument::fromJson(reply->readAll()).object().value(u"simulation"_s).toObject();
        QCOMPARE(sim.value(u"status"_s).toString(), u"Completed"_s);
        QCOMPARE(sim.value(u"simulation_call_recording"_s).toArray().size(), 12);
        delete reply;

        // Stopping it with the client's connection still open neither hangs nor leaks; the port
        // is then closed.
        demo.reset();
        QNetworkReply *after = m_nam->get(req);
        QSignalSpy finished(after, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(after->error() != QNetworkReply::NoError);
        delete after;
    }

    void demoSeed()
    {
        QCOMPARE(simulation(456).value(u"status"_s).toString(), u"Pending"_s);
        const QJsonObject done = simulation(457);
        QCOMPARE(done.value(u"status"_s).toString(), u"Completed"_s);
        QCOMPARE(done.value(u"total_records"_s).toInt(), 12);
        QCOMPARE(done.value(u"simulation_call_recording"_s).toArray().size(), 12);
        for (const QString &key : kTextFields)
            QVERIFY2(done.value(key).isString() && !done.value(key).toString().isEmpty(), qPrintable(key));
        checkCounters(done);
        QCOMPARE(simulation(458).value(u"status"_s).toString(), u"Draft"_s);
        QCOMPARE(simulation(459).value(u"status"_s).toString(), u"Pending"_s);
        QCOMPARE(simulation(460).value(u"total_records"_s).toInt(), 30);

        // 456: the ~2 minute demo lifecycle
        m_server->advance(30);
        QCOMPARE(simulation(456).value(u"status"_s).toString(), u"In Progress"_s);
        m_server->advance(80);
        QCOMPARE(simulation(456).value(u"status"_s).toString(), u"Calculating Summary"_s);
        m_server->advance(11);
        QCOMPARE(simulation(456).value(u"status"_s).toString(), u"Completed"_s);
        // 459 stops itself at ~60 s with only the summary filled
        const QJsonObject stopped = simulation(459);
        QCOMPARE(stopped.value(u"status"_s).toString(), u"Stopped"_s);
        QVERIFY(stopped.value(u"summary"_s).isString());
        QCOMPARE(stopped.value(u"what_went_wrong"_s), QJsonValue(false));
        QCOMPARE(stopped.value(u"can_stop"_s), QJsonValue(false));
        checkCounters(stopped);
        QVERIFY(stopped.value(u"total_simulation_remaining_records"_s).toInt() > 0);
        // 460 is still running
        QCOMPARE(simulation(460).value(u"status"_s).toString(), u"In Progress"_s);
    }

    void recordingItems()
    {
        const QJsonArray recs = simulation(457).value(u"simulation_call_recording"_s).toArray();
        QVERIFY(!recs.isEmpty());
        QSet<QString> sentiments;
        for (const QJsonValue &v : recs) {
            const QJsonObject r = v.toObject();
            QVERIFY(r.value(u"id"_s).isDouble());
            QVERIFY(kOdooDate.match(r.value(u"time_of_call"_s).toString()).hasMatch());
            const QString status = r.value(u"call_status"_s).toString();
            QVERIFY(QStringList({u"completed"_s, u"failed"_s, u"no-answer"_s}).contains(status));
            QVERIFY(QRegularExpression(u"^\\d+:\\d{2}$"_s).match(r.value(u"call_duration"_s).toString()).hasMatch());
            const int secs = r.value(u"call_duration_in_seconds"_s).toInt(-1);
            const QStringList parts = r.value(u"call_duration"_s).toString().split(u':');
            QCOMPARE(parts.at(0).toInt() * 60 + parts.at(1).toInt(), secs);
            QVERIFY(secs <= 3 * 60);
            const QString sentiment = r.value(u"sentiment_score"_s).toString();
            QVERIFY(QStringList({u"Positive"_s, u"Negative"_s, u"Neutral"_s}).contains(sentiment));
            sentiments.insert(sentiment);
            QVERIFY(r.value(u"sentiment_analysis_details"_s).isString());
            QVERIFY(r.value(u"extracted_variables"_s).isObject());
            QCOMPARE(r.value(u"is_simulation"_s), QJsonValue(true));
            QVERIFY(r.value(u"scenario_id"_s).toObject().contains(u"name"_s));
            QVERIFY(r.value(u"voice"_s).toObject().contains(u"provider"_s));
            if (status == u"completed"_s) {
                const QString url = r.value(u"recording_url"_s).toString();
                QVERIFY(url.startsWith(u"http://127.0.0.1:"_s + QString::number(m_server->port()) + u"/audio/457/"_s));
                const QString talk = r.value(u"call_conversation"_s).toString();
                const int turns = int(talk.count(u"<br/>"_s)) + 1;
                QVERIFY2(turns >= 4 && turns <= 12, qPrintable(talk));
                QVERIFY(talk.startsWith(u"Agent: "_s));
                QVERIFY(talk.contains(u"<br/>Customer: "_s));
                QVERIFY(talk.size() > 200 && talk.size() < 4096);
            } else {
                QCOMPARE(r.value(u"recording_url"_s), QJsonValue(false));
            }
        }
        QVERIFY(sentiments.size() >= 2);
        QVERIFY(sentiments.contains(u"Negative"_s));
        const QString wrong = simulation(457).value(u"what_went_wrong"_s).toString();
        QVERIFY(wrong.contains(u"- **"_s)); // mentions the negative calls as a Markdown list
    }

    void lifecycle()
    {
        SimulationSpec spec;
        spec.id = 900;
        spec.name = u"Lifecycle"_s;
        spec.agentId = 7;
        spec.agentName = u"Test Agent"_s;
        spec.scenarios = 3;
        spec.callsPerScenario = 2;
        spec.concurrent = 2;
        spec.durationSeconds = 100;
        QCOMPARE(m_server->addSimulation(spec), 900);

        QStringList statuses;
        QJsonArray previousRecordings;
        int previousFinished = 0;
        bool sawInProgressCalls = false;
        for (double t = 0; t <= 104; t += 2) {
            const QJsonObject sim = simulation(900);
            checkCounters(sim);
            if (QTest::currentTestFailed())
                return;
            const QString status = sim.value(u"status"_s).toString();
            if (statuses.isEmpty() || statuses.constLast() != status)
                statuses.append(status);
            const int finished = sim.value(u"total_simulation_finished_records"_s).toInt();
            QVERIFY(finished >= previousFinished);
            const QJsonArray recs = sim.value(u"simulation_call_recording"_s).toArray();
            for (qsizetype i = 0; i < previousRecordings.size(); ++i)
                QCOMPARE(recs.at(i), previousRecordings.at(i)); // recordings only grow
            if (status == u"Pending"_s)
                QCOMPARE(sim.value(u"total_simulation_remaining_records"_s).toInt(), 6);
            if (status == u"In Progress"_s && sim.value(u"active_calls_count"_s).toInt() == 2)
                sawInProgressCalls = true;
            if (status == u"Calculating Summary"_s) {
                QCOMPARE(finished, 6);
                QCOMPARE(progressOf(sim), 100);
                QCOMPARE(sim.value(u"what_went_wrong"_s), QJsonValue(false));
            }
            if (status == u"Completed"_s) {
                for (const QString &key : kTextFields) {
                    QVERIFY2(sim.value(key).isString(), qPrintable(key));
                    QVERIFY(sim.value(key).toString().size() > 80);
                }
                QVERIFY(sim.value(u"summary"_s).toString().contains(u"Test Agent"_s));
            } else if (status != u"Calculating Summary"_s) {
                QCOMPARE(sim.value(u"summary"_s), QJsonValue(false));
            }
            previousRecordings = recs;
            previousFinished = finished;
            m_server->advance(2);
        }
        QCOMPARE(statuses, (QStringList{u"Pending"_s, u"In Progress"_s, u"Calculating Summary"_s, u"Completed"_s}));
        QVERIFY(sawInProgressCalls);
    }

    void identicalPolls()
    {
        m_server->advance(40);
        const Result a = get(u"/api/v1/simulations/456"_s);
        const Result b = get(u"/api/v1/simulations/456"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, b.body);
        // a tiny advance that crosses no call boundary keeps the body identical too
        m_server->advance(0.01);
        QCOMPARE(get(u"/api/v1/simulations/456"_s).body, a.body);
        // the same holds with the clock running in real time (speed 1) across a short wait
        m_server->setSpeed(1);
        const QByteArray c = get(u"/api/v1/simulations/457"_s).body;
        QTest::qWait(50);
        QCOMPARE(get(u"/api/v1/simulations/457"_s).body, c);
    }

    void notFound()
    {
        Result r = get(u"/api/v1/simulations/99999"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.header("Content-Type"), "application/json; charset=utf-8"_ba);
        QCOMPARE(r.json(), (QJsonObject{{u"error"_s, u"not_found"_s},
                                        {u"error_description"_s, u"Simulation not found"_s}}));
        for (const QString &path : {u"/api/v1/simulations/abc"_s, u"/api/v1/simulations/-1"_s,
                                    u"/api/v1/nothing"_s, u"/elsewhere"_s, u"/"_s,
                                    u"/api/v1/simulations/456/explode"_s}) {
            r = get(path);
            QCOMPARE(r.status, 404);
            QVERIFY(r.header("Content-Type").startsWith("text/html"));
            QVERIFY(r.body.contains("<title>404 Not Found</title>"));
            QCOMPARE(QJsonDocument::fromJson(r.body).isNull(), true);
        }
        // wrong method on a known path: 404 page as well
        QCOMPARE(send("PATCH", url(u"/api/v1/simulations/456"_s), bearer()).status, 404);
    }

    void listPaging()
    {
        Result r = get(u"/api/v1/simulations?pageno=1&pagesize=2"_s);
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QVERIFY(!o.contains(u"success"_s));
        QCOMPARE(o.value(u"total_records"_s).toInt(), 45); // the demo's five and 40 older runs
        QJsonArray records = o.value(u"records"_s).toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).toObject().value(u"id"_s).toInt(), 460); // newest first
        QCOMPARE(records.at(1).toObject().value(u"id"_s).toInt(), 459);
        for (const QString &key : kSimulationKeys)
            QVERIFY(records.at(0).toObject().contains(key));
        QCOMPARE(get(u"/api/v1/simulations?pageno=3&pagesize=20"_s).json().value(u"records"_s).toArray().size(), 5);
        QCOMPARE(get(u"/api/v1/simulations?pageno=4&pagesize=20"_s).json().value(u"records"_s).toArray().size(), 0);
        QCOMPARE(get(u"/api/v1/simulations?pageno=4&pagesize=20"_s).json().value(u"total_records"_s).toInt(), 45);
        // Without parameters: page 1 of 10.
        records = get(u"/api/v1/simulations"_s).json().value(u"records"_s).toArray();
        QCOMPARE(records.size(), 10);
        QCOMPARE(records.at(0).toObject().value(u"id"_s).toInt(), 460);
        QCOMPARE(get(u"/api/v1/simulations?pagesize=150"_s).status, 200);
        QCOMPARE(get(u"/api/v1/simulations?pageno=1&pagesize=1"_s).json().value(u"records"_s).toArray().size(), 1);

        // Pages of 7 join up: every run once, ids strictly falling.
        QList<int> ids;
        for (int page = 1; page <= 7; ++page) {
            const QJsonArray part = get(u"/api/v1/simulations?pageno=%1&pagesize=7"_s.arg(page)).json().value(u"records"_s).toArray();
            for (const QJsonValue &record : part)
                ids.append(record.toObject().value(u"id"_s).toInt());
        }
        QCOMPARE(ids.size(), 45);
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY2(ids.at(i) < ids.at(i - 1), qPrintable(QString::number(ids.at(i))));
        QCOMPARE(ids.first(), 460);
        QCOMPARE(ids.last(), 416);
    }

    void listErrors_data()
    {
        QTest::addColumn<QString>("query");
        for (const QString &q : {u"pagesize=0"_s, u"pagesize=151"_s, u"pageno=0"_s, u"pagesize=abc"_s, u"pageno=-2"_s,
                                 u"pageno=1.5"_s, u"pageno="_s, u"pagesize=%20"_s, u"pageno=99999999999"_s})
            QTest::newRow(qPrintable(q)) << q;
    }
    void listErrors()
    {
        QFETCH(QString, query);
        const Result r = get(u"/api/v1/simulations?"_s + query);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject o = r.json();
        QCOMPARE(o.keys(), (QStringList{u"error"_s, u"error_description"_s})); // the vendor's shape, no success key
        QCOMPARE(o.value(u"error"_s).toString(), u"invalid_request"_s);
        QVERIFY(!o.value(u"error_description"_s).toString().isEmpty());
        // The key is checked first, as for every endpoint.
        QCOMPARE(get(u"/api/v1/simulations?"_s + query, "Bearer wrong-key-0000").status, 401);
    }

    // The list serves the same object as GET /simulations/{id} at the same instant (one serializer),
    // for runs in every state, with the Odoo quirks (`false` for an empty name or agent).
    void listRecordsAreTheDetailObjects()
    {
        m_server->advance(45); // 456 in progress, 459 too: calls, sentiment and texts under way
        const QJsonArray records = get(u"/api/v1/simulations?pagesize=150"_s).json().value(u"records"_s).toArray();
        QCOMPARE(records.size(), 45);
        QSet<QString> statuses;
        int nameless = 0;
        int agentless = 0;
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            const int id = record.value(u"id"_s).toInt();
            QCOMPARE(record, simulation(id));
            checkCounters(record);
            QVERIFY(kOdooDate.match(record.value(u"create_date"_s).toString()).hasMatch());
            statuses.insert(record.value(u"status"_s).toString());
            if (record.value(u"name"_s) == QJsonValue(false))
                ++nameless;
            if (record.value(u"bot_id"_s) == QJsonValue(false))
                ++agentless;
        }
        QCOMPARE(statuses, (QSet<QString>{u"Draft"_s, u"Pending"_s, u"In Progress"_s, u"Calculating Summary"_s,
                                          u"Completed"_s, u"Stopped"_s}));
        QCOMPARE(nameless, 2);
        QCOMPARE(agentless, 1);
        // Created in the order of the ids among the older runs, all before the demo's five.
        const auto created = [&](int id) {
            return QDateTime::fromString(simulation(id).value(u"create_date"_s).toString(), u"MM/dd/yyyy HH:mm:ss"_s);
        };
        QVERIFY(created(455) < created(457));
        QVERIFY(created(416) < created(455));
    }

    // The older runs stay small so that seeding and polling them costs little: most are finished,
    // with a handful of short calls. (Checked by their shape, not by a clock: timed unit tests are
    // flaky on shared machines.)
    void pastRunsAreSmall()
    {
        int running = 0;
        for (int id = 416; id <= 455; ++id) {
            const QJsonObject sim = simulation(id);
            QVERIFY(sim.value(u"total_records"_s).toInt() <= 6);
            const QString status = sim.value(u"status"_s).toString();
            running += status != u"Completed"_s && status != u"Stopped"_s && status != u"Draft"_s;
        }
        QCOMPARE(running, 4);
    }

    void stop()
    {
        m_server->advance(40); // 456 In Progress
        const QJsonObject before = simulation(456);
        QCOMPARE(before.value(u"status"_s).toString(), u"In Progress"_s);
        const int inProgress = before.value(u"total_simulation_in_progress_records"_s).toInt();
        const int remaining = before.value(u"total_simulation_remaining_records"_s).toInt();
        Result r = post(u"/api/v1/simulations/456/stop"_s);
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"success"_s), QJsonValue(true));
        QCOMPARE(o.value(u"message"_s).toString(), u"Simulation stopped successfully"_s);
        const QJsonObject dr = o.value(u"disconnect_results"_s).toObject();
        QCOMPARE(dr.value(u"successful_disconnects"_s).toInt(-1), inProgress);
        QCOMPARE(dr.value(u"failed_disconnects"_s).toInt(-1), 0);
        QCOMPARE(dr.value(u"pending_stopped"_s).toInt(-1), remaining);

        const Result frozen = get(u"/api/v1/simulations/456"_s);
        const QJsonObject after = frozen.json().value(u"simulation"_s).toObject();
        QCOMPARE(after.value(u"status"_s).toString(), u"Stopped"_s);
        QCOMPARE(after.value(u"can_stop"_s), QJsonValue(false));
        QCOMPARE(after.value(u"active_calls_count"_s).toInt(), 0);
        checkCounters(after);
        QCOMPARE(after.value(u"total_simulation_finished_records"_s),
                 before.value(u"total_simulation_finished_records"_s));
        m_server->advance(500);
        QCOMPARE(get(u"/api/v1/simulations/456"_s).body, frozen.body); // counters frozen

        // not stoppable: already stopped, Completed, Draft -> HTTP 200 with success false
        for (int id : {456, 457, 458}) {
            r = post(u"/api/v1/simulations/"_s + QString::number(id) + u"/stop"_s);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json(), (QJsonObject{{u"success"_s, false},
                                            {u"message"_s, u"Simulation cannot be stopped in its current state"_s}}));
        }
        QCOMPARE(post(u"/api/v1/simulations/99999/stop"_s).status, 404);
    }

    void featureGate()
    {
        m_server->setSimulationAccess(false);
        for (const QString &path : {u"456/stop"_s, u"458/start"_s, u"456/enhance-prompt"_s, QString()}) {
            const Result r = path.isEmpty() ? post(u"/api/v1/simulations"_s, R"({"name":"x","agent_id":1234})")
                                            : post(u"/api/v1/simulations/"_s + path);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.json(), (QJsonObject{{u"error"_s, u"forbidden"_s},
                                            {u"error_description"_s,
                                             u"You do not have permission to make changes to Call Simulation"_s}}));
        }
        QCOMPARE(send("DELETE", url(u"/api/v1/simulations/456"_s), bearer()).status, 403);
        QCOMPARE(get(u"/api/v1/simulations/456"_s).status, 200);
        QCOMPARE(get(u"/api/v1/simulations"_s).status, 200);
        QCOMPARE(simulation(456).value(u"status"_s).toString(), u"Pending"_s);
        QCOMPARE(simulation(458).value(u"status"_s).toString(), u"Draft"_s);
        QCOMPARE(get(u"/api/v1/simulations"_s).json().value(u"total_records"_s).toInt(), 45); // the seeded runs: nothing created
        m_server->setSimulationAccess(true);
        QCOMPARE(post(u"/api/v1/simulations/456/stop"_s).json().value(u"success"_s), QJsonValue(true));
    }

    void startOnlyFromDraft()
    {
        Result r = post(u"/api/v1/simulations/458/start"_s);
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"success"_s), QJsonValue(true));
        QCOMPARE(o.value(u"message"_s).toString(), u"Simulation started successfully"_s);
        QCOMPARE(o.value(u"simulation"_s).toObject().value(u"status"_s).toString(), u"Pending"_s);
        QCOMPARE(o.value(u"simulation"_s).toObject().value(u"id"_s).toInt(), 458);
        checkCounters(o.value(u"simulation"_s).toObject());
        QCOMPARE(simulation(458).value(u"status"_s).toString(), u"Pending"_s);
        // already running
        r = post(u"/api/v1/simulations/458/start"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), (QJsonObject{{u"success"_s, false}, {u"message"_s, u"Simulation is already running"_s}}));
        // the stand-in's clock runs it like the demo runs
        m_server->advance(30);
        QCOMPARE(simulation(458).value(u"status"_s).toString(), u"In Progress"_s);
        m_server->advance(91);
        const QJsonObject done = simulation(458);
        QCOMPARE(done.value(u"status"_s).toString(), u"Completed"_s);
        checkCounters(done);
        QCOMPARE(done.value(u"simulation_call_recording"_s).toArray().size(), 3);
        // a run that ran is not started again: Completed, Stopped (459 stops itself at 60 s)
        for (int id : {458, 457, 459}) {
            r = post(u"/api/v1/simulations/"_s + QString::number(id) + u"/start"_s);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json(), (QJsonObject{{u"success"_s, false},
                                            {u"message"_s, u"Only a Draft simulation can be started"_s}}));
        }
        QCOMPARE(simulation(457).value(u"status"_s).toString(), u"Completed"_s);
        QCOMPARE(post(u"/api/v1/simulations/99999/start"_s).status, 404);
    }

    void createAndDelete()
    {
        const QByteArray body = R"({"name":"Created via API","agent_id":1234,"number_of_call_to_make":2,
            "scenarios":[{"name":"Order status inquiry","description":"d","expected_result":"e",
                          "selected_voices":[{"id":"aura-asteria-en","provider":"deepgram"}]},
                         {"name":"Warranty claim","description":"Caller wants a warranty repair"}]})";
        Result r = post(u"/api/v1/simulations"_s, body);
        QCOMPARE(r.status, 200);
        const QJsonObject sim = r.json().value(u"simulation"_s).toObject();
        QCOMPARE(sim.value(u"status"_s).toString(), u"Draft"_s);
        QCOMPARE(sim.value(u"bot_id"_s).toObject().value(u"name"_s).toString(), u"Customer Support Agent"_s);
        QCOMPARE(sim.value(u"total_records"_s).toInt(), 4);
        const int id = sim.value(u"id"_s).toInt();
        QCOMPARE(sim.value(u"number_of_call_to_make"_s).toInt(), 2);
        QCOMPARE(sim.value(u"concurrent_call_count"_s).toInt(), 3);        // the API's defaults
        QCOMPARE(sim.value(u"max_call_duration_in_minutes"_s).toInt(), 3);
        const QJsonArray scenarios = sim.value(u"scenarios_ids"_s).toArray();
        QCOMPARE(scenarios.size(), 2);
        QCOMPARE(scenarios.at(0).toObject().value(u"expected_result"_s).toString(), u"e"_s);
        QCOMPARE(scenarios.at(0).toObject().value(u"selected_voices"_s).toArray().at(0).toObject().value(u"provider"_s).toString(),
                 u"deepgram"_s);
        checkCounters(sim);
        QCOMPARE(simulation(id).value(u"status"_s).toString(), u"Draft"_s); // there on GET
        QCOMPARE(simulation(id).value(u"name"_s).toString(), u"Created via API"_s);
        // invalid bodies: the vendor's error shape
        const QList<std::pair<QByteArray, QString>> invalid = {
            {R"({"agent_id":1})", u"name is required"_s},
            {R"({"name":"x"})", u"agent_id is required and must be a positive integer"_s},
            {R"({"name":"x","agent_id":1,"number_of_call_to_make":4})", u"number_of_call_to_make must be between 1 and 3"_s},
            {R"({"name":"x","agent_id":1,"concurrent_call_count":0})", u"concurrent_call_count must be between 1 and 3"_s},
            {R"({"name":"x","agent_id":1,"max_call_duration_in_minutes":11})", u"max_call_duration_in_minutes must be between 1 and 10"_s},
        };
        for (const auto &[bad, description] : invalid) {
            const Result e = post(u"/api/v1/simulations"_s, bad);
            QCOMPARE(e.status, 400);
            QCOMPARE(e.json(), (QJsonObject{{u"error"_s, u"validation_error"_s}, {u"error_description"_s, description}}));
        }
        QCOMPARE(post(u"/api/v1/simulations"_s, "not json").status, 400);
        QCOMPARE(get(u"/api/v1/simulations?pagesize=150"_s).json().value(u"total_records"_s).toInt(), 46); // the seeded runs and this one: none added

        QCOMPARE(post(u"/api/v1/simulations/"_s + QString::number(id) + u"/start"_s).json().value(u"success"_s),
                 QJsonValue(true));
        m_server->advance(130);
        const QJsonObject done = simulation(id);
        QCOMPARE(done.value(u"status"_s).toString(), u"Completed"_s);
        checkCounters(done);
        QCOMPARE(send("PUT", url(u"/api/v1/simulations/"_s + QString::number(id)), bearer(), "{}").status, 500);
        r = send("DELETE", url(u"/api/v1/simulations/"_s + QString::number(id)), bearer());
        QCOMPARE(r.json(), (QJsonObject{{u"success"_s, true}, {u"message"_s, u"Simulation deleted successfully"_s}}));
        QCOMPARE(get(u"/api/v1/simulations/"_s + QString::number(id)).status, 404);
    }

    void enhancePrompt()
    {
        Result r = post(u"/api/v1/simulations/456/enhance-prompt"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json(), (QJsonObject{{u"error"_s, u"invalid_state"_s},
                                        {u"error_description"_s,
                                         u"Enhanced prompt suggestions are only available for completed simulations"_s}}));
        r = post(u"/api/v1/simulations/457/enhance-prompt"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"success"_s), QJsonValue(true));
        const QJsonArray before = o.value(u"previous_context"_s).toArray();
        const QJsonArray after = o.value(u"prompt_breakdown"_s).toArray();
        QVERIFY(before.size() >= 3);
        QCOMPARE(after.size(), before.size() + 1);
        int changed = 0;
        for (qsizetype i = 0; i < after.size(); ++i) {
            const QJsonObject a = after.at(i).toObject();
            QVERIFY(!a.value(u"title"_s).toString().isEmpty());
            QVERIFY(a.value(u"prompt"_s).toString().size() > 40);
            if (i < before.size()) {
                QCOMPARE(a.value(u"title"_s), before.at(i).toObject().value(u"title"_s));
                if (a.value(u"prompt"_s) != before.at(i).toObject().value(u"prompt"_s))
                    ++changed;
            }
        }
        QVERIFY(changed >= 2 && changed < before.size());
    }

    void audio()
    {
        const QJsonArray recs = simulation(457).value(u"simulation_call_recording"_s).toArray();
        QString audioUrl;
        int callSeconds = 0;
        for (const QJsonValue &v : recs) {
            if (v.toObject().value(u"recording_url"_s).isString()) {
                audioUrl = v.toObject().value(u"recording_url"_s).toString();
                callSeconds = v.toObject().value(u"call_duration_in_seconds"_s).toInt();
                break;
            }
        }
        QVERIFY(!audioUrl.isEmpty());
        QVERIFY(callSeconds >= 40);
        Result r = send("GET", QUrl(audioUrl), {}); // no auth needed
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), "audio/wav"_ba);
        const QByteArray wav = r.body;
        QCOMPARE(wav.left(4), "RIFF"_ba);
        QCOMPARE(wav.mid(8, 8), "WAVEfmt "_ba);
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 20), quint16(1));  // PCM
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 22), quint16(1));  // mono
        const quint32 rate = qFromLittleEndian<quint32>(wav.constData() + 24);
        const quint32 byteRate = qFromLittleEndian<quint32>(wav.constData() + 28);
        const quint16 bits = qFromLittleEndian<quint16>(wav.constData() + 34);
        QCOMPARE(byteRate, rate * bits / 8);
        QCOMPARE(wav.mid(36, 4), "data"_ba);
        const quint32 dataSize = qFromLittleEndian<quint32>(wav.constData() + 40);
        QCOMPARE(dataSize, quint32(wav.size() - 44));
        // As long as the call says it was.
        QCOMPARE(double(dataSize) / byteRate, double(callSeconds));
        // Sound, not silence, all the way to the end.
        const QByteArray tail = wav.right(8000);
        QVERIFY(std::any_of(tail.cbegin(), tail.cend(), [](char c) { return quint8(c) != 128; }));
        // same bytes every time, and a Range request gives 206
        QCOMPARE(send("GET", QUrl(audioUrl), {}).body, wav);
        r = send("GET", QUrl(audioUrl), {}, {}, [](QNetworkRequest &req) { req.setRawHeader("Range", "bytes=0-99"); });
        QCOMPARE(r.status, 206);
        QCOMPARE(r.body, wav.left(100));
        QVERIFY(r.header("Content-Range").endsWith(QByteArray("/" + QByteArray::number(wav.size()))));
        r = send("GET", QUrl(audioUrl), {}, {}, [](QNetworkRequest &req) { req.setRawHeader("Range", "bytes=100000-"); });
        QCOMPARE(r.status, 206);
        QCOMPARE(r.body, wav.mid(100000));
        r = send("GET", QUrl(audioUrl), {}, {}, [](QNetworkRequest &req) { req.setRawHeader("Range", "bytes=-300"); });
        QCOMPARE(r.body, wav.right(300));
        r = send("GET", QUrl(audioUrl), {}, {}, [&](QNetworkRequest &req) {
            req.setRawHeader("Range", "bytes=" + QByteArray::number(wav.size()) + "-");
        });
        QCOMPARE(r.status, 416);
        r = send("HEAD", QUrl(audioUrl), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Length"), QByteArray::number(wav.size()));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(get(u"/audio/457/1.wav"_s).status, 404);
        QCOMPARE(get(u"/audio/999/1.wav"_s).status, 404);
    }

    void longRecordingMatchesItsCall()
    {
        SimulationSpec spec;
        spec.name = u"Long calls"_s;
        spec.scenarios = 2;
        spec.maxCallMinutes = 10;
        spec.durationSeconds = 60;
        const int id = m_server->addSimulation(spec);
        m_server->advance(100);
        int checked = 0;
        for (const QJsonValue &v : simulation(id).value(u"simulation_call_recording"_s).toArray()) {
            const QJsonObject call = v.toObject();
            if (!call.value(u"recording_url"_s).isString())
                continue;
            const Result head = send("HEAD", QUrl(call.value(u"recording_url"_s).toString()), {});
            QCOMPARE(head.status, 200);
            const Result start = send("GET", QUrl(call.value(u"recording_url"_s).toString()), {}, {},
                                      [](QNetworkRequest &req) { req.setRawHeader("Range", "bytes=0-43"); });
            QCOMPARE(start.body.size(), 44);
            const quint32 dataSize = qFromLittleEndian<quint32>(start.body.constData() + 40);
            QCOMPARE(qint64(dataSize), qint64(call.value(u"call_duration_in_seconds"_s).toInt()) * 8000);
            QCOMPARE(head.header("Content-Length").toLongLong(), qint64(dataSize) + 44);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // ---- HTTP-level fault injection (socket-level faults: tst_faultproxy) -------------------------------------------------------------------

    void faultStatus()
    {
        m_server->injectFault(Fault::status(429));
        Result r = get(u"/api/v1/simulations/456"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(u"retry_after"_s).toInt(), 2);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"rate_limited"_s);

        m_server->injectFault(Fault::status(503));
        r = get(u"/api/v1/simulations/456"_s);
        QCOMPARE(r.status, 503);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<h1>503 Service Unavailable</h1>"));
        QCOMPARE(r.error, QNetworkReply::ServiceUnavailableError);

        m_server->injectFault(Fault::status(502));
        QVERIFY(get(u"/api/v1/simulations/456"_s).body.contains("502 Bad Gateway"));

        m_server->injectFault(Fault::status(500));
        r = get(u"/api/v1/simulations/456"_s);
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.startsWith("Traceback (most recent call last):"));

        Fault custom = Fault::status(429, R"({"error":"slow_down","retry_after":7})");
        custom.headers = {{"Retry-After", "7"}};
        m_server->injectFault(custom);
        r = get(u"/api/v1/simulations/456"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), "7"_ba);
        QCOMPARE(r.json().value(u"retry_after"_s).toInt(), 7);
        QCOMPARE(r.header("Content-Type"), "application/json; charset=utf-8"_ba);

        QCOMPARE(get(u"/api/v1/simulations/456"_s).status, 200);
    }

    void faultWrongContentType()
    {
        m_server->injectFault(Fault::of(Fault::Kind::WrongContentType));
        const Result r = get(u"/api/v1/simulations/456"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QCOMPARE(r.json().value(u"success"_s), QJsonValue(true)); // body is the normal JSON
    }

    void faultOversized()
    {
        m_server->injectFault(Fault::of(Fault::Kind::Oversized));
        QNetworkRequest req(url(u"/api/v1/simulations/456"_s));
        req.setRawHeader("Authorization", bearer());
        QNetworkReply *reply = m_nam->get(req);
        QSignalSpy meta(reply, &QNetworkReply::metaDataChanged);
        QVERIFY(meta.wait(2000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > 16 * 1024 * 1024);
        QTRY_VERIFY(reply->bytesAvailable() > 0);
        QVERIFY(reply->peek(16).startsWith("{\"success\":true"));
        reply->abort();
        delete reply;

        // a smaller one, read to the end: exactly the declared size and valid JSON
        Fault f = Fault::of(Fault::Kind::Oversized);
        f.oversizeBytes = 3 * 1024 * 1024 + 17;
        m_server->injectFault(f);
        const Result r = get(u"/api/v1/simulations/456"_s);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.body.size(), f.oversizeBytes);
        QVERIFY(QJsonDocument::fromJson(r.body).isObject());
        QCOMPARE(get(u"/api/v1/simulations/456"_s).status, 200);
    }

    void faultRedirect()
    {
        m_server->injectFault(Fault::redirect(QUrl(u"http://127.0.0.1:1"_s)));
        Result r = get(u"/api/v1/simulations?pageno=2&pagesize=2"_s);
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), "http://127.0.0.1:1/api/v1/simulations?pageno=2&pagesize=2"_ba);

        Fault f = Fault::redirect(QUrl(u"http://example.invalid/moved/here"_s));
        f.httpStatus = 308;
        m_server->injectFault(f);
        r = get(u"/api/v1/simulations/456"_s);
        QCOMPARE(r.status, 308);
        QCOMPARE(r.header("Location"), "http://example.invalid/moved/here"_ba);
        QCOMPARE(get(u"/api/v1/simulations/456"_s).status, 200);
    }

    void faultMatchingAndCounts()
    {
        m_server->injectFault(Fault::status(503), u"/api/v1/simulations/457"_s, 2);
        QCOMPARE(get(u"/api/v1/simulations/456"_s).status, 200);
        QCOMPARE(get(u"/api/v1/simulations/457"_s).status, 503);
        QCOMPARE(get(u"/api/v1/simulations/457"_s).status, 503);
        QCOMPARE(get(u"/api/v1/simulations/457"_s).status, 200);
        m_server->injectFault(Fault::status(500), {}, 100);
        QCOMPARE(get(u"/api/v1/simulations/456"_s).status, 500);
        m_server->clearFaults();
        QCOMPARE(get(u"/api/v1/simulations/456"_s).status, 200);
        QCOMPARE(m_server->requestCount(u"/api/v1/simulations/457"_s), 3);
        QCOMPARE(m_server->requestCount(u"/api/v1/simulations/456"_s), 3);
        QCOMPARE(m_server->requestCount(), 6);
        // a fault applies before authentication: it replaces the whole answer
        m_server->injectFault(Fault::status(503));
        QCOMPARE(get(u"/api/v1/simulations/456"_s, {}).status, 503);
    }

    void executable()
    {
        const QString exe = QStringLiteral(SIMWATCH_BIN_DIR) + u"/simwatch-standin"_s;
        if (!QFileInfo::exists(exe))
            QSKIP("simwatch-standin is not built");
        QProcess proc;
        proc.start(exe, {u"--port"_s, u"0"_s, u"--speed"_s, u"0"_s, u"--fault-status"_s, u"503"_s,
                         u"--fault-count"_s, u"1"_s});
        QVERIFY(proc.waitForStarted(3000));
        QTRY_VERIFY_WITH_TIMEOUT(proc.canReadLine(), 5000);
        const QString line = QString::fromUtf8(proc.readLine()).trimmed();
        const auto m = QRegularExpression(u"^listening (http://127\\.0\\.0\\.1:(\\d+)/api/v1)$"_s).match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        const QUrl base(m.captured(1));
        const QUrl sim(base.toString() + u"/simulations/456"_s);
        QCOMPARE(send("GET", sim, bearer()).status, 503);
        QCOMPARE(send("GET", sim, bearer()).status, 200);
        proc.kill();
        proc.waitForFinished(3000);

        QProcess bad;
        bad.start(exe, {u"--fault"_s, u"bogus"_s});
        QVERIFY(bad.waitForFinished(5000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("unknown fault kind"));
    }
};

QTEST_GUILESS_MAIN(TestStandin)
#include "tst_standin.moc"
