// Hostile server text end to end: a simulation whose every text field carries HTML, links to
// local files and scripts, plus a 1 MB single line, served over loopback and shown in the real
// window. Everything must appear literally, nothing may be loaded, nothing may freeze.

#include "api/apiclient.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "session.h"
#include "model/simulationmodel.h"
#include "recordingdetail.h"
#include "recordingspanel.h"
#include "reviewpanes.h"
#include "safetextbrowser.h"
#include "simulationheader.h"
#include "standinserver.h"
#include "watch/watcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTreeView>

using namespace simwatch;
using standin::Fault;
using standin::StandinServer;

class TestHostile : public QObject
{
    Q_OBJECT

private:
    QByteArray hostileBody(const QString &evilUrl, const QString &hugeLine) const
    {
        const QString img = QStringLiteral("<img src=\"%1\">").arg(evilUrl);
        const QString link = QStringLiteral("<a href=\"file:///etc/passwd\">passwords</a>");
        const QString script = QStringLiteral("<script>alert(1)</script>");
        const QString markdownImage = QStringLiteral("![tracker](%1)").arg(evilUrl);
        QJsonObject recording{
            {QStringLiteral("id"), 1},
            {QStringLiteral("call_status"), img},
            {QStringLiteral("sentiment_score"), script},
            {QStringLiteral("call_duration"), QStringLiteral("1:05")},
            {QStringLiteral("recording_url"), QStringLiteral("file:///etc/passwd")},
            {QStringLiteral("call_conversation"), QStringLiteral("Agent: %1<br/>Customer: %2<br/>Agent: %3").arg(img, link, script)},
            {QStringLiteral("extracted_variables"), QJsonObject{{QStringLiteral("note"), img}}},
        };
        QJsonObject simulation{
            {QStringLiteral("id"), 456},
            {QStringLiteral("name"), QStringLiteral("Evil %1 %2").arg(img, script)},
            {QStringLiteral("bot_id"), QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), link}}},
            {QStringLiteral("status"), QStringLiteral("Completed")},
            {QStringLiteral("summary"), QStringLiteral("Summary %1\n\n%2\n\n%3\n\n%4").arg(img, link, script, markdownImage)},
            {QStringLiteral("what_went_wrong"), hugeLine},
            {QStringLiteral("suggestions_for_improvement"), QStringLiteral("[click](file:///etc/passwd) %1").arg(script)},
            {QStringLiteral("prompt_suggestion"), markdownImage},
            {QStringLiteral("total_records"), 1},
            {QStringLiteral("total_simulation_finished_records"), 1},
            {QStringLiteral("progress"), QJsonArray{100}},
            {QStringLiteral("analyticsData"), QJsonObject{{QStringLiteral("Positive"), 1}}},
            {QStringLiteral("simulation_call_recording"), QJsonArray{recording}},
            {QStringLiteral("create_date"), QStringLiteral("05/06/2026 13:31:54")},
        };
        return QJsonDocument(QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("simulation"), simulation}})
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void hostileTextIsShownLiterallyAndLoadsNothing()
    {
        StandinServer server;
        server.seedDemo();
        QVERIFY(server.listen() != 0);
        const QString evilUrl = server.baseUrl().resolved(QUrl(QStringLiteral("/evil.png"))).toString();
        const QString hugeLine = QStringLiteral("<b>x</b>").repeated(128 * 1024); // 1 MiB, one line
        server.injectFault(Fault::status(200, hostileBody(evilUrl, hugeLine)), QStringLiteral("/api/v1/simulations/456"), 1000);

        Session session;
        session.settings().setBaseUrl(server.baseUrl());
        session.settings().setApiKey(StandinServer::defaultApiKey());
        MainWindow window(session);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        session.watch(456);
        window.selectSimulation(456);
        QTRY_VERIFY(window.model()->indexOfSimulation(456).data(SimulationModel::HasDataRole).toBool());
        QTest::qWait(300); // let every pane render

        const QString img = QStringLiteral("<img src=\"%1\">").arg(evilUrl);
        QVERIFY(window.header()->nameLabel()->text().contains(img) || window.header()->nameLabel()->toolTip().contains(QStringLiteral("&lt;img")));
        QCOMPARE(window.header()->nameLabel()->textFormat(), Qt::PlainText);

        ReviewPanes *panes = window.reviewPanes();
        const QString summary = panes->shownText(ReviewPanes::Summary);
        QVERIFY2(summary.contains(img), qPrintable(summary.left(400)));
        QVERIFY(summary.contains(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(summary.contains(QStringLiteral("<a href=\"file:///etc/passwd\">passwords</a>")));
        QCOMPARE(panes->browser(ReviewPanes::Summary)->imageCount(), 0);
        QVERIFY(panes->shownText(ReviewPanes::WhatWentWrong).size() >= hugeLine.size());
        QVERIFY(panes->shownText(ReviewPanes::Suggestions).contains(QStringLiteral("<script>")));

        // The call detail, transcript included, shows the markup as text.
        QTreeView *calls = window.recordingsPanel()->view();
        QTRY_COMPARE(calls->model()->rowCount(calls->rootIndex()), 1);
        calls->setCurrentIndex(calls->model()->index(0, 0, calls->rootIndex()));
        QTest::qWait(100);
        const QString detail = window.recordingsPanel()->detail()->shownText();
        QVERIFY2(detail.contains(QStringLiteral("<script>alert(1)</script>")), qPrintable(detail.left(600)));
        QVERIFY(detail.contains(QStringLiteral("file:///etc/passwd")));

        // Nothing was fetched on the server text's behalf.
        QTest::qWait(300);
        QCOMPARE(server.requestCount(QStringLiteral("/evil.png")), 0);
        QCOMPARE(server.requestCount(QStringLiteral("/api/v1/simulations/456")), 1);
    }
};

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
