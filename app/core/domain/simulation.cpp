#include "domain/simulation.h"

#include "domain/jsonscan.h"

#include <QJsonDocument>

#include <QtMath>

#include <algorithm>

namespace simwatch {

namespace {

// Lower-cases `text` and drops whitespace, '_' and '-', so that "In Progress",
// " in  progress ", "IN_PROGRESS" and "InProgress" all read as "inprogress".
QString statusKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'_' || c == u'-')
            continue;
        key.append(c.toLower());
    }
    return key;
}

} // namespace

QString statusName(Status status)
{
    switch (status) {
    case Status::Draft: return QStringLiteral("Draft");
    case Status::Pending: return QStringLiteral("Pending");
    case Status::InProgress: return QStringLiteral("In Progress");
    case Status::CalculatingSummary: return QStringLiteral("Calculating Summary");
    case Status::Completed: return QStringLiteral("Completed");
    case Status::Stopped: return QStringLiteral("Stopped");
    case Status::Unknown: break;
    }
    return {};
}

Status statusFromString(const QString &text)
{
    struct Known
    {
        QStringView key;
        Status status;
    };
    static constexpr Known known[] = {
        {u"draft", Status::Draft},
        {u"pending", Status::Pending},
        {u"inprogress", Status::InProgress},
        {u"calculatingsummary", Status::CalculatingSummary},
        {u"completed", Status::Completed},
        {u"stopped", Status::Stopped},
    };
    const QString key = statusKey(text);
    if (key.isEmpty())
        return Status::Unknown;
    for (const Known &k : known) {
        if (key == k.key)
            return k.status;
    }
    return Status::Unknown;
}

bool isTerminal(Status status)
{
    return status == Status::Completed || status == Status::Stopped;
}

int Simulation::progressRounded() const
{
    if (qIsNaN(progressPercent))
        return 0;
    return qRound(std::clamp(progressPercent, 0.0, 100.0));
}

QJsonObject Recording::raw() const
{
    return QJsonDocument::fromJson(json).object();
}

QString Recording::conversation() const
{
    // Only the one member is decoded: the search over all calls reads this for every row.
    const std::optional<QJsonValue> value = json::member(json, QLatin1StringView("call_conversation"));
    const QJsonValue conversation = value ? *value : raw().value(QLatin1StringView("call_conversation"));
    return conversation.isString() ? conversation.toString() : QString();
}

Simulation overDetail(const Simulation &record, const Simulation &detail, bool *needsDetail)
{
    Simulation merged = record;
    const bool moved = record.calls.finished != detail.calls.finished || record.status != detail.status;
    bool leftOut = false;
    if (record.recordings.isEmpty() && (record.calls.finished > 0 || !detail.recordings.isEmpty())) {
        merged.recordings = detail.recordings;
        leftOut = true;
    } else if (record.recordings == detail.recordings) {
        merged.recordings = detail.recordings; // the same calls, shared with what the views hold
    }
    for (ReviewText Simulation::*text : {&Simulation::summary, &Simulation::whatWentWrong,
                                        &Simulation::suggestionsForImprovement, &Simulation::promptSuggestion}) {
        if ((record.*text).state == ReviewText::State::Missing) {
            merged.*text = detail.*text;
            leftOut = true;
        }
    }
    if (record.statusText.isEmpty()) {
        merged.status = detail.status;
        merged.statusText = detail.statusText;
    }
    if (!record.agent)
        merged.agent = detail.agent;
    if (record.scenarios.isEmpty())
        merged.scenarios = detail.scenarios;
    if (!record.created.isValid())
        merged.created = detail.created;
    for (int Simulation::*setting : {&Simulation::numberOfCallToMake, &Simulation::concurrentCallCount,
                                    &Simulation::maxCallDurationMinutes}) {
        if (record.*setting < 0)
            merged.*setting = detail.*setting;
    }
    if (needsDetail)
        *needsDetail = leftOut && moved;
    return merged;
}

} // namespace simwatch
