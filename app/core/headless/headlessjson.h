#pragma once

#include "api/apierror.h"
#include "domain/simulation.h"

#include <QJsonObject>
#include <QString>

namespace simwatch::headless {

// The stable JSON Lines record of the headless contract (README: "Headless mode").
// `simulation` is null before the first good reply.
QJsonObject record(int id, const Simulation *simulation, const ApiError &error);

// One human-readable line for the same state.
QString humanLine(int id, const Simulation *simulation, const ApiError &error);

} // namespace simwatch::headless
