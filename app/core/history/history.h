#pragma once

#include "history/historydatabase.h"
#include "store/simulationstore.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace simwatch::history {

class HistoryWriter;

// The local history of every watched run: each change the store announces is written to the
// history file on a thread of its own, in batches (a poll never waits on the disk), with a
// progress sample whenever the progress moved. Reads (the runs list, a run for offline review,
// its samples) use their own connection. A file that cannot be used (locked, damaged,
// unwritable, from a newer version) is reported once by unavailable(); SimWatch goes on without
// history and nothing else is lost. The API key never reaches it: only server data is written.
class History : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaximumRuns = 500;

    explicit History(const QString &path, QObject *parent = nullptr);
    ~History() override; // writes what is pending, then stops the thread

    // The history file for the server of `apiUrl`, in the user's data location.
    static QString defaultPath(const QUrl &apiUrl);
    // The reviewer's verdicts of a run in the history file at `path`, for a process that keeps no
    // history of its own (headless): empty when there is no such file or it cannot be read.
    static RunVerdicts readVerdicts(const QString &path, int runId);
    QString path() const { return m_path; }

    // Records every good value `store` announces (not values that came from the history).
    void follow(const SimulationStore &store);
    // Queues a change of a run for writing; `parts` is what changed since the last value.
    void record(const Simulation &simulation, const QDateTime &fetchedAt, SimulationStore::Parts parts);
    void setMaximumRuns(int runs);
    void forgetAll();
    // Writes what is queued now instead of at the end of the batch interval.
    void flush();

    bool isAvailable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    // Reads on the caller's thread (dialogs: the user asked and waits).
    QList<RunSummary> runs() const;
    std::optional<StoredRun> run(int id) const;
    QList<Sample> samples(int runId) const;

    // Reads on the history thread, for the window's routine work (start-up, selection, the
    // progress chart): the answer comes as runLoaded() / samplesLoaded(), never blocking a paint.
    void requestRun(int id);
    void requestSamples(int runId);
    void requestVerdicts(int runId);

    // The reviewer's verdicts and notes: written at once (not with the next batch), on the
    // history thread. An empty verdict or note deletes the entry.
    void setCallVerdict(int runId, const QString &callKey, const CallVerdict &verdict);
    void setRunNote(int runId, const QString &note);
    RunVerdicts verdicts(int runId) const; // read on the caller's thread (exports)
    int runsWithVerdicts() const;          // read on the caller's thread (Forget History asks)

Q_SIGNALS:
    void runLoaded(int id, const simwatch::history::StoredRun &run); // only when the run is kept
    void samplesLoaded(int runId, const QList<simwatch::history::Sample> &samples);
    void verdictsLoaded(int runId, const simwatch::RunVerdicts &verdicts);
    void unavailable(const QString &message); // once, the first time the file fails
    void written();                           // a batch reached the file

private:
    void onWriterFailed(const QString &message);
    HistoryDatabase *reader() const;

    QString m_path;
    QThread m_thread;
    HistoryWriter *m_writer = nullptr; // lives on m_thread
    mutable std::unique_ptr<HistoryDatabase> m_reader;
    QString m_problem;
};

} // namespace simwatch::history
