#pragma once

// The parser reads a reply in one of two ways: cut into its calls (the usual way) or as one
// document (when the cutter gives up). Both must mean the same; these helpers let the tests and
// the fuzzer check that.

#include "domain/parse.h"
#include "domain/simulation.h"

#include <QByteArray>

namespace simwatch::testing {

// The same reply with the calls' key spelled with an escape ("simulation\u005fcall_recording"):
// the same JSON to any reader, but the cutter does not take escaped keys, so it is read whole.
inline QByteArray readWhole(QByteArray body)
{
    return body.replace("\"simulation_call_recording\"", "\"simulation\\u005fcall_recording\"");
}

// Equal in everything a user can see; a call's JSON text may differ in spelling (a document read
// whole keeps it re-written compactly), not in content.
inline bool sameMeaning(const Recording &a, const Recording &b)
{
    return a.id == b.id && a.timeOfCall == b.timeOfCall && a.callStatus == b.callStatus
        && a.durationSeconds == b.durationSeconds && a.sentiment == b.sentiment && a.scenario == b.scenario
        && a.voice == b.voice && a.recordingUrl == b.recordingUrl && a.conversation() == b.conversation()
        && a.raw() == b.raw();
}

inline bool sameMeaning(const Simulation &a, const Simulation &b)
{
    if (a.recordings.size() != b.recordings.size())
        return false;
    for (qsizetype i = 0; i < a.recordings.size(); ++i) {
        if (!sameMeaning(a.recordings.at(i), b.recordings.at(i)))
            return false;
    }
    Simulation withoutCallsA = a;
    Simulation withoutCallsB = b;
    withoutCallsA.recordings.clear();
    withoutCallsB.recordings.clear();
    return withoutCallsA == withoutCallsB;
}

inline bool sameMeaning(const parse::SimulationResult &a, const parse::SimulationResult &b)
{
    if (a.simulation.has_value() != b.simulation.has_value())
        return false;
    if (!a.simulation)
        return a.error.kind == b.error.kind;
    return sameMeaning(*a.simulation, *b.simulation);
}

} // namespace simwatch::testing
