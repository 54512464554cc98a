#pragma once

#include "domain/simulation.h"
#include "verdicts/verdicts.h"

#include <QString>

// Labels and values shared by the three report formats, so they say the same thing.
namespace simwatch::report {

QString reportTitle(const Simulation &simulation);          // the name, or "Simulation 456"
// In the language chosen for the window: dates, durations and counts as the window writes them.
QString utcText(const QDateTime &time);                     // "5/8/26 9:10 AM UTC", "—" when invalid
QString durationText(int seconds);                          // "2:05", "1:02:03", "—" when unknown
QString countText(int value);                               // "12,345"; "—" for -1
QString reviewTextOrNote(const ReviewText &text);           // the text, or a note such as "Not computed yet."
QString scenarioName(const QJsonObject &scenario);
QString scenarioDescription(const QJsonObject &scenario);
// A call as the review texts cite it: "#70004", or its position ("3") without an id.
QString callLabel(const Recording &recording, int position);

// A call the reviewer judged or wrote a note on, in the run's call order.
struct JudgedCall
{
    QString label; // callLabel()
    CallVerdict verdict;
};
QList<JudgedCall> judgedCalls(const Simulation &simulation, const RunVerdicts &verdicts);
// "3 pass · 1 fail · 0 unsure · 4 of 8 calls not judged"
QString verdictCountsText(const Simulation &simulation, const RunVerdicts &verdicts);

} // namespace simwatch::report
