#pragma once

// One simulation of the stand-in server: its configuration, its current run's call plan, and the
// JSON it answers with at a given point of the simulated clock. The state is a pure function of
// (plan, elapsed simulated time): nothing changes between two polls unless the clock crossed a
// boundary, so unchanged polls give byte-identical bodies.

#include "democontent.h"
#include "standinserver.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace simwatch::standin {

struct Voice
{
    QString id;
    QString provider;
};

struct ScenarioRecord
{
    int id = 0;
    int templateIndex = -1; // -1: custom scenario (generic transcripts)
    QString name;
    QString description;
    QString expectedResult;
    QList<Voice> voices;
};

enum class Phase { Draft, Pending, InProgress, CalculatingSummary, Completed, Stopped };
QString phaseName(Phase p);

struct PlannedCall
{
    int recordingId = 0;
    int scenarioIndex = 0;
    double startOffset = 0;  // simulated seconds after the run started
    double finishOffset = 0;
    QString callStatus;      // "completed", "failed", "no-answer"
    int durationSeconds = 0;
    Sentiment sentiment = Sentiment::Neutral;
    CallContent content;
    Voice voice;
};

struct Snapshot
{
    Phase phase = Phase::Draft;
    int total = 0;
    int finished = 0;
    int inProgress = 0;
    int remaining = 0;
    int progress = 0;
    bool canStop = false;
    bool summaryReady = false; // summary text present
    bool reviewReady = false;  // what_went_wrong, suggestions_for_improvement, prompt_suggestion present
};

class FakeSimulation
{
public:
    FakeSimulation(int id, const SimulationSpec &spec, QList<ScenarioRecord> scenarios,
                   const QDateTime &createDateUtc);

    int id() const { return m_id; }
    QString name() const { return m_name; }
    int agentId() const { return m_agentId; }
    QString agentName() const { return m_agentName; }
    int totalCalls() const { return int(m_scenarios.size()) * m_callsPerScenario; }
    const QList<ScenarioRecord> &scenarios() const { return m_scenarios; }
    void setScenarios(QList<ScenarioRecord> scenarios) { m_scenarios = std::move(scenarios); }

    Snapshot snapshot(double simNow) const;
    QJsonObject toJson(double simNow, const QString &audioBase) const;

    // Starts the run (Draft -> Pending). `simNow` is the simulated clock at the start;
    // `wallStartUtc` anchors the call timestamps. Recording ids are
    // firstRecordingId .. firstRecordingId + totalCalls() - 1.
    void start(double simNow, const QDateTime &wallStartUtc, int firstRecordingId);

    struct StopResult
    {
        bool stopped = false;
        int disconnected = 0;    // calls in progress that were hung up
        int pendingStopped = 0;  // calls that will not be made
    };
    StopResult stop(double simNow);

    // The planned call with this recording id in the current run, or nullptr.
    const PlannedCall *plannedCall(int recordingId) const;

private:
    double effectiveElapsed(double simNow, bool *stopped) const;
    QJsonObject recordingJson(const PlannedCall &call, const QString &audioBase) const;
    RunFacts runFacts(int finished) const;

    int m_id = 0;
    QString m_name;
    int m_agentId = 0;
    QString m_agentName;
    int m_callsPerScenario = 1;
    int m_concurrent = 3;
    int m_maxCallMinutes = 3;
    double m_duration = 120;
    bool m_endStopped = false;
    QList<ScenarioRecord> m_scenarios;
    QDateTime m_createDate;

    // the run, once started
    bool m_started = false;
    int m_run = 0; // 1 once started; part of the content seeds, so the demo's calls stay the same
    double m_startedAt = 0;
    QDateTime m_wallStart;
    std::optional<double> m_stoppedAt; // elapsed simulated seconds at a client stop
    QList<PlannedCall> m_plan;
};

} // namespace simwatch::standin
