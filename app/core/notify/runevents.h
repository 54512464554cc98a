#pragma once

#include "store/simulationstore.h"

#include <QFlags>
#include <QHash>
#include <QObject>
#include <QSet>

namespace simwatch {

// The moments of a watched run worth telling a user who is not looking: it ended (Completed),
// it was stopped, it started its first call, a call finished Negative. Found by comparing each
// value the server sends with the previous one of the same run; the first value seen of a run
// only sets the starting point (a run that was already Completed when SimWatch started is not
// news), and values read from the history are never news.
class RunEvents : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Ended = 0x1,         // reached Completed
        Stopped = 0x2,       // reached Stopped
        Started = 0x4,       // its first call started (or finished) since SimWatch saw it
        NegativeCall = 0x8,  // a call finished with Negative sentiment
    };
    Q_ENUM(Kind)
    Q_DECLARE_FLAGS(Kinds, Kind)

    struct Event
    {
        Kind kind = Kind::Ended;
        int runId = -1;
        QString title; // "Billing flow finished"
        QString body;  // "Completed: 8 calls · 5 positive, 2 negative, 1 neutral"
    };

    explicit RunEvents(const SimulationStore &store, QObject *parent = nullptr);

    // Which kinds are announced (default: ended and stopped).
    void setEnabledKinds(Kinds kinds) { m_enabled = kinds; }
    Kinds enabledKinds() const { return m_enabled; }
    static constexpr Kinds DefaultKinds = Kinds(int(Kind::Ended) | int(Kind::Stopped));

Q_SIGNALS:
    void happened(const simwatch::RunEvents::Event &event);

private:
    struct Seen
    {
        Status status = Status::Unknown;
        bool anyCall = false;
        QSet<int> negativeCalls; // by position: the ones already announced
    };
    void onChanged(int id);

    const SimulationStore &m_store;
    Kinds m_enabled = DefaultKinds;
    QHash<int, Seen> m_seen;
};

} // namespace simwatch

Q_DECLARE_OPERATORS_FOR_FLAGS(simwatch::RunEvents::Kinds)
