#pragma once

#include "domain/simulation.h"

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
    static constexpr int SchemaVersion = 2;

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
    bool keepNewest(int runs); // forgets the runs fetched longest ago beyond `runs`
    bool forgetAll();

    QList<RunSummary> runs() const; // last fetched first
    std::optional<StoredRun> run(int id) const;
    QList<Sample> samples(int runId) const; // oldest first

private:
    bool exec(const QString &sql) const;
    bool fail(const QString &what, const QString &detail) const;
    bool migrateFrom1();

    QString m_path;
    QString m_connection;
    mutable QString m_error;
};

} // namespace simwatch::history
