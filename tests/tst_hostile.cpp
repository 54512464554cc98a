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
#include "statusbadge.h"
#include "errorbanner.h"

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

    // Trojan Source (CVE-2021-42574): bidi overrides and zero-width characters cannot make a
    // name, a status, a call or the error banner read as something else. Each is shown visibly,
    // and a status string that merely looks like "Completed" gets no Completed badge.
    void bidiAndInvisibleCharactersCannotSpoof()
    {
        const QString rlo = QStringLiteral("\u202E");
        const QString pdf = QStringLiteral("\u202C");
        const QString zwsp = QStringLiteral("\u200B");
        QJsonObject recording{
            {QStringLiteral("id"), 70001},
            {QStringLiteral("call_status"), QString(rlo + QStringLiteral("detelpmoc") + pdf)},
            {QStringLiteral("sentiment_score"), QString(QStringLiteral("Posi") + zwsp + QStringLiteral("tive"))},
            {QStringLiteral("scenario_id"), QString(QStringLiteral("Refund ") + rlo + QStringLiteral("dnuf") + pdf)},
        };
        QJsonObject simulation{
            {QStringLiteral("id"), 456},
            {QStringLiteral("name"), QString(QStringLiteral("Nightly ") + rlo + QStringLiteral("8# DETELPMOC") + pdf)},
            {QStringLiteral("status"), QString(rlo + QStringLiteral("detelpmoC") + pdf)},
            {QStringLiteral("total_records"), 1},
            {QStringLiteral("total_simulation_finished_records"), 1},
            {QStringLiteral("progress"), QJsonArray{100}},
            {QStringLiteral("simulation_call_recording"), QJsonArray{recording}},
        };
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("simulation"), simulation}})
                                    .toJson(QJsonDocument::Compact);
        StandinServer server;
        server.seedDemo();
        QVERIFY(server.listen() != 0);
        server.injectFault(Fault::status(200, body), QStringLiteral("/api/v1/simulations/456"), 1);
        // The next reply is an error whose message the server chose.
        server.injectFault(Fault::status(500, QStringLiteral(R"({"error":"Sim%1#%17 ok"})").arg(zwsp).toUtf8()),
                           QStringLiteral("/api/v1/simulations/456"), 1000);

        Session session;
        session.settings().setBaseUrl(server.baseUrl());
        session.settings().setApiKey(StandinServer::defaultApiKey());
        session.settings().setIntervalSeconds(1);
        session.applySettings();
        MainWindow window(session);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.watch(456);
        window.selectSimulation(456);
        QTRY_VERIFY(window.model()->indexOfSimulation(456).data(SimulationModel::HasDataRole).toBool());

        const QString shownName = window.header()->nameLabel()->text();
        QVERIFY2(shownName.contains(QStringLiteral("\u2039U+202E\u203A")), qPrintable(shownName));
        QVERIFY(!shownName.contains(rlo));
        QVERIFY(!window.windowTitle().contains(rlo));
        // The status only looks like "Completed": it is unknown, and the badge does not claim it.
        QCOMPARE(Status(window.model()->indexOfSimulation(456).data(SimulationModel::StatusRole).toInt()), Status::Unknown);
        const QString badge = window.header()->statusBadge()->text();
        QVERIFY2(badge.contains(QStringLiteral("U+202E")) && !badge.contains(rlo), qPrintable(badge));

        // The calls table and the call detail show the hidden characters too.
        QTreeView *calls = window.recordingsPanel()->view();
        QTRY_COMPARE(calls->model()->rowCount(calls->rootIndex()), 1);
        for (int column = 0; column < calls->model()->columnCount(calls->rootIndex()); ++column) {
            const QString cell = calls->model()->index(0, column, calls->rootIndex()).data().toString();
            QVERIFY2(!cell.contains(rlo) && !cell.contains(zwsp), qPrintable(cell));
        }
        calls->setCurrentIndex(calls->model()->index(0, 0, calls->rootIndex()));
        QTRY_VERIFY(window.recordingsPanel()->detail()->shownText().contains(QStringLiteral("U+200B")));
        QVERIFY(!window.recordingsPanel()->detail()->shownText().contains(rlo));

        // The error banner quoting the server shows its zero-width characters.
        QTRY_VERIFY_WITH_TIMEOUT(window.errorBanner()->isVisible(), 10000);
        const QString banner = window.errorBanner()->messageLabel()->text();
        QVERIFY2(banner.contains(QStringLiteral("Sim\u2039U+200B\u203A#")), qPrintable(banner));
    }
};

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
