// The history in the window: progress over time drawn on Qt Charts, the ETA under the progress
// bar, the hung-run warning, and File ▸ Open from History, for runs fed through the store as the
// watcher would.

#include "history/history.h"
#include "historydialog.h"
#include "comparedialog.h"
#include "safetextbrowser.h"
#include "mainwindow.h"
#include "progresschart.h"
#include "progresspanel.h"
#include "session.h"

#include <QChartView>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace simwatch;

namespace {

Simulation runningAt(double progress, int finished)
{
    Simulation s;
    s.id = 456;
    s.name = QStringLiteral("Billing Escalations");
    s.statusText = QStringLiteral("In Progress");
    s.status = Status::InProgress;
    s.progressPercent = progress;
    s.calls = CallCounts{40, finished, 3, 40 - finished - 3, 3};
    s.sentiment = Sentiment{finished / 2, finished / 4, finished - finished / 2 - finished / 4};
    return s;
}

// The texts a chart draws (titles, legend, axis labels), as a reader sees them.
QStringList drawnTexts(const QChartView *view)
{
    QStringList texts;
    for (const QGraphicsItem *item : view->scene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    // Values as the watcher would have stored them, `secondsAgo` before now; then the history's
    // batch is written and the window looks at it.
    void feed(const QList<std::pair<int, Simulation>> &values)
    {
        SimulationStore &store = m_session->store();
        store.watch(456);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[secondsAgo, simulation] : values)
            store.applySimulation(456, simulation, now.addSecs(-secondsAgo), SimulationStore::Source::Detail);
        m_session->history()->flush();
        QCoreApplication::processEvents();
    }

    void saveShot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            m_window->grab().save(QDir(dir).filePath(name));
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_session = std::make_unique<Session>();
        m_session->settings().setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/api/v1")));
        m_session->enableHistory(true);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void chartAndEtaFollowTheHistory()
    {
        feed({{600, runningAt(10, 4)}});
        m_window->selectSimulation(456);
        ProgressChart *chart = m_window->progressChart();
        QVERIFY(chart->isEmptyStateShown()); // one sample: nothing to draw yet
        QVERIFY(m_window->progressPanel()->outlookLabel()->isHidden());

        // 10 % in 5 minutes, then 10 % more in the next 5: 70 % left at 2 % a minute.
        feed({{300, runningAt(20, 8)}, {0, runningAt(30, 12)}});
        QTRY_VERIFY(!chart->isEmptyStateShown());
        QCOMPARE(chart->progressPoints().size(), 3);
        QCOMPARE(chart->progressPoints().last().y(), 30.0);
        QCOMPARE(chart->finishedPoints().last().y(), 12.0);
        // A screen reader hears what the lines show.
        const QString described = chart->findChild<QChartView *>()->accessibleDescription();
        QVERIFY2(described.contains(QStringLiteral("progress 10% to 30%, finished calls 4 to 12")), qPrintable(described));
        QLabel *outlook = m_window->progressPanel()->outlookLabel();
        QTRY_VERIFY(outlook->isVisible());
        QCOMPARE(outlook->text(), QStringLiteral("about 35 min left"));
        m_window->chartTabs()->setCurrentWidget(chart);
        saveShot(QStringLiteral("progress-over-time.png"));
        // The axes are labelled as drawn: percent on the left, calls on the right.
        const QStringList drawn = drawnTexts(chart->findChild<QChartView *>());
        QVERIFY2(drawn.contains(QStringLiteral("0%")) && drawn.contains(QStringLiteral("100%")), qPrintable(drawn.join(QLatin1String(" | "))));
        QVERIFY2(drawn.contains(QStringLiteral("40")), qPrintable(drawn.join(QLatin1String(" | "))));
    }

    void aRunThatStopsMovingIsFlagged()
    {
        m_session->settings().setHungAfterMinutes(10);
        feed({{1500, runningAt(10, 4)}, {900 + 60, runningAt(20, 8)}});
        m_window->selectSimulation(456);
        // The server still answers (the last reply is fresh), but progress has not moved for 16 min.
        m_session->store().markUnchanged(456, QDateTime::currentDateTimeUtc());
        m_window->updateOutlook();
        QLabel *outlook = m_window->progressPanel()->outlookLabel();
        QTRY_VERIFY(outlook->isVisible());
        QVERIFY2(outlook->text().contains(QStringLiteral("No progress for 16 minutes")), qPrintable(outlook->text()));
        QVERIFY(outlook->text().startsWith(QStringLiteral("\u26A0"))); // a sign, not colour alone
        saveShot(QStringLiteral("progress-hung.png"));
    }

    void historyDialogListsFiltersAndOpens()
    {
        Simulation billing = runningAt(30, 12);
        Simulation refunds = runningAt(100, 40);
        refunds.id = 457;
        refunds.name = QStringLiteral("Refund Requests");
        refunds.agent = AgentRef{7, QStringLiteral("Refund Bot")};
        refunds.statusText = QStringLiteral("Completed");
        refunds.status = Status::Completed;
        m_session->store().watch(456);
        m_session->store().watch(457);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_session->store().applySimulation(456, billing, now.addSecs(-60), SimulationStore::Source::Detail);
        m_session->store().applySimulation(457, refunds, now, SimulationStore::Source::Detail);
        m_session->history()->flush();

        HistoryDialog dialog(m_session->history(), m_window.get());
        QCOMPARE(dialog.runCount(), 2);
        QCOMPARE(dialog.view()->model()->index(0, 0).data().toString(), QStringLiteral("Refund Requests")); // newest first
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("2 runs")));
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("bot"));
        QCOMPARE(dialog.runCount(), 1); // by agent
        dialog.filterEdit()->clear();
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("456"));
        QCOMPARE(dialog.runCount(), 1); // by id
        dialog.view()->setCurrentIndex(dialog.view()->model()->index(0, 0));
        dialog.accept();
        QCOMPARE(dialog.chosenId(), 456);

        HistoryDialog none(nullptr, m_window.get());
        QCOMPARE(none.runCount(), 0);
        QVERIFY(none.messageLabel()->text().startsWith(QStringLiteral("No history is kept")));
    }

    void previousRunOfTheSameAgent()
    {
        using C = CompareDialog::Candidate;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const QList<C> runs{{1, QStringLiteral("Billing"), t0.addDays(-3), {}}, {2, QStringLiteral("Billing"), t0.addDays(-1), {}},
                            {3, QStringLiteral("Support"), t0.addSecs(-60), {}}, {4, QStringLiteral("Billing"), t0, {}},
                            {5, QStringLiteral("Billing"), t0.addDays(1), {}}};
        QCOMPARE(CompareDialog::previousRun(runs, 4), 2); // not the later run 5, not another agent
        QCOMPARE(CompareDialog::previousRun(runs, 3), 5); // no earlier Support run: the newest other
        QCOMPARE(CompareDialog::previousRun({runs.first()}, 1), -1);
    }

    void compareDialogShowsBothRunsAndExports()
    {
        Simulation before = runningAt(100, 40);
        before.id = 455;
        before.name = QStringLiteral("Billing Escalations, last week");
        before.agent = AgentRef{7, QStringLiteral("Billing Assistant")};
        before.status = Status::Completed;
        before.statusText = QStringLiteral("Completed");
        before.created = QDateTime::currentDateTimeUtc().addDays(-7);
        before.sentiment = Sentiment{10, 20, 10};
        before.summary = ReviewText{ReviewText::State::Text, QStringLiteral("Many calls went badly.")};
        Simulation after = before;
        after.id = 456;
        after.name = QStringLiteral("Billing Escalations");
        after.created = QDateTime::currentDateTimeUtc();
        after.sentiment = Sentiment{25, 5, 10};
        after.summary = ReviewText{ReviewText::State::Text, QStringLiteral("Most calls went well.")};
        for (const Simulation &s : {before, after}) {
            m_session->store().watch(s.id);
            m_session->store().applySimulation(s.id, s, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        }
        CompareDialog dialog(*m_session, 456, m_window.get());
        QCOMPARE(dialog.afterCombo()->currentData().toInt(), 456);
        QCOMPARE(dialog.beforeCombo()->currentData().toInt(), 455); // the agent's previous run
        QVERIFY(dialog.comparison());
        QCOMPARE(dialog.barValues(), (QList<qreal>{10, 20, 10, 25, 5, 10}));
        const QString shown = dialog.view()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Negative")));
        QVERIFY(shown.contains(QStringLiteral("− Many calls went badly.")));
        QVERIFY(shown.contains(QStringLiteral("+ Most calls went well.")));

        dialog.resize(900, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString dir = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
        if (!dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("compare.png")));
        const QStringList drawn = drawnTexts(dialog.findChild<QChartView *>());
        QVERIFY2(drawn.contains(QStringLiteral("0")) && drawn.contains(QStringLiteral("Positive")), qPrintable(drawn.join(QLatin1String(" | "))));

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("comparison.md"));
        dialog.setSaveFileForTesting([&path] { return path; });
        dialog.exportComparison();
        QVERIFY(QFile::exists(path));
        QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("Comparison saved to")));

        dialog.beforeCombo()->setCurrentIndex(dialog.beforeCombo()->findData(456));
        QVERIFY(!dialog.comparison());
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Pick two different runs."));
    }
};

QTEST_MAIN(TestProgress)
#include "tst_progress.moc"
