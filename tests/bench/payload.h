#pragma once

// Realistic GET /simulations/{id} bodies for the benchmarks, shaped like the OmniDimension API
// (and the stand-in): a running simulation whose `simulation_call_recording` holds `recordings`
// finished calls, each with a scenario, a duration, a sentiment and a transcript of a few hundred
// bytes to a few KB. Deterministic: the same arguments always give the same bytes.

#include <QByteArray>

namespace simwatch::bench {

struct PayloadSpec
{
    int simulationId = 4242;
    int recordings = 0;
    // The "small change" of the benchmark: one more call finished, so one more recording, and
    // the finished / remaining counters, the sentiment counts and the progress move with it.
    bool oneMoreFinished = false;
};

QByteArray simulationBody(const PayloadSpec &spec);

} // namespace simwatch::bench
