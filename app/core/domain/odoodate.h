#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// Times as the API writes them (Odoo's formats and the call duration text).
namespace simwatch::parse {

// "MM/DD/YYYY HH:MM:SS" (Odoo), SQL-style or ISO 8601; no zone means UTC. Invalid when unreadable.
QDateTime odooDate(const QJsonValue &value);
// "M:S" or "H:M:S" call duration, -1 when unreadable.
int durationText(const QString &text);

} // namespace simwatch::parse
