#include "store/simulationstore.h"

#include "domain/numbertext.h"
#include "logging.h"

#include <QCoreApplication>

namespace simwatch {

SimulationStore::SimulationStore(QObject *parent)
    : QObject(parent)
{
}

bool SimulationStore::watch(int id, int position)
{
    if (contains(id))
        return false;
    Entry entry;
    entry.id = id;
    const int size = int(m_entries.size());
    const int at = position < 0 || position > size ? size : position;
    m_entries.insert(m_entries.begin() + at, std::move(entry));
    emit watched(id);
    return true;
}

void SimulationStore::unwatch(int id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_entries.erase(m_entries.begin() + index);
    emit unwatched(id);
}

QList<int> SimulationStore::ids() const
{
    QList<int> ids;
    ids.reserve(qsizetype(m_entries.size()));
    for (const Entry &entry : m_entries)
        ids.append(entry.id);
    return ids;
}

const SimulationStore::Entry *SimulationStore::entry(int id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_entries[size_t(index)];
}

const Simulation *SimulationStore::simulation(int id) const
{
    const Entry *found = entry(id);
    return found && found->simulation ? &*found->simulation : nullptr;
}

ApiError SimulationStore::error(int id) const
{
    const Entry *found = entry(id);
    return found ? found->error : ApiError();
}

bool SimulationStore::isTerminal(int id) const
{
    const Simulation *value = simulation(id);
    return value && value->isTerminal();
}

void SimulationStore::applySimulation(int id, const Simulation &simulation, const QDateTime &receivedAt, Source source)
{
    Entry *entry = find(id);
    if (!entry)
        return; // unwatched while the reply was on its way
    const Parts parts = entry->simulation ? difference(*entry->simulation, simulation) : Parts(0x1f);
    // Only server against server: a value from the history may be older than the server's.
    const bool fromServer = source != Source::History && entry->simulation && entry->source != Source::History;
    const QString wentBack = fromServer && parts.testAnyFlags(Part::Progress | Part::Calls)
        ? setback(*entry->simulation, simulation) : QString();
    const bool hadError = entry->error.isError();
    entry->simulation = simulation;
    entry->error = {};
    entry->lastUpdated = receivedAt;
    entry->source = source;
    if (hadError)
        emit errorChanged(id);
    if (parts) {
        qCDebug(lcStore) << "simulation" << id << "changed" << parts;
        emit simulationChanged(id, parts);
    }
    if (!wentBack.isEmpty()) {
        qCWarning(lcStore).noquote() << "simulation" << id << "went back:" << wentBack;
        emit setbackNoticed(id, wentBack);
    }
}

QString SimulationStore::setback(const Simulation &before, const Simulation &after)
{
    QStringList what;
    if (after.progressRounded() < before.progressRounded())
        what.append(QCoreApplication::translate("simwatch::SimulationStore", "progress %1% \u2192 %2%")
                        .arg(numberText(before.progressRounded()), numberText(after.progressRounded())));
    if (after.calls.finished < before.calls.finished)
        what.append(QCoreApplication::translate("simwatch::SimulationStore", "finished calls %1 \u2192 %2")
                        .arg(numberText(before.calls.finished), numberText(after.calls.finished)));
    const int gone = int(before.recordings.size() - after.recordings.size());
    if (gone > 0)
        what.append(QCoreApplication::translate("simwatch::SimulationStore", "%Ln call(s) no longer listed", nullptr, gone));
    if (what.isEmpty())
        return {};
    return QCoreApplication::translate("simwatch::SimulationStore", "The server now reports less than before: %1. Shown as the server says it now.")
        .arg(what.join(QStringLiteral(", ")));
}

void SimulationStore::applyError(int id, const ApiError &error)
{
    Entry *entry = find(id);
    if (!entry || entry->error == error)
        return;
    entry->error = error;
    emit errorChanged(id);
}

void SimulationStore::markUnchanged(int id, const QDateTime &receivedAt)
{
    Entry *entry = find(id);
    if (!entry)
        return;
    entry->lastUpdated = receivedAt;
    if (entry->error.isError()) {
        entry->error = {};
        emit errorChanged(id);
    }
}

SimulationStore::Parts SimulationStore::difference(const Simulation &a, const Simulation &b)
{
    Parts parts;
    if (a.name != b.name || a.agent != b.agent || a.created != b.created
        || a.numberOfCallToMake != b.numberOfCallToMake || a.concurrentCallCount != b.concurrentCallCount
        || a.maxCallDurationMinutes != b.maxCallDurationMinutes || a.scenarios != b.scenarios)
        parts |= Part::Identity;
    if (a.status != b.status || a.statusText != b.statusText || a.canStop != b.canStop)
        parts |= Part::Status;
    if (a.progressPercent != b.progressPercent || a.calls != b.calls || a.sentiment != b.sentiment)
        parts |= Part::Progress;
    if (a.summary != b.summary || a.whatWentWrong != b.whatWentWrong
        || a.suggestionsForImprovement != b.suggestionsForImprovement || a.promptSuggestion != b.promptSuggestion
        || a.promptSuggestionApplied != b.promptSuggestionApplied)
        parts |= Part::Review;
    if (a.recordings != b.recordings)
        parts |= Part::Calls;
    return parts;
}

int SimulationStore::indexOf(int id) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return int(i);
    }
    return -1;
}

SimulationStore::Entry *SimulationStore::find(int id)
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_entries[size_t(index)];
}

} // namespace simwatch
