#include "fakesimulation.h"

#include <QtCore/QJsonArray>
#include <QtCore/QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace simwatch::standin {

namespace {

// Lifecycle fractions of the run duration.
constexpr double kPendingEnd = 0.05;    // Pending until here
constexpr double kCallsEnd = 0.85;      // In Progress until here (the last call finishes here)
constexpr double kSummaryAt = 0.95;     // summary text appears during Calculating Summary
constexpr double kEndStoppedAt = 0.50;  // endStopped runs stop themselves here

QString odooDate(const QDateTime &utc)
{
    return utc.toString(u"MM/dd/yyyy HH:mm:ss"_s);
}

QJsonValue textOrFalse(const QString &s)
{
    return s.isEmpty() ? QJsonValue(false) : QJsonValue(s);
}

QString durationText(int seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString phaseName(Phase p)
{
    switch (p) {
    case Phase::Draft: return u"Draft"_s;
    case Phase::Pending: return u"Pending"_s;
    case Phase::InProgress: return u"In Progress"_s;
    case Phase::CalculatingSummary: return u"Calculating Summary"_s;
    case Phase::Completed: return u"Completed"_s;
    case Phase::Stopped: return u"Stopped"_s;
    }
    return u"Draft"_s;
}

FakeSimulation::FakeSimulation(int id, const SimulationSpec &spec, QList<ScenarioRecord> scenarios,
                               const QDateTime &createDateUtc)
    : m_id(id)
    , m_name(spec.nameless ? QString()
             : spec.name.isEmpty() ? u"Simulation "_s + QString::number(id)
                                   : spec.name)
    , m_agentId(spec.agentId)
    , m_agentName(spec.agentName.isEmpty() && spec.agentId != 0
                      ? u"Agent "_s + QString::number(spec.agentId)
                      : spec.agentName)
    , m_callsPerScenario(std::clamp(spec.callsPerScenario, 1, 3))
    , m_concurrent(std::max(1, spec.concurrent))
    , m_maxCallMinutes(std::clamp(spec.maxCallMinutes, 1, 10))
    , m_duration(std::max(1.0, spec.durationSeconds))
    , m_endStopped(spec.endStopped)
    , m_scenarios(std::move(scenarios))
    , m_createDate(createDateUtc)
{
}

double FakeSimulation::effectiveElapsed(double simNow, bool *stopped) const
{
    const double elapsed = std::max(0.0, simNow - m_startedAt);
    double stopAt = std::numeric_limits<double>::infinity();
    if (m_stoppedAt)
        stopAt = *m_stoppedAt;
    if (m_endStopped)
        stopAt = std::min(stopAt, kEndStoppedAt * m_duration);
    *stopped = elapsed >= stopAt;
    return std::min(elapsed, stopAt);
}

Snapshot FakeSimulation::snapshot(double simNow) const
{
    Snapshot s;
    s.total = totalCalls();
    if (!m_started) {
        s.phase = Phase::Draft;
        s.remaining = s.total;
        return s;
    }
    bool stopped = false;
    const double e = effectiveElapsed(simNow, &stopped);
    const int n = int(m_plan.size());
    s.finished = int(std::count_if(m_plan.cbegin(), m_plan.cend(),
                                   [e](const PlannedCall &c) { return c.finishOffset <= e; }));
    if (stopped) {
        s.phase = Phase::Stopped;
        s.inProgress = 0;
        s.summaryReady = s.finished > 0;
    } else if (e < kPendingEnd * m_duration) {
        s.phase = Phase::Pending;
    } else if (e < kCallsEnd * m_duration && s.finished < n) {
        s.phase = Phase::InProgress;
        s.inProgress = std::min(m_concurrent, n - s.finished);
    } else if (e < m_duration) {
        s.phase = Phase::CalculatingSummary;
        s.summaryReady = e >= kSummaryAt * m_duration;
    } else {
        s.phase = Phase::Completed;
        s.summaryReady = true;
        s.reviewReady = true;
    }
    s.remaining = s.total - s.finished - s.inProgress;
    s.progress = s.total > 0 ? int(std::lround(100.0 * s.finished / s.total)) : 0;
    s.canStop = s.phase == Phase::Pending || s.phase == Phase::InProgress;
    return s;
}

void FakeSimulation::start(double simNow, const QDateTime &wallStartUtc, int firstRecordingId)
{
    m_started = true;
    ++m_run;
    m_startedAt = simNow;
    m_wallStart = wallStartUtc;
    m_stoppedAt.reset();
    m_plan.clear();

    const int n = totalCalls();
    const int scenarioCount = int(m_scenarios.size());
    if (n == 0)
        return;
    QRandomGenerator rng(quint32(m_id) * 2654435761u ^ (quint32(m_run) * 40503u));
    const double t0 = kPendingEnd * m_duration;
    const double span = (kCallsEnd - kPendingEnd) * m_duration;
    const int maxSeconds = m_maxCallMinutes * 60;

    m_plan.reserve(n);
    for (int i = 0; i < n; ++i) {
        PlannedCall c;
        c.recordingId = firstRecordingId + i;
        c.scenarioIndex = i % scenarioCount;
        const double jitter = i == n - 1 ? 0.0 : rng.generateDouble() * 0.4;
        c.finishOffset = t0 + span * ((i + 1) - jitter) / n;
        c.startOffset = i < m_concurrent ? t0 : m_plan.at(i - m_concurrent).finishOffset;
        const ScenarioRecord &sc = m_scenarios.at(c.scenarioIndex);
        const double r = rng.generateDouble();
        const double negRate = scenarioNegativeRate(sc.templateIndex);
        c.sentiment = r < negRate ? Sentiment::Negative
                    : r < negRate + 0.2 ? Sentiment::Neutral
                                        : Sentiment::Positive;
        const int failRoll = rng.bounded(100);
        c.callStatus = (i > 0 && failRoll < 7) ? (failRoll % 2 ? u"no-answer"_s : u"failed"_s)
                                               : u"completed"_s;
        const int lo = std::min(40, maxSeconds);
        c.durationSeconds = lo + rng.bounded(maxSeconds - lo + 1);
        if (!sc.voices.isEmpty())
            c.voice = sc.voices.at((i / scenarioCount) % sc.voices.size());
        m_plan.append(c);
    }

    // Make sure a demo run shows a mix of sentiments.
    if (n >= 3) {
        auto connected = [](const PlannedCall &c) { return c.callStatus == u"completed"_s; };
        auto has = [&](Sentiment s) {
            return std::any_of(m_plan.cbegin(), m_plan.cend(),
                               [&](const PlannedCall &c) { return connected(c) && c.sentiment == s; });
        };
        if (!has(Sentiment::Positive) && connected(m_plan[0]))
            m_plan[0].sentiment = Sentiment::Positive;
        if (!has(Sentiment::Negative)) {
            for (int i = 1; i < n; ++i) {
                if (connected(m_plan[i])) {
                    m_plan[i].sentiment = Sentiment::Negative;
                    break;
                }
            }
        }
    }

    for (int i = 0; i < n; ++i) {
        PlannedCall &c = m_plan[i];
        const ScenarioRecord &sc = m_scenarios.at(c.scenarioIndex);
        if (c.callStatus != u"completed"_s) {
            c.sentiment = Sentiment::Neutral;
            c.durationSeconds = 0;
            c.content.details = c.callStatus == u"failed"_s
                ? u"The call failed before it connected, so there was no conversation to analyse."_s
                : u"The simulated customer did not answer, so there was no conversation to analyse."_s;
            continue;
        }
        QRandomGenerator contentRng(quint32(m_id) * 7919u + quint32(m_run) * 104729u + quint32(i) * 31u);
        c.content = makeCallContent(sc.templateIndex, sc.name, c.sentiment, m_agentName, contentRng);
    }
}

FakeSimulation::StopResult FakeSimulation::stop(double simNow)
{
    const Snapshot s = snapshot(simNow);
    if (!s.canStop)
        return {};
    bool stopped = false;
    m_stoppedAt = effectiveElapsed(simNow, &stopped);
    return {true, s.inProgress, s.remaining};
}

const PlannedCall *FakeSimulation::plannedCall(int recordingId) const
{
    for (const PlannedCall &c : m_plan) {
        if (c.recordingId == recordingId)
            return &c;
    }
    return nullptr;
}

RunFacts FakeSimulation::runFacts(int finished) const
{
    RunFacts f;
    f.simulationName = m_name;
    f.agentName = m_agentName.isEmpty() ? u"the agent"_s : m_agentName;
    f.totalCalls = totalCalls();
    f.scenarioCount = int(m_scenarios.size());
    for (int i = 0; i < finished && i < m_plan.size(); ++i) {
        const PlannedCall &c = m_plan.at(i);
        const ScenarioRecord &sc = m_scenarios.at(c.scenarioIndex);
        f.calls.append({c.recordingId, sc.templateIndex, sc.name, c.sentiment,
                        c.callStatus == u"completed"_s});
    }
    return f;
}

QJsonObject FakeSimulation::recordingJson(const PlannedCall &c, const QString &audioBase) const
{
    const ScenarioRecord &sc = m_scenarios.at(c.scenarioIndex);
    const bool connected = c.callStatus == u"completed"_s;
    QJsonObject o;
    o.insert(u"id"_s, c.recordingId);
    o.insert(u"time_of_call"_s, odooDate(m_wallStart.addSecs(qint64(std::lround(c.startOffset)))));
    o.insert(u"call_status"_s, c.callStatus);
    o.insert(u"call_duration"_s, durationText(c.durationSeconds));
    o.insert(u"call_duration_in_seconds"_s, c.durationSeconds);
    o.insert(u"recording_url"_s,
             connected ? QJsonValue(audioBase + u"/audio/"_s + QString::number(m_id) + u'/'
                                    + QString::number(c.recordingId) + u".wav"_s)
                       : QJsonValue(false));
    o.insert(u"call_conversation"_s, textOrFalse(c.content.transcript));
    o.insert(u"sentiment_score"_s, sentimentName(c.sentiment));
    o.insert(u"sentiment_analysis_details"_s, textOrFalse(c.content.details));
    o.insert(u"extracted_variables"_s, c.content.extracted);
    o.insert(u"is_simulation"_s, true);
    o.insert(u"scenario_id"_s, QJsonObject{{u"id"_s, sc.id}, {u"name"_s, sc.name}});
    o.insert(u"voice"_s, c.voice.id.isEmpty()
                             ? QJsonValue(false)
                             : QJsonValue(QJsonObject{{u"id"_s, c.voice.id}, {u"provider"_s, c.voice.provider}}));
    return o;
}

QJsonObject FakeSimulation::toJson(double simNow, const QString &audioBase) const
{
    const Snapshot s = snapshot(simNow);

    QJsonArray scenarios;
    for (const ScenarioRecord &sc : m_scenarios) {
        QJsonArray voices;
        for (const Voice &v : sc.voices)
            voices.append(QJsonObject{{u"id"_s, v.id}, {u"provider"_s, v.provider}});
        scenarios.append(QJsonObject{{u"id"_s, sc.id},
                                     {u"name"_s, sc.name},
                                     {u"description"_s, textOrFalse(sc.description)},
                                     {u"expected_result"_s, textOrFalse(sc.expectedResult)},
                                     {u"selected_voices"_s, voices}});
    }

    QJsonArray recordings;
    int positive = 0, negative = 0, neutral = 0;
    for (int i = 0; i < s.finished && i < m_plan.size(); ++i) {
        const PlannedCall &c = m_plan.at(i);
        recordings.append(recordingJson(c, audioBase));
        switch (c.sentiment) {
        case Sentiment::Positive: ++positive; break;
        case Sentiment::Negative: ++negative; break;
        case Sentiment::Neutral: ++neutral; break;
        }
    }

    QString summary, wrong, suggestions, prompt;
    if (s.summaryReady || s.reviewReady) {
        const RunFacts facts = runFacts(s.finished);
        if (s.summaryReady)
            summary = summaryText(facts, s.phase == Phase::Stopped);
        if (s.reviewReady) {
            wrong = whatWentWrongText(facts);
            suggestions = suggestionsText(facts);
            prompt = promptSuggestionText(facts);
        }
    }

    QJsonObject o;
    o.insert(u"id"_s, m_id);
    o.insert(u"name"_s, textOrFalse(m_name));
    o.insert(u"bot_id"_s, m_agentId == 0
                              ? QJsonValue(false)
                              : QJsonValue(QJsonObject{{u"id"_s, m_agentId}, {u"name"_s, m_agentName}}));
    o.insert(u"status"_s, phaseName(s.phase));
    o.insert(u"number_of_call_to_make"_s, m_callsPerScenario);
    o.insert(u"concurrent_call_count"_s, m_concurrent);
    o.insert(u"max_call_duration_in_minutes"_s, m_maxCallMinutes);
    o.insert(u"scenarios_ids"_s, scenarios);
    o.insert(u"what_went_wrong"_s, textOrFalse(wrong));
    o.insert(u"suggestions_for_improvement"_s, textOrFalse(suggestions));
    o.insert(u"prompt_suggestion"_s, textOrFalse(prompt));
    o.insert(u"is_auto_prompt_suggestions_applied"_s, false);
    o.insert(u"how_many_scenario_to_generate"_s, 0);
    o.insert(u"summary"_s, textOrFalse(summary));
    o.insert(u"analyticsData"_s, QJsonObject{{u"Positive"_s, positive},
                                             {u"Negative"_s, negative},
                                             {u"Neutral"_s, neutral}});
    o.insert(u"total_simulation_remaining_records"_s, s.remaining);
    o.insert(u"total_simulation_in_progress_records"_s, s.inProgress);
    o.insert(u"total_simulation_finished_records"_s, s.finished);
    o.insert(u"total_records"_s, s.total);
    o.insert(u"progress"_s, QJsonArray{s.progress});
    o.insert(u"simulation_call_recording"_s, recordings);
    o.insert(u"can_stop"_s, s.canStop);
    o.insert(u"active_calls_count"_s, s.inProgress);
    o.insert(u"create_date"_s, odooDate(m_createDate));
    return o;
}

} // namespace simwatch::standin
