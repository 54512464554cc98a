#pragma once

#include "actions/promptdiff.h"
#include "api/apiclient.h"
#include "api/apierror.h"

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

namespace actions {
// Pure reply readers (tested directly).
StopOutcome stopOutcome(const ApiClient::Reply &reply);
EnhanceOutcome enhanceOutcome(const ApiClient::Reply &reply);
QString stopPath(int id);
QString enhancePromptPath(int id);
} // namespace actions

// The two write actions on one simulation, GUI-free. Callbacks run once unless `context` dies.
class SimulationActions : public QObject
{
    Q_OBJECT

public:
    explicit SimulationActions(ApiClient *client, QObject *parent = nullptr);

    void stop(int id, QObject *context, std::function<void(const StopOutcome &)> done);
    void enhancePrompt(int id, QObject *context, std::function<void(const EnhanceOutcome &)> done);

private:
    ApiClient *m_client = nullptr;
};

} // namespace simwatch
