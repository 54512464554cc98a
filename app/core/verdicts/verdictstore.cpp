#include "verdicts/verdictstore.h"

#include "history/history.h"

#include <QCoreApplication>

namespace simwatch {

void VerdictStore::setHistory(history::History *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    const bool could = canSave();
    const QList<int> held = m_runs.keys();
    m_history = history;
    m_runs.clear();
    m_editedBeforeLoad.clear();
    m_noteEditedBeforeLoad.clear();
    m_loading.clear();
    if (m_history) {
        connect(m_history, &history::History::verdictsLoaded, this, &VerdictStore::onLoaded);
        connect(m_history, &history::History::unavailable, this, [this] { emit canSaveChanged(false); });
    }
    for (int runId : held) {
        emit changed(runId, {});
        load(runId);
    }
    if (could != canSave())
        emit canSaveChanged(canSave());
}

bool VerdictStore::canSave() const
{
    return m_history && m_history->isAvailable();
}

QString VerdictStore::problem() const
{
    if (!m_history)
        return QCoreApplication::translate("simwatch::Verdicts", "Verdicts and notes are kept in the history, which is off.");
    if (!m_history->isAvailable())
        return QCoreApplication::translate("simwatch::Verdicts", "Verdicts and notes cannot be saved: %1").arg(m_history->problem());
    return {};
}

void VerdictStore::load(int runId)
{
    if (!canSave() || m_loading.contains(runId))
        return;
    m_loading.insert(runId);
    m_runs.insert(runId, m_runs.value(runId)); // held from now on: edits go into it
    m_history->requestVerdicts(runId);
}

void VerdictStore::drop(int runId)
{
    m_runs.remove(runId);
    m_editedBeforeLoad.remove(runId);
    m_noteEditedBeforeLoad.remove(runId);
    m_loading.remove(runId);
}

RunVerdicts VerdictStore::verdicts(int runId) const
{
    return m_runs.value(runId);
}

void VerdictStore::onLoaded(int runId, const RunVerdicts &stored)
{
    if (!m_loading.remove(runId) || !m_runs.contains(runId))
        return; // dropped meanwhile
    RunVerdicts &held = m_runs[runId];
    const QSet<QString> edited = m_editedBeforeLoad.take(runId);
    for (auto it = stored.calls.cbegin(); it != stored.calls.cend(); ++it) {
        if (!edited.contains(it.key()))
            held.calls.insert(it.key(), it.value());
    }
    if (!m_noteEditedBeforeLoad.remove(runId))
        held.note = stored.note;
    emit changed(runId, {});
}

void VerdictStore::writeCall(int runId, const QString &callKey, const CallVerdict &verdict)
{
    if (!canSave())
        return;
    RunVerdicts &held = m_runs[runId];
    if (held.call(callKey) == verdict)
        return;
    if (verdict.isEmpty())
        held.calls.remove(callKey);
    else
        held.calls.insert(callKey, verdict);
    if (m_loading.contains(runId))
        m_editedBeforeLoad[runId].insert(callKey);
    m_history->setCallVerdict(runId, callKey, verdict);
    emit changed(runId, callKey);
}

void VerdictStore::setCallVerdict(int runId, const QString &callKey, Verdict verdict)
{
    CallVerdict next = m_runs.value(runId).call(callKey);
    next.verdict = verdict;
    writeCall(runId, callKey, next);
}

void VerdictStore::setCallNote(int runId, const QString &callKey, const QString &note)
{
    CallVerdict next = m_runs.value(runId).call(callKey);
    next.note = note;
    writeCall(runId, callKey, next);
}

void VerdictStore::setRunNote(int runId, const QString &note)
{
    if (!canSave() || m_runs.value(runId).note == note)
        return;
    m_runs[runId].note = note;
    if (m_loading.contains(runId))
        m_noteEditedBeforeLoad.insert(runId);
    m_history->setRunNote(runId, note);
    emit changed(runId, {});
}

} // namespace simwatch
