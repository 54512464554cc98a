#pragma once

#include "api/apierror.h"
#include "domain/odoodate.h"
#include "domain/simulation.h"
#include "domain/textdigest.h"
#include "domain/values.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// Pure functions from the API's JSON to domain values. No QObject, no I/O; errors are values.
// The readers of single values are in values.h, the API's time formats in odoodate.h.
namespace simwatch::parse {

struct SimulationResult
{
    std::optional<Simulation> simulation;
    ApiError error; // kind BadPayload or ApiFailure when `simulation` is empty
};

// Body of GET /simulations?pageno=N&pagesize=M: {records: Simulation[], total_records}, no
// `success` key. A record without a usable id is skipped; `totalRecords` is -1 when the server
// did not say (or said something unreadable).
struct SimulationPage
{
    QList<Simulation> records;
    QList<TextDigest> digests; // of each record's text, beside `records`; empty when not cut apart
    int totalRecords = -1;
};
struct SimulationPageResult
{
    std::optional<SimulationPage> page;
    ApiError error; // kind BadPayload or ApiFailure when `page` is empty
};
// A record of a list page as read before: the digest of its text and its value.
struct KnownRecord
{
    TextDigest digest;
    Simulation simulation;
};
// A page polled again is mostly the same records: one whose text has the digest it had in `known`
// (by id) is taken from there instead of being read, and a changed one takes its unchanged calls
// from its previous value. The result equals simulationPage(body) read afresh.
SimulationPageResult simulationPage(const QByteArray &body, const QHash<int, KnownRecord> &known = {});

// Body of GET /simulations/{id}: {success, simulation}.
SimulationResult simulationResponse(const QByteArray &body);
// The same for a simulation read before: a recording whose JSON object equals one in `previous`
// (same position, else the same text anywhere: RecordingReuse) is taken from `previous` instead of being read again. The result
// equals simulationResponse(body); unchanged recordings share their data with `previous`, which
// saves their extraction, their memory, and lets SimulationModel's diff see them equal by pointer.
// `previous` must come from an earlier parse (a Recording's fields are derived from its raw).
SimulationResult simulationResponse(const QByteArray &body, const QList<Recording> &previous);
// One simulation object (also used for the list endpoint's records).
std::optional<Simulation> simulationObject(const QJsonObject &object);
Recording recording(const QJsonObject &object);

// The human message of an error body: error_description, then error, detail, message.
QString errorDescription(const QByteArray &body);

} // namespace simwatch::parse
