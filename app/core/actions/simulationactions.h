#pragma once

#include "actions/promptdiff.h"
#include "api/apiclient.h"
#include "api/apierror.h"
#include "domain/simulation.h"

#include <QObject>
#include <QString>

#include <functional>

namespace simwatch {

// Result of POST /simulations/{id}/stop. The endpoint always answers HTTP 200 when it answers:
// `success: true` with disconnect_results, or `success: false` with a message.
struct StopOutcome
{
    bool stopped = false;
    bool hasCounts = false;         // disconnect_results was present and readable
    int successfulDisconnects = 0;
    int failedDisconnects = 0;
    int pendingStopped = 0;
    QString serverMessage;          // the server's `message` (plain text, may be empty)
    ApiError error;                 // kind None when stopped
    // What to tell the user, e.g. "Stopped. 2 calls disconnected, 0 failed, 3 pending calls cancelled."
    QString humanMessage() const;
};

// Result of POST /simulations/{id}/enhance-prompt.
struct EnhanceOutcome
{
    bool ok = false;
    QList<promptdiff::PromptSection> previousContext;
    QList<promptdiff::PromptSection> promptBreakdown;
    ApiError error;                 // kind None when ok
    bool invalidState = false;      // the 400 invalid_state reply: the run has not completed
    QString humanMessage() const;   // empty when ok
};

// Result of POST /simulations/{id}/start: `success: true` with the simulation (now Pending), or
// HTTP 200 with `success: false` and a message when the run cannot start (it is not a Draft).
struct StartOutcome
{
    bool started = false;
    QString serverMessage;          // the server's `message` (plain text, may be empty)
    ApiError error;                 // kind None when started
    QString humanMessage() const;   // why it did not start; empty when started
};

// Result of POST /simulations: HTTP 200 (not 201) `{success, simulation}`, the new one a Draft.
struct CreateOutcome
{
    bool created = false;
    int id = -1;                    // the new simulation's id
    ApiError error;                 // kind None when created
    QString humanMessage() const;   // why it was not created; empty when created
};

// Run again: the copy is created, then started. `start` is read only when `create.created`.
struct RunAgainOutcome
{
    CreateOutcome create;
    StartOutcome start;
};

namespace actions {
// Pure reply readers (tested directly).
StopOutcome stopOutcome(const ApiClient::Reply &reply);
EnhanceOutcome enhanceOutcome(const ApiClient::Reply &reply);
StartOutcome startOutcome(const ApiClient::Reply &reply);
CreateOutcome createOutcome(const ApiClient::Reply &reply);
QString stopPath(int id);
QString enhancePromptPath(int id);
QString startPath(int id);

// The body of POST /simulations that runs `run` again under `name`: the same agent, scenarios
// (name, description, expected_result, selected_voices) and the settings the simulation object
// gave; a setting it did not give is left out, so the API's default applies. Needs run.agent.
QByteArray runAgainBody(const Simulation &run, const QString &name);
// The name offered for the next run: "Support test" -> "Support test (run 2)",
// "Support test (run 2)" -> "Support test (run 3)".
QString nextRunName(const QString &name);
// Calls a start makes: total_records, else scenarios x number_of_call_to_make (one when unknown).
int plannedCalls(const Simulation &run);
} // namespace actions

// The write actions on one simulation, GUI-free. Callbacks run once unless `context` dies.
class SimulationActions : public QObject
{
    Q_OBJECT

public:
    explicit SimulationActions(ApiClient *client, QObject *parent = nullptr);

    void stop(int id, QObject *context, std::function<void(const StopOutcome &)> done);
    void enhancePrompt(int id, QObject *context, std::function<void(const EnhanceOutcome &)> done);
    void start(int id, QObject *context, std::function<void(const StartOutcome &)> done);
    void create(const QByteArray &body, QObject *context, std::function<void(const CreateOutcome &)> done);
    // create(runAgainBody(run, name)), then start() the new simulation if it was created. The
    // start is sent through this object: it must live as long as `context` (its owner, in practice).
    void runAgain(const Simulation &run, const QString &name, QObject *context,
                  std::function<void(const RunAgainOutcome &)> done);

private:
    ApiClient *m_client = nullptr;
};

} // namespace simwatch
