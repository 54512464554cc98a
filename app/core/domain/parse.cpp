#include "domain/parse.h"

#include "domain/jsonscan.h"
#include "logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QStringView>
#include <QTimeZone>
#include <QtMath>

#include <algorithm>
#include <climits>
#include <cctype>
#include <cmath>

using namespace Qt::StringLiterals;

// Everything here reads untrusted input: no exceptions, no asserts, no crashes. A value of an
// unexpected type is read as absent; the caller gets the documented default instead.
namespace simwatch::parse {

namespace {

// Integers above this lose precision in a double; nothing the API sends comes close.
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

int clampToInt(qint64 value)
{
    return static_cast<int>(std::clamp<qint64>(value, INT_MIN, INT_MAX));
}

// A number from a JSON number or a numeric string (" 42.5 "). nullopt otherwise; may be NaN/inf.
std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        const QString text = value.toString();
        bool ok = false;
        const double number = QStringView(text).trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// An integer from a JSON number with an integral value or a numeric string ("12", "12.0").
std::optional<qint64> integerOf(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString();
        const QStringView trimmed = QStringView(text).trimmed();
        bool ok = false;
        const qint64 integer = trimmed.toLongLong(&ok);
        if (ok)
            return integer;
        number = trimmed.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > kMaxExactInteger)
        return std::nullopt;
    return static_cast<qint64>(number);
}

// A non-negative int id, or -1.
int idOf(const QJsonValue &value)
{
    const std::optional<qint64> id = integerOf(value);
    return id && *id >= 0 && *id <= INT_MAX ? static_cast<int>(*id) : -1;
}

// Counters: negative or unreadable -> 0. `present` tells whether the value could be read.
int counterOf(const QJsonValue &value, bool *present = nullptr)
{
    const std::optional<qint64> number = integerOf(value);
    if (present)
        *present = number.has_value();
    return number ? clampToInt(std::max<qint64>(*number, 0)) : 0;
}

// Configuration fields: -1 when absent, unreadable or negative.
int settingOf(const QJsonValue &value)
{
    const std::optional<qint64> number = integerOf(value);
    return number && *number >= 0 ? clampToInt(*number) : -1;
}

QString stringOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

bool boolOf(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString();
        const QStringView trimmed = QStringView(text).trimmed();
        if (trimmed.compare(u"true", Qt::CaseInsensitive) == 0 || trimmed == u"1")
            return true;
        if (trimmed.compare(u"false", Qt::CaseInsensitive) == 0 || trimmed == u"0")
            return false;
    }
    return fallback;
}

// An id shown as text: a string as sent, or an integral number.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        if (const std::optional<qint64> id = integerOf(value))
            return QString::number(*id);
    }
    return {};
}

// The name of a many-to-one link: {id, name} or Odoo's raw [id, "name"].
QString linkName(const QJsonValue &value)
{
    if (value.isObject())
        return stringOf(value.toObject().value("name"_L1));
    if (value.isArray()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() >= 2)
            return stringOf(pair.at(1));
    }
    return {};
}

std::optional<AgentRef> agentOf(const QJsonValue &value)
{
    AgentRef agent;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        agent.id = idOf(object.value("id"_L1));
        agent.name = stringOf(object.value("name"_L1));
    } else if (value.isArray()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() >= 1)
            agent.id = idOf(pair.at(0));
        if (pair.size() >= 2)
            agent.name = stringOf(pair.at(1));
    } else if (value.isDouble()) {
        agent.id = idOf(value);
    }
    if (agent.id < 0 && agent.name.isEmpty())
        return std::nullopt;
    return agent;
}

// A voice: {id, provider} -> "provider id"; else its name; a bare string as sent;
// a list (selected_voices) -> its first readable voice.
QString voiceOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QString provider = stringOf(object.value("provider"_L1));
        const QString id = idText(object.value("id"_L1));
        if (!provider.isEmpty() && !id.isEmpty())
            return provider + u' ' + id;
        const QString name = stringOf(object.value("name"_L1));
        if (!name.isEmpty())
            return name;
        return provider.isEmpty() ? id : provider;
    }
    if (value.isArray()) {
        const QJsonArray voices = value.toArray();
        for (qsizetype i = 0; i < voices.size(); ++i) {
            QString voice = voiceOf(voices.at(i));
            if (!voice.isEmpty())
                return voice;
        }
    }
    return {};
}

QString errorDescriptionOf(const QJsonObject &object)
{
    for (const QLatin1StringView key : {"error_description"_L1, "error"_L1, "detail"_L1, "message"_L1}) {
        const QJsonValue value = object.value(key);
        if (!value.isString())
            continue;
        const QString text = value.toString().trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// ---- dates ----

QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads minDigits..maxDigits ASCII digits at `pos`; fails when more digits follow.
bool readNumber(QStringView text, qsizetype &pos, int minDigits, int maxDigits, int &out)
{
    int digits = 0;
    int number = 0;
    while (pos < text.size() && isAsciiDigit(text[pos])) {
        if (++digits > maxDigits)
            return false;
        number = number * 10 + (text[pos].unicode() - u'0');
        ++pos;
    }
    if (digits < minDigits)
        return false;
    out = number;
    return true;
}

// Reads exactly `digits` ASCII digits at `pos` (more digits may follow: "+0430").
bool readFixed(QStringView text, qsizetype &pos, int digits, int &out)
{
    if (text.size() - pos < digits)
        return false;
    int number = 0;
    for (int i = 0; i < digits; ++i, ++pos) {
        if (!isAsciiDigit(text[pos]))
            return false;
        number = number * 10 + (text[pos].unicode() - u'0');
    }
    out = number;
    return true;
}

bool skip(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

// "MM/DD/YYYY[ HH:MM[:SS[.fff]]]" (Odoo) or "YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:MM]]".
// No zone means UTC.
QDateTime readDateTime(QStringView text)
{
    qsizetype pos = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() > 4 && text[4] == u'-') {
        if (!readNumber(text, pos, 4, 4, year) || !skip(text, pos, u'-')
            || !readNumber(text, pos, 1, 2, month) || !skip(text, pos, u'-')
            || !readNumber(text, pos, 1, 2, day))
            return {};
    } else {
        if (!readNumber(text, pos, 1, 2, month) || !skip(text, pos, u'/')
            || !readNumber(text, pos, 1, 2, day) || !skip(text, pos, u'/')
            || !readNumber(text, pos, 4, 4, year))
            return {};
    }
    const QDate date(year, month, day); // invalid for 13/45/2026 and the like
    if (!date.isValid())
        return {};
    if (pos == text.size())
        return utcDateTime(date, QTime(0, 0));

    if (text[pos] == u'T' || text[pos] == u't') {
        ++pos;
    } else if (text[pos].isSpace()) {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
    } else {
        return {};
    }

    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    if (!readNumber(text, pos, 1, 2, hour) || !skip(text, pos, u':') || !readNumber(text, pos, 2, 2, minute))
        return {};
    if (skip(text, pos, u':')) {
        if (!readNumber(text, pos, 2, 2, second))
            return {};
        if (skip(text, pos, u'.') || skip(text, pos, u',')) {
            int digits = 0;
            while (pos < text.size() && isAsciiDigit(text[pos])) {
                if (digits < 3)
                    msec = msec * 10 + (text[pos].unicode() - u'0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return {};
            for (; digits < 3; ++digits)
                msec *= 10;
        }
    }
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return {};
    const QDateTime dateTime = utcDateTime(date, time);
    if (pos == text.size())
        return dateTime;

    if ((text[pos] == u'Z' || text[pos] == u'z') && pos + 1 == text.size())
        return dateTime;
    if (text[pos] == u'+' || text[pos] == u'-') {
        const int sign = text[pos] == u'-' ? -1 : 1;
        ++pos;
        int offsetHours = 0;
        int offsetMinutes = 0;
        if (!readFixed(text, pos, 2, offsetHours))
            return {};
        skip(text, pos, u':');
        if (pos < text.size() && !readFixed(text, pos, 2, offsetMinutes))
            return {};
        if (pos != text.size() || offsetHours > 23 || offsetMinutes > 59)
            return {};
        // The wall-clock time is at the offset: UTC = local - offset.
        return dateTime.addSecs(-sign * (offsetHours * 3600 + offsetMinutes * 60));
    }
    return {};
}

// ---- responses ----

SimulationResult failure(ApiError::Kind kind, QString message)
{
    SimulationResult result;
    result.error.kind = kind;
    result.error.message = std::move(message);
    return result;
}

SimulationResult badPayload(QString message, const QByteArray &body)
{
    qCDebug(lcParse).noquote() << "bad payload:" << message << "body starts with:"
                               << QString::fromUtf8(body.left(200));
    return failure(ApiError::Kind::BadPayload, std::move(message));
}

std::optional<Simulation> readSimulation(const QJsonObject &object, const QList<Recording> *previous);

SimulationResult fromSimulationObject(const QJsonObject &object, const QByteArray &body,
                                      const QList<Recording> *previous)
{
    std::optional<Simulation> simulation = readSimulation(object, previous);
    if (!simulation) {
        return badPayload(QCoreApplication::translate(
                              "simwatch::parse", "The server's simulation object has no valid id."),
                          body);
    }
    SimulationResult result;
    result.simulation = std::move(simulation);
    return result;
}

} // namespace

namespace {

// A recording from the previous parse whose JSON text equals a call's: the one at the same
// position (calls are appended as they finish), else any with the same text (a list sorted newest
// first). Comparing bytes costs a small part of reading them, and what is reused is shared.
class PreviousRecordings
{
public:
    explicit PreviousRecordings(const QList<Recording> *previous)
        : m_previous(previous)
    {
    }

    const Recording *find(qsizetype position, QByteArrayView json)
    {
        if (!m_previous || m_previous->isEmpty())
            return nullptr;
        if (position < m_previous->size() && QByteArrayView(m_previous->at(position).json) == json)
            return &m_previous->at(position);
        if (m_byText.isEmpty()) {
            m_byText.reserve(m_previous->size());
            for (qsizetype i = 0; i < m_previous->size(); ++i)
                m_byText.insert(QByteArrayView(m_previous->at(i).json), i);
        }
        const auto it = m_byText.constFind(json);
        return it == m_byText.cend() ? nullptr : &m_previous->at(*it);
    }

private:
    const QList<Recording> *m_previous;
    QHash<QByteArrayView, qsizetype> m_byText;
};

// One copy of each short text that many calls repeat (status, sentiment, scenario, voice).
class TextPool
{
public:
    QString shared(QString text)
    {
        if (text.isEmpty())
            return text;
        const auto it = m_texts.constFind(text);
        if (it != m_texts.cend())
            return *it;
        m_texts.insert(text);
        return text;
    }

private:
    QSet<QString> m_texts;
};

Recording readRecording(const QJsonObject &object, QByteArray json, TextPool &pool);

// The reply read as one document.
SimulationResult readDocument(const QByteArray &body, const QList<Recording> *previous)
{
    // The first non-blank byte, found without copying a possibly large body.
    qsizetype first = 0;
    while (first < body.size() && std::isspace(static_cast<unsigned char>(body.at(first))))
        ++first;
    if (first == body.size()) {
        return badPayload(QCoreApplication::translate("simwatch::parse", "The server's reply is empty."),
                          body);
    }

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (body.at(first) == '<') {
            return badPayload(QCoreApplication::translate(
                                  "simwatch::parse",
                                  "The server replied with a web page instead of JSON data."),
                              body);
        }
        return badPayload(QCoreApplication::translate(
                              "simwatch::parse", "The server's reply is not valid JSON (%1 at byte %2).")
                              .arg(error.errorString(), QString::number(error.offset)),
                          body);
    }
    if (!document.isObject()) {
        return badPayload(document.isArray()
                              ? QCoreApplication::translate(
                                    "simwatch::parse", "The server's reply is a JSON array, not an object.")
                              : QCoreApplication::translate(
                                    "simwatch::parse", "The server's reply is not a JSON object."),
                          body);
    }

    const QJsonObject object = document.object();
    const QJsonValue success = object.value("success"_L1);
    const bool successSent = !success.isUndefined() && !success.isNull();
    if (successSent && !boolOf(success, true)) {
        QString message = errorDescriptionOf(object);
        if (message.isEmpty()) {
            message = QCoreApplication::translate("simwatch::parse",
                                                  "The server reported a failure without giving a reason.");
        }
        qCDebug(lcParse).noquote() << "success: false:" << message;
        return failure(ApiError::Kind::ApiFailure, std::move(message));
    }

    const QJsonValue simulation = object.value("simulation"_L1);
    if (simulation.isObject())
        return fromSimulationObject(simulation.toObject(), body, previous);

    if (simulation.isUndefined()) {
        // Tolerated: the simulation object itself at the top level.
        if (object.contains("id"_L1) && object.contains("status"_L1))
            return fromSimulationObject(object, body, previous);
        // An error body ({"error": ..., "error_description": ...}) without `success`.
        if (!successSent) {
            QString message = errorDescriptionOf(object);
            if (!message.isEmpty()) {
                qCDebug(lcParse).noquote() << "error body:" << message;
                return failure(ApiError::Kind::ApiFailure, std::move(message));
            }
        }
    }
    return badPayload(
        QCoreApplication::translate("simwatch::parse", "The server's reply has no simulation object."),
        body);
}

std::optional<Simulation> readSimulation(const QJsonObject &object, const QList<Recording> *previous)
{
    const int id = idOf(object.value("id"_L1));
    if (id < 0) {
        qCDebug(lcParse) << "simulation object without a usable id:" << object.value("id"_L1);
        return std::nullopt;
    }

    Simulation s;
    s.id = id;
    s.name = stringOf(object.value("name"_L1));
    s.agent = agentOf(object.value("bot_id"_L1));

    const QJsonValue status = object.value("status"_L1);
    if (status.isString()) {
        s.statusText = status.toString();
        s.status = statusFromString(s.statusText);
    }

    bool hasTotal = false;
    bool hasRemaining = false;
    bool hasInProgress = false;
    bool hasFinished = false;
    s.calls.total = counterOf(object.value("total_records"_L1), &hasTotal);
    s.calls.remaining = counterOf(object.value("total_simulation_remaining_records"_L1), &hasRemaining);
    s.calls.inProgress = counterOf(object.value("total_simulation_in_progress_records"_L1), &hasInProgress);
    s.calls.finished = counterOf(object.value("total_simulation_finished_records"_L1), &hasFinished);
    s.calls.active = counterOf(object.value("active_calls_count"_L1));
    if (!hasTotal && (hasRemaining || hasInProgress || hasFinished)) {
        s.calls.total = clampToInt(qint64(s.calls.remaining) + s.calls.inProgress + s.calls.finished);
    }

    const QJsonValue analytics = object.value("analyticsData"_L1);
    if (analytics.isObject()) {
        const QJsonObject counts = analytics.toObject();
        const auto count = [&counts](QLatin1StringView key, QLatin1StringView lowerKey) {
            const QJsonValue value = counts.value(key);
            return counterOf(value.isUndefined() ? counts.value(lowerKey) : value);
        };
        s.sentiment.positive = count("Positive"_L1, "positive"_L1);
        s.sentiment.negative = count("Negative"_L1, "negative"_L1);
        s.sentiment.neutral = count("Neutral"_L1, "neutral"_L1);
    }

    s.progressPercent = progress(object.value("progress"_L1), s.calls.finished, s.calls.total);

    s.summary = reviewText(object.value("summary"_L1));
    s.whatWentWrong = reviewText(object.value("what_went_wrong"_L1));
    s.suggestionsForImprovement = reviewText(object.value("suggestions_for_improvement"_L1));
    s.promptSuggestion = reviewText(object.value("prompt_suggestion"_L1));
    s.promptSuggestionApplied = boolOf(object.value("is_auto_prompt_suggestions_applied"_L1), false);
    s.canStop = boolOf(object.value("can_stop"_L1), false);

    s.numberOfCallToMake = settingOf(object.value("number_of_call_to_make"_L1));
    s.concurrentCallCount = settingOf(object.value("concurrent_call_count"_L1));
    s.maxCallDurationMinutes = settingOf(object.value("max_call_duration_in_minutes"_L1));

    s.created = odooDate(object.value("create_date"_L1));

    const QJsonValue scenarios = object.value("scenarios_ids"_L1);
    if (scenarios.isArray()) {
        const QJsonArray items = scenarios.toArray();
        s.scenarios.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            if (item.isObject())
                s.scenarios.append(item.toObject());
            else
                qCDebug(lcParse) << "simulation" << id << "skipping scenario item" << i << "of type" << item.type();
        }
    }

    const QJsonValue recordings = object.value("simulation_call_recording"_L1);
    if (recordings.isArray()) {
        const QJsonArray items = recordings.toArray();
        s.recordings.reserve(items.size());
        PreviousRecordings reusable(previous);
        TextPool pool;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            if (item.isObject()) {
                const QJsonObject call = item.toObject();
                QByteArray json = QJsonDocument(call).toJson(QJsonDocument::Compact);
                const Recording *same = reusable.find(s.recordings.size(), json);
                s.recordings.append(same ? *same : readRecording(call, std::move(json), pool));
            } else {
                qCDebug(lcParse) << "simulation" << id << "skipping recording item" << i << "of type" << item.type();
            }
        }
    }
    return s;
}

// The calls of a reply cut out of it and read one by one, the rest read as a document. A call whose
// text equals one in `previous` is taken from there without being read. nullopt when the reply
// cannot be cut or a piece is not valid: then readDocument reads it (and words any error).
std::optional<SimulationResult> readCut(const QByteArray &body, const QList<Recording> *previous)
{
    const QLatin1StringView key("simulation_call_recording");
    std::optional<json::SplitArray> cut = json::splitArray(body, {"simulation"_L1, key});
    if (!cut)
        cut = json::splitArray(body, {key}); // the tolerated simulation object at the top level
    if (!cut)
        return std::nullopt;

    SimulationResult result = readDocument(cut->envelope, nullptr);
    if (!result.simulation)
        return std::nullopt;
    Simulation &s = *result.simulation;
    s.recordings.reserve(cut->items.size());
    PreviousRecordings reusable(previous);
    TextPool pool;
    for (qsizetype i = 0; i < cut->items.size(); ++i) {
        const QByteArrayView item = cut->items.at(i);
        if (const Recording *same = reusable.find(s.recordings.size(), item)) {
            s.recordings.append(*same);
            continue;
        }
        if (!item.startsWith('{')) {
            const std::optional<QJsonValue> value = json::readValue(item);
            if (!value)
                return std::nullopt;
            qCDebug(lcParse) << "simulation" << s.id << "skipping recording item" << i << "of type" << value->type();
            continue;
        }
        QByteArray json = item.toByteArray();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        s.recordings.append(readRecording(document.object(), std::move(json), pool));
    }
    return result;
}

SimulationResult readResponse(const QByteArray &body, const QList<Recording> *previous)
{
    if (std::optional<SimulationResult> result = readCut(body, previous))
        return std::move(*result);
    return readDocument(body, previous);
}

} // namespace

SimulationResult simulationResponse(const QByteArray &body)
{
    return readResponse(body, nullptr);
}

SimulationResult simulationResponse(const QByteArray &body, const QList<Recording> &previous)
{
    return readResponse(body, &previous);
}

std::optional<Simulation> simulationObject(const QJsonObject &object)
{
    return readSimulation(object, nullptr);
}

namespace {

Recording readRecording(const QJsonObject &object, QByteArray json, TextPool &pool)
{
    Recording r;
    r.json = std::move(json);
    r.id = idOf(object.value("id"_L1));
    r.timeOfCall = odooDate(object.value("time_of_call"_L1));
    r.callStatus = stringOf(object.value("call_status"_L1));

    const std::optional<double> seconds = numberOf(object.value("call_duration_in_seconds"_L1));
    if (seconds && std::isfinite(*seconds) && *seconds >= 0 && *seconds <= INT_MAX) {
        r.durationSeconds = qRound(*seconds);
    } else {
        const QJsonValue duration = object.value("call_duration"_L1);
        if (duration.isString()) {
            r.durationSeconds = durationText(duration.toString());
        } else if (const std::optional<double> plain = numberOf(duration);
                   plain && std::isfinite(*plain) && *plain >= 0 && *plain <= INT_MAX) {
            r.durationSeconds = qRound(*plain);
        }
    }

    r.sentiment = stringOf(object.value("sentiment_score"_L1));

    r.scenario = linkName(object.value("scenario_id"_L1));
    if (r.scenario.isEmpty())
        r.scenario = stringOf(object.value("scenario_name"_L1));
    if (r.scenario.isEmpty()) {
        const QJsonValue scenario = object.value("scenario"_L1);
        r.scenario = scenario.isString() ? scenario.toString() : linkName(scenario);
    }

    r.voice = voiceOf(object.value("voice"_L1));
    if (r.voice.isEmpty())
        r.voice = voiceOf(object.value("selected_voice"_L1));
    if (r.voice.isEmpty())
        r.voice = voiceOf(object.value("selected_voices"_L1));

    r.recordingUrl = stringOf(object.value("recording_url"_L1));
    r.callStatus = pool.shared(std::move(r.callStatus));
    r.sentiment = pool.shared(std::move(r.sentiment));
    r.scenario = pool.shared(std::move(r.scenario));
    r.voice = pool.shared(std::move(r.voice));
    return r;
}

} // namespace

Recording recording(const QJsonObject &object)
{
    TextPool pool;
    return readRecording(object, QJsonDocument(object).toJson(QJsonDocument::Compact), pool);
}

ReviewText reviewText(const QJsonValue &value)
{
    ReviewText review;
    if (value.isString()) {
        QString text = value.toString();
        if (QStringView(text).trimmed().isEmpty()) {
            review.state = ReviewText::State::NoText;
        } else {
            review.state = ReviewText::State::Text;
            review.text = std::move(text);
        }
    } else if (value.isBool()) {
        review.state = value.toBool() ? ReviewText::State::NoText : ReviewText::State::NotYet;
    }
    return review;
}

QDateTime odooDate(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    return readDateTime(QStringView(text).trimmed());
}

int durationText(const QString &text)
{
    const QStringView s = QStringView(text).trimmed();
    qint64 parts[3] = {};
    int count = 0;
    qsizetype pos = 0;
    for (;;) {
        if (count == 3)
            return -1;
        const qsizetype start = pos;
        qint64 part = 0;
        while (pos < s.size() && isAsciiDigit(s[pos])) {
            part = part * 10 + (s[pos].unicode() - u'0');
            if (part > INT_MAX)
                return -1;
            ++pos;
        }
        if (pos == start)
            return -1; // empty, a sign, or anything else that is not a digit
        parts[count++] = part;
        if (pos == s.size())
            break;
        if (s[pos] != u':')
            return -1;
        ++pos;
    }
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && parts[i] > 59)
            return -1; // minutes and seconds after the leading field are 0..59
        total = total * 60 + parts[i];
        if (total > INT_MAX)
            return -1;
    }
    return static_cast<int>(total);
}

double progress(const QJsonValue &value, int finished, int total)
{
    // [p] is the documented shape; a longer array gives its first element.
    std::optional<double> sent;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (!array.isEmpty())
            sent = numberOf(array.at(0));
    } else {
        sent = numberOf(value);
    }
    double percent = 0;
    if (sent && std::isfinite(*sent))
        percent = *sent;
    else if (total > 0)
        percent = 100.0 * std::max(finished, 0) / total;
    return std::clamp(percent, 0.0, 100.0);
}

QString errorDescription(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return errorDescriptionOf(document.object());
}

} // namespace simwatch::parse
