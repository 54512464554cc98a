#pragma once

#include "api/apierror.h"
#include "domain/parse.h"
#include "domain/textdigest.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QNetworkReply;
class QTimer;

namespace simwatch {

class ApiClient;
class SimulationList;
class SimulationStore;

// Owns the poll schedule of every watched simulation (the one place update cadence lives):
// one request in flight per simulation, the configured interval while running, backoff after
// failures, no polling after a terminal status or a permanent error. Results go into the model.
// One clock drives every poll, and routine polls fall on a shared beat (multiples of the interval),
// so that ten watched simulations wake the process once per interval, not ten times.
//
// With a list source (the account's list endpoint), the routine polls of several runs due on the
// same beat are one list request: each run found in its records takes its value from there, and
// a run not found falls back to its own GET. The full GET is kept for the selected run, for a run
// whose list record changed what only the detail completes (an abbreviated record that leaves the
// calls out), for a run's first fetch and refresh, and for every retry after a failure (so backoff,
// Retry-After and 401/403/404 stay per run, as they were).
class Watcher : public QObject
{
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;

    Watcher(ApiClient *client, SimulationStore *store, QObject *parent = nullptr);
    ~Watcher() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // Off: each simulation is fetched only when watched or refreshed (headless --once).
    void setAutoPoll(bool enabled) { m_autoPoll = enabled; }
    // Where routine polls of several runs go as one request (null: each run is fetched alone).
    void setListSource(SimulationList *list);
    // The run shown in full: always fetched by its own GET, so its calls and texts are complete.
    void setSelected(int id) { m_selected = id; }
    // The list is on screen (the browser): it is refreshed on every beat, watched runs or not.
    void setListWanted(bool wanted);

    void watch(int id);          // adds to the store (if needed) and fetches now
    void unwatch(int id);        // removes from the store
    void refresh(int id);        // fetch now, even when terminal or stopped by an error
    void refreshAll();
    // Fetch now every simulation waiting out a backoff (the network came back, the machine woke).
    void retryFailedNow();
    bool isPolling(int id) const;   // a fetch is scheduled or in flight
    bool isBusy(int id) const;      // a fetch is in flight (its own or the list's)
    // Whole seconds until the next automatic fetch of `id` (0 when due or in flight); -1 when
    // none is scheduled (terminal, stopped by an error, not watched). Says "retrying in N s".
    int secondsUntilNextFetch(int id) const;
    QList<int> ids() const { return m_polls.keys(); }

Q_SIGNALS:
    // Every finished fetch, good or bad; `changed` is false when the data stayed the same.
    void fetched(int id, bool changed, const simwatch::ApiError &error);
    // A 401/403 stopped polling; emitted once until a fetch succeeds again.
    void authenticationRequired(const simwatch::ApiError &error);
    // Every watched simulation is terminal or has failed permanently.
    void allSettled();

private:
    struct Poll
    {
        std::optional<Clock::time_point> due; // the next automatic fetch
        QPointer<QNetworkReply> reply;
        // Identical bodies are not parsed again. A digest, not the bytes: comparing costs about the
        // same (1.5 ms for the 15 MB of 10,000 calls), and no copy of every body is kept alive.
        TextDigest lastBody;
        int failures = 0;
        bool settled = false;      // terminal or permanent error: no automatic polls
        bool waitingForList = false; // this poll is the list request in flight
        bool unlisted = false;     // the last list reply did not have it: polled by its own GET
        std::optional<Clock::time_point> lastGood; // when a good value of it last arrived
        bool parsing = false;      // a large body is being parsed on a worker thread
        quint64 generation = 0;    // tells a late worker result from a re-added simulation
    };

    void fetch(int id);
    void handleReply(int id, int httpStatus, const QByteArray &body, const ApiError &transportError);
    void applyParsed(int id, int httpStatus, const TextDigest &digest, parse::SimulationResult result);
    void finishFetch(int id, const ApiError &error, bool changed);
    void scheduleAt(int id, Clock::time_point due);
    void armClock();
    void onClock();
public:
    // Delay before retry number `failures` (1-based): exponential from the interval, capped near
    // a minute, scaled by `jitter` in [0.8, 1.2], never shorter than the server's Retry-After.
    static std::chrono::milliseconds backoffDelay(std::chrono::milliseconds interval, int failures,
                                                  int retryAfterSeconds, double jitter);
    // The routine poll after one that finished at `now`: the first beat (origin + k x interval)
    // at least half an interval away. A poll that took a while still leaves the server a
    // breather, and all polls that finished within the same interval go out together.
    static Clock::time_point nextBeat(Clock::time_point now, Clock::time_point origin,
                                      std::chrono::milliseconds interval);

private:
    void checkAllSettled();
    void followReachability();
    bool goesByList(int id) const;
    void requestList();
    void onListReplied(const ApiError &error, Clock::time_point sentAt);

    void forget(int id);         // the store stopped watching `id`

    ApiClient *m_client = nullptr;
    SimulationList *m_list = nullptr;
    int m_selected = -1;
    bool m_listWanted = false;
    std::optional<Clock::time_point> m_listDue; // the next refresh of the list on its own
    SimulationStore *m_store = nullptr;
    std::chrono::milliseconds m_interval{std::chrono::seconds(3)};
    QHash<int, Poll> m_polls;
    QTimer *m_clock = nullptr;
    Clock::time_point m_beatOrigin = Clock::now();
    bool m_autoPoll = true;
    quint64 m_generation = 0;
    bool m_authSignalled = false;
    bool m_followingReachability = false;
};

} // namespace simwatch
