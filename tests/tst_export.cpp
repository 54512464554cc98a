// Review export: Markdown, JSON and PDF from a simulation fetched from the stand-in, and the
// headless --export end to end with the real binary.
#include "api/apiclient.h"
#include "domain/parse.h"
#include "jsonreport.h"
#include "markdownreport.h"
#include "reportformat.h"
#include "sentimentchart.h"
#include "sentimentslices.h"
#include "standinserver.h"
#include "support/simwatchprocess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace simwatch;
using simwatch::standin::StandinServer;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// pdftotext (poppler-utils) run asynchronously with a signal wait, never waitForFinished.
QString pdfText(const QString &path, int *pages)
{
    QProcess info;
    QSignalSpy infoDone(&info, &QProcess::finished);
    info.start(QStringLiteral("pdfinfo"), {path});
    if (!infoDone.wait(30000))
        return {};
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    for (const QString &line : infoText.split(QLatin1Char('\n'))) {
        if (line.startsWith(u"Pages:"_qs))
            *pages = line.mid(6).trimmed().toInt();
    }
    QProcess process;
    QSignalSpy done(&process, &QProcess::finished);
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!done.wait(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StandinServer> m_server;
    QTemporaryDir m_dir;
    Simulation m_sim;

    Simulation fetch(int id)
    {
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.setBaseUrl(m_server->baseUrl());
        client.setApiKey(StandinServer::defaultApiKey());
        std::optional<Simulation> result;
        bool done = false;
        client.get(QStringLiteral("/simulations/%1").arg(id), this, [&](const ApiClient::Reply &reply) {
            result = parse::simulationResponse(reply.body).simulation;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return result.value_or(Simulation{});
    }

    simwatch::testing::ProcessResult runExport(const QStringList &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMNIDIM_API_KEY"), StandinServer::defaultApiKey());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the binary must pick offscreen by itself
        QStringList args{QStringLiteral("--headless"), QStringLiteral("--base-url"), m_server->baseUrl().toString()};
        return simwatch::testing::runSimwatch(args + extra, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<StandinServer>();
        m_server->setSpeed(0);
        m_server->seedDemo();
        QVERIFY(m_server->listen() != 0);
        m_sim = fetch(457);
        QCOMPARE(m_sim.id, 457);
        QVERIFY(m_sim.summary.hasText());
        QVERIFY(!m_sim.recordings.isEmpty());
    }

    void formatByExtension()
    {
        QCOMPARE(report::formatForPath(u"a/b.MD"_qs), report::Format::Markdown);
        QCOMPARE(report::formatForPath(u"r.pdf"_qs), report::Format::Pdf);
        QCOMPARE(report::formatForPath(u"r.json"_qs), report::Format::Json);
        QVERIFY(!report::formatForPath(u"r.txt"_qs));
        QVERIFY(!report::formatForPath(u"pdf"_qs));
    }

    void markdownContents()
    {
        const QString path = m_dir.filePath(u"r.md"_qs);
        report::Options options;
        options.exportedAt = QDateTime(QDate(2026, 5, 8), QTime(9, 10, 29), Qt::UTC);
        QCOMPARE(report::writeReport(m_sim, report::Format::Markdown, path, options), QString());
        const QString md = readText(path);
        QVERIFY(md.startsWith(u"# SimWatch review: "_qs + m_sim.name));
        QVERIFY(md.contains(u"| Status | Completed |"_qs));
        // The locale's own short format (tst_translations_layout checks German and Hindi).
        QVERIFY(md.contains(u"| Exported at (UTC) | %1 UTC |"_qs.arg(QLocale().toString(options.exportedAt, QLocale::ShortFormat))));
        QVERIFY(md.contains(u"| Created (UTC) | "_qs));
        QVERIFY(md.contains(u"## Configuration"_qs));
        QVERIFY(md.contains(u"| Calls per scenario | "_qs));
        QVERIFY(md.contains(u"## Sentiment"_qs));
        QVERIFY(md.contains(u"| Positive | %1 |"_qs.arg(m_sim.sentiment.positive)));
        for (const QString &heading : {u"### Summary"_qs, u"### What went wrong"_qs,
                                       u"### Suggestions for improvement"_qs, u"### Prompt suggestion"_qs})
            QVERIFY2(md.contains(heading), qPrintable(heading));
        QVERIFY(md.contains(m_sim.summary.text.section(u'\n', 0, 0).section(u'#', -1).trimmed().left(20)));
        QVERIFY(md.contains(u"| Time (UTC) | Scenario | Status | Duration | Sentiment |"_qs));
        QVERIFY(md.contains(m_sim.recordings.first().scenario));
    }

    void largestRemainderShares_data()
    {
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<QList<int>>("shares");
        QTest::newRow("none") << QList<int>{0, 0, 0} << QList<int>{0, 0, 0};
        QTest::newRow("empty") << QList<int>{} << QList<int>{};
        QTest::newRow("one") << QList<int>{0, 7, 0} << QList<int>{0, 100, 0};
        QTest::newRow("exact") << QList<int>{1, 1, 2} << QList<int>{25, 25, 50};
        QTest::newRow("thirds") << QList<int>{1, 1, 1} << QList<int>{34, 33, 33};   // ties: the first
        QTest::newRow("two thirds") << QList<int>{2, 1, 0} << QList<int>{67, 33, 0}; // not 66 + 33
        QTest::newRow("halves tie") << QList<int>{5, 2, 1} << QList<int>{63, 25, 12}; // 62.5, 25, 12.5
        QTest::newRow("largest remainder wins") << QList<int>{1, 2, 4} << QList<int>{14, 29, 57}; // 14.29 28.57 57.14
        QTest::newRow("small shares") << QList<int>{996, 2, 2} << QList<int>{100, 0, 0}; // 99.6 0.2 0.2
        QTest::newRow("negative is zero") << QList<int>{-3, 1, 1} << QList<int>{0, 50, 50};
        QTest::newRow("many") << QList<int>{1, 1, 1, 1, 1, 1} << QList<int>{17, 17, 17, 17, 16, 16};
        QTest::newRow("large") << QList<int>{2000000000, 1000000000, 1} << QList<int>{67, 33, 0};
    }

    void largestRemainderShares()
    {
        QFETCH(QList<int>, counts);
        QFETCH(QList<int>, shares);
        const QList<int> got = report::largestRemainderShares(counts);
        QCOMPARE(got, shares);
        const int total = std::accumulate(got.cbegin(), got.cend(), 0);
        const bool anything = std::any_of(counts.cbegin(), counts.cend(), [](int c) { return c > 0; });
        QCOMPARE(total, anything ? 100 : 0);
        // Each share is its exact value rounded down or up, never further off.
        qint64 sum = 0;
        for (int c : counts)
            sum += qMax(0, c);
        for (qsizetype i = 0; i < counts.size() && sum > 0; ++i) {
            const double exact = 100.0 * qMax(0, counts.at(i)) / double(sum);
            QVERIFY2(qAbs(got.at(i) - exact) < 1.0, qPrintable(QString::number(i)));
        }
    }

    void markdownSentimentMatchesTheCharts()
    {
        Simulation s = m_sim;
        s.sentiment = Sentiment{5, 2, 1};
        const QString md = report::markdownReport(s, QDateTime::currentDateTimeUtc());
        // The pie's order and shares: positive, negative, neutral; 63 + 25 + 12 = 100.
        const qsizetype positive = md.indexOf(u"| Positive | 5 | 63% |"_qs);
        const qsizetype negative = md.indexOf(u"| Negative | 2 | 25% |"_qs);
        const qsizetype neutral = md.indexOf(u"| Neutral | 1 | 12% |"_qs);
        QVERIFY(positive > 0);
        QVERIFY(negative > positive);
        QVERIFY(neutral > negative);
    }

    void pdfSentimentChartLooksLikeTheWindows()
    {
        const QSize size(900, 200);
        const QImage chart = report::sentimentChart(Sentiment{5, 2, 1}, size);
        QCOMPARE(chart.size(), size);
        // Slices clockwise from 12 o'clock: positive just right of the top, negative at 7 o'clock
        // (after 225 degrees), neutral just left of the top; the ring's hole is background.
        const QPointF centre(100, 100);
        const qreal ring = 200 * (report::PieSize + report::PieHoleSize) / 4; // halfway across the ring
        const auto at = [&](qreal degrees) {
            const qreal a = qDegreesToRadians(degrees);
            return chart.pixelColor(QPointF(centre.x() + ring * std::sin(a), centre.y() - ring * std::cos(a)).toPoint());
        };
        QCOMPARE(at(20), report::sentimentColor(report::SentimentSlice::Positive));
        QCOMPARE(at(260), report::sentimentColor(report::SentimentSlice::Negative));
        QCOMPARE(at(340), report::sentimentColor(report::SentimentSlice::Neutral));
        QCOMPARE(chart.pixelColor(centre.toPoint()), QColor(Qt::white));
        QCOMPARE(report::sentimentLegendText(u"Positive"_qs, 5, 63), u"Positive 5 (63%)"_qs);

        // No finished call: a line of text, no ring.
        const QImage empty = report::sentimentChart(Sentiment{}, size);
        for (int degrees : {20, 160, 260, 340}) {
            const qreal a = qDegreesToRadians(qreal(degrees));
            const QColor c = empty.pixelColor(QPointF(centre.x() + ring * std::sin(a), centre.y() - ring * std::cos(a)).toPoint());
            for (int i = 0; i < report::SentimentSliceCount; ++i)
                QVERIFY(c != report::sentimentColor(report::SentimentSlice(i)));
        }
    }

    void markdownContainsHostileText()
    {
        QCOMPARE(report::escapeInline(u"a|b *c* <b>"_qs), u"a\\|b \\*c\\* \\<b\\>"_qs);
        const QString contained = report::containedMarkdown(u"# Big\ntext\n```\nunclosed"_qs);
        QVERIFY(contained.startsWith(u"#### Big"_qs));
        QVERIFY(contained.endsWith(u"```"_qs));
        Simulation s = m_sim;
        s.name = u"Evil | name\n# injected"_qs;
        const QString md = report::markdownReport(s, QDateTime::currentDateTimeUtc());
        QVERIFY(!md.contains(u"\n# injected"_qs));
        QVERIFY(md.contains(u"Evil \\| name # injected"_qs));
    }

    // The window's policy in every export: server text adds no HTML and no images, and links
    // only to http(s), in the Markdown and as PDF link annotations. JSON stays raw data.
    void exportsApplyTheWindowsPolicy()
    {
        Simulation s = m_sim;
        s.summary.text = u"Intro <img src=http://evil.example/p.png> <script>alert(1)</script>\n"
                         "<h1>Loud</h1>\n"
                         "![tracker](http://evil.example/t.png) and \\<img src=x>\n"
                         "[passwords](file:///etc/passwd) [js](javascript:alert(1)) [rel](../secret) "
                         "[fine](https://example.com/ok)\n\n"
                         "[ref]: file:///etc/shadow\n"_qs;
        const QString md = report::markdownReport(s, QDateTime::currentDateTimeUtc());
        for (const QString &unsafe : {u"<img"_qs, u"<script"_qs, u"<h1"_qs, u"![tracker]"_qs, u"](file:"_qs,
                                      u"](javascript:"_qs, u"](../secret"_qs, u"\n[ref]: file:"_qs})
            QVERIFY2(!md.contains(unsafe), qPrintable(unsafe));
        QVERIFY(md.contains(u"[fine](https://example.com/ok)"_qs));
        QVERIFY(md.contains(u"passwords"_qs) && md.contains(u"tracker"_qs)); // the words stay

        const QString path = m_dir.filePath(u"policy.pdf"_qs);
        report::Options options;
        options.exportedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(report::writeReport(s, report::Format::Pdf, path, options), QString());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY2(bytes.contains("https://example.com/ok"), "the web link is kept");
        for (const char *unsafe : {"file:", "javascript:", "../secret"}) // link annotations are uncompressed
            QVERIFY2(!bytes.contains(unsafe), unsafe);
        int pages = 0;
        const QString text = ::pdfText(path, &pages).simplified();
        QVERIFY2(text.contains(u"passwords js rel"_qs), qPrintable(text.mid(text.indexOf(u"Intro"_qs), 400)));
    }

    void jsonStructure()
    {
        const QString path = m_dir.filePath(u"r.json"_qs);
        report::Options options;
        options.exportedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(report::writeReport(m_sim, report::Format::Json, path, options), QString());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(readText(path).toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"format"_qs).toString(), u"simwatch-review"_qs);
        QCOMPARE(root.value(u"format_version"_qs).toInt(), 1);
        QVERIFY(root.value(u"exported_at"_qs).toString().endsWith(u'Z'));
        const QJsonObject sim = root.value(u"simulation"_qs).toObject();
        for (const QString &key : {u"id"_qs, u"name"_qs, u"agent"_qs, u"status"_qs, u"created"_qs, u"progress"_qs,
                                   u"configuration"_qs, u"calls"_qs, u"sentiment"_qs, u"review"_qs,
                                   u"prompt_suggestion_applied"_qs})
            QVERIFY2(sim.contains(key), qPrintable(key));
        QCOMPARE(sim.value(u"status"_qs).toString(), u"Completed"_qs);
        QCOMPARE(sim.value(u"review"_qs).toObject().value(u"summary"_qs).toString(), m_sim.summary.text);
        QVERIFY(sim.value(u"configuration"_qs).toObject().value(u"scenarios"_qs).isArray());
        const QJsonArray recordings = root.value(u"recordings"_qs).toArray();
        QCOMPARE(recordings.size(), m_sim.recordings.size());
        QCOMPARE(recordings.at(0).toObject().value(u"raw"_qs).toObject(), m_sim.recordings.first().raw());
    }

    void pdfText()
    {
        const QString path = m_dir.filePath(u"r.pdf"_qs);
        report::Options options;
        options.exportedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(report::writeReport(m_sim, report::Format::Pdf, path, options), QString());
        int pages = 0;
        const QString text = ::pdfText(path, &pages);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) must be installed");
        QVERIFY(pages >= 1);
        QVERIFY(text.contains(m_sim.name));
        QVERIFY(text.contains(u"Completed"_qs));
        QVERIFY(text.contains(u"SimWatch review — "_qs + m_sim.name));
        QVERIFY(text.contains(u"Page 1 of %1"_qs.arg(pages)));
        QVERIFY(text.contains(u"What went wrong"_qs));
        QVERIFY(text.contains(u"Suggestions for improvement"_qs));
        // A call row: its scenario and sentiment.
        QVERIFY(text.contains(m_sim.recordings.last().scenario));
        QVERIFY(text.contains(u"Time (UTC)"_qs));
        // The summary's first words (rendered Markdown: no markup characters).
        QVERIFY(text.simplified().contains(u"test calls across"_qs));
    }

    void headlessExportMarkdownAndPdf()
    {
        const QString md = m_dir.filePath(u"headless.md"_qs);
        auto r = runExport({QStringLiteral("--simulation"), QStringLiteral("457"), QStringLiteral("--export"), md});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readText(md).contains(u"| Status | Completed |"_qs));

        const QString pdf = m_dir.filePath(u"headless.pdf"_qs);
        r = runExport({QStringLiteral("--simulation"), QStringLiteral("457"), QStringLiteral("--export"), pdf});
        QCOMPARE(r.exitCode, 0);
        int pages = 0;
        QVERIFY(::pdfText(pdf, &pages).contains(m_sim.name));
        QVERIFY(pages >= 1);
    }

    void headlessExportErrors()
    {
        const QString bad = m_dir.filePath(u"headless.txt"_qs);
        auto r = runExport({QStringLiteral("--simulation"), QStringLiteral("457"), QStringLiteral("--export"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.stdErr.contains(".md, .pdf or .json"));
        QVERIFY(!QFile::exists(bad));

        const QString missing = m_dir.filePath(u"missing.md"_qs);
        r = runExport({QStringLiteral("--simulation"), QStringLiteral("99999"), QStringLiteral("--export"), missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
