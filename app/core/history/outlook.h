#pragma once

#include "domain/simulation.h"
#include "history/historydatabase.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace simwatch::history {

// What the progress samples of a run say about its future: how long it will probably take
// (from the recent rate) and whether it has stopped moving. Pure: `now` is given, so tests run
// on their own clock.
struct Outlook
{
    std::optional<qint64> secondsLeft;  // only while running, from at least two samples with progress
    std::optional<qint64> stalledFor;   // seconds without progress, once past the hung threshold
};

struct OutlookInput
{
    QList<Sample> samples;      // oldest first, one per progress change
    Status status = Status::Unknown;
    QDateTime lastConfirmed;    // when the server last answered (a stale run is not "hung")
    QDateTime now;
    qint64 hungAfterSeconds = 600;
    qint64 pollIntervalSeconds = 3;
};

Outlook outlook(const OutlookInput &input);

// "about 6 min left", "about 1 h 20 min left", "less than a minute left".
QString timeLeftText(qint64 seconds);

} // namespace simwatch::history
