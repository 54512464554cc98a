#pragma once

#include "api/apierror.h"
#include "domain/simulation.h"

#include <QDateTime>
#include <QFlags>
#include <QObject>

#include <optional>
#include <vector>

namespace simwatch {

// The one owner of what is known about each watched simulation: the last good value, the error
// of the last attempt, when the value was last confirmed and which source it came from. Sources
// (the watcher's detail GET today; the list endpoint and the history database next) write here;
// views and outputs (the item model, headless output) observe the typed signals and read values
// back from here, never from each other. GUI-free.
class SimulationStore : public QObject
{
    Q_OBJECT

public:
    // Where the last good value came from.
    enum class Source { None, Detail, List, History };
    Q_ENUM(Source)

    // The parts of a simulation that a change touched (for observers that care about some only).
    enum class Part {
        Identity = 0x01,   // name, agent, created, configuration
        Status = 0x02,     // status, can_stop
        Progress = 0x04,   // progress, call counters, sentiment counts
        Review = 0x08,     // summary, what went wrong, suggestions, prompt suggestion (and applied)
        Calls = 0x10,      // the call recordings
    };
    Q_DECLARE_FLAGS(Parts, Part)
    Q_FLAG(Parts)

    struct Entry
    {
        int id = -1;
        std::optional<Simulation> simulation; // the last good value; empty until one arrives
        ApiError error;                       // of the last attempt; kind None when it went fine
        QDateTime lastUpdated;                // UTC, when a good reply last confirmed the value
        Source source = Source::None;
    };

    explicit SimulationStore(QObject *parent = nullptr);

    // Watch order is kept: observers list simulations in the order they were added, or at
    // `position` (as an undone removal puts a run back where it was). False when already watched.
    bool watch(int id, int position = -1);
    void unwatch(int id);
    bool contains(int id) const { return indexOf(id) >= 0; }
    QList<int> ids() const;
    int position(int id) const { return indexOf(id); } // in watch order, -1 when not watched
    // The entry of `id`, or null when not watched. Valid until the next watch()/unwatch().
    const Entry *entry(int id) const;
    // Convenience readers of the entry (empty / None / invalid when not watched).
    const Simulation *simulation(int id) const;
    ApiError error(int id) const;
    bool isTerminal(int id) const;

    // A good value arrived: replaces the last one (the error, if any, is cleared).
    void applySimulation(int id, const Simulation &simulation, const QDateTime &receivedAt, Source source);
    // An attempt failed: the last good value stays, with the error beside it.
    void applyError(int id, const ApiError &error);
    // A good reply identical to the last one: only the "last updated" time moves (not announced,
    // so that an idle dashboard does not repaint; readers that show it read it on their own clock).
    void markUnchanged(int id, const QDateTime &receivedAt);

    // What differs between two values of the same simulation.
    static Parts difference(const Simulation &before, const Simulation &after);
    // What went backwards from `before` to `after` (progress, finished calls, listed calls), as
    // a sentence; empty when nothing did. A run does not undo work: when the server says so
    // (after an outage, a failover to a stale replica) the user is told, not left to notice.
    static QString setback(const Simulation &before, const Simulation &after);

Q_SIGNALS:
    void watched(int id);
    void unwatched(int id);
    // A new good value; `parts` says what differs from the previous one (all parts the first time).
    void simulationChanged(int id, simwatch::SimulationStore::Parts parts);
    // The error of `id` was set, changed or cleared.
    void errorChanged(int id);
    // The server's new value of `id` has less than its previous one (see setback()); the new
    // value is applied all the same: it is what the server says now.
    void setbackNoticed(int id, const QString &description);

private:
    int indexOf(int id) const;
    Entry *find(int id);

    std::vector<Entry> m_entries;
};

} // namespace simwatch

Q_DECLARE_OPERATORS_FOR_FLAGS(simwatch::SimulationStore::Parts)
