#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace simwatch {

// The server's status string is kept as sent; this enum is our reading of it.
enum class Status { Unknown, Draft, Pending, InProgress, CalculatingSummary, Completed, Stopped };

Status statusFromString(const QString &text);
// The API's string for a known status ("In Progress"); empty for Unknown.
QString statusName(Status status);
bool isTerminal(Status status);

// One of the four review fields, which the API sends as `string | boolean`.
struct ReviewText
{
    enum class State {
        Missing,  // key absent or of an unexpected type
        NotYet,   // `false`: not computed yet
        NoText,   // `true` or "": available, but nothing to show
        Text,     // a non-empty string
    };
    State state = State::Missing;
    QString text;

    bool hasText() const { return state == State::Text; }
    friend bool operator==(const ReviewText &, const ReviewText &) = default;
};

struct AgentRef
{
    int id = -1;
    QString name;
    friend bool operator==(const AgentRef &, const AgentRef &) = default;
};

struct Sentiment
{
    int positive = 0;
    int negative = 0;
    int neutral = 0;
    int total() const { return positive + negative + neutral; }
    friend bool operator==(const Sentiment &, const Sentiment &) = default;
};

struct CallCounts
{
    int total = 0;
    int finished = 0;
    int inProgress = 0;
    int remaining = 0;
    int active = 0;
    friend bool operator==(const CallCounts &, const CallCounts &) = default;
};

// One test call. The item is an open object: `json` keeps it as the server wrote it; the other
// members are the well-known keys, read tolerantly (empty / -1 when absent). The object is kept
// as text, not as a QJsonObject: Qt's JSON tree takes 2.2 times the text's memory, and the
// transcript as a QString twice its UTF-8 size, for what only the selected call's detail reads.
struct Recording
{
    QByteArray json;               // the call's JSON object (UTF-8)
    int id = -1;
    QDateTime timeOfCall;          // UTC
    QString callStatus;
    int durationSeconds = -1;      // from call_duration_in_seconds or "M:S" call_duration
    QString sentiment;             // "Positive" / "Negative" / "Neutral" / other as sent
    QString scenario;              // scenario_id.name, or scenario / scenario_name
    QString voice;                 // "provider id" or name when known
    QString recordingUrl;          // empty when `false` or absent

    // Every key the server sent, read from `json` on each call.
    QJsonObject raw() const;
    // call_conversation, turns separated by <br/>; empty when absent or not text. Read on each call.
    QString conversation() const;

    friend bool operator==(const Recording &a, const Recording &b)
    {
        return a.json.isSharedWith(b.json) || a.json == b.json;
    }
};

struct Simulation
{
    int id = -1;
    QString name;
    std::optional<AgentRef> agent;
    QString statusText;            // as sent by the server
    Status status = Status::Unknown;
    double progressPercent = 0;    // already clamped to 0..100 (see parse for the fallbacks)
    CallCounts calls;
    Sentiment sentiment;
    ReviewText summary;
    ReviewText whatWentWrong;
    ReviewText suggestionsForImprovement;
    ReviewText promptSuggestion;
    bool promptSuggestionApplied = false;
    bool canStop = false;
    int numberOfCallToMake = -1;
    int concurrentCallCount = -1;
    int maxCallDurationMinutes = -1;
    QDateTime created;             // UTC; invalid when absent or unreadable
    QList<QJsonObject> scenarios;
    QList<Recording> recordings;

    bool isTerminal() const { return simwatch::isTerminal(status); }
    int progressRounded() const;
    friend bool operator==(const Simulation &, const Simulation &) = default;
};

// A run's record from the list endpoint laid over what its detail GET gave: the record's values
// where it has them, the detail's where it leaves them out (a list that abbreviates its records
// blanks nothing: no calls while calls have finished, a review text or setting absent). Sets
// `needsDetail` when the record moved on in what it left out (more calls finished, another
// status), so that only the detail GET can complete the run.
Simulation overDetail(const Simulation &record, const Simulation &detail, bool *needsDetail);

} // namespace simwatch

Q_DECLARE_METATYPE(simwatch::Simulation)
