#pragma once

#include "actions/promptdiff.h"
#include "domain/simulation.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Two runs side by side ("is it better than last time?"): counts, sentiment overall and per
// scenario, call durations, and the review texts as a diff. Pure: the window, the exports and
// the headless --compare all read the same values.
namespace simwatch::compare {

struct Durations
{
    int calls = 0;      // calls with a known duration
    int mean = -1;      // seconds, -1 when no call has one
    int median = -1;
    int longest = -1;
};

struct Side
{
    int id = -1;
    QString name;
    QString agent;
    QString status;
    double progress = 0;
    CallCounts calls;
    Sentiment sentiment;
    Durations durations;
};

struct ScenarioRow
{
    QString scenario;   // as the calls name it; "(no scenario)" for calls without one
    Sentiment before;
    Sentiment after;
};

struct TextDiff
{
    QString title;      // "Summary", "What went wrong", ...
    QString before;     // the text, or the note saying why there is none
    QString after;
    bool changed = false;
    QList<promptdiff::LinePair> lines;
};

struct Comparison
{
    Side before;
    Side after;
    QList<ScenarioRow> scenarios; // in the order they first appear (before, then after)
    QList<TextDiff> texts;
};

Comparison compare(const Simulation &before, const Simulation &after);

// Call sentiment as the API spells it ("Positive", any case); the others count as neither.
Sentiment sentimentOfCalls(const QList<Recording> &calls);
Durations durationsOf(const QList<Recording> &calls);

// The machine-readable form for `--compare --json`: locale-free, one object.
QJsonObject toJson(const Comparison &comparison);
// The readable form for a terminal: one fact per line, server text escaped. (Markdown, HTML and
// PDF are in app/report/comparisonreport.)
QString toText(const Comparison &comparison);

} // namespace simwatch::compare
