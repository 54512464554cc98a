#include "payload.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <iterator>
#include <random>

using namespace Qt::StringLiterals;

namespace simwatch::bench {

namespace {

const char *const kScenarios[] = {
    "Double charge on card", "Cancel subscription", "Change delivery address", "Angry caller wants a manager",
    "Refund for late order", "Reset password", "Upgrade plan", "Report a lost card", "Book an appointment",
    "Caller speaks mostly French",
};
constexpr int kScenarioCount = int(std::size(kScenarios));

const char *const kAgentLines[] = {
    "Thank you for calling Northwind, this is Ava. How can I help you today?",
    "I'm sorry to hear that. Let me pull up your account.",
    "Can you confirm the last four digits of the card on file?",
    "I can see one settled charge and one pending authorisation for the same amount.",
    "The pending one will drop off within three to five business days.",
    "I have opened a billing investigation; the reference is in the e-mail I just sent.",
    "Is there anything else I can help you with today?",
    "I understand. I can transfer you to a supervisor if you prefer.",
    "Your new delivery address will apply from the next order onwards.",
    "I've reset the password; the link is valid for thirty minutes.",
};
const char *const kCustomerLines[] = {
    "Hi, I was charged twice for my subscription this month.",
    "It's 2363.",
    "Well, my bank statement shows two charges. I'm looking at it right now.",
    "So you're telling me I have to wait a week?",
    "Okay, that works. Thanks.",
    "No, that was all. Have a nice day.",
    "I want to speak to your manager, please.",
    "Can you send me a confirmation by e-mail?",
    "Je préfère parler français, c'est possible ?",   // some transcripts are not ASCII
    "The order was supposed to arrive on Monday and it's Thursday now.",
};
const char *const kStatuses[] = {"completed", "completed", "completed", "completed", "no-answer", "busy"};
const char *const kSentiments[] = {"Positive", "Negative", "Neutral"};
const char *const kProviders[] = {"cartesia", "eleven_labs", "deepgram"};

// Recording i depends on i only, so the "one more finished" body is the plain body plus one.
QJsonObject recordingObject(int simulationId, int i, int *sentimentIndex)
{
    std::mt19937 rng(quint32(simulationId) * 7919u + quint32(i));
    const auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };

    // Transcripts of a few hundred bytes to a few KB, most of them short: 200 B .. ~3.5 KB,
    // median about 750 B (log-uniform).
    const double logLength = std::uniform_real_distribution<double>(std::log(200.0), std::log(3500.0))(rng);
    const int targetLength = int(std::exp(logLength));
    QStringList turns;
    int length = 0;
    for (int turn = 0; length < targetLength; ++turn) {
        const QString line = turn % 2 == 0 ? u"Agent: "_s + QString::fromUtf8(kAgentLines[pick(int(std::size(kAgentLines)))])
                                           : u"Customer: "_s
                + QString::fromUtf8(kCustomerLines[pick(int(std::size(kCustomerLines)))]);
        length += int(line.size()) + 5;
        turns.append(line);
    }

    const int scenario = i % kScenarioCount;
    const int duration = 20 + pick(160);
    const QString status = QString::fromLatin1(kStatuses[pick(int(std::size(kStatuses)))]);
    *sentimentIndex = pick(3);
    const QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC).addSecs(qint64(i) * 37);
    const int recordingId = 70000 + i;

    QJsonObject o;
    o.insert(u"id"_s, recordingId);
    o.insert(u"time_of_call"_s, start.toString(u"MM/dd/yyyy HH:mm:ss"_s));
    o.insert(u"call_status"_s, status);
    o.insert(u"call_duration"_s, u"%1:%2"_s.arg(duration / 60).arg(duration % 60, 2, 10, QLatin1Char('0')));
    o.insert(u"call_duration_in_seconds"_s, duration);
    o.insert(u"recording_url"_s, status == u"completed"_s
                 ? QJsonValue(u"https://storage.example.com/recordings/%1/%2.wav"_s.arg(simulationId).arg(recordingId))
                 : QJsonValue(false));
    o.insert(u"call_conversation"_s, turns.join(u"<br/>"_s));
    o.insert(u"sentiment_score"_s, QString::fromLatin1(kSentiments[*sentimentIndex]));
    o.insert(u"is_simulation"_s, true);
    o.insert(u"scenario_id"_s, QJsonObject{{u"id"_s, 3000 + scenario}, {u"name"_s, QString::fromUtf8(kScenarios[scenario])}});
    o.insert(u"voice"_s, QJsonObject{{u"id"_s, u"a0e99841-438c-4a64-b679-%1"_s.arg(100000000000 + pick(1000000), 12, 10, QLatin1Char('0'))},
                                     {u"provider"_s, QString::fromLatin1(kProviders[pick(int(std::size(kProviders)))])}});
    return o;
}

} // namespace

QByteArray simulationBody(const PayloadSpec &spec)
{
    const int finished = spec.recordings + (spec.oneMoreFinished ? 1 : 0);
    const int total = spec.recordings + 100; // still running: 3 in progress, the rest remaining
    const int inProgress = 3;

    QJsonArray recordings;
    int sentiment[3] = {};
    for (int i = 0; i < finished; ++i) {
        int s = 0;
        recordings.append(recordingObject(spec.simulationId, i, &s));
        ++sentiment[s];
    }

    QJsonArray scenarios;
    for (int k = 0; k < kScenarioCount; ++k) {
        scenarios.append(QJsonObject{
            {u"id"_s, 3000 + k},
            {u"name"_s, QString::fromUtf8(kScenarios[k])},
            {u"description"_s, u"The caller (%1) tries to get the agent to resolve the issue in one call."_s
                                   .arg(QString::fromUtf8(kScenarios[k]))},
            {u"expected_result"_s, u"The agent resolves the issue politely and confirms the next steps."_s},
            {u"selected_voices"_s, QJsonArray{QJsonObject{{u"id"_s, u"a0e99841-438c-4a64-b679-ae501e7d6091"_s},
                                                          {u"provider"_s, u"cartesia"_s}}}},
        });
    }

    QJsonObject o;
    o.insert(u"id"_s, spec.simulationId);
    o.insert(u"name"_s, u"Load test %1"_s.arg(spec.recordings));
    o.insert(u"bot_id"_s, QJsonObject{{u"id"_s, 1234}, {u"name"_s, u"Customer Support Agent"_s}});
    o.insert(u"status"_s, u"In Progress"_s);
    o.insert(u"number_of_call_to_make"_s, 3);
    o.insert(u"concurrent_call_count"_s, 3);
    o.insert(u"max_call_duration_in_minutes"_s, 3);
    o.insert(u"scenarios_ids"_s, scenarios);
    o.insert(u"what_went_wrong"_s, false);
    o.insert(u"suggestions_for_improvement"_s, false);
    o.insert(u"prompt_suggestion"_s, false);
    o.insert(u"is_auto_prompt_suggestions_applied"_s, false);
    o.insert(u"how_many_scenario_to_generate"_s, 0);
    o.insert(u"summary"_s, false);
    o.insert(u"analyticsData"_s, QJsonObject{{u"Positive"_s, sentiment[0]}, {u"Negative"_s, sentiment[1]},
                                             {u"Neutral"_s, sentiment[2]}});
    o.insert(u"total_simulation_remaining_records"_s, total - finished - inProgress);
    o.insert(u"total_simulation_in_progress_records"_s, inProgress);
    o.insert(u"total_simulation_finished_records"_s, finished);
    o.insert(u"total_records"_s, total);
    o.insert(u"progress"_s, QJsonArray{100.0 * finished / total});
    o.insert(u"simulation_call_recording"_s, recordings);
    o.insert(u"can_stop"_s, true);
    o.insert(u"active_calls_count"_s, inProgress);
    o.insert(u"create_date"_s, u"11/27/2026 09:58:12"_s);

    return QJsonDocument(QJsonObject{{u"success"_s, true}, {u"simulation"_s, o}}).toJson(QJsonDocument::Compact);
}

} // namespace simwatch::bench
