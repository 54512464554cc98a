// The local history: what a watched run was is written on its own thread and read back after a
// restart, for offline review; old files are migrated, damaged ones reported once, size bounded.

#include "domain/parse.h"
#include "history/history.h"
#include "history/snapshotjson.h"
#include "model/simulationmodel.h"
#include "session.h"
#include "store/simulationstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace simwatch;
using namespace simwatch::history;

namespace {

Simulation fromTestData(const char *name)
{
    QFile file(QStringLiteral(SIMWATCH_TESTDATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse::simulationResponse(file.readAll()).simulation.value_or(Simulation{});
}

const SimulationStore::Parts AllParts = SimulationStore::Part::Identity | SimulationStore::Part::Status
    | SimulationStore::Part::Progress | SimulationStore::Part::Review | SimulationStore::Part::Calls;

QDateTime at(int seconds)
{
    return QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC).addSecs(seconds);
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Simulation m_completed;
    Simulation m_running;

    QString freshPath()
    {
        static int n = 0;
        return m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++n));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_completed = fromTestData("simulation_completed.json");
        m_running = fromTestData("simulation_in_progress.json");
        QVERIFY(m_completed.id >= 0 && !m_completed.recordings.isEmpty());
        QVERIFY(m_running.id >= 0);
    }

    // What the history keeps is read by the parser the live data goes through, unchanged.
    void snapshotRoundTrips()
    {
        for (const Simulation &s : {m_completed, m_running}) {
            const parse::SimulationResult back = parse::simulationResponse(simulationReply(s));
            QVERIFY(back.simulation);
            QCOMPARE(*back.simulation, s);
        }
    }

    void writtenAndReadBackAcrossARestart()
    {
        const QString path = freshPath();
        // One run seen three times: running, a status-only change, then completed.
        Simulation statusOnly = m_running;
        statusOnly.statusText = QStringLiteral("Calculating Summary");
        Simulation completed = m_completed;
        completed.id = m_running.id;
        {
            History history(path);
            history.record(m_running, at(0), AllParts);
            history.record(statusOnly, at(5), SimulationStore::Part::Status);
            history.record(completed, at(10), AllParts);
            history.flush();
            QVERIFY2(history.isAvailable(), qPrintable(history.problem()));
        }
        History reopened(path);
        const QList<RunSummary> runs = reopened.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().id, completed.id);
        QCOMPARE(runs.first().name, completed.name);
        QCOMPARE(runs.first().terminal, true);
        QCOMPARE(runs.first().lastFetched, at(10));
        const std::optional<StoredRun> stored = reopened.run(completed.id);
        QVERIFY(stored);
        QCOMPARE(stored->simulation, completed);
        QCOMPARE(stored->lastFetched, at(10));
        // A sample for each value whose progress moved, not for the status-only change.
        const QList<Sample> samples = reopened.samples(completed.id);
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples.first().at, at(0));
        QCOMPARE(samples.first().progress, m_running.progressPercent);
        QCOMPARE(samples.first().calls, m_running.calls);
        QCOMPARE(samples.last().calls, completed.calls);
        QCOMPARE(samples.last().sentiment, completed.sentiment);
    }

    // Calls are rewritten only where they changed; a later value with fewer calls cuts the list.
    void callsFollowTheLatestValue()
    {
        const QString path = freshPath();
        History history(path);
        Simulation s = m_completed;
        history.record(s, at(0), AllParts);
        history.flush();
        s.recordings.removeLast();
        s.recordings.swapItemsAt(0, 1 % s.recordings.size());
        history.record(s, at(1), SimulationStore::Part::Calls);
        history.flush();
        QCOMPARE(history.run(s.id)->simulation.recordings, s.recordings);
    }

    void followsTheStore()
    {
        const QString path = freshPath();
        History history(path);
        SimulationStore store;
        history.follow(store);
        store.watch(m_running.id);
        store.applySimulation(m_running.id, m_running, at(0), SimulationStore::Source::Detail);
        Simulation later = m_running;
        later.progressPercent = qMin(100.0, later.progressPercent + 10);
        store.applySimulation(m_running.id, later, at(3), SimulationStore::Source::Detail);
        Simulation fromHistory = later;
        fromHistory.name += QStringLiteral(" (old)");
        store.applySimulation(m_running.id, fromHistory, at(4), SimulationStore::Source::History); // not written back
        history.flush();
        QCOMPARE(history.run(m_running.id)->simulation, later);
        QCOMPARE(history.samples(m_running.id).size(), 2);
    }

    void migratesAVersion1File()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, snapshot BLOB NOT NULL, last_fetched INTEGER NOT NULL)")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE samples (run_id INTEGER NOT NULL, at INTEGER NOT NULL, progress REAL NOT NULL,"
                                              " total INTEGER, finished INTEGER, in_progress INTEGER, remaining INTEGER, active INTEGER,"
                                              " positive INTEGER, negative INTEGER, neutral INTEGER)")));
            query.prepare(QStringLiteral("INSERT INTO runs VALUES (?, ?, ?)"));
            query.addBindValue(m_completed.id);
            query.addBindValue(simulationReply(m_completed)); // version 1 kept the calls inside
            query.addBindValue(at(7).toMSecsSinceEpoch());
            QVERIFY(query.exec());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        History history(path);
        const std::optional<StoredRun> stored = history.run(m_completed.id);
        QVERIFY2(stored, qPrintable(history.problem()));
        QCOMPARE(stored->simulation, m_completed);
        QCOMPARE(stored->lastFetched, at(7));
        QCOMPARE(history.runs().size(), 1);
    }

    void aDamagedFileIsReportedOnceAndNothingElseFails_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a database") << QByteArray("this is not SQLite, just text\n").repeated(200) << QStringLiteral("damaged");
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::newRow("cut short") << header + QByteArray(80, '\x01') << QStringLiteral("damaged");
    }

    void aDamagedFileIsReportedOnceAndNothingElseFails()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString path = freshPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        History history(path);
        QSignalSpy unavailable(&history, &History::unavailable);
        QTRY_COMPARE(unavailable.size(), 1);
        QVERIFY2(unavailable.first().first().toString().contains(says), qPrintable(unavailable.first().first().toString()));
        history.record(m_completed, at(0), AllParts); // ignored, no crash, no second message
        history.flush();
        QVERIFY(history.runs().isEmpty());
        QTest::qWait(50);
        QCOMPARE(unavailable.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content); // the user's file is left as it was
    }

    void aFileFromANewerVersionIsLeftAlone()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        History history(path);
        QSignalSpy unavailable(&history, &History::unavailable);
        QTRY_COMPARE(unavailable.size(), 1);
        QVERIFY(unavailable.first().first().toString().contains(QStringLiteral("newer")));
    }

    void keepsTheNewestRunsOnly()
    {
        History history(freshPath());
        history.setMaximumRuns(3);
        for (int i = 0; i < 5; ++i) {
            Simulation s = m_running;
            s.id = 1000 + i;
            history.record(s, at(i), AllParts);
            history.flush();
        }
        const QList<RunSummary> runs = history.runs();
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.first().id, 1004);
        QCOMPARE(runs.last().id, 1002);
        QVERIFY(history.samples(1000).isEmpty());
        QVERIFY(!history.run(1001));
    }

    // A run watched again after a restart is shown from the history at once, marked as such,
    // and stays when the server cannot be reached (offline review).
    void aWatchedRunIsShownFromHistoryWithoutTheServer()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QUrl unreachable(QStringLiteral("http://127.0.0.1:1/api/v1"));
        QFile::remove(History::defaultPath(unreachable));
        {
            Session first;
            first.settings().setBaseUrl(unreachable);
            first.enableHistory();
            first.history()->record(m_completed, at(0), AllParts);
        } // written when the session ends
        Session session;
        session.settings().setBaseUrl(unreachable);
        session.settings().setApiKey(QStringLiteral("test-key-0123456789"));
        session.applySettings();
        session.enableHistory();
        SimulationModel model(session.store());
        session.watch(m_completed.id);
        const QModelIndex row = model.indexOfSimulation(m_completed.id);
        QTRY_VERIFY(row.data(SimulationModel::HasDataRole).toBool()); // read on the history's thread
        QVERIFY(row.data(SimulationModel::FromHistoryRole).toBool());
        QCOMPARE(row.data(SimulationModel::LastUpdatedRole).toDateTime(), at(0));
        QCOMPARE(*session.store().simulation(m_completed.id), m_completed);
        QCOMPARE(model.rowCount(row), m_completed.recordings.size());
        // The server cannot be reached: the error is beside the history's value, which stays.
        QTRY_VERIFY_WITH_TIMEOUT(session.store().error(m_completed.id).isError(), 15000);
        QCOMPARE(*session.store().simulation(m_completed.id), m_completed);
        // Only server data is in the file: never the key.
        session.history()->flush();
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(History::defaultPath(unreachable) + suffix);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY(!file.readAll().contains("test-key-0123456789"));
        }
        QFile::remove(History::defaultPath(unreachable));
    }

    void forgetsEverything()
    {
        History history(freshPath());
        history.record(m_completed, at(0), AllParts);
        history.flush();
        QCOMPARE(history.runs().size(), 1);
        history.forgetAll();
        QVERIFY(history.runs().isEmpty());
        QVERIFY(history.samples(m_completed.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
