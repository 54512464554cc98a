#pragma once

#include "domain/simulation.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// The reviewer's own judgement of a run: what the server cannot know. Sentiment says how the
// caller felt; a verdict says whether the agent did what the scenario expected.
namespace simwatch {

enum class Verdict { None, Pass, Fail, Unsure };

// The stable name of a verdict in the history file, the exports and --json: "pass", "fail",
// "unsure"; "" for None.
QString verdictKey(Verdict verdict);
Verdict verdictFromKey(QStringView key); // None for anything else
QString verdictText(Verdict verdict);    // "Pass", "Fail", "Unsure" (translated); "" for None

struct CallVerdict
{
    Verdict verdict = Verdict::None;
    QString note;
    bool isEmpty() const { return verdict == Verdict::None && note.trimmed().isEmpty(); }
    friend bool operator==(const CallVerdict &, const CallVerdict &) = default;
};

struct VerdictCounts
{
    int pass = 0;
    int fail = 0;
    int unsure = 0;
    int judged() const { return pass + fail + unsure; }
    friend bool operator==(const VerdictCounts &, const VerdictCounts &) = default;
};

// Everything the reviewer said about one run: a verdict and note per call (by callKey()) and a
// note on the run.
struct RunVerdicts
{
    QHash<QString, CallVerdict> calls;
    QString note;
    CallVerdict call(const QString &key) const { return calls.value(key); }
    // Counts over the calls of `simulation` only (a verdict on a call the server no longer lists
    // is kept, but not counted).
    VerdictCounts counts(const Simulation &simulation) const;
    bool isEmpty() const { return calls.isEmpty() && note.trimmed().isEmpty(); }
    friend bool operator==(const RunVerdicts &, const RunVerdicts &) = default;
};

// How a call is named in the verdicts: its own id ("70004"), or "#<position>" (1-based) for a
// call the server sent without one.
QString callKey(const Recording &recording, int position);

// The `expected_result` of the scenario a call belongs to (by the call's scenario_id id, else
// by scenario name); empty when unknown or `false`.
QString expectedResult(const Simulation &simulation, const Recording &recording);

// {pass, fail, unsure, not_judged} over the calls of `simulation`: the exports' and --json's.
QJsonObject verdictCountsJson(const Simulation &simulation, const RunVerdicts &verdicts);

} // namespace simwatch

Q_DECLARE_METATYPE(simwatch::RunVerdicts)
