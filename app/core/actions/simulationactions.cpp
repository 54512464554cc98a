#include "actions/simulationactions.h"

#include "api/endpoints.h"

#include "domain/numbertext.h"
#include "domain/parse.h"
#include "domain/values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace simwatch {

namespace {

QJsonObject bodyObject(const QByteArray &body, bool *ok)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    *ok = parseError.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

ApiError badPayload()
{
    ApiError error;
    error.kind = ApiError::Kind::BadPayload;
    error.httpStatus = 200;
    error.message = QCoreApplication::translate("simwatch::SimulationActions", "The server's reply could not be read.");
    return error;
}

// The server sends counts as integers; tolerate numbers in strings and missing keys.
int count(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return qMax(0, value.toInt());
    if (value.isString())
        return qMax(0, value.toString().toInt());
    return 0;
}

QList<promptdiff::PromptSection> sections(const QJsonValue &value)
{
    QList<promptdiff::PromptSection> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        promptdiff::PromptSection section;
        section.title = object.value(QLatin1StringView("title")).toString();
        const QJsonValue prompt = object.value(QLatin1StringView("prompt"));
        section.prompt = prompt.isString() ? prompt.toString() : QString();
        if (!item.isObject())
            section.prompt = item.isString() ? item.toString() : QString();
        out.append(section);
    }
    return out;
}

} // namespace

QString StopOutcome::humanMessage() const
{
    if (!stopped) {
        if (error.kind == ApiError::Kind::ApiFailure && !serverMessage.isEmpty())
            return serverMessage;
        return error.message;
    }
    if (!hasCounts)
        return serverMessage.isEmpty() ? QCoreApplication::translate("simwatch::SimulationActions", "Stopped.") : QCoreApplication::translate("simwatch::SimulationActions", "Stopped: %1").arg(serverMessage);
    const QString disconnected = QCoreApplication::translate("simwatch::SimulationActions", "%Ln call(s) disconnected", nullptr, successfulDisconnects);
    const QString failed = QCoreApplication::translate("simwatch::SimulationActions", "%1 failed").arg(numberText(failedDisconnects));
    const QString cancelled = QCoreApplication::translate("simwatch::SimulationActions", "%Ln pending call(s) cancelled", nullptr, pendingStopped);
    return QCoreApplication::translate("simwatch::SimulationActions", "Stopped. %1, %2, %3.").arg(disconnected, failed, cancelled);
}

QString EnhanceOutcome::humanMessage() const
{
    if (ok)
        return {};
    if (invalidState)
        return QCoreApplication::translate("simwatch::SimulationActions", "Prompt suggestions can only be enhanced once the simulation has completed.");
    return error.message;
}

QString StartOutcome::humanMessage() const
{
    if (started)
        return {};
    if (error.kind == ApiError::Kind::ApiFailure && !serverMessage.isEmpty())
        return serverMessage;
    return error.message;
}

QString CreateOutcome::humanMessage() const
{
    return created ? QString() : error.message;
}

namespace actions {

QString startPath(int id)
{
    return endpoints::simulationAction(id, QStringLiteral("start"));
}

QString stopPath(int id)
{
    return endpoints::simulationAction(id, QStringLiteral("stop"));
}

QString enhancePromptPath(int id)
{
    return endpoints::simulationAction(id, QStringLiteral("enhance-prompt"));
}

namespace {

// The body of a write that answers HTTP 200 with {success, message, …} (stop, start): empty,
// with `error` set, when the request failed, the body is not a JSON object, or `success` is not
// true; `serverMessage` is the body's message either way. HTTP 200 alone does not mean done
// (REFERENCE.md, Errors).
std::optional<QJsonObject> successfulBody(const ApiClient::Reply &reply, const QString &noReason, ApiError &error,
                                          QString &serverMessage)
{
    if (reply.error.isError()) {
        error = reply.error;
        return std::nullopt;
    }
    bool ok = false;
    const QJsonObject object = bodyObject(reply.body, &ok);
    if (!ok) {
        error = badPayload();
        return std::nullopt;
    }
    const QJsonValue message = object.value(QLatin1StringView("message"));
    serverMessage = message.isString() ? message.toString().trimmed() : QString();
    if (!object.value(QLatin1StringView("success")).toBool(false)) {
        error.kind = ApiError::Kind::ApiFailure;
        error.httpStatus = reply.httpStatus;
        error.message = serverMessage.isEmpty() ? noReason : serverMessage;
        return std::nullopt;
    }
    return object;
}

} // namespace

StopOutcome stopOutcome(const ApiClient::Reply &reply)
{
    StopOutcome out;
    const std::optional<QJsonObject> object = successfulBody(
        reply, QCoreApplication::translate("simwatch::SimulationActions", "The server did not stop the simulation and gave no reason."),
        out.error, out.serverMessage);
    if (!object)
        return out;
    out.stopped = true;
    const QJsonValue results = object->value(QLatin1StringView("disconnect_results"));
    if (results.isObject()) {
        const QJsonObject r = results.toObject();
        out.hasCounts = true;
        out.successfulDisconnects = count(r, QLatin1StringView("successful_disconnects"));
        out.failedDisconnects = count(r, QLatin1StringView("failed_disconnects"));
        out.pendingStopped = count(r, QLatin1StringView("pending_stopped"));
    }
    return out;
}

EnhanceOutcome enhanceOutcome(const ApiClient::Reply &reply)
{
    EnhanceOutcome out;
    if (reply.error.isError()) {
        out.error = reply.error;
        // The documented 400 of this endpoint is invalid_state (not Completed). ApiClient keeps
        // error bodies, so the code is checked; a 400 with no readable code is read the same way.
        if (reply.httpStatus == 400) {
            bool ok = false;
            const QJsonObject object = bodyObject(reply.body, &ok);
            const QString code = ok ? object.value(QLatin1StringView("error")).toString() : QString();
            out.invalidState = code.isEmpty() || code == QLatin1StringView("invalid_state");
        }
        return out;
    }
    bool ok = false;
    const QJsonObject object = bodyObject(reply.body, &ok);
    if (!ok) {
        out.error = badPayload();
        return out;
    }
    if (object.contains(QLatin1StringView("success")) && !object.value(QLatin1StringView("success")).toBool(false)) {
        out.error.kind = ApiError::Kind::ApiFailure;
        out.error.httpStatus = reply.httpStatus;
        out.error.message = parse::errorDescription(reply.body);
        if (out.error.message.isEmpty())
            out.error.message = QCoreApplication::translate("simwatch::SimulationActions", "The server could not enhance the prompt and gave no reason.");
        return out;
    }
    out.previousContext = sections(object.value(QLatin1StringView("previous_context")));
    out.promptBreakdown = sections(object.value(QLatin1StringView("prompt_breakdown")));
    out.ok = true;
    return out;
}

StartOutcome startOutcome(const ApiClient::Reply &reply)
{
    StartOutcome out;
    out.started = successfulBody(
                      reply, QCoreApplication::translate("simwatch::SimulationActions", "The server did not start the simulation and gave no reason."),
                      out.error, out.serverMessage)
                      .has_value();
    return out;
}

CreateOutcome createOutcome(const ApiClient::Reply &reply)
{
    CreateOutcome out;
    if (reply.error.isError()) {
        out.error = reply.error;
        return out;
    }
    bool ok = false;
    const QJsonObject object = bodyObject(reply.body, &ok);
    if (!ok) {
        out.error = badPayload();
        return out;
    }
    if (object.contains(QLatin1StringView("success")) && !object.value(QLatin1StringView("success")).toBool(false)) {
        out.error.kind = ApiError::Kind::ApiFailure;
        out.error.httpStatus = reply.httpStatus;
        out.error.message = parse::errorDescription(reply.body);
        if (out.error.message.isEmpty())
            out.error.message = QCoreApplication::translate("simwatch::SimulationActions", "The server did not create the simulation and gave no reason.");
        return out;
    }
    // Without the new id there is nothing to start or watch.
    out.id = parse::idOf(object.value(QLatin1StringView("simulation")).toObject().value(QLatin1StringView("id")));
    if (out.id <= 0) {
        out.id = -1;
        out.error = badPayload();
        return out;
    }
    out.created = true;
    return out;
}

QByteArray runAgainBody(const Simulation &run, const QString &name)
{
    QJsonObject body{{QStringLiteral("name"), name.trimmed()},
                     {QStringLiteral("agent_id"), run.agent ? run.agent->id : 0}};
    // Settings the object did not give (-1) are left to the API's defaults.
    const auto setting = [&body](const QString &key, int value) {
        if (value > 0)
            body.insert(key, value);
    };
    setting(QStringLiteral("number_of_call_to_make"), run.numberOfCallToMake);
    setting(QStringLiteral("concurrent_call_count"), run.concurrentCallCount);
    setting(QStringLiteral("max_call_duration_in_minutes"), run.maxCallDurationMinutes);
    QJsonArray scenarios;
    for (const QJsonObject &scenario : run.scenarios) {
        // The documented keys only: the old scenario's id would update that one, not add a copy.
        // Odoo's `false` for an empty text becomes an empty string.
        QJsonObject item{{QStringLiteral("name"), parse::stringOf(scenario.value(QLatin1StringView("name")))},
                         {QStringLiteral("description"), parse::stringOf(scenario.value(QLatin1StringView("description")))},
                         {QStringLiteral("expected_result"), parse::stringOf(scenario.value(QLatin1StringView("expected_result")))}};
        QJsonArray voices;
        for (const QJsonValue &voice : scenario.value(QLatin1StringView("selected_voices")).toArray()) {
            const QJsonObject v = voice.toObject();
            if (v.value(QLatin1StringView("provider")).isString() && !v.value(QLatin1StringView("id")).isUndefined())
                voices.append(QJsonObject{{QStringLiteral("id"), v.value(QLatin1StringView("id"))},
                                          {QStringLiteral("provider"), v.value(QLatin1StringView("provider"))}});
        }
        if (!voices.isEmpty())
            item.insert(QStringLiteral("selected_voices"), voices);
        scenarios.append(item);
    }
    body.insert(QStringLiteral("scenarios"), scenarios);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString nextRunName(const QString &name)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*) \\(run (\\d{1,6})\\)$"));
    const QString simplified = name.simplified();
    const QRegularExpressionMatch match = numbered.match(simplified);
    // Multi-arg: a name with "%2" in it stays as it is.
    if (match.hasMatch())
        return QCoreApplication::translate("simwatch::SimulationActions", "%1 (run %2)")
            .arg(match.captured(1), QString::number(match.captured(2).toInt() + 1));
    return QCoreApplication::translate("simwatch::SimulationActions", "%1 (run %2)").arg(simplified, QStringLiteral("2"));
}

int plannedCalls(const Simulation &run)
{
    if (run.calls.total > 0)
        return run.calls.total;
    return int(run.scenarios.size()) * qMax(1, run.numberOfCallToMake);
}

} // namespace actions

SimulationActions::SimulationActions(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void SimulationActions::stop(int id, QObject *context, std::function<void(const StopOutcome &)> done)
{
    m_client->post(actions::stopPath(id), QByteArray(), context,
                   [done = std::move(done)](const ApiClient::Reply &reply) { done(actions::stopOutcome(reply)); });
}

void SimulationActions::enhancePrompt(int id, QObject *context, std::function<void(const EnhanceOutcome &)> done)
{
    m_client->post(actions::enhancePromptPath(id), QByteArray(), context,
                   [done = std::move(done)](const ApiClient::Reply &reply) { done(actions::enhanceOutcome(reply)); });
}

void SimulationActions::start(int id, QObject *context, std::function<void(const StartOutcome &)> done)
{
    m_client->post(actions::startPath(id), QByteArray(), context,
                   [done = std::move(done)](const ApiClient::Reply &reply) { done(actions::startOutcome(reply)); });
}

void SimulationActions::create(const QByteArray &body, QObject *context, std::function<void(const CreateOutcome &)> done)
{
    m_client->post(endpoints::simulations(), body, context,
                   [done = std::move(done)](const ApiClient::Reply &reply) { done(actions::createOutcome(reply)); });
}

void SimulationActions::runAgain(const Simulation &run, const QString &name, QObject *context,
                                 std::function<void(const RunAgainOutcome &)> done)
{
    create(actions::runAgainBody(run, name), context, [this, context, done = std::move(done)](const CreateOutcome &created) {
        if (!created.created)
            return done({created, {}});
        start(created.id, context, [created, done](const StartOutcome &started) { done({created, started}); });
    });
}

} // namespace simwatch
