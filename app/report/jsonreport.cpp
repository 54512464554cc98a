#include "jsonreport.h"

#include <QJsonArray>

namespace simwatch::report {

namespace {
QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue intOrNull(int value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// Same reading as the headless JSON: text, "" for `true`/"", null for `false`/absent.
QJsonValue reviewValue(const ReviewText &text)
{
    switch (text.state) {
    case ReviewText::State::Text:
    case ReviewText::State::NoText:
        return text.text;
    case ReviewText::State::NotYet:
    case ReviewText::State::Missing:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject jsonReport(const Simulation &s, const QDateTime &exportedAt, const RunVerdicts &verdicts)
{
    QJsonArray scenarios;
    for (const QJsonObject &scenario : s.scenarios)
        scenarios.append(scenario);
    QJsonArray recordings;
    for (int i = 0; i < s.recordings.size(); ++i) {
        const Recording &r = s.recordings.at(i);
        QJsonObject call{
            {QStringLiteral("id"), intOrNull(r.id)},
            {QStringLiteral("time"), isoOrNull(r.timeOfCall)},
            {QStringLiteral("scenario"), stringOrNull(r.scenario)},
            {QStringLiteral("status"), stringOrNull(r.callStatus)},
            {QStringLiteral("duration_seconds"), intOrNull(r.durationSeconds)},
            {QStringLiteral("sentiment"), stringOrNull(r.sentiment)},
            {QStringLiteral("raw"), r.raw()},
        };
        const CallVerdict verdict = verdicts.call(callKey(r, i));
        call.insert(QStringLiteral("verdict"), stringOrNull(verdictKey(verdict.verdict)));
        call.insert(QStringLiteral("verdict_note"), stringOrNull(verdict.note.trimmed()));
        recordings.append(call);
    }
    const QJsonValue agent = s.agent ? QJsonValue(QJsonObject{{QStringLiteral("id"), s.agent->id},
                                                              {QStringLiteral("name"), s.agent->name}})
                                     : QJsonValue(QJsonValue::Null);
    const QJsonObject simulation{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("agent"), agent},
        {QStringLiteral("status"), s.statusText},
        {QStringLiteral("terminal"), s.isTerminal()},
        {QStringLiteral("created"), isoOrNull(s.created)},
        {QStringLiteral("progress"), s.progressRounded()},
        {QStringLiteral("configuration"), QJsonObject{
            {QStringLiteral("calls_per_scenario"), intOrNull(s.numberOfCallToMake)},
            {QStringLiteral("concurrent_calls"), intOrNull(s.concurrentCallCount)},
            {QStringLiteral("max_call_duration_minutes"), intOrNull(s.maxCallDurationMinutes)},
            {QStringLiteral("scenarios"), scenarios},
        }},
        {QStringLiteral("calls"), QJsonObject{
            {QStringLiteral("total"), s.calls.total},
            {QStringLiteral("finished"), s.calls.finished},
            {QStringLiteral("in_progress"), s.calls.inProgress},
            {QStringLiteral("remaining"), s.calls.remaining},
            {QStringLiteral("active"), s.calls.active},
        }},
        {QStringLiteral("sentiment"), QJsonObject{
            {QStringLiteral("positive"), s.sentiment.positive},
            {QStringLiteral("negative"), s.sentiment.negative},
            {QStringLiteral("neutral"), s.sentiment.neutral},
        }},
        {QStringLiteral("review"), QJsonObject{
            {QStringLiteral("summary"), reviewValue(s.summary)},
            {QStringLiteral("what_went_wrong"), reviewValue(s.whatWentWrong)},
            {QStringLiteral("suggestions_for_improvement"), reviewValue(s.suggestionsForImprovement)},
            {QStringLiteral("prompt_suggestion"), reviewValue(s.promptSuggestion)},
        }},
        {QStringLiteral("prompt_suggestion_applied"), s.promptSuggestionApplied},
        {QStringLiteral("can_stop"), s.canStop},
    };
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("simwatch-review")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("exported_at"), isoOrNull(exportedAt)},
        {QStringLiteral("simulation"), simulation},
        {QStringLiteral("recordings"), recordings},
        {QStringLiteral("reviewer_note"), stringOrNull(verdicts.note.trimmed())},
        {QStringLiteral("verdicts"), verdictCountsJson(s, verdicts)},
    };
}

} // namespace simwatch::report
