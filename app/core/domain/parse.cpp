#include "domain/parse.h"

#include "domain/jsonscan.h"
#include "domain/recordingreader.h"
#include "domain/values.h"
#include "logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cctype>
#include <functional>

using namespace Qt::StringLiterals;

// Everything here reads untrusted input: no exceptions, no asserts, no crashes. A value of an
// unexpected type is read as absent; the caller gets the documented default instead.
//
// One path: a reply is cut into its calls when it can be (the calls read one by one, unchanged
// ones taken over from the previous parse), and the rest, or the whole reply when it cannot be
// cut, is read as a document by the same code; both hand their calls to one RecordingReader.
namespace simwatch::parse {

namespace {

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

// The reply as a JSON object; nullopt with the reason in `error` when it is not one.
std::optional<QJsonObject> readObject(const QByteArray &body, ApiError *error)
{
    const auto fail = [&](QString message) -> std::optional<QJsonObject> {
        *error = badPayload(std::move(message), body).error;
        return std::nullopt;
    };
    // The first non-blank byte, found without copying a possibly large body.
    qsizetype first = 0;
    while (first < body.size() && std::isspace(static_cast<unsigned char>(body.at(first))))
        ++first;
    if (first == body.size())
        return fail(QCoreApplication::translate("simwatch::parse", "The server's reply is empty."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (body.at(first) == '<') {
            return fail(QCoreApplication::translate("simwatch::parse",
                                                    "The server replied with a web page instead of JSON data."));
        }
        return fail(QCoreApplication::translate("simwatch::parse", "The server's reply is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject()) {
        return fail(document.isArray()
                        ? QCoreApplication::translate("simwatch::parse", "The server's reply is a JSON array, not an object.")
                        : QCoreApplication::translate("simwatch::parse", "The server's reply is not a JSON object."));
    }
    return document.object();
}

// The reply read as one document.
SimulationResult readDocument(const QByteArray &body, const QList<Recording> *previous)
{
    SimulationResult notAnObject;
    const std::optional<QJsonObject> read = readObject(body, &notAnObject.error);
    if (!read)
        return notAnObject;

    const QJsonObject &object = *read;
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
        RecordingReader reader(s, previous);
        for (qsizetype i = 0; i < items.size(); ++i)
            reader.append(i, items.at(i));
    }
    return s;
}

// The calls of a reply cut out of it and read one by one, the rest read as a document. A call whose
// text equals one in `previous` is taken from there without being read. nullopt when the reply
// cannot be cut or a piece is not valid: then readDocument reads it (and words any error).
// `previousOf` gives the calls read before for the simulation's id (read from the envelope first),
// or null.
using PreviousCalls = std::function<const QList<Recording> *(int id)>;

std::optional<SimulationResult> readCut(const QByteArray &body, const PreviousCalls &previousOf)
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
    RecordingReader reader(s, previousOf ? previousOf(s.id) : nullptr);
    for (qsizetype i = 0; i < cut->items.size(); ++i) {
        if (!reader.append(i, cut->items.at(i)))
            return std::nullopt;
    }
    return result;
}

SimulationResult readResponse(const QByteArray &body, const QList<Recording> *previous)
{
    if (std::optional<SimulationResult> result = readCut(body, [previous](int) { return previous; }))
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

// The page without its records read: the error of a failed reply, or the total and an empty list.
SimulationPageResult pageEnvelope(const QByteArray &body, const QJsonObject &object)
{
    SimulationPageResult result;
    const QJsonValue records = object.value("records"_L1);
    // The list has no `success` key; one sent as false, or an error body, is a failure.
    const QJsonValue success = object.value("success"_L1);
    const bool failed = !success.isUndefined() && !success.isNull() && !boolOf(success, true);
    if (failed || !records.isArray()) {
        QString message = errorDescriptionOf(object);
        if (!message.isEmpty() || failed) {
            result.error.kind = ApiError::Kind::ApiFailure;
            result.error.message = !message.isEmpty()
                ? message
                : QCoreApplication::translate("simwatch::parse", "The server reported a failure without giving a reason.");
            return result;
        }
        result.error = badPayload(QCoreApplication::translate("simwatch::parse",
                                      "The server's reply has no list of simulations."), body).error;
        return result;
    }
    bool hasTotal = false;
    const int total = counterOf(object.value("total_records"_L1), &hasTotal);
    result.page = SimulationPage();
    result.page->totalRecords = hasTotal ? total : -1;
    return result;
}

// The records cut out of the page and read one by one, each unchanged one taken from `known`.
// nullopt when the page cannot be cut or a record is not a valid object: then it is read whole.
std::optional<SimulationPageResult> readPageCut(const QByteArray &body, const QHash<int, KnownRecord> &known)
{
    const std::optional<json::SplitArray> cut = json::splitArray(body, {"records"_L1});
    if (!cut)
        return std::nullopt;
    ApiError error;
    const std::optional<QJsonObject> envelope = readObject(cut->envelope, &error);
    if (!envelope)
        return std::nullopt;
    SimulationPageResult result = pageEnvelope(body, *envelope);
    if (!result.page)
        return result;
    SimulationPage &page = *result.page;
    page.records.reserve(cut->items.size());
    page.digests.reserve(cut->items.size());
    QHash<TextDigest, int> idOfText;
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        idOfText.insert(it->digest, it.key());
    const PreviousCalls previousOf = [&known](int id) {
        const auto before = known.constFind(id);
        return before != known.cend() ? &before->simulation.recordings : nullptr;
    };
    for (qsizetype i = 0; i < cut->items.size(); ++i) {
        const QByteArrayView text = cut->items.at(i);
        const TextDigest digest = TextDigest::of(text);
        if (const auto same = idOfText.constFind(digest); same != idOfText.cend()) {
            page.records.append(known.value(*same).simulation);
            page.digests.append(digest);
            continue;
        }
        // Read as a detail reply is (its calls cut out, the unchanged ones not read again); a record
        // that is not read so (no status, say) is read as a plain object.
        const QByteArray bytes = text.toByteArray();
        std::optional<SimulationResult> read = readCut(bytes, previousOf);
        if (!read || !read->simulation) {
            const QJsonDocument document = QJsonDocument::fromJson(bytes);
            if (!document.isObject())
                return std::nullopt;
            read = SimulationResult();
            read->simulation = readSimulation(document.object(), nullptr);
        }
        if (read->simulation) {
            page.records.append(std::move(*read->simulation));
            page.digests.append(digest);
        } else {
            qCDebug(lcParse) << "list: skipping record" << i << "without a usable id";
        }
    }
    return result;
}

} // namespace

SimulationPageResult simulationPage(const QByteArray &body, const QHash<int, KnownRecord> &known)
{
    if (std::optional<SimulationPageResult> cut = readPageCut(body, known))
        return std::move(*cut);
    SimulationPageResult result;
    const std::optional<QJsonObject> read = readObject(body, &result.error);
    if (!read)
        return result;
    result = pageEnvelope(body, *read);
    if (!result.page)
        return result;
    const QJsonArray items = read->value("records"_L1).toArray();
    result.page->records.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        std::optional<Simulation> simulation = items.at(i).isObject()
            ? readSimulation(items.at(i).toObject(), nullptr) : std::nullopt;
        if (simulation)
            result.page->records.append(std::move(*simulation));
        else
            qCDebug(lcParse) << "list: skipping record" << i << "without a usable id";
    }
    return result;
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
