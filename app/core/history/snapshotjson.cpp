#include "history/snapshotjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace simwatch::history {

namespace {

using namespace Qt::StringLiterals;

// ReviewText back to `string | boolean` (Missing: the key is left out).
void putReview(QJsonObject &object, QLatin1StringView key, const ReviewText &text)
{
    switch (text.state) {
    case ReviewText::State::Missing: return;
    case ReviewText::State::NotYet: object.insert(key, false); return;
    case ReviewText::State::NoText: object.insert(key, true); return;
    case ReviewText::State::Text: object.insert(key, text.text); return;
    }
}

void putSetting(QJsonObject &object, QLatin1StringView key, int value)
{
    if (value >= 0)
        object.insert(key, value);
}

constexpr QByteArrayView CallsKey = "\"simulation_call_recording\":[]";

} // namespace

QByteArray simulationReply(const Simulation &s, bool withCallsToo)
{
    QJsonObject object{
        {"id"_L1, s.id},
        {"name"_L1, s.name},
        {"total_records"_L1, s.calls.total},
        {"total_simulation_finished_records"_L1, s.calls.finished},
        {"total_simulation_in_progress_records"_L1, s.calls.inProgress},
        {"total_simulation_remaining_records"_L1, s.calls.remaining},
        {"active_calls_count"_L1, s.calls.active},
        {"progress"_L1, QJsonArray{s.progressPercent}},
        {"analyticsData"_L1, QJsonObject{{"Positive"_L1, s.sentiment.positive},
                                         {"Negative"_L1, s.sentiment.negative},
                                         {"Neutral"_L1, s.sentiment.neutral}}},
        {"is_auto_prompt_suggestions_applied"_L1, s.promptSuggestionApplied},
        {"can_stop"_L1, s.canStop},
        {"simulation_call_recording"_L1, QJsonArray()},
    };
    if (!s.statusText.isNull())
        object.insert("status"_L1, s.statusText);
    if (s.agent) {
        QJsonObject agent{{"name"_L1, s.agent->name}};
        if (s.agent->id >= 0)
            agent.insert("id"_L1, s.agent->id);
        object.insert("bot_id"_L1, agent);
    }
    putReview(object, "summary"_L1, s.summary);
    putReview(object, "what_went_wrong"_L1, s.whatWentWrong);
    putReview(object, "suggestions_for_improvement"_L1, s.suggestionsForImprovement);
    putReview(object, "prompt_suggestion"_L1, s.promptSuggestion);
    putSetting(object, "number_of_call_to_make"_L1, s.numberOfCallToMake);
    putSetting(object, "concurrent_call_count"_L1, s.concurrentCallCount);
    putSetting(object, "max_call_duration_in_minutes"_L1, s.maxCallDurationMinutes);
    if (s.created.isValid())
        object.insert("create_date"_L1, s.created.toUTC().toString(Qt::ISODateWithMs));
    QJsonArray scenarios;
    for (const QJsonObject &scenario : s.scenarios)
        scenarios.append(scenario);
    object.insert("scenarios_ids"_L1, scenarios);

    const QByteArray reply = QJsonDocument(QJsonObject{{"success"_L1, true}, {"simulation"_L1, object}})
                                 .toJson(QJsonDocument::Compact);
    if (!withCallsToo)
        return reply;
    QList<QByteArray> calls;
    calls.reserve(s.recordings.size());
    for (const Recording &recording : s.recordings)
        calls.append(recording.json);
    return withCalls(reply, calls);
}

QByteArray withCalls(const QByteArray &replyWithoutCalls, const QList<QByteArray> &calls)
{
    // The calls are spliced in as text: each is already a JSON object, and a 15 MB list would
    // otherwise be parsed into a tree only to be written out again.
    // The last occurrence: keys are written sorted, so only scenarios (before it) could hold the
    // same text, and a string value cannot (its quotes are escaped).
    const qsizetype at = replyWithoutCalls.lastIndexOf(CallsKey);
    if (at < 0)
        return replyWithoutCalls;
    qsizetype size = replyWithoutCalls.size() + calls.size();
    for (const QByteArray &call : calls)
        size += call.size();
    QByteArray out;
    out.reserve(size);
    const qsizetype open = at + CallsKey.size() - 1; // the position of ']'
    out.append(replyWithoutCalls.left(open));
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(calls.at(i));
    }
    out.append(replyWithoutCalls.mid(open));
    return out;
}

} // namespace simwatch::history
