#include "history/historydatabase.h"

#include "domain/parse.h"
#include "history/snapshotjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace simwatch::history {

namespace {

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const char *const SchemaV2[] = {
    "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, name TEXT, agent_name TEXT, status TEXT,"
    " terminal INTEGER NOT NULL DEFAULT 0, created INTEGER, last_fetched INTEGER NOT NULL,"
    " snapshot BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS calls (run_id INTEGER NOT NULL, position INTEGER NOT NULL, json BLOB NOT NULL,"
    " PRIMARY KEY (run_id, position)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS samples (run_id INTEGER NOT NULL, at INTEGER NOT NULL, progress REAL NOT NULL,"
    " total INTEGER, finished INTEGER, in_progress INTEGER, remaining INTEGER, active INTEGER,"
    " positive INTEGER, negative INTEGER, neutral INTEGER)",
    "CREATE INDEX IF NOT EXISTS samples_by_run ON samples (run_id, at)",
    "CREATE INDEX IF NOT EXISTS runs_by_fetch ON runs (last_fetched)",
};

// Schema 3 adds what the reviewer writes; nothing of it comes from the server.
const char *const VerdictTables[] = {
    "CREATE TABLE IF NOT EXISTS call_verdicts (run_id INTEGER NOT NULL, call_key TEXT NOT NULL,"
    " verdict TEXT NOT NULL, note TEXT NOT NULL, updated INTEGER NOT NULL, PRIMARY KEY (run_id, call_key))"
    " WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS run_notes (run_id INTEGER PRIMARY KEY, note TEXT NOT NULL, updated INTEGER NOT NULL)",
};

} // namespace

HistoryDatabase::HistoryDatabase(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connection(connectionName)
{
}

HistoryDatabase::~HistoryDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryDatabase::fail(const QString &what, const QString &detail) const
{
    m_error = detail.isEmpty() ? what : QCoreApplication::translate("simwatch::History", "%1 (%2)").arg(what, detail);
    return false;
}

bool HistoryDatabase::exec(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    return fail(QCoreApplication::translate("simwatch::History", "The history file could not be read or written."), query.lastError().databaseText());
}

bool HistoryDatabase::open()
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(QCoreApplication::translate("simwatch::History", "The folder for the history file could not be created."), QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000")); // another SimWatch writing
    if (!db.open())
        return fail(QCoreApplication::translate("simwatch::History", "The history file could not be opened."), db.lastError().databaseText());
    QSqlQuery query(db);
    // The first statement that reads the file: a corrupt or foreign file fails here.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(QCoreApplication::translate("simwatch::History", "The history file is damaged or not a SimWatch history."), query.lastError().databaseText());
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion)
        return fail(QCoreApplication::translate("simwatch::History", "The history file was written by a newer SimWatch."), {});
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return false;
    if (version == SchemaVersion)
        return true;
    if (!begin())
        return false;
    bool ok = true;
    if (version == 0) {
        for (const char *statement : SchemaV2)
            ok = ok && exec(QString::fromLatin1(statement));
    } else if (version == 1) {
        ok = migrateFrom1();
    }
    ok = ok && addVerdictTables();
    ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    if (!ok) {
        db.rollback();
        return false;
    }
    return commit();
}

// Version 1 kept each run as one reply, calls included, so every progress poll rewrote all of
// them; version 2 keeps the calls in their own table and the run's list columns beside it.
bool HistoryDatabase::migrateFrom1()
{
    // The samples table is unchanged; runs is rebuilt as runs_v2, then renamed; the index on
    // runs is made after the rename.
    for (const char *statement : SchemaV2) {
        QString sql = QString::fromLatin1(statement);
        if (sql.contains(QLatin1String(" ON runs ")))
            continue;
        sql.replace(QLatin1String("EXISTS runs ("), QLatin1String("EXISTS runs_v2 ("));
        if (!exec(sql))
            return false;
    }
    QSqlQuery old(QSqlDatabase::database(m_connection, false));
    if (!old.exec(QStringLiteral("SELECT id, snapshot, last_fetched FROM runs")))
        return fail(QCoreApplication::translate("simwatch::History", "The history file could not be updated to this version."), old.lastError().databaseText());
    while (old.next()) {
        const parse::SimulationResult parsed = parse::simulationResponse(old.value(1).toByteArray());
        if (!parsed.simulation)
            continue; // an unreadable old entry is dropped, not the whole history
        const Simulation &s = *parsed.simulation;
        QSqlQuery insert(QSqlDatabase::database(m_connection, false));
        insert.prepare(QStringLiteral("INSERT INTO runs_v2 (id, name, agent_name, status, terminal, created, last_fetched, snapshot)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : {QVariant(s.id), QVariant(s.name), QVariant(s.agent ? s.agent->name : QString()),
                                      QVariant(s.statusText), QVariant(s.isTerminal()), timeValue(s.created),
                                      QVariant(old.value(2).toLongLong()), QVariant(simulationReply(s, false))})
            insert.addBindValue(value);
        if (!insert.exec())
            return fail(QCoreApplication::translate("simwatch::History", "The history file could not be updated to this version."), insert.lastError().databaseText());
        QList<std::pair<int, QByteArray>> calls;
        for (int i = 0; i < s.recordings.size(); ++i)
            calls.append({i, s.recordings.at(i).json});
        if (!writeCalls(s.id, calls, int(calls.size())))
            return false;
    }
    return exec(QStringLiteral("DROP TABLE runs")) && exec(QStringLiteral("ALTER TABLE runs_v2 RENAME TO runs"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS runs_by_fetch ON runs (last_fetched)"));
}

bool HistoryDatabase::addVerdictTables()
{
    for (const char *statement : VerdictTables) {
        if (!exec(QString::fromLatin1(statement)))
            return false;
    }
    return true;
}

bool HistoryDatabase::begin()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return db.transaction() || fail(QCoreApplication::translate("simwatch::History", "The history file could not be written."), db.lastError().databaseText());
}

bool HistoryDatabase::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.commit())
        return true;
    const QString detail = db.lastError().databaseText();
    db.rollback();
    return fail(QCoreApplication::translate("simwatch::History", "The history file could not be written."), detail);
}

bool HistoryDatabase::writeRun(const Simulation &s, const QDateTime &fetchedAt)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO runs (id, name, agent_name, status, terminal, created, last_fetched, snapshot)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(s.id), QVariant(s.name), QVariant(s.agent ? s.agent->name : QString()),
                                  QVariant(s.statusText), QVariant(s.isTerminal()), timeValue(s.created),
                                  timeValue(fetchedAt), QVariant(simulationReply(s, false))})
        query.addBindValue(value);
    return query.exec() || fail(QCoreApplication::translate("simwatch::History", "The history file could not be written."), query.lastError().databaseText());
}

bool HistoryDatabase::writeCalls(int runId, const QList<std::pair<int, QByteArray>> &changed, int count)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery cut(db);
    cut.prepare(QStringLiteral("DELETE FROM calls WHERE run_id = ? AND position >= ?"));
    cut.addBindValue(runId);
    cut.addBindValue(count);
    if (!cut.exec())
        return fail(QCoreApplication::translate("simwatch::History", "The history file could not be written."), cut.lastError().databaseText());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO calls (run_id, position, json) VALUES (?, ?, ?)"));
    for (const auto &[position, json] : changed) {
        insert.addBindValue(runId);
        insert.addBindValue(position);
        insert.addBindValue(json);
        if (!insert.exec())
            return fail(QCoreApplication::translate("simwatch::History", "The history file could not be written."), insert.lastError().databaseText());
    }
    return true;
}

bool HistoryDatabase::addSample(int runId, const Sample &sample)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO samples (run_id, at, progress, total, finished, in_progress, remaining,"
                                 " active, positive, negative, neutral) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(runId), timeValue(sample.at), QVariant(sample.progress),
                                  QVariant(sample.calls.total), QVariant(sample.calls.finished),
                                  QVariant(sample.calls.inProgress), QVariant(sample.calls.remaining),
                                  QVariant(sample.calls.active), QVariant(sample.sentiment.positive),
                                  QVariant(sample.sentiment.negative), QVariant(sample.sentiment.neutral)})
        query.addBindValue(value);
    return query.exec() || fail(QCoreApplication::translate("simwatch::History", "The history file could not be written."), query.lastError().databaseText());
}

bool HistoryDatabase::keepNewest(int runs)
{
    const QString oldest = QStringLiteral("(SELECT id FROM runs WHERE id NOT IN (SELECT run_id FROM call_verdicts"
                                          " UNION SELECT run_id FROM run_notes) ORDER BY last_fetched DESC"
                                          " LIMIT -1 OFFSET %1)").arg(qMax(0, runs));
    return exec(QStringLiteral("DELETE FROM calls WHERE run_id IN ") + oldest)
        && exec(QStringLiteral("DELETE FROM samples WHERE run_id IN ") + oldest)
        && exec(QStringLiteral("DELETE FROM runs WHERE id IN ") + oldest);
}

bool HistoryDatabase::forgetAll()
{
    return begin() && exec(QStringLiteral("DELETE FROM calls")) && exec(QStringLiteral("DELETE FROM samples"))
        && exec(QStringLiteral("DELETE FROM runs")) && exec(QStringLiteral("DELETE FROM call_verdicts"))
        && exec(QStringLiteral("DELETE FROM run_notes")) && commit() && exec(QStringLiteral("VACUUM"));
}

bool HistoryDatabase::writeCallVerdict(int runId, const QString &callKey, const CallVerdict &verdict, const QDateTime &at)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (verdict.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM call_verdicts WHERE run_id = ? AND call_key = ?"));
        query.addBindValue(runId);
        query.addBindValue(callKey);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO call_verdicts (run_id, call_key, verdict, note, updated)"
                                     " VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant &value : {QVariant(runId), QVariant(callKey), QVariant(verdictKey(verdict.verdict)),
                                      QVariant(verdict.note.isNull() ? QStringLiteral("") : verdict.note), timeValue(at)})
            query.addBindValue(value);
    }
    return query.exec() || fail(QCoreApplication::translate("simwatch::History", "Your verdict could not be saved."), query.lastError().databaseText());
}

bool HistoryDatabase::writeRunNote(int runId, const QString &note, const QDateTime &at)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (note.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM run_notes WHERE run_id = ?"));
        query.addBindValue(runId);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO run_notes (run_id, note, updated) VALUES (?, ?, ?)"));
        for (const QVariant &value : {QVariant(runId), QVariant(note), timeValue(at)})
            query.addBindValue(value);
    }
    return query.exec() || fail(QCoreApplication::translate("simwatch::History", "Your note could not be saved."), query.lastError().databaseText());
}

RunVerdicts HistoryDatabase::verdicts(int runId) const
{
    RunVerdicts result;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery calls(db);
    calls.prepare(QStringLiteral("SELECT call_key, verdict, note FROM call_verdicts WHERE run_id = ?"));
    calls.addBindValue(runId);
    if (!calls.exec()) {
        fail(QCoreApplication::translate("simwatch::History", "The history file could not be read."), calls.lastError().databaseText());
        return result;
    }
    while (calls.next())
        result.calls.insert(calls.value(0).toString(), {verdictFromKey(calls.value(1).toString()), calls.value(2).toString()});
    QSqlQuery note(db);
    note.prepare(QStringLiteral("SELECT note FROM run_notes WHERE run_id = ?"));
    note.addBindValue(runId);
    if (note.exec() && note.next())
        result.note = note.value(0).toString();
    return result;
}

int HistoryDatabase::runsWithVerdicts() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT run_id FROM call_verdicts UNION SELECT run_id FROM run_notes)"))
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<RunSummary> HistoryDatabase::runs() const
{
    QList<RunSummary> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT id, name, agent_name, status, terminal, created, last_fetched FROM runs"
                                   " ORDER BY last_fetched DESC"))) {
        fail(QCoreApplication::translate("simwatch::History", "The history file could not be read."), query.lastError().databaseText());
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toBool(), timeOf(query.value(5)),
                       timeOf(query.value(6))});
    }
    return result;
}

std::optional<StoredRun> HistoryDatabase::run(int id) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT snapshot, last_fetched FROM runs WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        if (query.lastError().isValid())
            fail(QCoreApplication::translate("simwatch::History", "The history file could not be read."), query.lastError().databaseText());
        return std::nullopt;
    }
    const QByteArray snapshot = query.value(0).toByteArray();
    const QDateTime lastFetched = timeOf(query.value(1));
    QSqlQuery calls(db);
    calls.prepare(QStringLiteral("SELECT json FROM calls WHERE run_id = ? ORDER BY position"));
    calls.addBindValue(id);
    QList<QByteArray> items;
    if (calls.exec()) {
        while (calls.next())
            items.append(calls.value(0).toByteArray());
    }
    const parse::SimulationResult parsed = parse::simulationResponse(withCalls(snapshot, items));
    if (!parsed.simulation) {
        fail(QCoreApplication::translate("simwatch::History", "A run in the history file could not be read."), parsed.error.message);
        return std::nullopt;
    }
    return StoredRun{*parsed.simulation, lastFetched};
}

QList<Sample> HistoryDatabase::samples(int runId) const
{
    QList<Sample> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT at, progress, total, finished, in_progress, remaining, active, positive,"
                                 " negative, neutral FROM samples WHERE run_id = ? ORDER BY at"));
    query.addBindValue(runId);
    if (!query.exec()) {
        fail(QCoreApplication::translate("simwatch::History", "The history file could not be read."), query.lastError().databaseText());
        return result;
    }
    while (query.next()) {
        Sample sample;
        sample.at = timeOf(query.value(0));
        sample.progress = query.value(1).toDouble();
        sample.calls = {query.value(2).toInt(), query.value(3).toInt(), query.value(4).toInt(),
                        query.value(5).toInt(), query.value(6).toInt()};
        sample.sentiment = {query.value(7).toInt(), query.value(8).toInt(), query.value(9).toInt()};
        result.append(sample);
    }
    return result;
}

} // namespace simwatch::history
