// Tests for the JSON -> domain parse layer (app/core/domain/parse.*), the Status helpers in
// simulation.cpp and kindName() in apierror.cpp. Quirk tables follow api/REFERENCE.md.

#include "api/apierror.h"
#include "domain/parse.h"
#include "domain/simulation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <climits>
#include <limits>

using namespace simwatch;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(simwatch::Status)
Q_DECLARE_METATYPE(simwatch::ReviewText::State)
Q_DECLARE_METATYPE(simwatch::ApiError::Kind)

// Readable QCOMPARE failures (found by argument-dependent lookup).
namespace simwatch {

char *toString(Status status)
{
    static const char *const names[] = {"Unknown", "Draft", "Pending", "InProgress",
                                        "CalculatingSummary", "Completed", "Stopped"};
    const auto index = static_cast<int>(status);
    return qstrdup(index >= 0 && index < 7 ? names[index] : "?");
}

char *toString(ReviewText::State state)
{
    static const char *const names[] = {"Missing", "NotYet", "NoText", "Text"};
    const auto index = static_cast<int>(state);
    return qstrdup(index >= 0 && index < 4 ? names[index] : "?");
}

char *toString(ApiError::Kind kind)
{
    return qstrdup(kindName(kind).toUtf8().constData());
}

} // namespace simwatch

namespace {

// A JSON value from its text; nullptr gives an undefined ("missing") value.
QJsonValue json(const char *text)
{
    if (!text)
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        qFatal("bad JSON in test table: %s", text);
    return document.array().at(0);
}

QJsonObject object(const char *text)
{
    const QJsonValue value = json(text);
    if (!value.isObject())
        qFatal("not a JSON object in test table: %s", text);
    return value.toObject();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), QTimeZone::UTC);
#else
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
#endif
}

QString testDataPath(const QString &name)
{
#ifdef SIMWATCH_TESTDATA_DIR
    return QStringLiteral(SIMWATCH_TESTDATA_DIR) + u'/' + name;
#else
    return QFINDTESTDATA(u"testdata/"_s + name);
#endif
}

QByteArray fixture(const QString &name)
{
    QFile file(testDataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Simulation parseFixture(const QString &name)
{
    const QByteArray body = fixture(name);
    if (body.isEmpty())
        qFatal("cannot read fixture %s", qPrintable(name));
    parse::SimulationResult result = parse::simulationResponse(body);
    if (!result.simulation)
        qFatal("fixture %s does not parse: %s", qPrintable(name), qPrintable(result.error.message));
    return *result.simulation;
}

const QStringList kFixtures = {u"getsimulation_example.json"_s, u"simulation_in_progress.json"_s,
                               u"simulation_completed.json"_s};

} // namespace

class TestParse : public QObject
{
    Q_OBJECT

private slots:
    // simulation.cpp / apierror.cpp
    void kindName_data();
    void kindName();
    void statusFromString_data();
    void statusFromString();
    void isTerminal_data();
    void isTerminal();
    void progressRounded_data();
    void progressRounded();

    // fixtures
    void getSimulationExample();
    void inProgressFixture();
    void completedFixture();
    void truncatedFixtures();

    // quirk tables
    void progress_data();
    void progress();
    void reviewText_data();
    void reviewText();
    void reviewFieldsInObject();
    void botId_data();
    void botId();
    void status_data();
    void status();
    void odooDate_data();
    void odooDate();
    void counters_data();
    void counters();
    void settings_data();
    void settings();
    void booleans_data();
    void booleans();
    void simulationId_data();
    void simulationId();
    void durationText_data();
    void durationText();
    void recordingFields_data();
    void recordingFields();
    void recordingListShapes_data();
    void recordingListShapes();
    void scenarios();

    // whole replies
    void errors_data();
    void errors();
    void accepted_data();
    void accepted();
    void errorDescription_data();
    void errorDescription();
    void simulationPage_data();
    void simulationPage();
    void simulationPageReadAgain();
    void wrongTypedEverything();
    void fuzzRegressionsParseWithoutCrashing();
};

// ---------------------------------------------------------------- simulation.cpp / apierror.cpp

void TestParse::kindName_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("name");
    using K = ApiError::Kind;
    QTest::newRow("None") << K::None << u"none"_s;
    QTest::newRow("ConnectionRefused") << K::ConnectionRefused << u"connection_refused"_s;
    QTest::newRow("HostNotFound") << K::HostNotFound << u"host_not_found"_s;
    QTest::newRow("Timeout") << K::Timeout << u"timeout"_s;
    QTest::newRow("Network") << K::Network << u"network"_s;
    QTest::newRow("Tls") << K::Tls << u"tls"_s;
    QTest::newRow("Unauthorized") << K::Unauthorized << u"unauthorized"_s;
    QTest::newRow("Forbidden") << K::Forbidden << u"forbidden"_s;
    QTest::newRow("NotFound") << K::NotFound << u"not_found"_s;
    QTest::newRow("RateLimited") << K::RateLimited << u"rate_limited"_s;
    QTest::newRow("ServerError") << K::ServerError << u"server_error"_s;
    QTest::newRow("HttpError") << K::HttpError << u"http_error"_s;
    QTest::newRow("ApiFailure") << K::ApiFailure << u"api_failure"_s;
    QTest::newRow("BadPayload") << K::BadPayload << u"bad_payload"_s;
    QTest::newRow("TooLarge") << K::TooLarge << u"too_large"_s;
}

void TestParse::kindName()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, name);
    QCOMPARE(simwatch::kindName(kind), name);
}

void TestParse::statusFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Status>("status");
    QTest::newRow("Draft") << u"Draft"_s << Status::Draft;
    QTest::newRow("Pending") << u"Pending"_s << Status::Pending;
    QTest::newRow("In Progress") << u"In Progress"_s << Status::InProgress;
    QTest::newRow("Calculating Summary") << u"Calculating Summary"_s << Status::CalculatingSummary;
    QTest::newRow("Completed") << u"Completed"_s << Status::Completed;
    QTest::newRow("Stopped") << u"Stopped"_s << Status::Stopped;
    QTest::newRow("lower case") << u"completed"_s << Status::Completed;
    QTest::newRow("upper case") << u"IN PROGRESS"_s << Status::InProgress;
    QTest::newRow("padded") << u"  Pending\n"_s << Status::Pending;
    QTest::newRow("double space") << u"In  Progress"_s << Status::InProgress;
    QTest::newRow("no space") << u"CalculatingSummary"_s << Status::CalculatingSummary;
    QTest::newRow("snake key") << u"in_progress"_s << Status::InProgress;
    QTest::newRow("unknown") << u"Queued"_s << Status::Unknown;
    QTest::newRow("prefix") << u"Complete"_s << Status::Unknown;
    QTest::newRow("suffix") << u"Stopped!"_s << Status::Unknown;
    QTest::newRow("empty") << QString() << Status::Unknown;
    QTest::newRow("blank") << u"   "_s << Status::Unknown;
}

void TestParse::statusFromString()
{
    QFETCH(QString, text);
    QFETCH(Status, status);
    QCOMPARE(simwatch::statusFromString(text), status);
}

void TestParse::isTerminal_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("Unknown") << Status::Unknown << false;
    QTest::newRow("Draft") << Status::Draft << false;
    QTest::newRow("Pending") << Status::Pending << false;
    QTest::newRow("InProgress") << Status::InProgress << false;
    QTest::newRow("CalculatingSummary") << Status::CalculatingSummary << false;
    QTest::newRow("Completed") << Status::Completed << true;
    QTest::newRow("Stopped") << Status::Stopped << true;
}

void TestParse::isTerminal()
{
    QFETCH(Status, status);
    QFETCH(bool, terminal);
    QCOMPARE(simwatch::isTerminal(status), terminal);
    Simulation simulation;
    simulation.status = status;
    QCOMPARE(simulation.isTerminal(), terminal);
}

void TestParse::progressRounded_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<int>("rounded");
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("42.4") << 42.4 << 42;
    QTest::newRow("42.6") << 42.6 << 43;
    QTest::newRow("99.5") << 99.5 << 100;
    QTest::newRow("100") << 100.0 << 100;
    QTest::newRow("above") << 150.0 << 100;
    QTest::newRow("below") << -5.0 << 0;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 0;
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << 100;
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << 0;
}

void TestParse::progressRounded()
{
    QFETCH(double, percent);
    QFETCH(int, rounded);
    Simulation simulation;
    simulation.progressPercent = percent;
    QCOMPARE(simulation.progressRounded(), rounded);
}

// ---------------------------------------------------------------- fixtures

void TestParse::getSimulationExample()
{
    const parse::SimulationResult result = parse::simulationResponse(fixture(u"getsimulation_example.json"_s));
    QCOMPARE(result.error.kind, ApiError::Kind::None);
    QVERIFY(!result.error.isError());
    QVERIFY(result.simulation.has_value());
    const Simulation &s = *result.simulation;

    QCOMPARE(s.id, 456);
    QCOMPARE(s.name, u"Customer Support Test"_s);
    QVERIFY(s.agent.has_value());
    QCOMPARE(s.agent->id, 1234);
    QCOMPARE(s.agent->name, u"Customer Support Agent"_s);
    QVERIFY(s.scenarios.isEmpty());
    QCOMPARE(s.statusText, u"Draft"_s);
    QCOMPARE(s.status, Status::Draft);
    QVERIFY(!s.isTerminal());
    QCOMPARE(s.numberOfCallToMake, 1);
    QCOMPARE(s.concurrentCallCount, 3);
    QCOMPARE(s.maxCallDurationMinutes, 3);
    QCOMPARE(s.whatWentWrong.state, ReviewText::State::NotYet);
    QCOMPARE(s.suggestionsForImprovement.state, ReviewText::State::NotYet);
    QCOMPARE(s.promptSuggestion.state, ReviewText::State::NotYet);
    QCOMPARE(s.summary.state, ReviewText::State::NotYet);
    QVERIFY(s.summary.text.isEmpty());
    QVERIFY(!s.summary.hasText());
    QCOMPARE(s.promptSuggestionApplied, false);
    QCOMPARE(s.sentiment, Sentiment{});
    QCOMPARE(s.sentiment.total(), 0);
    QCOMPARE(s.calls, CallCounts{});
    QCOMPARE(s.progressPercent, 0.0);
    QCOMPARE(s.progressRounded(), 0);
    QVERIFY(s.created.isValid());
    QCOMPARE(s.created, utc(2026, 5, 8, 9, 10, 29));
    QCOMPARE(s.created.timeSpec(), Qt::UTC);
    QCOMPARE(s.created.toString(Qt::ISODate), u"2026-05-08T09:10:29Z"_s);
    QVERIFY(s.recordings.isEmpty());
    QCOMPARE(s.canStop, false);
    QCOMPARE(s.calls.active, 0);
}

void TestParse::inProgressFixture()
{
    const Simulation s = parseFixture(u"simulation_in_progress.json"_s);
    QCOMPARE(s.id, 772);
    QCOMPARE(s.name, u"Refund flow regression"_s);
    QCOMPARE(s.agent, std::optional<AgentRef>(AgentRef{1234, u"Customer Support Agent"_s}));
    QCOMPARE(s.status, Status::InProgress);
    QCOMPARE(s.statusText, u"In Progress"_s);
    QCOMPARE(s.progressPercent, 50.0);
    QCOMPARE((CallCounts{4, 2, 1, 1, 1}), s.calls);
    QCOMPARE((Sentiment{1, 1, 0}), s.sentiment);
    QCOMPARE(s.canStop, true);
    QCOMPARE(s.numberOfCallToMake, 2);
    QCOMPARE(s.concurrentCallCount, 2);
    QCOMPARE(s.maxCallDurationMinutes, 5);
    QCOMPARE(s.summary.state, ReviewText::State::NotYet);
    QCOMPARE(s.created, utc(2026, 5, 6, 13, 31, 54));

    QCOMPARE(s.scenarios.size(), 2);
    QCOMPARE(s.scenarios.at(0).value("name"_L1).toString(), u"Angry customer wants a refund"_s);
    QCOMPARE(s.scenarios.at(1).value("id"_L1).toInt(), 32);

    QCOMPARE(s.recordings.size(), 2);
    const Recording &first = s.recordings.at(0);
    QCOMPARE(first.id, 9001);
    QCOMPARE(first.timeOfCall, utc(2026, 5, 6, 13, 35, 2));
    QCOMPARE(first.callStatus, u"completed"_s);
    QCOMPARE(first.durationSeconds, 187);
    QCOMPARE(first.sentiment, u"Negative"_s);
    QCOMPARE(first.scenario, u"Angry customer wants a refund"_s);
    QCOMPARE(first.voice, u"eleven_labs 21m00Tcm4TlvDq8ikWAM"_s);
    QCOMPARE(first.recordingUrl, u"https://storage.example.com/recordings/9001.mp3"_s);
    QVERIFY(first.conversation().startsWith(u"Agent: Thank you for calling, how can I help?<br/>Customer:"_s));
    QCOMPARE(first.conversation().count(u"<br/>"_s), 2);
    // raw keeps every key, known, nested and unknown
    QCOMPARE(first.raw().value("custom_flag"_L1).toString(), u"beta-cohort"_s);
    QCOMPARE(first.raw().value("is_simulation"_L1).toBool(), true);
    const QJsonObject variables = first.raw().value("extracted_variables"_L1).toObject();
    QCOMPARE(variables.value("order_id"_L1).toString(), u"A-1009"_s);
    QCOMPARE(variables.value("refund"_L1).toObject().value("amount"_L1).toDouble(), 59.9);
    QCOMPARE(first.raw().value("sentiment_analysis_details"_L1).toString(),
             u"The caller stayed frustrated throughout."_s);

    const Recording &second = s.recordings.at(1);
    QCOMPARE(second.id, 9002);
    QCOMPARE(second.durationSeconds, 62); // from "1:02", no call_duration_in_seconds
    QVERIFY(second.recordingUrl.isEmpty()); // false
    QCOMPARE(second.voice, u"deepgram aura-asteria-en"_s);
    QCOMPARE(second.scenario, u"Polite customer asks about delivery"_s);
    QCOMPARE(second.sentiment, u"Positive"_s);
    QVERIFY(second.raw().contains("custom_flag"_L1));
    QCOMPARE(second.raw().value("custom_flag"_L1), QJsonValue(false));
}

void TestParse::completedFixture()
{
    const Simulation s = parseFixture(u"simulation_completed.json"_s);
    QCOMPARE(s.id, 773);
    QCOMPARE(s.name, u"Billing questions — nightly"_s);
    QCOMPARE(s.status, Status::Completed);
    QVERIFY(s.isTerminal());
    QCOMPARE(s.progressPercent, 100.0);
    QCOMPARE(s.progressRounded(), 100);
    QCOMPARE((CallCounts{3, 3, 0, 0, 0}), s.calls);
    QCOMPARE((Sentiment{1, 1, 1}), s.sentiment);
    QCOMPARE(s.sentiment.total(), 3);
    QCOMPARE(s.canStop, false);
    QCOMPARE(s.maxCallDurationMinutes, 10);

    QCOMPARE(s.whatWentWrong.state, ReviewText::State::Text);
    QCOMPARE(s.whatWentWrong.text,
             u"In the \"Cancel subscription\" call the agent offered the discount three times.\n"
             "It never confirmed the cancellation."_s);
    QCOMPARE(s.suggestionsForImprovement.state, ReviewText::State::Text);
    // kept as sent: surrounding whitespace is not trimmed away
    QCOMPARE(s.suggestionsForImprovement.text,
             u"  Offer the retention discount at most once.\n- Always confirm the cancellation explicitly.  "_s);
    QCOMPARE(s.promptSuggestion.state, ReviewText::State::Text);
    QVERIFY(s.promptSuggestion.text.startsWith(u"You are a billing agent."_s));
    QCOMPARE(s.summary.state, ReviewText::State::Text);
    QVERIFY(s.summary.hasText());
    QVERIFY(s.summary.text.contains(u"pushy on cancellations"_s));

    QCOMPARE(s.scenarios.size(), 3);

    // the "not an object" item is skipped
    QCOMPARE(s.recordings.size(), 3);
    const Recording &a = s.recordings.at(0);
    QCOMPARE(a.id, 9101);
    QCOMPARE(a.durationSeconds, 150);
    QCOMPARE(a.voice, u"rime mist"_s);
    QCOMPARE(a.scenario, u"Double charge"_s);
    QCOMPARE(a.raw().value("extracted_variables"_L1).toObject().value("charge_ids"_L1).toArray().size(), 2);

    const Recording &b = s.recordings.at(1);
    QCOMPARE(b.id, 9102);
    QCOMPARE(b.durationSeconds, 3723); // "1:02:03"
    QCOMPARE(b.scenario, u"Cancel subscription"_s); // scenario_name
    QCOMPARE(b.voice, u"cartesia 7"_s);             // selected_voice with a numeric id
    QVERIFY(b.recordingUrl.isEmpty());
    QCOMPARE(b.sentiment, u"Negative"_s);
    QCOMPARE(b.raw().value("custom_flag"_L1).toObject().value("reviewed_by"_L1).toString(), u"qa-team"_s);

    const Recording &c = s.recordings.at(2);
    QCOMPARE(c.id, 9103);
    QCOMPARE(c.durationSeconds, 45);
    QVERIFY(c.conversation().isEmpty()); // false
    QCOMPARE(c.scenario, u"Invoice copy"_s); // scenario (string)
    QCOMPARE(c.voice, u"Asteria"_s);         // voice name
    QVERIFY(!c.raw().contains("is_simulation"_L1));
    QCOMPARE(c.timeOfCall, utc(2026, 5, 7, 22, 1, 15));
}

void TestParse::truncatedFixtures()
{
    // Every truncation of every fixture is a BadPayload value, never a crash.
    for (const QString &name : kFixtures) {
        const QByteArray body = fixture(name);
        QVERIFY(!body.isEmpty());
        const qsizetype end = body.trimmed().size();
        for (qsizetype length = 0; length < end; ++length) {
            const parse::SimulationResult result = parse::simulationResponse(body.left(length));
            if (result.simulation || result.error.kind != ApiError::Kind::BadPayload
                || result.error.message.isEmpty())
                QFAIL(qPrintable(u"%1 truncated to %2 bytes was not a BadPayload"_s.arg(name).arg(length)));
        }
    }
}

// ---------------------------------------------------------------- quirk tables

void TestParse::progress_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("finished");
    QTest::addColumn<int>("total");
    QTest::addColumn<double>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("[42]") << json("[42]") << 1 << 4 << 42.0;
    QTest::newRow("[0]") << json("[0]") << 0 << 0 << 0.0;
    QTest::newRow("[100]") << json("[100]") << 2 << 2 << 100.0;
    QTest::newRow("[] -> finished/total") << json("[]") << 1 << 4 << 25.0;
    QTest::newRow("[] total 0") << json("[]") << 0 << 0 << 0.0;
    QTest::newRow("bare 42") << json("42") << 1 << 4 << 42.0;
    QTest::newRow("float 42.6") << json("42.6") << 0 << 0 << 42.6;
    QTest::newRow("[42.6]") << json("[42.6]") << 0 << 0 << 42.6;
    QTest::newRow("[150] clamped") << json("[150]") << 0 << 0 << 100.0;
    QTest::newRow("[-5] clamped") << json("[-5]") << 0 << 0 << 0.0;
    QTest::newRow("string \"42\"") << json("\"42\"") << 0 << 0 << 42.0;
    QTest::newRow("[\"42\"]") << json("[\"42\"]") << 0 << 0 << 42.0;
    QTest::newRow("null -> finished/total") << json("null") << 3 << 4 << 75.0;
    QTest::newRow("missing -> finished/total") << json(nullptr) << 2 << 8 << 25.0;
    QTest::newRow("missing, total 0") << json(nullptr) << 0 << 0 << 0.0;
    QTest::newRow("missing, finished > total") << json(nullptr) << 5 << 4 << 100.0;
    QTest::newRow("missing, negative finished") << json(nullptr) << -3 << 4 << 0.0;
    QTest::newRow("[\"NaN\"]") << json("[\"NaN\"]") << 1 << 2 << 50.0;
    QTest::newRow("[\"inf\"]") << json("[\"inf\"]") << 1 << 2 << 50.0;
    QTest::newRow("[\"abc\"]") << json("[\"abc\"]") << 1 << 2 << 50.0;
    QTest::newRow("[1,2] first") << json("[1,2]") << 0 << 0 << 1.0;
    QTest::newRow("[null]") << json("[null]") << 1 << 4 << 25.0;
    QTest::newRow("[[42]]") << json("[[42]]") << 1 << 4 << 25.0;
    QTest::newRow("true") << json("true") << 1 << 4 << 25.0;
    QTest::newRow("object") << json("{\"p\":42}") << 1 << 4 << 25.0;
    QTest::newRow("NaN double") << QJsonValue(nan) << 1 << 4 << 25.0;
    QTest::newRow("inf double") << QJsonValue(inf) << 1 << 4 << 25.0;
    QTest::newRow("-inf double") << QJsonValue(-inf) << 1 << 4 << 25.0;
}

void TestParse::progress()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, finished);
    QFETCH(int, total);
    QFETCH(double, expected);
    const double actual = parse::progress(value, finished, total);
    QCOMPARE(actual, expected);

    // The same through a simulation object (the counters feed the fallback).
    QJsonObject object{{u"id"_s, 1},
                       {u"total_records"_s, total},
                       {u"total_simulation_finished_records"_s, finished}};
    if (!value.isUndefined())
        object.insert(u"progress"_s, value);
    const std::optional<Simulation> simulation = parse::simulationObject(object);
    QVERIFY(simulation);
    if (finished >= 0) // negative counters read as 0, which the direct call does not see
        QCOMPARE(simulation->progressPercent, expected);
    QVERIFY(simulation->progressPercent >= 0.0 && simulation->progressPercent <= 100.0);
}

void TestParse::reviewText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<ReviewText::State>("state");
    QTest::addColumn<QString>("text");
    using S = ReviewText::State;
    QTest::newRow("false") << json("false") << S::NotYet << QString();
    QTest::newRow("true") << json("true") << S::NoText << QString();
    QTest::newRow("empty") << json("\"\"") << S::NoText << QString();
    QTest::newRow("blank") << json("\" \\n\\t \"") << S::NoText << QString();
    QTest::newRow("text") << json("\"text\"") << S::Text << u"text"_s;
    QTest::newRow("text kept as sent") << json("\"  line 1\\nline 2 \"") << S::Text << u"  line 1\nline 2 "_s;
    QTest::newRow("unicode") << json("\"Résumé — ok ✓\"") << S::Text << u"Résumé — ok ✓"_s;
    QTest::newRow("null") << json("null") << S::Missing << QString();
    QTest::newRow("missing") << json(nullptr) << S::Missing << QString();
    QTest::newRow("number") << json("5") << S::Missing << QString();
    QTest::newRow("object") << json("{\"text\":\"x\"}") << S::Missing << QString();
    QTest::newRow("array") << json("[\"x\"]") << S::Missing << QString();
}

void TestParse::reviewText()
{
    QFETCH(QJsonValue, value);
    QFETCH(ReviewText::State, state);
    QFETCH(QString, text);
    const ReviewText review = parse::reviewText(value);
    QCOMPARE(review.state, state);
    QCOMPARE(review.text, text);
    QCOMPARE(review.hasText(), state == ReviewText::State::Text);
}

void TestParse::reviewFieldsInObject()
{
    const std::optional<Simulation> s = parse::simulationObject(object(
        R"({"id": 3, "summary": "All good", "what_went_wrong": "", "suggestions_for_improvement": true})"));
    QVERIFY(s);
    QCOMPARE(s->summary, (ReviewText{ReviewText::State::Text, u"All good"_s}));
    QCOMPARE(s->whatWentWrong.state, ReviewText::State::NoText);
    QCOMPARE(s->suggestionsForImprovement.state, ReviewText::State::NoText);
    QCOMPARE(s->promptSuggestion.state, ReviewText::State::Missing);
}

void TestParse::botId_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("hasAgent");
    QTest::addColumn<int>("agentId");
    QTest::addColumn<QString>("agentName");
    QTest::newRow("object") << QByteArray(R"({"id":1,"bot_id":{"id":1234,"name":"Support"}})") << true << 1234 << u"Support"_s;
    QTest::newRow("false") << QByteArray(R"({"id":1,"bot_id":false})") << false << -1 << QString();
    QTest::newRow("null") << QByteArray(R"({"id":1,"bot_id":null})") << false << -1 << QString();
    QTest::newRow("bare integer") << QByteArray(R"({"id":1,"bot_id":7})") << true << 7 << QString();
    QTest::newRow("missing") << QByteArray(R"({"id":1})") << false << -1 << QString();
    QTest::newRow("{id:\"x\"}") << QByteArray(R"({"id":1,"bot_id":{"id":"x"}})") << false << -1 << QString();
    QTest::newRow("{id:\"12\"}") << QByteArray(R"({"id":1,"bot_id":{"id":"12","name":"A"}})") << true << 12 << u"A"_s;
    QTest::newRow("name only") << QByteArray(R"({"id":1,"bot_id":{"name":"Only name"}})") << true << -1 << u"Only name"_s;
    QTest::newRow("name wrong type") << QByteArray(R"({"id":1,"bot_id":{"id":5,"name":false}})") << true << 5 << QString();
    QTest::newRow("empty object") << QByteArray(R"({"id":1,"bot_id":{}})") << false << -1 << QString();
    QTest::newRow("odoo pair") << QByteArray(R"({"id":1,"bot_id":[5,"Odoo pair"]})") << true << 5 << u"Odoo pair"_s;
    QTest::newRow("empty array") << QByteArray(R"({"id":1,"bot_id":[]})") << false << -1 << QString();
    QTest::newRow("numeric string") << QByteArray(R"({"id":1,"bot_id":"7"})") << false << -1 << QString();
    QTest::newRow("float") << QByteArray(R"({"id":1,"bot_id":7.5})") << false << -1 << QString();
    QTest::newRow("negative") << QByteArray(R"({"id":1,"bot_id":-3})") << false << -1 << QString();
    QTest::newRow("true") << QByteArray(R"({"id":1,"bot_id":true})") << false << -1 << QString();
}

void TestParse::botId()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, hasAgent);
    QFETCH(int, agentId);
    QFETCH(QString, agentName);
    const std::optional<Simulation> s = parse::simulationObject(object(body.constData()));
    QVERIFY(s);
    QCOMPARE(s->agent.has_value(), hasAgent);
    if (hasAgent) {
        QCOMPARE(s->agent->id, agentId);
        QCOMPARE(s->agent->name, agentName);
    }
}

void TestParse::status_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<Status>("status");
    QTest::newRow("Draft") << QByteArray(R"({"id":1,"status":"Draft"})") << u"Draft"_s << Status::Draft;
    QTest::newRow("Pending") << QByteArray(R"({"id":1,"status":"Pending"})") << u"Pending"_s << Status::Pending;
    QTest::newRow("In Progress") << QByteArray(R"({"id":1,"status":"In Progress"})") << u"In Progress"_s << Status::InProgress;
    QTest::newRow("Calculating Summary") << QByteArray(R"({"id":1,"status":"Calculating Summary"})")
                                         << u"Calculating Summary"_s << Status::CalculatingSummary;
    QTest::newRow("Completed") << QByteArray(R"({"id":1,"status":"Completed"})") << u"Completed"_s << Status::Completed;
    QTest::newRow("Stopped") << QByteArray(R"({"id":1,"status":"Stopped"})") << u"Stopped"_s << Status::Stopped;
    QTest::newRow("case kept as sent") << QByteArray(R"({"id":1,"status":" in progress "})") << u" in progress "_s
                                       << Status::InProgress;
    QTest::newRow("Queued (unknown, as-is)") << QByteArray(R"({"id":1,"status":"Queued"})") << u"Queued"_s << Status::Unknown;
    QTest::newRow("empty") << QByteArray(R"({"id":1,"status":""})") << QString() << Status::Unknown;
    QTest::newRow("missing") << QByteArray(R"({"id":1})") << QString() << Status::Unknown;
    QTest::newRow("number") << QByteArray(R"({"id":1,"status":5})") << QString() << Status::Unknown;
    QTest::newRow("null") << QByteArray(R"({"id":1,"status":null})") << QString() << Status::Unknown;
    QTest::newRow("false") << QByteArray(R"({"id":1,"status":false})") << QString() << Status::Unknown;
    QTest::newRow("object") << QByteArray(R"({"id":1,"status":{"name":"Draft"}})") << QString() << Status::Unknown;
}

void TestParse::status()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, statusText);
    QFETCH(Status, status);
    const std::optional<Simulation> s = parse::simulationObject(object(body.constData()));
    QVERIFY(s);
    QCOMPARE(s->statusText, statusText);
    QCOMPARE(s->status, status);
}

void TestParse::odooDate_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid: unreadable
    const QDateTime invalid;
    const QDateTime at = utc(2026, 5, 8, 9, 10, 29);
    QTest::newRow("odoo") << json("\"05/08/2026 09:10:29\"") << at;
    QTest::newRow("odoo single digits") << json("\"5/8/2026 9:10:29\"") << at;
    QTest::newRow("odoo padded") << json("\"  05/08/2026  09:10:29 \"") << at;
    QTest::newRow("odoo no seconds") << json("\"05/08/2026 09:10\"") << utc(2026, 5, 8, 9, 10, 0);
    QTest::newRow("odoo date only") << json("\"05/08/2026\"") << utc(2026, 5, 8, 0, 0, 0);
    QTest::newRow("odoo midnight") << json("\"12/31/2026 00:00:00\"") << utc(2026, 12, 31, 0, 0, 0);
    QTest::newRow("odoo leap day") << json("\"02/29/2028 23:59:59\"") << utc(2028, 2, 29, 23, 59, 59);
    QTest::newRow("sql") << json("\"2026-05-08 09:10:29\"") << at;
    QTest::newRow("iso Z") << json("\"2026-05-08T09:10:29Z\"") << at;
    QTest::newRow("iso no zone") << json("\"2026-05-08T09:10:29\"") << at;
    QTest::newRow("iso offset") << json("\"2026-05-08T11:10:29+02:00\"") << at;
    QTest::newRow("iso negative offset") << json("\"2026-05-08T04:40:29-0430\"") << at;
    QTest::newRow("iso msec") << json("\"2026-05-08T09:10:29.250Z\"") << utc(2026, 5, 8, 9, 10, 29, 250);
    QTest::newRow("iso microseconds") << json("\"2026-05-08T09:10:29.123456\"") << utc(2026, 5, 8, 9, 10, 29, 123);
    QTest::newRow("iso offset crosses day") << json("\"2026-05-08T01:00:00+03:00\"") << utc(2026, 5, 7, 22, 0, 0);
    QTest::newRow("iso date only") << json("\"2026-05-08\"") << utc(2026, 5, 8, 0, 0, 0);
    QTest::newRow("false") << json("false") << invalid;
    QTest::newRow("true") << json("true") << invalid;
    QTest::newRow("null") << json("null") << invalid;
    QTest::newRow("missing") << json(nullptr) << invalid;
    QTest::newRow("number") << json("1778231429") << invalid;
    QTest::newRow("13/45/2026") << json("\"13/45/2026 10:00:00\"") << invalid;
    QTest::newRow("02/30/2026") << json("\"02/30/2026 10:00:00\"") << invalid;
    QTest::newRow("02/29/2026 (not leap)") << json("\"02/29/2026 10:00:00\"") << invalid;
    QTest::newRow("hour 25") << json("\"05/08/2026 25:00:00\"") << invalid;
    QTest::newRow("minute 60") << json("\"05/08/2026 10:60:00\"") << invalid;
    QTest::newRow("two-digit year") << json("\"05/08/26 09:10:29\"") << invalid;
    QTest::newRow("trailing text") << json("\"05/08/2026 09:10:29 PM\"") << invalid;
    QTest::newRow("bad separator") << json("\"05-08-2026 09:10:29\"") << invalid;
    QTest::newRow("bad zone") << json("\"2026-05-08T09:10:29+25:00\"") << invalid;
    QTest::newRow("empty") << json("\"\"") << invalid;
    QTest::newRow("blank") << json("\"   \"") << invalid;
    QTest::newRow("garbage") << json("\"yesterday\"") << invalid;
    QTest::newRow("digits only") << json("\"20260508\"") << invalid;
    QTest::newRow("huge numbers") << json("\"99999999999/1/2026 1:00\"") << invalid;
}

void TestParse::odooDate()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    const QDateTime actual = parse::odooDate(value);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(actual, expected);
        QCOMPARE(actual.timeSpec(), Qt::UTC);
    }
}

void TestParse::counters_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("finished");
    QTest::addColumn<int>("inProgress");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("active");
    QTest::addColumn<int>("positive");
    QTest::addColumn<int>("negative");
    QTest::addColumn<int>("neutral");

    QTest::newRow("ints") << QByteArray(R"({"id":1,"total_records":6,"total_simulation_finished_records":3,
        "total_simulation_in_progress_records":2,"total_simulation_remaining_records":1,"active_calls_count":2,
        "analyticsData":{"Positive":1,"Negative":1,"Neutral":1}})")
                          << 6 << 3 << 2 << 1 << 2 << 1 << 1 << 1;
    QTest::newRow("strings") << QByteArray(R"({"id":1,"total_records":"6","total_simulation_finished_records":" 3 ",
        "total_simulation_in_progress_records":"2","total_simulation_remaining_records":"1.0","active_calls_count":"2",
        "analyticsData":{"Positive":"4","Negative":"0","Neutral":"2"}})")
                             << 6 << 3 << 2 << 1 << 2 << 4 << 0 << 2;
    QTest::newRow("integral doubles") << QByteArray(R"({"id":1,"total_records":6.0,"total_simulation_finished_records":3.0,
        "total_simulation_in_progress_records":2e0,"total_simulation_remaining_records":1.0,"active_calls_count":2.0,
        "analyticsData":{"Positive":1.0,"Negative":2.0,"Neutral":0.0}})")
                                      << 6 << 3 << 2 << 1 << 2 << 1 << 2 << 0;
    QTest::newRow("negatives") << QByteArray(R"({"id":1,"total_records":-6,"total_simulation_finished_records":-3,
        "total_simulation_in_progress_records":-2,"total_simulation_remaining_records":"-1","active_calls_count":-2,
        "analyticsData":{"Positive":-1,"Negative":-1,"Neutral":-1}})")
                               << 0 << 0 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("missing") << QByteArray(R"({"id":1})") << 0 << 0 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("total missing: sum") << QByteArray(R"({"id":1,"total_simulation_finished_records":3,
        "total_simulation_in_progress_records":2,"total_simulation_remaining_records":4})")
                                        << 9 << 3 << 2 << 4 << 0 << 0 << 0 << 0;
    QTest::newRow("total unreadable: sum") << QByteArray(R"({"id":1,"total_records":false,"total_simulation_finished_records":"3"})")
                                           << 3 << 3 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("total kept when sent") << QByteArray(R"({"id":1,"total_records":10,"total_simulation_finished_records":3})")
                                          << 10 << 3 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("non-integral") << QByteArray(R"({"id":1,"total_records":2.5,"total_simulation_finished_records":"1.5",
        "analyticsData":{"Positive":0.5}})")
                                  << 0 << 0 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("garbage") << QByteArray(R"({"id":1,"total_records":"abc","total_simulation_finished_records":true,
        "total_simulation_in_progress_records":null,"total_simulation_remaining_records":[1],"active_calls_count":{},
        "analyticsData":{"Positive":"x","Negative":false,"Neutral":null}})")
                             << 0 << 0 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("huge: clamped") << QByteArray(R"({"id":1,"total_records":1e15,"total_simulation_finished_records":"99999999999"})")
                                   << INT_MAX << INT_MAX << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("sum clamped") << QByteArray(R"({"id":1,"total_simulation_finished_records":2147483647,
        "total_simulation_remaining_records":5})")
                                 << INT_MAX << INT_MAX << 0 << 5 << 0 << 0 << 0 << 0;
    QTest::newRow("analyticsData lower-case keys") << QByteArray(R"({"id":1,"analyticsData":{"positive":2,"negative":1,"neutral":3}})")
                                                   << 0 << 0 << 0 << 0 << 0 << 2 << 1 << 3;
    QTest::newRow("analyticsData not an object") << QByteArray(R"({"id":1,"analyticsData":[1,2,3]})")
                                                 << 0 << 0 << 0 << 0 << 0 << 0 << 0 << 0;
}

void TestParse::counters()
{
    QFETCH(QByteArray, body);
    QFETCH(int, total);
    QFETCH(int, finished);
    QFETCH(int, inProgress);
    QFETCH(int, remaining);
    QFETCH(int, active);
    QFETCH(int, positive);
    QFETCH(int, negative);
    QFETCH(int, neutral);
    const std::optional<Simulation> s = parse::simulationObject(object(body.constData()));
    QVERIFY(s);
    QCOMPARE(s->calls.total, total);
    QCOMPARE(s->calls.finished, finished);
    QCOMPARE(s->calls.inProgress, inProgress);
    QCOMPARE(s->calls.remaining, remaining);
    QCOMPARE(s->calls.active, active);
    QCOMPARE(s->sentiment.positive, positive);
    QCOMPARE(s->sentiment.negative, negative);
    QCOMPARE(s->sentiment.neutral, neutral);
}

void TestParse::settings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("numberOfCallToMake");
    QTest::addColumn<int>("concurrentCallCount");
    QTest::addColumn<int>("maxCallDurationMinutes");
    QTest::newRow("ints") << QByteArray(R"({"id":1,"number_of_call_to_make":1,"concurrent_call_count":3,
        "max_call_duration_in_minutes":10})") << 1 << 3 << 10;
    QTest::newRow("zero") << QByteArray(R"({"id":1,"number_of_call_to_make":0,"concurrent_call_count":0,
        "max_call_duration_in_minutes":0})") << 0 << 0 << 0;
    QTest::newRow("strings and doubles") << QByteArray(R"({"id":1,"number_of_call_to_make":"2","concurrent_call_count":2.0,
        "max_call_duration_in_minutes":" 5 "})") << 2 << 2 << 5;
    QTest::newRow("missing") << QByteArray(R"({"id":1})") << -1 << -1 << -1;
    QTest::newRow("negative") << QByteArray(R"({"id":1,"number_of_call_to_make":-1,"concurrent_call_count":"-3",
        "max_call_duration_in_minutes":-0.0})") << -1 << -1 << 0;
    QTest::newRow("wrong types") << QByteArray(R"({"id":1,"number_of_call_to_make":false,"concurrent_call_count":"three",
        "max_call_duration_in_minutes":[3]})") << -1 << -1 << -1;
    QTest::newRow("non-integral") << QByteArray(R"({"id":1,"number_of_call_to_make":1.5})") << -1 << -1 << -1;
}

void TestParse::settings()
{
    QFETCH(QByteArray, body);
    QFETCH(int, numberOfCallToMake);
    QFETCH(int, concurrentCallCount);
    QFETCH(int, maxCallDurationMinutes);
    const std::optional<Simulation> s = parse::simulationObject(object(body.constData()));
    QVERIFY(s);
    QCOMPARE(s->numberOfCallToMake, numberOfCallToMake);
    QCOMPARE(s->concurrentCallCount, concurrentCallCount);
    QCOMPARE(s->maxCallDurationMinutes, maxCallDurationMinutes);
}

void TestParse::booleans_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("true") << json("true") << true;
    QTest::newRow("false") << json("false") << false;
    QTest::newRow("missing") << json(nullptr) << false;
    QTest::newRow("null") << json("null") << false;
    QTest::newRow("1") << json("1") << true;
    QTest::newRow("0") << json("0") << false;
    QTest::newRow("\"true\"") << json("\"True\"") << true;
    QTest::newRow("\"false\"") << json("\"false\"") << false;
    QTest::newRow("\"yes\"") << json("\"yes\"") << false;
    QTest::newRow("object") << json("{}") << false;
}

void TestParse::booleans()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, expected);
    QJsonObject object{{u"id"_s, 1}};
    if (!value.isUndefined()) {
        object.insert(u"can_stop"_s, value);
        object.insert(u"is_auto_prompt_suggestions_applied"_s, value);
    }
    const std::optional<Simulation> s = parse::simulationObject(object);
    QVERIFY(s);
    QCOMPARE(s->canStop, expected);
    QCOMPARE(s->promptSuggestionApplied, expected);
}

void TestParse::simulationId_data()
{
    QTest::addColumn<QJsonValue>("id");
    QTest::addColumn<int>("expected"); // -1: object rejected
    QTest::newRow("int") << json("772") << 772;
    QTest::newRow("zero") << json("0") << 0;
    QTest::newRow("integral double") << json("772.0") << 772;
    QTest::newRow("numeric string") << json("\"772\"") << 772;
    QTest::newRow("padded string") << json("\" 772 \"") << 772;
    QTest::newRow("int max") << json("2147483647") << INT_MAX;
    QTest::newRow("too big") << json("2147483648") << -1;
    QTest::newRow("negative") << json("-4") << -1;
    QTest::newRow("fraction") << json("772.5") << -1;
    QTest::newRow("word") << json("\"abc\"") << -1;
    QTest::newRow("empty string") << json("\"\"") << -1;
    QTest::newRow("false") << json("false") << -1;
    QTest::newRow("null") << json("null") << -1;
    QTest::newRow("missing") << json(nullptr) << -1;
    QTest::newRow("object") << json("{\"id\":1}") << -1;
    QTest::newRow("array") << json("[1]") << -1;
}

void TestParse::simulationId()
{
    QFETCH(QJsonValue, id);
    QFETCH(int, expected);
    QJsonObject object{{u"name"_s, u"x"_s}};
    if (!id.isUndefined())
        object.insert(u"id"_s, id);
    const std::optional<Simulation> s = parse::simulationObject(object);
    QCOMPARE(s.has_value(), expected >= 0);
    if (s)
        QCOMPARE(s->id, expected);
}

void TestParse::durationText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds");
    QTest::newRow("3:07") << u"3:07"_s << 187;
    QTest::newRow("1:02:03") << u"1:02:03"_s << 3723;
    QTest::newRow("0:5") << u"0:5"_s << 5;
    QTest::newRow("0:00") << u"0:00"_s << 0;
    QTest::newRow("12:00") << u"12:00"_s << 720;
    QTest::newRow("long minutes") << u"125:00"_s << 7500;
    QTest::newRow("padded") << u" 3:07 "_s << 187;
    QTest::newRow("bare seconds") << u"45"_s << 45;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("blank") << u"  "_s << -1;
    QTest::newRow("garbage") << u"abc"_s << -1;
    QTest::newRow("unit") << u"3m07s"_s << -1;
    QTest::newRow("negative") << u"-3:07"_s << -1;
    QTest::newRow("negative seconds") << u"3:-07"_s << -1;
    QTest::newRow("seconds over 59") << u"3:75"_s << -1;
    QTest::newRow("minutes over 59") << u"1:75:00"_s << -1;
    QTest::newRow("four parts") << u"1:2:3:4"_s << -1;
    QTest::newRow("leading colon") << u":30"_s << -1;
    QTest::newRow("trailing colon") << u"3:"_s << -1;
    QTest::newRow("fraction") << u"3:07.5"_s << -1;
    QTest::newRow("inner space") << u"3: 07"_s << -1;
    QTest::newRow("overflow") << u"99999999999:00"_s << -1;
    QTest::newRow("overflow after multiply") << u"999999999:00:00"_s << -1;
    QTest::newRow("arabic-indic digits") << u"٣:٠٧"_s << -1;
}

void TestParse::durationText()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    QCOMPARE(parse::durationText(text), seconds);
}

void TestParse::recordingFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("voice");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("sentiment");
    QTest::addColumn<QString>("callStatus");
    QTest::addColumn<QDateTime>("time");

    const QDateTime noTime;
    QTest::newRow("full") << QByteArray(R"({"id":5,"time_of_call":"05/06/2026 13:35:02","call_status":"completed",
        "call_duration":"9:99","call_duration_in_seconds":187,"recording_url":"https://x/5.mp3",
        "call_conversation":"A: hi<br/>B: hello","sentiment_score":"Positive",
        "scenario_id":{"id":3,"name":"Refund"},"voice":{"id":"abc","provider":"eleven_labs"}})")
                          << 5 << 187 << u"Refund"_s << u"eleven_labs abc"_s << u"https://x/5.mp3"_s
                          << u"A: hi<br/>B: hello"_s << u"Positive"_s << u"completed"_s << utc(2026, 5, 6, 13, 35, 2);
    QTest::newRow("empty object") << QByteArray("{}") << -1 << -1 << QString() << QString() << QString() << QString()
                                  << QString() << QString() << noTime;
    QTest::newRow("odoo falses") << QByteArray(R"({"id":6,"time_of_call":false,"call_status":false,"call_duration":false,
        "call_duration_in_seconds":false,"recording_url":false,"call_conversation":false,"sentiment_score":false,
        "scenario_id":false,"voice":false})")
                                 << 6 << -1 << QString() << QString() << QString() << QString() << QString()
                                 << QString() << noTime;
    QTest::newRow("seconds as float") << QByteArray(R"({"call_duration_in_seconds":186.6})") << -1 << 187 << QString()
                                      << QString() << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("seconds as string") << QByteArray(R"({"call_duration_in_seconds":"90"})") << -1 << 90 << QString()
                                       << QString() << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("negative seconds: use text") << QByteArray(R"({"call_duration_in_seconds":-1,"call_duration":"1:00"})")
                                                << -1 << 60 << QString() << QString() << QString() << QString()
                                                << QString() << QString() << noTime;
    QTest::newRow("call_duration number") << QByteArray(R"({"call_duration":42})") << -1 << 42 << QString()
                                          << QString() << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("call_duration garbage") << QByteArray(R"({"call_duration":"soon"})") << -1 << -1 << QString()
                                           << QString() << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("id as string") << QByteArray(R"({"id":"77"})") << 77 << -1 << QString() << QString() << QString()
                                  << QString() << QString() << QString() << noTime;
    QTest::newRow("scenario odoo pair") << QByteArray(R"({"scenario_id":[3,"Pair"]})") << -1 << -1 << u"Pair"_s
                                        << QString() << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("scenario_name") << QByteArray(R"({"scenario_id":false,"scenario_name":"Named"})") << -1 << -1
                                   << u"Named"_s << QString() << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("scenario string") << QByteArray(R"({"scenario":"Plain"})") << -1 << -1 << u"Plain"_s << QString()
                                     << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("scenario object") << QByteArray(R"({"scenario":{"name":"Obj"}})") << -1 << -1 << u"Obj"_s
                                     << QString() << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("scenario_id wins") << QByteArray(R"({"scenario_id":{"name":"A"},"scenario_name":"B","scenario":"C"})")
                                      << -1 << -1 << u"A"_s << QString() << QString() << QString() << QString()
                                      << QString() << noTime;
    QTest::newRow("voice numeric id") << QByteArray(R"({"voice":{"id":12,"provider":"play_ht"}})") << -1 << -1
                                      << QString() << u"play_ht 12"_s << QString() << QString() << QString()
                                      << QString() << noTime;
    QTest::newRow("voice name") << QByteArray(R"({"voice":{"name":"Rachel","provider":7}})") << -1 << -1 << QString()
                                << u"Rachel"_s << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("voice provider only") << QByteArray(R"({"voice":{"provider":"rime"}})") << -1 << -1 << QString()
                                         << u"rime"_s << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("voice string") << QByteArray(R"({"voice":"Rachel"})") << -1 << -1 << QString() << u"Rachel"_s
                                  << QString() << QString() << QString() << QString() << noTime;
    QTest::newRow("selected_voice") << QByteArray(R"({"voice":false,"selected_voice":{"id":"v1","provider":"inworld"}})")
                                    << -1 << -1 << QString() << u"inworld v1"_s << QString() << QString() << QString()
                                    << QString() << noTime;
    QTest::newRow("selected_voices list") << QByteArray(R"({"selected_voices":[false,{"id":"v2","provider":"cartesia"}]})")
                                          << -1 << -1 << QString() << u"cartesia v2"_s << QString() << QString()
                                          << QString() << QString() << noTime;
    QTest::newRow("wrong types") << QByteArray(R"({"id":[1],"time_of_call":{},"call_status":3,"call_duration":[],
        "call_duration_in_seconds":{},"recording_url":1,"call_conversation":["a"],"sentiment_score":{"x":1},
        "scenario_id":"7","scenario_name":9,"scenario":[],"voice":[1,2],"selected_voice":true})")
                                 << -1 << -1 << QString() << QString() << QString() << QString() << QString()
                                 << QString() << noTime;
}

void TestParse::recordingFields()
{
    QFETCH(QByteArray, body);
    QFETCH(int, id);
    QFETCH(int, duration);
    QFETCH(QString, scenario);
    QFETCH(QString, voice);
    QFETCH(QString, url);
    QFETCH(QString, conversation);
    QFETCH(QString, sentiment);
    QFETCH(QString, callStatus);
    QFETCH(QDateTime, time);
    const QJsonObject raw = object(body.constData());
    const Recording r = parse::recording(raw);
    QCOMPARE(r.raw(), raw);
    QCOMPARE(r.id, id);
    QCOMPARE(r.durationSeconds, duration);
    QCOMPARE(r.scenario, scenario);
    QCOMPARE(r.voice, voice);
    QCOMPARE(r.recordingUrl, url);
    QCOMPARE(r.conversation(), conversation);
    QCOMPARE(r.sentiment, sentiment);
    QCOMPARE(r.callStatus, callStatus);
    QCOMPARE(r.timeOfCall.isValid(), time.isValid());
    if (time.isValid())
        QCOMPARE(r.timeOfCall, time);
}

void TestParse::recordingListShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<int>>("ids");
    QTest::newRow("objects") << QByteArray(R"({"id":1,"simulation_call_recording":[{"id":1},{"id":2}]})") << QList<int>{1, 2};
    QTest::newRow("non-objects skipped") << QByteArray(R"({"id":1,"simulation_call_recording":[1,"x",null,{"id":3},[],false,{}]})")
                                         << QList<int>{3, -1};
    QTest::newRow("empty") << QByteArray(R"({"id":1,"simulation_call_recording":[]})") << QList<int>{};
    QTest::newRow("false") << QByteArray(R"({"id":1,"simulation_call_recording":false})") << QList<int>{};
    QTest::newRow("object, not list") << QByteArray(R"({"id":1,"simulation_call_recording":{"id":4}})") << QList<int>{};
    QTest::newRow("missing") << QByteArray(R"({"id":1})") << QList<int>{};
}

void TestParse::recordingListShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<int>, ids);
    const std::optional<Simulation> s = parse::simulationObject(object(body.constData()));
    QVERIFY(s);
    QList<int> actual;
    for (const Recording &r : s->recordings)
        actual.append(r.id);
    QCOMPARE(actual, ids);
}

void TestParse::scenarios()
{
    const std::optional<Simulation> s = parse::simulationObject(object(
        R"({"id":1,"scenarios_ids":[{"id":1,"name":"A","extra":{"deep":[1]}},7,"x",null,{"name":"B"}]})"));
    QVERIFY(s);
    QCOMPARE(s->scenarios.size(), 2);
    QCOMPARE(s->scenarios.at(0).value("extra"_L1).toObject().value("deep"_L1).toArray().size(), 1);
    QCOMPARE(s->scenarios.at(1).value("name"_L1).toString(), u"B"_s);

    const std::optional<Simulation> odooIds = parse::simulationObject(object(R"({"id":1,"scenarios_ids":[1,2,3]})"));
    QVERIFY(odooIds);
    QVERIFY(odooIds->scenarios.isEmpty());
    const std::optional<Simulation> notList = parse::simulationObject(object(R"({"id":1,"scenarios_ids":false})"));
    QVERIFY(notList);
    QVERIFY(notList->scenarios.isEmpty());
}

// ---------------------------------------------------------------- whole replies

void TestParse::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("message"); // expected exact message, or a part of it for BadPayload
    using K = ApiError::Kind;
    QTest::newRow("empty body") << QByteArray() << K::BadPayload << u"empty"_s;
    QTest::newRow("whitespace body") << QByteArray(" \r\n ") << K::BadPayload << u"empty"_s;
    QTest::newRow("html") << QByteArray("<html><head><title>404 Not Found</title></head><body>nope</body></html>")
                          << K::BadPayload << u"web page"_s;
    QTest::newRow("html after whitespace") << QByteArray("\n  <!DOCTYPE html><html></html>") << K::BadPayload
                                           << u"web page"_s;
    QTest::newRow("truncated") << QByteArray(R"({"success": true, "simulation": {"id": 456, "name": "Cust)")
                               << K::BadPayload << u"not valid JSON"_s;
    QTest::newRow("truncated names the byte") << QByteArray(R"({"success": true, "simulation": {"id": 4)")
                                              << K::BadPayload << u"at byte"_s;
    QTest::newRow("plain text") << QByteArray("Internal Server Error") << K::BadPayload << u"not valid JSON"_s;
    QTest::newRow("json array") << QByteArray(R"([{"id": 1}])") << K::BadPayload << u"array"_s;
    QTest::newRow("json number") << QByteArray("42") << K::BadPayload << u"not"_s;
    QTest::newRow("json null") << QByteArray("null") << K::BadPayload << u"not"_s;
    QTest::newRow("success false + error_description")
        << QByteArray(R"({"success":false,"error_description":"Simulation quota exceeded"})") << K::ApiFailure
        << u"Simulation quota exceeded"_s;
    QTest::newRow("success false + message") << QByteArray(R"({"success":false,"message":"Simulation is not running"})")
                                             << K::ApiFailure << u"Simulation is not running"_s;
    QTest::newRow("success false + error and description")
        << QByteArray(R"({"success":false,"error":"invalid_state","error_description":"Only completed simulations"})")
        << K::ApiFailure << u"Only completed simulations"_s;
    QTest::newRow("success false + simulation") << QByteArray(R"({"success":false,"error":"busy","simulation":{"id":1}})")
                                                << K::ApiFailure << u"busy"_s;
    QTest::newRow("success false, no reason") << QByteArray(R"({"success":false})") << K::ApiFailure
                                              << u"The server reported a failure without giving a reason."_s;
    QTest::newRow("success \"false\"") << QByteArray(R"({"success":"false","detail":"nope"})") << K::ApiFailure
                                       << u"nope"_s;
    QTest::newRow("success true, no simulation") << QByteArray(R"({"success":true})") << K::BadPayload
                                                 << u"has no simulation object"_s;
    QTest::newRow("simulation is an array") << QByteArray(R"({"success":true,"simulation":[{"id":1}]})")
                                            << K::BadPayload << u"has no simulation object"_s;
    QTest::newRow("simulation is a string") << QByteArray(R"({"success":true,"simulation":"456"})") << K::BadPayload
                                            << u"has no simulation object"_s;
    QTest::newRow("simulation is null") << QByteArray(R"({"success":true,"simulation":null})") << K::BadPayload
                                        << u"has no simulation object"_s;
    QTest::newRow("simulation is false") << QByteArray(R"({"success":true,"simulation":false})") << K::BadPayload
                                         << u"has no simulation object"_s;
    QTest::newRow("simulation without id") << QByteArray(R"({"success":true,"simulation":{"name":"x","status":"Draft"}})")
                                           << K::BadPayload << u"no valid id"_s;
    QTest::newRow("simulation with bad id") << QByteArray(R"({"success":true,"simulation":{"id":"abc"}})")
                                            << K::BadPayload << u"no valid id"_s;
    QTest::newRow("error only") << QByteArray(R"({"error":"x"})") << K::ApiFailure << u"x"_s;
    QTest::newRow("not_found body") << QByteArray(R"({"error":"not_found","error_description":"Simulation not found"})")
                                    << K::ApiFailure << u"Simulation not found"_s;
    QTest::newRow("empty object") << QByteArray("{}") << K::BadPayload << u"has no simulation object"_s;
    QTest::newRow("top level without status") << QByteArray(R"({"id":456,"name":"x"})") << K::BadPayload
                                              << u"has no simulation object"_s;
}

void TestParse::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, message);
    const parse::SimulationResult result = parse::simulationResponse(body);
    QVERIFY(!result.simulation.has_value());
    QVERIFY(result.error.isError());
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.error.httpStatus, 0);
    QVERIFY(!result.error.isPermanent());
    if (kind == ApiError::Kind::ApiFailure) {
        QCOMPARE(result.error.message, message);
    } else {
        QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
        QVERIFY2(result.error.message.endsWith(u'.'), qPrintable(result.error.message));
        QVERIFY2(!result.error.message.contains(u"<html"_s), "the raw body must not leak into the message");
    }
}

void TestParse::accepted_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("id");
    QTest::addColumn<Status>("status");
    QTest::newRow("documented") << QByteArray(R"({"success":true,"simulation":{"id":1,"status":"Pending"}})") << 1
                                << Status::Pending;
    QTest::newRow("success missing") << QByteArray(R"({"simulation":{"id":2,"status":"Stopped"}})") << 2
                                     << Status::Stopped;
    QTest::newRow("success null") << QByteArray(R"({"success":null,"simulation":{"id":3}})") << 3 << Status::Unknown;
    QTest::newRow("success 1") << QByteArray(R"({"success":1,"simulation":{"id":4}})") << 4 << Status::Unknown;
    QTest::newRow("start reply with message") << QByteArray(R"({"success":true,"message":"Started","simulation":{"id":5,"status":"Pending"}})")
                                              << 5 << Status::Pending;
    QTest::newRow("top level simulation") << QByteArray(R"({"id":6,"name":"Top","status":"In Progress","progress":[10]})")
                                          << 6 << Status::InProgress;
    QTest::newRow("surrounding whitespace") << QByteArray("\n\t {\"simulation\":{\"id\":7}}  \n") << 7
                                            << Status::Unknown;
    QTest::newRow("UTF-8 byte order mark") << QByteArray("\xEF\xBB\xBF{\"simulation\":{\"id\":8}}") << 8
                                           << Status::Unknown;
}

void TestParse::accepted()
{
    QFETCH(QByteArray, body);
    QFETCH(int, id);
    QFETCH(Status, status);
    const parse::SimulationResult result = parse::simulationResponse(body);
    QVERIFY2(result.simulation.has_value(), qPrintable(result.error.message));
    QCOMPARE(result.error, ApiError{});
    QCOMPARE(result.simulation->id, id);
    QCOMPARE(result.simulation->status, status);
}

void TestParse::errorDescription_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("description");
    QTest::newRow("error_description") << QByteArray(R"({"error":"invalid_state","error_description":"Only completed"})")
                                       << u"Only completed"_s;
    QTest::newRow("error") << QByteArray(R"({"error":"not_found"})") << u"not_found"_s;
    QTest::newRow("detail") << QByteArray(R"({"detail":"Not authenticated","message":"m"})") << u"Not authenticated"_s;
    QTest::newRow("message") << QByteArray(R"({"success":false,"message":"Simulation deleted successfully"})")
                             << u"Simulation deleted successfully"_s;
    QTest::newRow("order") << QByteArray(R"({"message":"m","detail":"d","error":"e","error_description":"ed"})")
                           << u"ed"_s;
    QTest::newRow("non-string skipped") << QByteArray(R"({"error_description":false,"error":{"code":1},"detail":[{"msg":"x"}],"message":"m"})")
                                        << u"m"_s;
    QTest::newRow("empty skipped") << QByteArray(R"({"error_description":"","error":"  ","detail":"d"})") << u"d"_s;
    QTest::newRow("trimmed") << QByteArray(R"({"error_description":"  Quota exceeded\n"})") << u"Quota exceeded"_s;
    QTest::newRow("none") << QByteArray(R"({"success":false})") << QString();
    QTest::newRow("empty body") << QByteArray() << QString();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QString();
    QTest::newRow("truncated") << QByteArray(R"({"error":"x)") << QString();
    QTest::newRow("array") << QByteArray(R"([{"error":"x"}])") << QString();
    QTest::newRow("string") << QByteArray(R"("error")") << QString();
}

void TestParse::errorDescription()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, description);
    QCOMPARE(parse::errorDescription(body), description);
}

// The list endpoint's body: {records, total_records}, no `success` key.
void TestParse::simulationPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<int>>("ids");       // empty with a failure kind
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("kind");             // ApiError::Kind
    const int none = int(ApiError::Kind::None);
    QTest::newRow("page") << QByteArray(R"({"records":[{"id":460,"name":"A","status":"Pending"},{"id":459,"name":false,"status":"Stopped"}],"total_records":45})")
                          << QList<int>{460, 459} << 45 << none;
    QTest::newRow("empty page") << QByteArray(R"({"records":[],"total_records":45})") << QList<int>{} << 45 << none;
    QTest::newRow("total as text") << QByteArray(R"({"records":[],"total_records":"7"})") << QList<int>{} << 7 << none;
    QTest::newRow("total missing") << QByteArray(R"({"records":[{"id":1}]})") << QList<int>{1} << -1 << none;
    QTest::newRow("success true tolerated") << QByteArray(R"({"success":true,"records":[{"id":1}],"total_records":1})")
                                            << QList<int>{1} << 1 << none;
    QTest::newRow("records without ids skipped") << QByteArray(R"({"records":[{"id":"x"},3,null,{"id":"12"},{"name":"no id"}],"total_records":5})")
                                                  << QList<int>{12} << 5 << none;
    QTest::newRow("error shape") << QByteArray(R"({"error":"invalid_request","error_description":"pagesize must be an integer between 1 and 150"})")
                                 << QList<int>{} << -1 << int(ApiError::Kind::ApiFailure);
    QTest::newRow("success false") << QByteArray(R"({"success":false,"records":[]})") << QList<int>{} << -1
                                   << int(ApiError::Kind::ApiFailure);
    QTest::newRow("no records") << QByteArray(R"({"total_records":3})") << QList<int>{} << -1 << int(ApiError::Kind::BadPayload);
    QTest::newRow("records not a list") << QByteArray(R"({"records":{"id":1},"total_records":1})") << QList<int>{} << -1
                                        << int(ApiError::Kind::BadPayload);
    QTest::newRow("a detail body") << QByteArray(R"({"success":true,"simulation":{"id":1}})") << QList<int>{} << -1
                                   << int(ApiError::Kind::BadPayload);
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QList<int>{} << -1
                          << int(ApiError::Kind::BadPayload);
    QTest::newRow("empty") << QByteArray("  ") << QList<int>{} << -1 << int(ApiError::Kind::BadPayload);
    QTest::newRow("array") << QByteArray(R"([{"id":1}])") << QList<int>{} << -1 << int(ApiError::Kind::BadPayload);
}

void TestParse::simulationPage()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<int>, ids);
    QFETCH(int, total);
    QFETCH(int, kind);
    const parse::SimulationPageResult result = parse::simulationPage(body);
    QCOMPARE(int(result.error.kind), kind);
    QCOMPARE(result.page.has_value(), kind == int(ApiError::Kind::None));
    if (!result.page) {
        QVERIFY(!result.error.message.isEmpty());
        return;
    }
    QList<int> got;
    for (const Simulation &s : result.page->records)
        got.append(s.id);
    QCOMPARE(got, ids);
    QCOMPARE(result.page->totalRecords, total);
    if (!ids.isEmpty() && ids.size() == 2) {
        QCOMPARE(result.page->records.at(0).name, u"A"_s);
        QCOMPARE(result.page->records.at(1).name, QString()); // `false`
        QCOMPARE(result.page->records.at(1).status, Status::Stopped);
    }
}

// A page polled again: an unchanged record is taken from before, a changed one reads only its
// changed calls; either way the result equals the page read afresh.
void TestParse::simulationPageReadAgain()
{
    const auto simulationOf = [](const QString &name) {
        return QJsonDocument::fromJson(fixture(name)).object().value(u"simulation"_s).toObject();
    };
    QJsonObject running = simulationOf(u"simulation_in_progress.json"_s);
    const QJsonObject done = simulationOf(u"simulation_completed.json"_s);
    const auto page = [](const QJsonArray &records) {
        return QJsonDocument(QJsonObject{{u"records"_s, records}, {u"total_records"_s, records.size()}}).toJson();
    };
    const QByteArray first = page({running, done});
    const parse::SimulationPageResult before = parse::simulationPage(first);
    QVERIFY(before.page);
    QCOMPARE(before.page->digests.size(), before.page->records.size());
    QHash<int, parse::KnownRecord> known;
    for (qsizetype i = 0; i < before.page->records.size(); ++i)
        known.insert(before.page->records.at(i).id, {before.page->digests.at(i), before.page->records.at(i)});

    // The running one moves on: a call more, the progress up.
    QJsonArray calls = running.value(u"simulation_call_recording"_s).toArray();
    QVERIFY(!calls.isEmpty());
    QJsonObject extra = calls.first().toObject();
    extra.insert(u"id"_s, 99999);
    calls.append(extra);
    running.insert(u"simulation_call_recording"_s, calls);
    running.insert(u"progress"_s, QJsonArray{77});
    const QByteArray second = page({running, done});

    const parse::SimulationPageResult again = parse::simulationPage(second, known);
    const parse::SimulationPageResult afresh = parse::simulationPage(second);
    QVERIFY(again.page && afresh.page);
    QCOMPARE(again.page->records, afresh.page->records);
    QCOMPARE(again.page->records.at(0).recordings.size(), calls.size());
    // The unchanged record is the one read before; the changed one kept its unchanged calls.
    QVERIFY(again.page->records.at(1).recordings.constData() == before.page->records.at(1).recordings.constData());
    QVERIFY(again.page->records.at(0).recordings.first().json.constData()
            == before.page->records.at(0).recordings.first().json.constData());
}

void TestParse::wrongTypedEverything()
{
    // Every field of the wrong type, except an id to hang it on.
    const char *const body = R"({
        "id": "456", "name": false, "bot_id": "Customer Support Agent", "scenarios_ids": {"id": 1},
        "status": ["Draft"], "number_of_call_to_make": "one", "concurrent_call_count": true,
        "max_call_duration_in_minutes": {"minutes": 3}, "what_went_wrong": 1, "suggestions_for_improvement": [],
        "prompt_suggestion": {}, "is_auto_prompt_suggestions_applied": "maybe", "how_many_scenario_to_generate": "x",
        "summary": null, "analyticsData": "Positive: 3", "total_simulation_remaining_records": "many",
        "total_simulation_in_progress_records": [], "total_simulation_finished_records": {},
        "total_records": "lots", "progress": {"value": 50}, "create_date": 20260508,
        "simulation_call_recording": "none", "can_stop": [true], "active_calls_count": "two"
    })";
    const std::optional<Simulation> parsed = parse::simulationObject(object(body));
    QVERIFY(parsed);
    const Simulation &s = *parsed;
    QCOMPARE(s.id, 456);
    QVERIFY(s.name.isEmpty());
    QVERIFY(!s.agent);
    QVERIFY(s.statusText.isEmpty());
    QCOMPARE(s.status, Status::Unknown);
    QCOMPARE(s.progressPercent, 0.0);
    QCOMPARE(s.calls, CallCounts{});
    QCOMPARE(s.sentiment, Sentiment{});
    QCOMPARE(s.summary.state, ReviewText::State::Missing);
    QCOMPARE(s.whatWentWrong.state, ReviewText::State::Missing);
    QCOMPARE(s.suggestionsForImprovement.state, ReviewText::State::Missing);
    QCOMPARE(s.promptSuggestion.state, ReviewText::State::Missing);
    QCOMPARE(s.promptSuggestionApplied, false);
    QCOMPARE(s.canStop, false);
    QCOMPARE(s.numberOfCallToMake, -1);
    QCOMPARE(s.concurrentCallCount, -1);
    QCOMPARE(s.maxCallDurationMinutes, -1);
    QVERIFY(!s.created.isValid());
    QVERIFY(s.scenarios.isEmpty());
    QVERIFY(s.recordings.isEmpty());

    // The same inside a reply is accepted.
    const QByteArray reply = QByteArray(R"({"success": true, "simulation": )") + body + '}';
    const parse::SimulationResult result = parse::simulationResponse(reply);
    QVERIFY(result.simulation);
    QCOMPARE(*result.simulation, s);

    // With the id of the wrong type too: rejected, still no crash.
    QJsonObject noId = object(body);
    noId.insert(u"id"_s, QJsonObject{{u"id"_s, 456}});
    QVERIFY(!parse::simulationObject(noId));
    const parse::SimulationResult rejected = parse::simulationResponse(
        QJsonDocument(QJsonObject{{u"success"_s, true}, {u"simulation"_s, noId}}).toJson());
    QVERIFY(!rejected.simulation);
    QCOMPARE(rejected.error.kind, ApiError::Kind::BadPayload);

    // Every top-level JSON type as the whole object / as each item of a recording list.
    const QList<QJsonValue> values = {QJsonValue(), QJsonValue(true), QJsonValue(0), QJsonValue(u"s"_s),
                                      QJsonArray{1, u"x"_s}, QJsonObject{{u"k"_s, 1}}};
    for (const QJsonValue &value : values) {
        QJsonObject anything{{u"id"_s, 1}};
        for (const char *key : {"name", "bot_id", "status", "progress", "create_date", "analyticsData",
                                "scenarios_ids", "simulation_call_recording", "summary", "total_records"})
            anything.insert(QLatin1StringView(key), value);
        QVERIFY(parse::simulationObject(anything));
        const Recording r = parse::recording(QJsonObject{{u"id"_s, value}, {u"voice"_s, value},
                                                         {u"scenario_id"_s, value}, {u"time_of_call"_s, value},
                                                         {u"call_duration"_s, value}});
        QCOMPARE(r.raw().size(), 5);
    }
}

// Every input the fuzzer ever broke us with stays a regression fixture (tools/fuzz.sh).
void TestParse::fuzzRegressionsParseWithoutCrashing()
{
    const QDir dir(QStringLiteral(SIMWATCH_TESTDATA_DIR "/fuzz-regressions"));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const parse::SimulationResult result = parse::simulationResponse(file.readAll());
        QVERIFY2(result.simulation || result.error.isError(), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestParse)
#include "tst_parse.moc"
