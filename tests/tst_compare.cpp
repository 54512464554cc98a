// Comparing two runs: the values (counts, sentiment, per-scenario sentiment, durations, review
// diffs), the exports (Markdown, PDF read back with pdftotext, JSON) and headless --compare
// against the stand-in.

#include "compare/comparison.h"
#include "comparisonreport.h"
#include "domain/parse.h"
#include "standinserver.h"
#include "support/simwatchprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace simwatch;

namespace {

Recording call(int id, const char *scenario, const char *sentiment, int seconds)
{
    const QJsonObject object{{QStringLiteral("id"), id},
                             {QStringLiteral("scenario_id"), QJsonObject{{QStringLiteral("name"), QString::fromUtf8(scenario)}}},
                             {QStringLiteral("sentiment_score"), QString::fromUtf8(sentiment)},
                             {QStringLiteral("call_duration_in_seconds"), seconds}};
    return parse::recording(object);
}

Simulation run(int id, const QList<Recording> &calls, const QString &summary)
{
    Simulation s;
    s.id = id;
    s.name = QStringLiteral("Nightly %1").arg(id);
    s.agent = AgentRef{7, QStringLiteral("Billing Assistant")};
    s.statusText = QStringLiteral("Completed");
    s.status = Status::Completed;
    s.progressPercent = 100;
    s.recordings = calls;
    s.calls = CallCounts{int(calls.size()), int(calls.size()), 0, 0, 0};
    s.sentiment = compare::sentimentOfCalls(calls);
    s.summary = ReviewText{ReviewText::State::Text, summary};
    s.whatWentWrong = ReviewText{ReviewText::State::NotYet, {}};
    return s;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private:
    Simulation m_before = run(100, {call(1, "Refund", "Negative", 120), call(2, "Refund", "Positive", 60),
                                    call(3, "Late fee", "Negative", 200)},
                              QStringLiteral("Calls went badly.\nThe agent repeated itself."));
    Simulation m_after = run(101, {call(4, "Refund", "Positive", 90), call(5, "Refund", "Positive", 100),
                                   call(6, "Late fee", "Neutral", 150), call(7, "Upgrade", "Positive", 30)},
                             QStringLiteral("Calls went well.\nThe agent repeated itself."));

private Q_SLOTS:
    void valuesOfBothRuns()
    {
        const compare::Comparison c = compare::compare(m_before, m_after);
        QCOMPARE(c.before.id, 100);
        QCOMPARE(c.after.calls.finished, 4);
        QCOMPARE(c.before.sentiment, (Sentiment{1, 2, 0}));
        QCOMPARE(c.after.sentiment, (Sentiment{3, 0, 1}));
        QCOMPARE(c.before.durations.median, 120);
        QCOMPARE(c.before.durations.mean, 127);
        QCOMPARE(c.after.durations.median, 95); // (90 + 100) / 2
        QCOMPARE(c.after.durations.longest, 150);
        QCOMPARE(c.scenarios.size(), 3);
        QCOMPARE(c.scenarios.at(0).scenario, QStringLiteral("Refund"));
        QCOMPARE(c.scenarios.at(0).before, (Sentiment{1, 1, 0}));
        QCOMPARE(c.scenarios.at(0).after, (Sentiment{2, 0, 0}));
        QCOMPARE(c.scenarios.at(2).scenario, QStringLiteral("Upgrade")); // only in the later run
        QCOMPARE(c.scenarios.at(2).before, Sentiment{});
        const compare::TextDiff &summary = c.texts.at(0);
        QVERIFY(summary.changed);
        QCOMPARE(summary.lines.at(0).kind, promptdiff::LinePair::Kind::Changed);
        QCOMPARE(summary.lines.at(1).kind, promptdiff::LinePair::Kind::Same);
        QCOMPARE(c.texts.at(1).before, c.texts.at(1).after); // both not computed yet
        QVERIFY(!c.texts.at(1).changed);
    }

    void textAndJson()
    {
        const compare::Comparison c = compare::compare(m_before, m_after);
        const QString text = compare::toText(c);
        QVERIFY(text.contains(QStringLiteral("Negative: 2 (67%) -> 0 (0%), -2")));
        QVERIFY(text.contains(QStringLiteral("Positive: 1 (33%) -> 3 (75%), +2")));
        QVERIFY(text.contains(QStringLiteral("Summary: changed")));
        const QJsonObject json = compare::toJson(c);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("simwatch-comparison"));
        QCOMPARE(json.value(QStringLiteral("after")).toObject().value(QStringLiteral("sentiment")).toObject()
                     .value(QStringLiteral("positive")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("scenarios")).toArray().size(), 3);
    }

    void exportsReadBack()
    {
        QTemporaryDir dir;
        const compare::Comparison c = compare::compare(m_before, m_after);
        report::Options options;
        options.exportedAt = QDateTime::currentDateTimeUtc();
        const QString md = dir.filePath(QStringLiteral("c.md"));
        QCOMPARE(report::writeComparison(c, report::Format::Markdown, md, options), QString());
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY(markdown.contains(QStringLiteral("| Negative | 2 (67%) | 0 (0%) | −2 |")));
        QVERIFY(markdown.contains(QStringLiteral("- Calls went badly.\n+ Calls went well.")));

        const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
        QCOMPARE(report::writeComparison(c, report::Format::Pdf, pdf, options), QString());
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) must be installed");
        QVERIFY(text.contains(QStringLiteral("Nightly 100 (#100) → Nightly 101 (#101)")));
        QVERIFY(text.contains(QStringLiteral("Sentiment per scenario")));
        QVERIFY(text.contains(QStringLiteral("− Calls went badly.")));
        QVERIFY(text.contains(QStringLiteral("+ Calls went well.")));
    }

    // Server text in a comparison adds no markup to the Markdown or the HTML.
    void serverTextStaysText()
    {
        Simulation evil = m_after;
        evil.name = QStringLiteral("<img src=http://evil.example/x.png> | # x");
        evil.summary.text = QStringLiteral("<script>alert(1)</script>\n![t](http://evil.example/t.png)");
        const compare::Comparison c = compare::compare(m_before, evil);
        const QString md = report::comparisonMarkdown(c, QDateTime::currentDateTimeUtc());
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral(R"((?<!\\)<img)")))); // only as the escaped "\<img"
        QVERIFY(md.contains(QStringLiteral("```diff\n"))); // review text fenced
        const QString html = report::comparisonHtml(c);
        QVERIFY(!html.contains(QStringLiteral("<img")) && !html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    }

    void headlessCompareAgainstTheStandin()
    {
        standin::StandinServer server;
        server.setSpeed(0);
        server.seedDemo();
        QVERIFY(server.listen() != 0);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OMNIDIM_API_KEY"), standin::StandinServer::defaultApiKey());
        const QStringList base{QStringLiteral("--base-url"), server.baseUrl().toString(), QStringLiteral("--compare"),
                               QStringLiteral("457"), QStringLiteral("456")};
        const testing::ProcessResult json = testing::runSimwatch(base + QStringList{QStringLiteral("--json")}, environment);
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.lines().size(), 1);
        const QJsonObject object = QJsonDocument::fromJson(json.lines().constFirst()).object();
        QCOMPARE(object.value(QStringLiteral("before")).toObject().value(QStringLiteral("id")).toInt(), 457);
        QCOMPARE(object.value(QStringLiteral("after")).toObject().value(QStringLiteral("id")).toInt(), 456);

        const testing::ProcessResult text = testing::runSimwatch(base, environment);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.stdOut.startsWith("Before: #457 Billing Escalations"));

        const testing::ProcessResult missing = testing::runSimwatch(
            {QStringLiteral("--base-url"), server.baseUrl().toString(), QStringLiteral("--compare"), QStringLiteral("457"),
             QStringLiteral("99999")}, environment);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.stdErr.contains("simulation 99999"));

        const testing::ProcessResult usage = testing::runSimwatch({QStringLiteral("--compare"), QStringLiteral("457")}, environment);
        QCOMPARE(usage.exitCode, 1);
        QVERIFY(usage.stdErr.contains("--compare takes two simulation ids"));
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
