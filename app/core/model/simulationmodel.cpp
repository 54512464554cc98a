#include "model/simulationmodel.h"

#include "domain/untrustedtext.h"

#include "domain/datetext.h"
#include "domain/duration.h"
#include "domain/numbertext.h"
#include "logging.h"
#include "verdicts/verdictstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaEnum>

#include <algorithm>

namespace simwatch {

namespace {

// Child rows carry their simulation's id in internalId (+1 so that 0 means "top level").
quintptr childTag(int simulationId)
{
    return quintptr(simulationId) + 1;
}

// The simulation roles whose value is derived from a field of Simulation; used for diffing.
struct FieldRole
{
    int role;
    bool (*differs)(const Simulation &, const Simulation &);
};

#define SIMWATCH_FIELD(role, expr) \
    FieldRole{SimulationModel::role, [](const Simulation &a, const Simulation &b) { return a.expr != b.expr; }}

const FieldRole fieldRoles[] = {
    SIMWATCH_FIELD(NameRole, name),
    SIMWATCH_FIELD(AgentIdRole, agent.value_or(AgentRef{}).id),
    SIMWATCH_FIELD(AgentNameRole, agent.value_or(AgentRef{}).name),
    SIMWATCH_FIELD(StatusRole, status),
    SIMWATCH_FIELD(StatusTextRole, statusText),
    SIMWATCH_FIELD(IsTerminalRole, isTerminal()),
    SIMWATCH_FIELD(ProgressRole, progressRounded()),
    SIMWATCH_FIELD(TotalCallsRole, calls.total),
    SIMWATCH_FIELD(FinishedCallsRole, calls.finished),
    SIMWATCH_FIELD(InProgressCallsRole, calls.inProgress),
    SIMWATCH_FIELD(RemainingCallsRole, calls.remaining),
    SIMWATCH_FIELD(ActiveCallsRole, calls.active),
    SIMWATCH_FIELD(PositiveRole, sentiment.positive),
    SIMWATCH_FIELD(NegativeRole, sentiment.negative),
    SIMWATCH_FIELD(NeutralRole, sentiment.neutral),
    SIMWATCH_FIELD(SummaryRole, summary),
    SIMWATCH_FIELD(WhatWentWrongRole, whatWentWrong),
    SIMWATCH_FIELD(SuggestionsRole, suggestionsForImprovement),
    SIMWATCH_FIELD(PromptSuggestionRole, promptSuggestion),
    SIMWATCH_FIELD(PromptAppliedRole, promptSuggestionApplied),
    SIMWATCH_FIELD(CanStopRole, canStop),
    SIMWATCH_FIELD(CreatedRole, created),
    SIMWATCH_FIELD(RecordingCountRole, recordings.size()),
};

#undef SIMWATCH_FIELD

} // namespace

SimulationModel::SimulationModel(const SimulationStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    for (int id : store.ids()) {
        m_rows.push_back({id, {}});
        if (const Simulation *value = store.simulation(id))
            m_rows.back().shown = *value;
    }
    connect(&store, &SimulationStore::watched, this, &SimulationModel::onWatched);
    connect(&store, &SimulationStore::unwatched, this, &SimulationModel::onUnwatched);
    connect(&store, &SimulationStore::simulationChanged, this, [this](int id) { onSimulationChanged(id); });
    connect(&store, &SimulationStore::errorChanged, this, &SimulationModel::onErrorChanged);
}

void SimulationModel::setVerdicts(const VerdictStore *verdicts)
{
    if (m_verdicts)
        disconnect(m_verdicts, nullptr, this, nullptr);
    m_verdicts = verdicts;
    if (m_verdicts)
        connect(m_verdicts, &VerdictStore::changed, this, &SimulationModel::onVerdictsChanged);
    for (const Row &row : m_rows)
        onVerdictsChanged(row.id, {});
}

QModelIndex SimulationModel::indexOfSimulation(int id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex SimulationModel::indexOfRecording(int simulationId, int recordingId) const
{
    const int row = rowOf(simulationId);
    if (row < 0 || recordingId < 0 || !m_rows[size_t(row)].shown)
        return {};
    const QList<Recording> &recordings = m_rows[size_t(row)].shown->recordings;
    for (qsizetype i = 0; i < recordings.size(); ++i) {
        if (recordings.at(i).id == recordingId)
            return index(int(i), 0, index(row, 0));
    }
    return {};
}

QList<int> SimulationModel::simulationIds() const
{
    QList<int> ids;
    ids.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        ids.append(row.id);
    return ids;
}

void SimulationModel::onWatched(int id)
{
    if (rowOf(id) >= 0)
        return;
    // Where the store put it: at the end, or back at its old place after an undone removal.
    const int row = qBound(0, m_store.position(id), int(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(m_rows.begin() + row, Row{id, {}});
    endInsertRows();
}

void SimulationModel::onUnwatched(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

void SimulationModel::onSimulationChanged(int id)
{
    const int row = rowOf(id);
    const Simulation *next = m_store.simulation(id);
    if (row < 0 || !next)
        return;
    Row &entry = m_rows[size_t(row)];

    QList<int> roles;
    if (!entry.shown) {
        roles = {Qt::DisplayRole, Qt::AccessibleDescriptionRole, HasDataRole, SimulationRole, LastUpdatedRole};
        for (const FieldRole &field : fieldRoles)
            roles.append(field.role);
        entry.shown = *next;
        entry.shown->recordings.clear(); // announced as inserted rows below
    } else {
        for (const FieldRole &field : fieldRoles) {
            if (field.differs(*entry.shown, *next))
                roles.append(field.role);
        }
        if (roles.contains(NameRole) || roles.contains(StatusTextRole))
            roles.append(Qt::DisplayRole);
        if (roles.contains(StatusTextRole) || roles.contains(ProgressRole))
            roles.append(Qt::AccessibleDescriptionRole);
        if (!roles.isEmpty())
            roles << SimulationRole << LastUpdatedRole;
        // The views must not see calls before their insertion is announced: every field but the
        // calls is replaced now, the calls row by row in syncRecordings().
        QList<Recording> shownRecordings = std::move(entry.shown->recordings);
        entry.shown = *next;
        entry.shown->recordings = std::move(shownRecordings);
    }
    syncRecordings(row, next->recordings);

    if (!roles.isEmpty()) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
        qCDebug(lcModel) << "simulation" << id << "changed roles" << roles.size();
    }
}

namespace {

// A call's identity within its simulation: its id, and which occurrence of that id it is (ids are
// meant to be unique; items without one (-1) are told apart by their order among themselves).
using CallKey = std::pair<int, int>;

std::vector<CallKey> callKeys(const QList<Recording> &recordings)
{
    std::vector<CallKey> keys;
    keys.reserve(size_t(recordings.size()));
    QHash<int, int> seen;
    for (const Recording &recording : recordings)
        keys.emplace_back(recording.id, seen[recording.id]++);
    return keys;
}

bool startsWithSameIds(const QList<Recording> &list, const QList<Recording> &prefix)
{
    if (prefix.size() > list.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (list.at(i).id != prefix.at(i).id)
            return false;
    }
    return true;
}

} // namespace

void SimulationModel::syncRecordings(int row, const QList<Recording> &next)
{
    const QModelIndex parentIndex = index(row, 0);
    QList<Recording> &shown = m_rows[size_t(row)].shown->recordings;

    // The common case, calls appended in place, needs no identity bookkeeping. Everything else
    // (calls newest first, removed, reordered) is matched by CallKey.
    if (!startsWithSameIds(next, shown)) {
        std::vector<CallKey> shownKeys = callKeys(shown);
        const std::vector<CallKey> nextKeys = callKeys(next);
        QHash<CallKey, int> nextPosition;
        nextPosition.reserve(qsizetype(nextKeys.size()));
        for (size_t i = 0; i < nextKeys.size(); ++i)
            nextPosition.insert(nextKeys[i], int(i));

        // 1. Calls that are gone, removed in contiguous runs from the bottom up.
        for (int last = int(shown.size()) - 1; last >= 0;) {
            if (nextPosition.contains(shownKeys[size_t(last)])) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !nextPosition.contains(shownKeys[size_t(first - 1)]))
                --first;
            beginRemoveRows(parentIndex, first, last);
            shown.remove(first, last - first + 1);
            shownKeys.erase(shownKeys.begin() + first, shownKeys.begin() + last + 1);
            endRemoveRows();
            last = first - 1;
        }

        // 2. The calls that stay, in the server's new order (rare: a reordered list). Persistent
        //    indexes (selection, current call) follow their call.
        std::vector<int> order(shownKeys.size());
        for (size_t i = 0; i < shownKeys.size(); ++i)
            order[i] = nextPosition.value(shownKeys[i]);
        if (!std::is_sorted(order.begin(), order.end())) {
            emit layoutAboutToBeChanged({QPersistentModelIndex(parentIndex)});
            std::vector<int> byNewOrder(order.size());
            for (size_t i = 0; i < order.size(); ++i)
                byNewOrder[i] = int(i);
            std::sort(byNewOrder.begin(), byNewOrder.end(), [&](int a, int b) { return order[size_t(a)] < order[size_t(b)]; });
            std::vector<int> newRowOf(order.size());
            QList<Recording> reordered;
            reordered.reserve(shown.size());
            for (size_t i = 0; i < byNewOrder.size(); ++i) {
                newRowOf[size_t(byNewOrder[i])] = int(i);
                reordered.append(shown.at(byNewOrder[i]));
            }
            shown = std::move(reordered);
            const QModelIndexList persistent = persistentIndexList();
            for (const QModelIndex &old : persistent) {
                if (old.parent() == parentIndex)
                    changePersistentIndex(old, index(newRowOf[size_t(old.row())], old.column(), parentIndex));
            }
            emit layoutChanged({QPersistentModelIndex(parentIndex)});
        }
    }

    // 3. Now the shown calls are the next list's calls in the same order, with gaps: fill the gaps
    //    (one insertion per run of new calls) and note the calls whose content changed. Matching
    //    by id alone is exact here: the k-th call with an id in one list is the k-th in the other.
    if (shown.isEmpty()) {
        // The first value (or calls after none): one insertion, and the list is shared, not copied.
        if (!next.isEmpty()) {
            beginInsertRows(parentIndex, 0, int(next.size() - 1));
            shown = next;
            endInsertRows();
        }
        return;
    }
    QList<std::pair<int, int>> changedRanges;
    qsizetype at = 0;
    for (qsizetype i = 0; i < next.size();) {
        if (at < shown.size() && shown.at(at).id == next.at(i).id) {
            if (!(shown.at(at) == next.at(i))) {
                shown[at] = next.at(i);
                if (!changedRanges.isEmpty() && changedRanges.last().second == int(at) - 1)
                    changedRanges.last().second = int(at);
                else
                    changedRanges.append({int(at), int(at)});
            }
            ++at;
            ++i;
            continue;
        }
        qsizetype end = i + 1; // the run of new calls before the next shown one
        while (end < next.size() && !(at < shown.size() && shown.at(at).id == next.at(end).id))
            ++end;
        beginInsertRows(parentIndex, int(at), int(at + end - i - 1));
        shown.insert(at, end - i, Recording());
        for (qsizetype k = i; k < end; ++k)
            shown[at + k - i] = next.at(k);
        endInsertRows();
        at += end - i;
        i = end;
    }
    for (const auto &[first, last] : changedRanges)
        emit dataChanged(index(first, 0, parentIndex), index(last, ColumnCount - 1, parentIndex));
}

void SimulationModel::onErrorChanged(int id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {ErrorRole});
}

void SimulationModel::onVerdictsChanged(int id, const QString &callKey)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {VerdictCountsRole, RunNoteRole});
    const QModelIndex parentIndex = index(row, 0);
    const int calls = rowCount(parentIndex);
    int first = 0;
    int last = calls - 1;
    if (!callKey.isEmpty()) { // one call: not a re-sort of every row on each keystroke of a note
        const Simulation &s = *m_rows[size_t(row)].shown;
        first = last = -1;
        for (int i = 0; i < calls; ++i) {
            if (simwatch::callKey(s.recordings.at(i), i) == callKey) {
                first = last = i;
                break;
            }
        }
    }
    if (first >= 0 && last >= first)
        emit dataChanged(index(first, ColVerdict, parentIndex), index(last, ColVerdict, parentIndex),
                         {Qt::DisplayRole, VerdictRole, VerdictNoteRole});
}

QModelIndex SimulationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_rows.size()))
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_rows.size()))
        return {};
    const Row &entry = m_rows[size_t(parent.row())];
    if (!entry.shown || row >= entry.shown->recordings.size())
        return {};
    return createIndex(row, column, childTag(entry.id));
}

QModelIndex SimulationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOf(int(child.internalId() - 1));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int SimulationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_rows.size()))
        return 0;
    const Row &entry = m_rows[size_t(parent.row())];
    return entry.shown ? int(entry.shown->recordings.size()) : 0;
}

int SimulationModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.internalId() != 0)
        return 0;
    return ColumnCount;
}

QVariant SimulationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return simulationData(m_rows[size_t(index.row())], index.column(), role);
    const int row = rowOf(int(index.internalId() - 1));
    if (row < 0 || !m_rows[size_t(row)].shown)
        return {};
    if (role == CallKeyRole || role == VerdictRole || role == VerdictNoteRole || role == ExpectedResultRole
        || (role == Qt::DisplayRole && index.column() == ColVerdict))
        return verdictData(m_rows[size_t(row)], index.row(), index.column(), role);
    return recordingData(m_rows[size_t(row)].shown->recordings.at(index.row()), index.column(), role);
}

QVariant SimulationModel::simulationData(const Row &row, int column, int role) const
{
    // The error and the time of the last good reply are read from the store: they change without
    // a new value (an identical poll moves the time and is not announced).
    const SimulationStore::Entry *stored = m_store.entry(row.id);
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0) {
            if (row.shown && !row.shown->name.isEmpty())
                return untrusted::forDisplay(row.shown->name);
            return QCoreApplication::translate("simwatch::SimulationModel", "Simulation #%1").arg(row.id);
        }
        if (column == ColStatus)
            return row.shown ? untrusted::forDisplay(row.shown->statusText) : QVariant();
        return {};
    case IsSimulationRole: return true;
    case IdRole: return row.id;
    case HasDataRole: return row.shown.has_value();
    case LastUpdatedRole: return stored ? stored->lastUpdated : QDateTime();
    case ErrorRole: return QVariant::fromValue(stored ? stored->error : ApiError());
    case FromHistoryRole: return stored && stored->source == SimulationStore::Source::History;
    case SimulationRole: return row.shown ? QVariant::fromValue(*row.shown) : QVariant();
    default: break;
    }
    if (!row.shown)
        return {};
    const Simulation &s = *row.shown;
    switch (role) {
    case Qt::AccessibleDescriptionRole: // what the watch list's badge and bar show
        if (column != 0)
            return {};
        return QCoreApplication::translate("simwatch::SimulationModel", "%1, %2 done")
            .arg(untrusted::forDisplay(s.statusText), percentText(s.progressRounded()));
    case NameRole: return s.name;
    case AgentIdRole: return s.agent ? s.agent->id : -1;
    case AgentNameRole: return s.agent ? s.agent->name : QString();
    case StatusRole: return int(s.status);
    case StatusTextRole: return s.statusText;
    case IsTerminalRole: return s.isTerminal();
    case ProgressRole: return s.progressRounded();
    case TotalCallsRole: return s.calls.total;
    case FinishedCallsRole: return s.calls.finished;
    case InProgressCallsRole: return s.calls.inProgress;
    case RemainingCallsRole: return s.calls.remaining;
    case ActiveCallsRole: return s.calls.active;
    case PositiveRole: return s.sentiment.positive;
    case NegativeRole: return s.sentiment.negative;
    case NeutralRole: return s.sentiment.neutral;
    case SummaryRole: return QVariant::fromValue(s.summary);
    case WhatWentWrongRole: return QVariant::fromValue(s.whatWentWrong);
    case SuggestionsRole: return QVariant::fromValue(s.suggestionsForImprovement);
    case PromptSuggestionRole: return QVariant::fromValue(s.promptSuggestion);
    case PromptAppliedRole: return s.promptSuggestionApplied;
    case CanStopRole: return s.canStop;
    case CreatedRole: return s.created;
    case RecordingCountRole: return int(s.recordings.size());
    case VerdictCountsRole:
        return QVariant::fromValue(m_verdicts ? m_verdicts->verdicts(row.id).counts(s) : VerdictCounts());
    case RunNoteRole: return m_verdicts ? m_verdicts->verdicts(row.id).note : QString();
    default: return {};
    }
}

QVariant SimulationModel::verdictData(const Row &row, int position, int column, int role) const
{
    const Simulation &s = *row.shown;
    const Recording &recording = s.recordings.at(position);
    if (role == ExpectedResultRole)
        return expectedResult(s, recording);
    const QString key = callKey(recording, position);
    if (role == CallKeyRole)
        return key;
    const CallVerdict verdict = m_verdicts ? m_verdicts->verdicts(row.id).call(key) : CallVerdict();
    if (role == VerdictNoteRole)
        return verdict.note;
    if (role == VerdictRole)
        return int(verdict.verdict);
    Q_UNUSED(column); // Qt::DisplayRole of ColVerdict
    return verdictText(verdict.verdict);
}

QVariant SimulationModel::recordingData(const Recording &r, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ColIndex: return r.id >= 0 ? QVariant(r.id) : QVariant();
        case ColTime: return timeText(r.timeOfCall); // the column title says UTC; the date is in the tooltip
        // Server text as shown: nothing in it can reorder or hide (see untrustedtext.h).
        case ColScenario: return untrusted::forDisplay(r.scenario);
        case ColStatus: return untrusted::forDisplay(r.callStatus);
        case ColDuration: return formatDuration(r.durationSeconds);
        case ColSentiment: return untrusted::forDisplay(r.sentiment);
        default: return {};
        }
    case Qt::ToolTipRole:
        return column == ColTime ? dateTimeTextUtc(r.timeOfCall) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == ColIndex || column == ColDuration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsSimulationRole: return false;
    case IdRole: return r.id;
    case RawObjectRole: return r.raw();
    case CallTimeRole: return r.timeOfCall;
    case ScenarioRole: return r.scenario;
    case CallStatusRole: return r.callStatus;
    case DurationSecondsRole: return r.durationSeconds;
    case SentimentRole: return r.sentiment;
    case ConversationRole: return r.conversation();
    case RecordingUrlRole: return r.recordingUrl;
    case VoiceRole: return r.voice;
    default: return {};
    }
}

QVariant SimulationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColIndex: return QCoreApplication::translate("simwatch::SimulationModel", "Call");
    case ColTime: return QCoreApplication::translate("simwatch::SimulationModel", "Time (UTC)");
    case ColScenario: return QCoreApplication::translate("simwatch::SimulationModel", "Scenario");
    case ColStatus: return QCoreApplication::translate("simwatch::SimulationModel", "Status");
    case ColDuration: return QCoreApplication::translate("simwatch::SimulationModel", "Duration");
    case ColSentiment: return QCoreApplication::translate("simwatch::SimulationModel", "Sentiment");
    case ColVerdict: return QCoreApplication::translate("simwatch::SimulationModel", "Verdict");
    default: return {};
    }
}

Qt::ItemFlags SimulationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> SimulationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    const QMetaEnum roles = QMetaEnum::fromType<Role>();
    for (int i = 0; i < roles.keyCount(); ++i) {
        QByteArray name = roles.key(i);
        name.chop(4); // "Role"
        name[0] = char(QChar::toLower(uint(name[0])));
        names.insert(roles.value(i), name);
    }
    return names;
}

int SimulationModel::rowOf(int id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace simwatch
