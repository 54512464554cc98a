#pragma once

#include <QString>

#include <optional>

namespace simwatch {

// The simulation id in what a user types or pastes: a bare id ("456", "#456"), or an address of
// the web app or the API that names one ("https://www.omnidim.io/simulations/456",
// ".../simulation/456?tab=calls", "#/simulations/456", "?simulation_id=456"). The number after a
// "simulation"/"simulations" path segment is the one taken, so that an agent's or a call's id in
// the same address is never mistaken for it. Empty for anything else, zero, or out of range.
std::optional<int> simulationIdFromText(const QString &text);

} // namespace simwatch
