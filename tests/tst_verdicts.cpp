// The reviewer's verdicts and notes: kept in the history file (schema 3, migrated from 2), never
// evicted with old runs, shown and edited in the window beside the scenario's expected result,
// counted on the run card, filterable, and in every export and in headless --json.

#include "domain/parse.h"
#include "headless/headlessjson.h"
#include "history/history.h"
#include "history/historydatabase.h"
#include "history/snapshotjson.h"
#include "mainwindow.h"
#include "model/simulationmodel.h"
#include "progresspanel.h"
#include "recordingdetail.h"
#include "recordingsfilter.h"
#include "recordingspanel.h"
#include "reportformat.h"
#include "reviewpanes.h"
#include "runnoteeditor.h"
#include "session.h"
#include "simulationcommands.h"
#include "standinserver.h"
#include "support/simwatchprocess.h"
#include "verdictpanel.h"
#include "verdicts/verdictstore.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace simwatch;

namespace {

Simulation completedRun()
{
    QFile file(QStringLiteral(SIMWATCH_TESTDATA_DIR "/simulation_completed.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse::simulationResponse(file.readAll()).simulation.value_or(Simulation{});
}

void removeHistoryFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

class TestVerdicts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Simulation m_run;

    QString freshPath()
    {
        static int n = 0;
        return m_dir.filePath(QStringLiteral("verdicts-%1.sqlite").arg(++n));
    }

    // A window on a session whose history is the file of `url` (in this test's data folder).
    struct Window
    {
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
    };
    Window openWindow(const QUrl &url)
    {
        Window w;
        w.session = std::make_unique<Session>();
        w.session->settings().setBaseUrl(url);
        w.session->settings().setApiKey(QStringLiteral("demo-key-0123456789"));
        w.session->enableHistory();
        w.window = std::make_unique<MainWindow>(*w.session);
        w.window->resize(1440, 900);
        w.window->show();
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_run = completedRun();
        QCOMPARE(m_run.recordings.size(), 3);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QStandardPaths::setTestModeEnabled(true); // settings and history in throwaway folders
    }

    void theScenariosExpectedResultIsFound()
    {
        QCOMPARE(expectedResult(m_run, m_run.recordings.at(0)),
                 QStringLiteral("Agent confirms the double charge and refunds one payment."));
        QCOMPARE(callKey(m_run.recordings.at(0), 0), QStringLiteral("9101"));
        Recording anonymous = m_run.recordings.at(1);
        anonymous.id = -1;
        QCOMPARE(callKey(anonymous, 1), QStringLiteral("#2"));
    }

    void theDatabaseKeepsVerdictsAndNotes()
    {
        const QString path = freshPath();
        history::HistoryDatabase db(path, QStringLiteral("verdicts-db"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(db.writeCallVerdict(773, QStringLiteral("9101"), {Verdict::Fail, QStringLiteral("Refunded both charges")}, now));
        QVERIFY(db.writeCallVerdict(773, QStringLiteral("9102"), {Verdict::Pass, {}}, now));
        QVERIFY(db.writeRunNote(773, QStringLiteral("Retest after the prompt change"), now));
        RunVerdicts read = db.verdicts(773);
        QCOMPARE(read.calls.size(), 2);
        QCOMPARE(read.call(QStringLiteral("9101")).verdict, Verdict::Fail);
        QCOMPARE(read.call(QStringLiteral("9101")).note, QStringLiteral("Refunded both charges"));
        QCOMPARE(read.note, QStringLiteral("Retest after the prompt change"));
        QCOMPARE(read.counts(m_run), (VerdictCounts{1, 1, 0}));
        // An empty verdict and note is no entry at all.
        QVERIFY(db.writeCallVerdict(773, QStringLiteral("9102"), {}, now));
        QVERIFY(db.writeRunNote(773, QStringLiteral("  "), now));
        read = db.verdicts(773);
        QCOMPARE(read.calls.size(), 1);
        QVERIFY(read.note.isEmpty());
        QCOMPARE(db.runsWithVerdicts(), 1);
        QVERIFY(db.verdicts(774).isEmpty());
    }

    void oldRunsGoButJudgedRunsStay()
    {
        const QString path = freshPath();
        history::HistoryDatabase db(path, QStringLiteral("verdicts-keep"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < 5; ++i) {
            Simulation s = m_run;
            s.id = 100 + i;
            QVERIFY(db.writeRun(s, start.addSecs(i)));
        }
        // The oldest run has a verdict: it outlives the newer unjudged ones.
        QVERIFY(db.writeCallVerdict(100, QStringLiteral("9101"), {Verdict::Pass, {}}, start));
        QVERIFY(db.keepNewest(2));
        QList<int> kept;
        for (const history::RunSummary &run : db.runs())
            kept.append(run.id);
        std::sort(kept.begin(), kept.end());
        QCOMPARE(kept, (QList<int>{100, 103, 104}));
        // Forget History forgets everything, the reviewer's work too (the question says so).
        QVERIFY(db.forgetAll());
        QVERIFY(db.verdicts(100).isEmpty());
        QCOMPARE(db.runsWithVerdicts(), 0);
    }

    void aVersion2FileGainsTheVerdictTables()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, name TEXT, agent_name TEXT, status TEXT,"
                                              " terminal INTEGER NOT NULL DEFAULT 0, created INTEGER, last_fetched INTEGER NOT NULL,"
                                              " snapshot BLOB NOT NULL)")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE calls (run_id INTEGER NOT NULL, position INTEGER NOT NULL, json BLOB NOT NULL,"
                                              " PRIMARY KEY (run_id, position)) WITHOUT ROWID")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE samples (run_id INTEGER NOT NULL, at INTEGER NOT NULL, progress REAL NOT NULL,"
                                              " total INTEGER, finished INTEGER, in_progress INTEGER, remaining INTEGER, active INTEGER,"
                                              " positive INTEGER, negative INTEGER, neutral INTEGER)")));
            query.prepare(QStringLiteral("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : {QVariant(m_run.id), QVariant(m_run.name), QVariant(QString()), QVariant(m_run.statusText),
                                          QVariant(1), QVariant(), QVariant(qint64(1000)), QVariant(history::simulationReply(m_run, false))})
                query.addBindValue(value);
            QVERIFY(query.exec());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        history::HistoryDatabase db(path, QStringLiteral("verdicts-v2"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        QCOMPARE(db.runs().size(), 1); // nothing of version 2 is lost
        QVERIFY(db.writeCallVerdict(m_run.id, QStringLiteral("9101"), {Verdict::Unsure, QStringLiteral("listen again")}, QDateTime::currentDateTimeUtc()));
        QCOMPARE(db.verdicts(m_run.id).call(QStringLiteral("9101")).verdict, Verdict::Unsure);
        QSqlQuery version(QSqlDatabase::database(QStringLiteral("verdicts-v2")));
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), history::HistoryDatabase::SchemaVersion);
    }

    void anEditMadeBeforeTheHistoryAnswersWins()
    {
        const QString path = freshPath();
        {
            history::History history(path);
            history.setCallVerdict(773, QStringLiteral("9101"), {Verdict::Pass, QStringLiteral("stored")});
            history.setCallVerdict(773, QStringLiteral("9102"), {Verdict::Fail, {}});
            history.setRunNote(773, QStringLiteral("stored note"));
        }
        history::History history(path);
        VerdictStore store;
        store.setHistory(&history);
        QVERIFY(store.canSave());
        QSignalSpy changed(&store, &VerdictStore::changed);
        store.load(773);
        store.setCallVerdict(773, QStringLiteral("9101"), Verdict::Unsure); // before the answer
        QTRY_VERIFY(changed.size() >= 2);
        const RunVerdicts held = store.verdicts(773);
        QCOMPARE(held.call(QStringLiteral("9101")).verdict, Verdict::Unsure);
        QCOMPARE(held.call(QStringLiteral("9101")).note, QString()); // the edit was on a blank call
        QCOMPARE(held.call(QStringLiteral("9102")).verdict, Verdict::Fail);
        QCOMPARE(held.note, QStringLiteral("stored note"));
        QCOMPARE(history.verdicts(773).call(QStringLiteral("9101")).verdict, Verdict::Unsure);
    }

    void withoutAUsableHistoryNothingPretendsToSave()
    {
        const QString path = freshPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("not a database\n").repeated(300));
        }
        history::History history(path);
        VerdictStore store;
        QSignalSpy canSave(&store, &VerdictStore::canSaveChanged);
        store.setHistory(&history);
        QTRY_VERIFY(!store.canSave());
        QVERIFY(store.problem().contains(QStringLiteral("cannot be saved")));
        store.setCallVerdict(773, QStringLiteral("9101"), Verdict::Pass);
        QVERIFY(store.verdicts(773).isEmpty());
        VerdictPanel panel;
        panel.setStore(&store);
        QVERIFY(!panel.noteEdit()->isEnabled());
        QVERIFY(!panel.button(Verdict::Pass)->isEnabled());
        QVERIFY(!panel.problemLabel()->isHidden());
        QVERIFY(panel.problemLabel()->text().contains(QStringLiteral("cannot be saved")));
    }

    // The whole loop in the window: judge, note, count, filter, export; then a restart brings
    // every word back.
    void theReviewerJudgesCallsInTheWindow()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:1/api/v1")); // nothing answers: the data is the test's
        removeHistoryFile(history::History::defaultPath(url));
        Window w = openWindow(url);
        MainWindow &window = *w.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SimulationStore &store = w.session->store();
        store.watch(m_run.id);
        store.applySimulation(m_run.id, m_run, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        window.selectSimulation(m_run.id);
        QTRY_VERIFY(w.session->verdicts().canSave());

        RecordingsPanel *calls = window.recordingsPanel();
        QTreeView *view = calls->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0, view->rootIndex()));
        VerdictPanel *panel = calls->detail()->verdictPanel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY2(panel->expectedLabel()->text().contains(QStringLiteral("refunds one payment")), qPrintable(panel->expectedLabel()->text()));

        // Fail by mouse, with a note typed; Pass on the next call from the keyboard (Ctrl+1).
        QTest::mouseClick(panel->button(Verdict::Fail), Qt::LeftButton);
        QTest::keyClicks(panel->noteEdit(), QStringLiteral("Refunded both charges"));
        const QModelIndex first = window.model()->indexOfRecording(m_run.id, 9101);
        QCOMPARE(Verdict(first.data(SimulationModel::VerdictRole).toInt()), Verdict::Fail);
        QCOMPARE(first.data(SimulationModel::VerdictNoteRole).toString(), QStringLiteral("Refunded both charges"));
        QCOMPARE(first.siblingAtColumn(SimulationModel::ColVerdict).data().toString(), QStringLiteral("Fail"));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0, view->rootIndex()));
        QTRY_VERIFY(panel->noteEdit()->text().isEmpty()); // the next call's own (empty) note
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        const QModelIndex second = window.model()->indexOfRecording(m_run.id, m_run.recordings.at(1).id);
        QCOMPARE(Verdict(second.data(SimulationModel::VerdictRole).toInt()), Verdict::Pass);
        QVERIFY(panel->button(Verdict::Pass)->isChecked());
        // Choosing the chosen verdict again clears it, and choosing it once more sets it.
        QTest::mouseClick(panel->button(Verdict::Pass), Qt::LeftButton);
        QCOMPARE(Verdict(second.data(SimulationModel::VerdictRole).toInt()), Verdict::None);
        QTest::mouseClick(panel->button(Verdict::Pass), Qt::LeftButton);

        // The run card counts them; the filter shows the failed call only.
        const QString counts = window.progressPanel()->verdictsLabel()->text();
        QVERIFY2(counts.contains(QStringLiteral("1 pass")) && counts.contains(QStringLiteral("1 fail"))
                     && counts.contains(QStringLiteral("1 of 3 calls to judge")), qPrintable(counts));
        QComboBox *verdictFilter = calls->verdictCombo();
        verdictFilter->setCurrentIndex(verdictFilter->findData(QStringLiteral("fail")));
        QCOMPARE(calls->shownCount(), 1);
        verdictFilter->setCurrentIndex(verdictFilter->findData(RecordingsFilter::NotJudged));
        QCOMPARE(calls->shownCount(), 1);
        calls->clearFilters();
        QCOMPARE(calls->shownCount(), 3);

        // A note on the run, in its own tab beside the review texts.
        ReviewPanes *review = window.reviewPanes();
        review->tabs()->setCurrentWidget(review->runNoteEditor());
        QTest::keyClicks(review->runNoteEditor()->edit(), QStringLiteral("Retest billing after the prompt fix"));
        QCOMPARE(window.model()->indexOfSimulation(m_run.id).data(SimulationModel::RunNoteRole).toString(),
                 QStringLiteral("Retest billing after the prompt fix"));

        // Exported right after typing: everything is in the file.
        const QString markdown = m_dir.filePath(QStringLiteral("review.md"));
        window.simulationCommands()->setSaveFileHandler([markdown] { return markdown; });
        window.simulationCommands()->exportReview();
        QFile md(markdown);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY2(text.contains(QStringLiteral("## Your verdicts and notes")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1 pass \u00B7 1 fail \u00B7 0 unsure \u00B7 1 of 3 calls not judged")));
        QVERIFY(text.contains(QStringLiteral("> Retest billing after the prompt fix")));
        QVERIFY(text.contains(QStringLiteral("- Call #9101: **Fail** \u2014 Refunded both charges")));
        QVERIFY(text.contains(QStringLiteral("| #9101 |")));
        const QString json = m_dir.filePath(QStringLiteral("review.json"));
        window.simulationCommands()->setSaveFileHandler([json] { return json; });
        window.simulationCommands()->exportReview();
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(exported.value(QStringLiteral("reviewer_note")).toString(), QStringLiteral("Retest billing after the prompt fix"));
        const QJsonObject call = exported.value(QStringLiteral("recordings")).toArray().at(0).toObject();
        QCOMPARE(call.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QCOMPARE(call.value(QStringLiteral("verdict_note")).toString(), QStringLiteral("Refunded both charges"));
        QCOMPARE(exported.value(QStringLiteral("verdicts")).toObject().value(QStringLiteral("not_judged")).toInt(), 1);

        // Closed and opened again: every verdict and note is back, from the history file.
        w.window.reset();
        w.session.reset();
        Window again = openWindow(url);
        again.session->store().watch(m_run.id);
        again.session->store().applySimulation(m_run.id, m_run, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        again.window->selectSimulation(m_run.id);
        const QModelIndex restored = again.window->model()->indexOfRecording(m_run.id, 9101);
        QTRY_COMPARE(Verdict(restored.data(SimulationModel::VerdictRole).toInt()), Verdict::Fail);
        QCOMPARE(restored.data(SimulationModel::VerdictNoteRole).toString(), QStringLiteral("Refunded both charges"));
        QTRY_COMPARE(again.window->reviewPanes()->runNoteEditor()->edit()->toPlainText(),
                     QStringLiteral("Retest billing after the prompt fix"));
        QVERIFY(again.window->progressPanel()->verdictsLabel()->text().contains(QStringLiteral("1 fail")));
        if (!qEnvironmentVariableIsEmpty("SIMWATCH_SHOT_DIR")) {
            QTreeView *againView = again.window->recordingsPanel()->view();
            againView->setCurrentIndex(againView->model()->index(0, 0, againView->rootIndex()));
            for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
                again.window->resize(size);
                QCoreApplication::processEvents();
                again.window->grab().save(QDir(qEnvironmentVariable("SIMWATCH_SHOT_DIR"))
                                              .filePath(QStringLiteral("verdicts-%1x%2.png").arg(size.width()).arg(size.height())));
            }
        }
    }

    void theCardSaysWhatAStopLeftUndone()
    {
        QCOMPARE(ProgressPanel::countsText(1, 0, 29, 30, 0, true), QStringLiteral("Stopped after 1 of 30 calls \u00B7 29 calls not run"));
        QCOMPARE(ProgressPanel::countsText(30, 0, 0, 30, 0, true), QStringLiteral("Stopped after 30 of 30 calls"));
    }

    // The optional "verdicts" key of headless --json: what the window's history holds for the
    // server, read by the headless process itself; absent for a run nobody judged.
    void headlessJsonCarriesTheVerdicts()
    {
        // The history path the simwatch process will use: its data folder, its names.
        const QString dataHome = m_dir.filePath(QStringLiteral("headless-data"));
        qputenv("XDG_DATA_HOME", dataHome.toUtf8());
        QStandardPaths::setTestModeEnabled(false);
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("SimWatch")); // the binary's, for its paths
        QCoreApplication::setApplicationName(QStringLiteral("SimWatch"));
        standin::StandinServer server;
        server.setSpeed(0);
        server.seedDemo();
        const quint16 port = server.listen(0);
        QVERIFY(port != 0);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port));
        const QString path = history::History::defaultPath(url);
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
        {
            history::History history(path);
            history.setCallVerdict(456, QStringLiteral("999999"), {Verdict::Fail, QStringLiteral("wrong refund")});
            history.setRunNote(456, QStringLiteral("retest"));
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMNIDIM_API_KEY"), standin::StandinServer::defaultApiKey());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        const testing::ProcessResult result = testing::runSimwatch(
            {QStringLiteral("--headless"), QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--base-url"),
             url.toString(), QStringLiteral("--simulation"), QStringLiteral("456"), QStringLiteral("--simulation"), QStringLiteral("457")},
            env);
        QCOMPARE(result.exitCode, 0);
        QHash<int, QJsonObject> records;
        for (const QByteArray &line : result.lines()) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            records.insert(record.value(QStringLiteral("id")).toInt(), record);
        }
        QVERIFY2(records.contains(456) && records.contains(457), result.stdOut.constData());
        const QJsonObject verdicts = records.value(456).value(QStringLiteral("verdicts")).toObject();
        QCOMPARE(verdicts.value(QStringLiteral("note")).toString(), QStringLiteral("retest"));
        const QJsonObject call = verdicts.value(QStringLiteral("calls")).toObject().value(QStringLiteral("999999")).toObject();
        QCOMPARE(call.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QCOMPARE(call.value(QStringLiteral("note")).toString(), QStringLiteral("wrong refund"));
        QVERIFY(verdicts.value(QStringLiteral("counts")).isObject());
        QVERIFY(!records.value(457).contains(QStringLiteral("verdicts")));
    }
};

QTEST_MAIN(TestVerdicts)
#include "tst_verdicts.moc"
