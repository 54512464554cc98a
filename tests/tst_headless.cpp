// The headless contract, end to end: the real `simwatch` binary against the stand-in server.

#include "support/simwatchprocess.h"
#include "support/standinfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using simwatch::standin::StandinServer;
using simwatch::testing::StandinFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QByteArray> lines;
    QByteArray stdErr;
};

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StandinFixture> m_fixture;

    Run run(const QStringList &arguments, const QString &key = StandinServer::defaultApiKey())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMNIDIM_API_KEY"), key);
        const simwatch::testing::ProcessResult process = simwatch::testing::runSimwatch(arguments, env);
        return {process.exitCode, process.lines(), process.stdErr};
    }

    // The keys of every headless JSON record, sorted.
    static QStringList contractKeys()
    {
        return {QStringLiteral("agent"), QStringLiteral("calls"), QStringLiteral("can_stop"), QStringLiteral("created"),
                QStringLiteral("error"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("progress"),
                QStringLiteral("prompt_suggestion"), QStringLiteral("prompt_suggestion_applied"),
                QStringLiteral("recordings"), QStringLiteral("sentiment"), QStringLiteral("status"),
                QStringLiteral("suggestions_for_improvement"), QStringLiteral("summary"), QStringLiteral("terminal"),
                QStringLiteral("what_went_wrong")};
    }

    QStringList base(const QList<int> &ids) const
    {
        QStringList args{QStringLiteral("--headless"), QStringLiteral("--base-url"), m_fixture->baseUrl().toString()};
        for (int id : ids)
            args << QStringLiteral("--simulation") << QString::number(id);
        return args;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<StandinFixture>();
        QVERIFY(m_fixture->listen());
    }
    void cleanup() { m_fixture.reset(); }

    void onceJsonHasExactlyTheContractKeys()
    {
        const Run r = run(base({456, 457}) << QStringLiteral("--once") << QStringLiteral("--json"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines.size(), 2);
        const QStringList expectedKeys = contractKeys();
        QHash<int, QJsonObject> byId;
        for (const QByteArray &line : r.lines) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QStringList keys = o.keys();
            keys.sort();
            QCOMPARE(keys, expectedKeys);
            byId.insert(o.value(QLatin1String("id")).toInt(), o);
        }
        const QJsonObject running = byId.value(456);
        QCOMPARE(running.value(QLatin1String("name")).toString(), QStringLiteral("Customer Support Test"));
        QCOMPARE(running.value(QLatin1String("agent")).toObject().value(QLatin1String("id")).toInt(), 1234);
        QCOMPARE(running.value(QLatin1String("terminal")).toBool(), false);
        QVERIFY(running.value(QLatin1String("summary")).isNull());
        QVERIFY(running.value(QLatin1String("error")).isNull());
        QVERIFY(QDateTime::fromString(running.value(QLatin1String("created")).toString(), Qt::ISODate).isValid());
        QVERIFY(running.value(QLatin1String("created")).toString().endsWith(QLatin1Char('Z')));
        const QJsonObject calls = running.value(QLatin1String("calls")).toObject();
        QCOMPARE(calls.value(QLatin1String("total")).toInt(), 8);
        QCOMPARE(calls.value(QLatin1String("total")).toInt(),
                 calls.value(QLatin1String("finished")).toInt() + calls.value(QLatin1String("in_progress")).toInt()
                     + calls.value(QLatin1String("remaining")).toInt());

        const QJsonObject done = byId.value(457);
        QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("Completed"));
        QCOMPARE(done.value(QLatin1String("terminal")).toBool(), true);
        QCOMPARE(done.value(QLatin1String("progress")).toInt(), 100);
        QVERIFY(done.value(QLatin1String("summary")).isString());
        QVERIFY(!done.value(QLatin1String("summary")).toString().isEmpty());
        QCOMPARE(done.value(QLatin1String("recordings")).toInt(), 12);
        const QJsonObject s = done.value(QLatin1String("sentiment")).toObject();
        QCOMPARE(s.value(QLatin1String("positive")).toInt() + s.value(QLatin1String("negative")).toInt()
                     + s.value(QLatin1String("neutral")).toInt(),
                 12);
    }

    void onceWithAFailedFetchExitsTwo()
    {
        const Run r = run(base({456, 999}) << QStringLiteral("--once") << QStringLiteral("--json"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.lines.size(), 2);
        bool sawError = false;
        for (const QByteArray &line : r.lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("id")).toInt() == 999) {
                const QJsonObject e = o.value(QLatin1String("error")).toObject();
                QCOMPARE(e.value(QLatin1String("kind")).toString(), QStringLiteral("not_found"));
                QCOMPARE(e.value(QLatin1String("http_status")).toInt(), 404);
                sawError = true;
            }
        }
        QVERIFY(sawError);
        QVERIFY(r.stdErr.contains("999"));
    }

    void watchesUntilCompleted()
    {
        m_fixture->server.setSpeed(60); // two simulated minutes in two seconds
        const Run r = run(base({456}) << QStringLiteral("--json") << QStringLiteral("--interval") << QStringLiteral("1"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.lines.size() >= 2); // one line per change
        QStringList statuses;
        for (const QByteArray &line : r.lines) {
            const QString status = QJsonDocument::fromJson(line).object().value(QLatin1String("status")).toString();
            if (statuses.isEmpty() || statuses.last() != status)
                statuses.append(status);
        }
        QCOMPARE(statuses.last(), QStringLiteral("Completed"));
        const QJsonObject last = QJsonDocument::fromJson(r.lines.last()).object();
        QCOMPARE(last.value(QLatin1String("terminal")).toBool(), true);
        QVERIFY(last.value(QLatin1String("summary")).isString());
        // Consecutive lines differ: a line is printed per change, not per poll.
        for (qsizetype i = 1; i < r.lines.size(); ++i)
            QVERIFY(r.lines.at(i) != r.lines.at(i - 1));
    }

    void faultsGoToStderrAndWatchingGoesOn()
    {
        using simwatch::standin::Fault;
        m_fixture->server.setSpeed(60);
        Fault page = Fault::status(503, "<html><body><h1>503 Service Unavailable</h1></body></html>");
        page.contentType = "text/html";
        m_fixture->injectFault(page, QStringLiteral("/api/v1/simulations/456"), 2);
        // The proxy counts requests as well: the two 503s pass it untouched, the third reply is reset.
        using simwatch::testing::SocketFault;
        m_fixture->injectFault(SocketFault::delay(0), QStringLiteral("/api/v1/simulations/456"), 2);
        m_fixture->injectFault(SocketFault::of(SocketFault::Kind::ConnectionReset), QStringLiteral("/api/v1/simulations/456"), 1);
        const Run r = run(base({456}) << QStringLiteral("--json") << QStringLiteral("--interval") << QStringLiteral("1"));
        QCOMPARE(r.exitCode, 0); // recovered and watched to Completed
        QVERIFY2(r.stdErr.contains("simulation 456: The server had an internal problem (HTTP 503)"), r.stdErr.constData());
        QVERIFY(r.stdErr.contains("closed the connection"));
        QVERIFY(!r.stdErr.contains("<html"));
        bool sawErrorLine = false;
        for (const QByteArray &line : r.lines) {
            const QJsonObject error = QJsonDocument::fromJson(line).object().value(QLatin1String("error")).toObject();
            sawErrorLine = sawErrorLine || error.value(QLatin1String("kind")).toString() == QLatin1String("server_error");
        }
        QVERIFY(sawErrorLine);
        const QJsonObject last = QJsonDocument::fromJson(r.lines.last()).object();
        QVERIFY(last.value(QLatin1String("error")).isNull());
        QCOMPARE(last.value(QLatin1String("status")).toString(), QStringLiteral("Completed"));
    }

    // A pipeline reads lines as they happen: with stdout redirected to a file (so not a terminal),
    // the first record is in the file while the run goes on, before the next poll, and what was
    // printed survives the process being killed.
    void linesReachAFileAsTheyHappen()
    {
        m_fixture->server.setSpeed(0); // nothing changes: one line, then polls every hour
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMNIDIM_API_KEY"), StandinServer::defaultApiKey());
        process.setProcessEnvironment(env);
        process.setStandardOutputFile(path);
        process.start(QStringLiteral(SIMWATCH_BIN_DIR "/simwatch"),
                      base({456}) << QStringLiteral("--json") << QStringLiteral("--interval") << QStringLiteral("3600"));
        QVERIFY(process.waitForStarted());
        QFile file(path);
        QTRY_VERIFY_WITH_TIMEOUT(file.size() > 0 && QFile(path).open(QIODevice::ReadOnly), 15000);
        QCOMPARE(m_fixture->server.requestCount(QStringLiteral("/api/v1/simulations/456")), 1); // before the next poll
        process.kill();
        process.waitForFinished();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.endsWith('\n'));
        QCOMPARE(QJsonDocument::fromJson(text.trimmed()).object().value(QLatin1String("id")).toInt(), 456);
    }

    void stoppedRunExitsThree()
    {
        m_fixture->server.setSpeed(120);
        const Run r = run(base({459}) << QStringLiteral("--interval") << QStringLiteral("1"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.lines.last().contains("Stopped"));
    }

    void wrongKeyExitsTwoWhileWatching()
    {
        const Run r = run(base({456}), QStringLiteral("not-the-right-key"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.stdErr.contains("API key"));
        QVERIFY(!r.stdErr.contains("not-the-right-key"));
        QVERIFY(!r.lines.join().contains("not-the-right-key"));
    }

    void humanModePrintsReadableLines()
    {
        const Run r = run(base({457}) << QStringLiteral("--once"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines.size(), 1);
        QVERIFY(r.lines.first().contains("Billing Escalations"));
        QVERIFY(r.lines.first().contains("Completed"));
    }

    // --list: the account's simulations, newest first, one record each with the watch mode's keys.
    void listPrintsTheAccount()
    {
        m_fixture->server.setSpeed(0);
        const QStringList args{QStringLiteral("--list"), QStringLiteral("--json"), QStringLiteral("--base-url"),
                               m_fixture->baseUrl().toString()};
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines.size(), 45); // the demo's five and the 40 older runs, one page of 50
        QCOMPARE(m_fixture->server.requestCount(QStringLiteral("/api/v1/simulations")), 1);
        QList<int> ids;
        for (const QByteArray &line : r.lines) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QStringList keys = o.keys();
            keys.sort();
            QCOMPARE(keys, contractKeys());
            QVERIFY(o.value(QLatin1String("error")).isNull());
            ids.append(o.value(QLatin1String("id")).toInt());
        }
        QCOMPARE(ids.first(), 460);
        QCOMPARE(ids.last(), 416);
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY(ids.at(i) < ids.at(i - 1));
        // The same record as watching the run prints.
        const Run watched = run(base({457}) << QStringLiteral("--once") << QStringLiteral("--json"));
        QCOMPARE(watched.lines.size(), 1);
        QCOMPARE(r.lines.at(ids.indexOf(457)), watched.lines.first());
        // A name sent as `false` is null, like the review texts; a missing agent too.
        const QJsonObject nameless = QJsonDocument::fromJson(r.lines.at(ids.indexOf(448))).object();
        QVERIFY(nameless.value(QLatin1String("name")).isNull());
        QCOMPARE(nameless.value(QLatin1String("status")).toString(), QStringLiteral("Completed"));
        QVERIFY(QJsonDocument::fromJson(r.lines.at(ids.indexOf(442))).object().value(QLatin1String("agent")).isNull());
    }

    void listPagesAndText()
    {
        m_fixture->server.setSpeed(0);
        for (int i = 0; i < 10; ++i)
        {
            simwatch::standin::SimulationSpec spec;
            spec.name = QStringLiteral("Extra %1").arg(i);
            spec.agentId = 1234;
            QVERIFY(m_fixture->server.addSimulation(spec) > 0);
        }
        const QStringList args{QStringLiteral("--list"), QStringLiteral("--base-url"), m_fixture->baseUrl().toString()};
        Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines.size(), 55); // two pages of 50
        QCOMPARE(m_fixture->server.requestCount(QStringLiteral("/api/v1/simulations")), 2);
        QVERIFY(r.lines.first().startsWith("#781 Extra 9: Pending"));
        QVERIFY(std::any_of(r.lines.cbegin(), r.lines.cend(), [](const QByteArray &l) { return l.startsWith("#448 ?: Completed, 100% (2 of 2 calls"); }));
        r = run(QStringList(args) << QStringLiteral("--pages") << QStringLiteral("1"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines.size(), 50);
        QCOMPARE(m_fixture->server.requestCount(QStringLiteral("/api/v1/simulations")), 3);
    }

    void listFailuresExitTwo()
    {
        const QStringList args{QStringLiteral("--list"), QStringLiteral("--json"), QStringLiteral("--base-url"),
                               m_fixture->baseUrl().toString()};
        Run r = run(args, QStringLiteral("not-the-right-key"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.lines.isEmpty());
        QVERIFY2(r.stdErr.contains("API key"), r.stdErr.constData());
        // A second page that fails: the first page's lines are out, the exit says it failed.
        for (int i = 0; i < 10; ++i)
        {
            simwatch::standin::SimulationSpec spec;
            spec.startAsDraft = true;
            QVERIFY(m_fixture->server.addSimulation(spec) > 0);
        }
        m_fixture->injectFault(simwatch::testing::SocketFault::delay(0), QStringLiteral("/api/v1/simulations"), 1);
        m_fixture->injectFault(simwatch::testing::SocketFault::of(simwatch::testing::SocketFault::Kind::ConnectionReset),
                               QStringLiteral("/api/v1/simulations"), 1);
        r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.lines.size(), 50);
        QVERIFY(r.stdErr.contains("list of simulations"));
    }

    void helpMentionsList()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray help = r.lines.join('\n');
        QVERIFY(help.contains("--list"));
        QVERIFY(help.contains("--pages <N>"));
        QVERIFY(help.contains("pages of 50"));
    }

    void usageErrorsExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("message");
        const QString key = StandinServer::defaultApiKey();
        // _data() runs before init(): the server's URL is filled in by the test itself.
        const auto base = [](const QList<int> &ids) {
            QStringList args{QStringLiteral("--headless"), QStringLiteral("--base-url"), QStringLiteral("@BASE@")};
            for (int id : ids)
                args << QStringLiteral("--simulation") << QString::number(id);
            return args;
        };
        QTest::newRow("no simulation") << QStringList{QStringLiteral("--headless"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1/api/v1")} << key << QByteArray("--simulation");
        QTest::newRow("bad id") << (base({}) << QStringLiteral("--simulation") << QStringLiteral("abc")) << key << QByteArray("positive whole number");
        QTest::newRow("bad interval") << (base({456}) << QStringLiteral("--interval") << QStringLiteral("0")) << key << QByteArray("interval");
        QTest::newRow("no key") << base({456}) << QString() << QByteArray("OMNIDIM_API_KEY");
        QTest::newRow("short key") << base({456}) << QStringLiteral("abc") << QByteArray("8 characters");
        QTest::newRow("insecure http") << QStringList{QStringLiteral("--headless"), QStringLiteral("--base-url"), QStringLiteral("http://example.com/api/v1"), QStringLiteral("--simulation"), QStringLiteral("1")} << key << QByteArray("https");
        QTest::newRow("unknown option") << (base({456}) << QStringLiteral("--bogus")) << key << QByteArray("bogus");
        QTest::newRow("list and simulation") << (base({456}) << QStringLiteral("--list")) << key << QByteArray("--list cannot");
        QTest::newRow("pages without list") << (base({456}) << QStringLiteral("--pages") << QStringLiteral("2")) << key << QByteArray("--pages only");
        QTest::newRow("pages zero") << QStringList{QStringLiteral("--list"), QStringLiteral("--base-url"), QStringLiteral("@BASE@"), QStringLiteral("--pages"), QStringLiteral("0")} << key << QByteArray("whole number of pages");
        QTest::newRow("list without server") << QStringList{QStringLiteral("--list")} << key << QByteArray("--base-url");
    }
    void usageErrorsExitOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, key);
        QFETCH(QByteArray, message);
        arguments.replaceInStrings(QStringLiteral("@BASE@"), m_fixture->baseUrl().toString());
        const Run r = run(arguments, key);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stdErr.contains(message), r.stdErr.constData());
        QVERIFY(r.lines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
