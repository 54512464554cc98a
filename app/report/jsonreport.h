#pragma once

#include "domain/simulation.h"
#include "verdicts/verdicts.h"

#include <QDateTime>
#include <QJsonObject>

namespace simwatch::report {

// The review as JSON: a stable, documented structure (docs/review-json.md), version 1.
//   format "simwatch-review", format_version 1, exported_at (ISO 8601 UTC)
//   simulation: id, name, agent ({id,name}|null), status (server string), terminal, created
//     (ISO UTC|null), progress, configuration {calls_per_scenario, concurrent_calls,
//     max_call_duration_minutes, scenarios [raw objects]}, calls {total, finished, in_progress,
//     remaining, active}, sentiment {positive, negative, neutral}, review {summary,
//     what_went_wrong, suggestions_for_improvement, prompt_suggestion: string|null},
//     prompt_suggestion_applied, can_stop
//   recordings: [{id, time (ISO UTC|null), scenario, status, duration_seconds (int|null),
//     sentiment, raw {every key the server sent}, verdict ("pass"|"fail"|"unsure"|null),
//     verdict_note (string|null)}]
//   reviewer_note (string|null): the reviewer's note on the run; verdicts {pass, fail, unsure,
//     not_judged}: counts over the calls listed
// verdict, verdict_note, reviewer_note and verdicts were added in version 1 (2026-12): the
// reviewer's own judgement, kept by SimWatch, not the server's.
// Keys are only ever added in later versions, never renamed or removed.
QJsonObject jsonReport(const Simulation &simulation, const QDateTime &exportedAt, const RunVerdicts &verdicts = {});


} // namespace simwatch::report
