#pragma once

#include "domain/simulation.h"
#include "verdicts/verdicts.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace simwatch::history {

// One progress sample of a run: what the progress-over-time chart and the ETA are made of.
struct Sample
{
    QDateTime at; // UTC
    double progress = 0;
    CallCounts calls;
    Sentiment sentiment;
    friend bool operator==(const Sample &, const Sample &) = default;
};

// A run as the history lists it.
struct RunSummary
{
    int id = -1;
    QString name;
    QString agentName;
    QString statusText;
    bool terminal = false;
    QDateTime created;     // UTC, invalid when unknown
    QDateTime lastFetched; // UTC
};

// A run read back for offline review.
struct StoredRun
{
    Simulation simulation;
    QDateTime lastFetched; // UTC
};

// The history file: SQLite through Qt SQL, one connection per instance (and so per thread).
// Schema versioned by PRAGMA user_version, migrated forward on open, in WAL mode so that the
// window can read while the writer thread writes. Every method returns false / empty on failure
// and leaves a sentence in error(); nothing throws, nothing blocks on a lock for long.
class HistoryDatabase
{
public:
    static constexpr int SchemaVersion = 3;

    HistoryDatabase(const QString &path, const QString &connectionName);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    bool open(); // creates or migrates the file
    QString error() const { return m_error; }

    bool begin();
    bool commit();
    // The run's fields and review texts (not its calls), and when it was fetched.
    bool writeRun(const Simulation &simulation, const QDateTime &fetchedAt);
    // The calls whose JSON changed, by position; the list is cut to `count` calls.
    bool writeCalls(int runId, const QList<std::pair<int, QByteArray>> &changed, int count);
    bool addSample(int runId, const Sample &sample);
    // Forgets the runs fetched longest ago beyond `runs`; a run with verdicts or notes is kept
    // whatever its age (the reviewer's work is not a cache).
    bool keepNewest(int runs);
    bool forgetAll(); // the reviewer's verdicts and notes too

    // The reviewer's verdicts and notes (schema 3). An empty verdict or note deletes the entry.
    bool writeCallVerdict(int runId, const QString &callKey, const CallVerdict &verdict, const QDateTime &at);
    bool writeRunNote(int runId, const QString &note, const QDateTime &at);
    RunVerdicts verdicts(int runId) const;
    int runsWithVerdicts() const; // runs with any verdict or note, for Forget History's question

    QList<RunSummary> runs() const; // last fetched first
    std::optional<StoredRun> run(int id) const;
    QList<Sample> samples(int runId) const; // oldest first

private:
    bool exec(const QString &sql) const;
    bool fail(const QString &what, const QString &detail) const;
    bool migrateFrom1();
    bool addVerdictTables();

    QString m_path;
    QString m_connection;
    mutable QString m_error;
};

} // namespace simwatch::history
