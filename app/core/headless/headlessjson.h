#pragma once

#include "api/apierror.h"
#include "domain/simulation.h"
#include "verdicts/verdicts.h"

#include <QJsonObject>
#include <QString>

namespace simwatch::headless {

// The stable JSON Lines record of the headless contract (README: "Headless mode").
// `simulation` is null before the first good reply. The optional key `verdicts` (the reviewer's
// verdicts and notes kept in the window's history for this server) is present only when there
// are any: {note: string|null, counts: {pass, fail, unsure, not_judged},
// calls: {"<call id>": {verdict: "pass"|"fail"|"unsure"|null, note: string|null}}}.
QJsonObject record(int id, const Simulation *simulation, const ApiError &error, const RunVerdicts &verdicts = {});

// One human-readable line for the same state.
QString humanLine(int id, const Simulation *simulation, const ApiError &error);

} // namespace simwatch::headless
