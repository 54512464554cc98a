#include "notify/runevents.h"

#include "domain/numbertext.h"
#include "domain/untrustedtext.h"

#include <QCoreApplication>

namespace simwatch {

namespace {


QString runName(const Simulation &s)
{
    const QString name = untrusted::forTerminal(s.name.simplified());
    return name.isEmpty() ? QCoreApplication::translate("simwatch::RunEvents", "Simulation #%1").arg(s.id) : name;
}

bool isNegative(const Recording &call)
{
    return call.sentiment.trimmed().compare(QLatin1String("Negative"), Qt::CaseInsensitive) == 0;
}

} // namespace

RunEvents::RunEvents(const SimulationStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&store, &SimulationStore::simulationChanged, this, [this](int id) { onChanged(id); });
    connect(&store, &SimulationStore::unwatched, this, [this](int id) { m_seen.remove(id); });
}

void RunEvents::onChanged(int id)
{
    const SimulationStore::Entry *entry = m_store.entry(id);
    if (!entry || !entry->simulation || entry->source == SimulationStore::Source::History)
        return;
    const Simulation &s = *entry->simulation;
    const bool anyCall = s.calls.finished + s.calls.inProgress + s.calls.active > 0 || !s.recordings.isEmpty();
    QSet<int> negative;
    for (int i = 0; i < s.recordings.size(); ++i) {
        if (isNegative(s.recordings.at(i)))
            negative.insert(i);
    }
    const auto known = m_seen.find(id);
    if (known == m_seen.end()) { // the starting point: nothing is news yet
        m_seen.insert(id, {s.status, anyCall, negative});
        return;
    }
    Seen &seen = *known;
    QList<Event> events;
    const QString name = runName(s);
    if (s.status != seen.status && s.status == Status::Completed) {
        events.append({Kind::Ended, id, QCoreApplication::translate("simwatch::RunEvents", "%1 finished").arg(name),
                       QCoreApplication::translate("simwatch::RunEvents", "Completed: %Ln call(s) \u00B7 %1 positive, %2 negative, %3 neutral", nullptr, s.calls.total)
                           .arg(numberText(s.sentiment.positive), numberText(s.sentiment.negative), numberText(s.sentiment.neutral))});
    } else if (s.status != seen.status && s.status == Status::Stopped) {
        events.append({Kind::Stopped, id, QCoreApplication::translate("simwatch::RunEvents", "%1 was stopped").arg(name),
                       QCoreApplication::translate("simwatch::RunEvents", "Stopped after %1 of %Ln call(s)", nullptr, s.calls.total).arg(numberText(s.calls.finished))});
    }
    if (anyCall && !seen.anyCall) {
        events.append({Kind::Started, id, QCoreApplication::translate("simwatch::RunEvents", "%1 started calling").arg(name),
                       QCoreApplication::translate("simwatch::RunEvents", "The first test call of %Ln is under way", nullptr, s.calls.total)});
    }
    const QSet<int> newNegative = negative - seen.negativeCalls;
    if (!newNegative.isEmpty()) {
        // One notice per poll however many: a burst of calls does not flood the desktop.
        const int first = *std::min_element(newNegative.cbegin(), newNegative.cend());
        const Recording &call = s.recordings.at(first);
        const int count = int(newNegative.size());
        events.append({Kind::NegativeCall, id,
                       QCoreApplication::translate("simwatch::RunEvents", "%1: %Ln negative call(s)", nullptr, count).arg(name),
                       call.id >= 0 ? QCoreApplication::translate("simwatch::RunEvents", "Call #%1 \u00B7 %2").arg(call.id).arg(untrusted::forTerminal(call.scenario))
                                    : untrusted::forTerminal(call.scenario)});
    }
    seen = {s.status, anyCall || seen.anyCall, negative};
    for (const Event &event : std::as_const(events)) {
        if (m_enabled.testFlag(event.kind))
            emit happened(event);
    }
}

} // namespace simwatch
