#pragma once

#include "domain/simulation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Tolerant readers of single JSON values: a value of an unexpected type reads as absent and the
// caller gets the documented default. They read untrusted input: no exceptions, no asserts.
namespace simwatch::parse {

int clampToInt(qint64 value);
// A number from a JSON number or a numeric string (" 42.5 "). nullopt otherwise; may be NaN/inf.
std::optional<double> numberOf(const QJsonValue &value);
// An integer from a JSON number with an integral value or a numeric string ("12", "12.0").
std::optional<qint64> integerOf(const QJsonValue &value);
// A non-negative int id, or -1.
int idOf(const QJsonValue &value);
// Counters: negative or unreadable -> 0. `present` tells whether the value could be read.
int counterOf(const QJsonValue &value, bool *present = nullptr);
// Configuration fields: -1 when absent, unreadable or negative.
int settingOf(const QJsonValue &value);
QString stringOf(const QJsonValue &value);
// true/false, a number (non-zero is true) or "true"/"false"/"1"/"0" in any case; else `fallback`.
bool boolOf(const QJsonValue &value, bool fallback);
// An id shown as text: a string as sent, or an integral number.
QString idText(const QJsonValue &value);
// The name of a many-to-one link: {id, name} or Odoo's raw [id, "name"].
QString linkName(const QJsonValue &value);
std::optional<AgentRef> agentOf(const QJsonValue &value);
// A voice: {id, provider} -> "provider id"; else its name; a bare string as sent;
// a list (selected_voices) -> its first readable voice.
QString voiceOf(const QJsonValue &value);
// The first non-blank text of error_description, error, detail, message.
QString errorDescriptionOf(const QJsonObject &object);

ReviewText reviewText(const QJsonValue &value);
// Progress in percent from the `progress` value, with the fallbacks REFERENCE.md asks for.
double progress(const QJsonValue &value, int finished, int total);

} // namespace simwatch::parse
