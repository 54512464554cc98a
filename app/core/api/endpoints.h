#pragma once

#include <QString>

// The API's paths, relative to the base URL; built here only.
namespace simwatch::endpoints {

// The collection: POST creates a simulation (GET lists them).
inline QString simulations()
{
    return QStringLiteral("/simulations");
}

inline QString simulation(int id)
{
    return QStringLiteral("/simulations/%1").arg(id);
}

// One page of the account's simulations, newest first: pageno >= 1, pagesize 1..150.
inline QString simulationList(int pageno, int pagesize)
{
    return QStringLiteral("/simulations?pageno=%1&pagesize=%2").arg(pageno).arg(pagesize);
}

// A write action on one simulation: "start", "stop", "enhance-prompt".
inline QString simulationAction(int id, const QString &action)
{
    return simulation(id) + QLatin1Char('/') + action;
}

} // namespace simwatch::endpoints
