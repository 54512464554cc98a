#include "headless/headlessrunner.h"

#include "domain/untrustedtext.h"
#include "headless/headlessjson.h"
#include "session.h"

#include <QIODevice>
#include <QJsonDocument>

namespace simwatch {

HeadlessRunner::HeadlessRunner(Session &session, Options options, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
    , m_out(out)
    , m_err(err)
{
    m_session.watcher().setAutoPoll(!m_options.once);
    connect(&m_session.watcher(), &Watcher::fetched, this,
            [this](int id, bool, const ApiError &) { onFetched(id); });
}

void HeadlessRunner::start(const QList<int> &ids)
{
    const QString historyPath = history::History::defaultPath(m_session.settings().baseUrl());
    for (int id : ids) {
        if (m_options.json)
            m_verdicts.insert(id, history::History::readVerdicts(historyPath, id));
        m_session.watch(id);
    }
}

void HeadlessRunner::onFetched(int id)
{
    if (m_done)
        return;
    print(id);
    m_fetchedOnce.insert(id);

    const SimulationStore &store = m_session.store();
    const QList<int> ids = store.ids();
    bool allSettled = true;
    bool anyStopped = false;
    bool anyPermanent = false;
    bool anyError = false;
    for (int each : ids) {
        const ApiError error = store.error(each);
        const Simulation *simulation = store.simulation(each);
        const bool terminal = simulation && simulation->isTerminal();
        anyError = anyError || error.isError();
        anyPermanent = anyPermanent || error.isPermanent();
        anyStopped = anyStopped || (simulation && simulation->status == Status::Stopped);
        if (m_options.once)
            allSettled = allSettled && m_fetchedOnce.contains(each);
        else
            allSettled = allSettled && (terminal || error.isPermanent());
    }
    if (!allSettled)
        return;
    if (m_options.once)
        finish(anyError ? ExitFetchFailed : ExitOk);
    else if (anyPermanent)
        finish(ExitFetchFailed);
    else
        finish(anyStopped ? ExitStopped : ExitOk);
}

void HeadlessRunner::print(int id)
{
    const Simulation *s = m_session.store().simulation(id);
    const ApiError error = m_session.store().error(id);

    // Errors go to stderr as they happen (once per distinct message), so a pipeline's log
    // shows them even when stdout is machine-read.
    if (error.isError() && m_lastError.value(id) != error.message)
        m_err->write(QStringLiteral("simwatch: simulation %1: %2\n").arg(id).arg(untrusted::forTerminal(error.message)).toUtf8());
    m_lastError[id] = error.isError() ? error.message : QString();

    QByteArray line = m_options.json
        ? QJsonDocument(headless::record(id, s, error, m_verdicts.value(id))).toJson(QJsonDocument::Compact)
        : headless::humanLine(id, s, error).toUtf8();
    if (m_lastLine.value(id) == line)
        return;
    m_lastLine[id] = line;
    m_out->write(line + '\n');
}

void HeadlessRunner::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(exitCode);
}

} // namespace simwatch
