#pragma once

#include "domain/simulation.h"

#include <QString>

// Labels and values shared by the three report formats, so they say the same thing.
namespace simwatch::report {

QString reportTitle(const Simulation &simulation);          // the name, or "Simulation 456"
QString utcText(const QDateTime &time);                     // "2026-05-08 09:10:29 UTC", "—" when invalid
QString durationText(int seconds);                          // "2:05", "—" when unknown
QString countText(int value);                               // "—" for -1
QString reviewTextOrNote(const ReviewText &text);           // the text, or a note such as "Not computed yet."
QString scenarioName(const QJsonObject &scenario);
QString scenarioDescription(const QJsonObject &scenario);

} // namespace simwatch::report
