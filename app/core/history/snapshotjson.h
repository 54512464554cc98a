#pragma once

#include "domain/simulation.h"

#include <QByteArray>
#include <QList>

// A simulation written back in the API's own shape (GET /simulations/{id}), so that what the
// history keeps is read by the one parser the live data goes through: parse(write(s)) == s.
namespace simwatch::history {

// The reply body {"success": true, "simulation": {...}}. Without calls when `withCalls` is false
// (the history keeps them in their own table, so a progress poll does not rewrite them).
QByteArray simulationReply(const Simulation &simulation, bool withCalls = true);
// The same body with `calls` (each a call's JSON object, as Recording::json) put back in.
QByteArray withCalls(const QByteArray &replyWithoutCalls, const QList<QByteArray> &calls);

} // namespace simwatch::history
