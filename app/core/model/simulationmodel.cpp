#include "model/simulationmodel.h"

#include "logging.h"

#include <QCoreApplication>
#include <QMetaEnum>

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

QString trModel(const char *text)
{
    return QCoreApplication::translate("simwatch::SimulationModel", text);
}

} // namespace

QString formatDuration(int seconds)
{
    if (seconds < 0)
        return {};
    const int h = seconds / 3600;
    const int m = (seconds / 60) % 60;
    const int s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

SimulationModel::SimulationModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QModelIndex SimulationModel::addSimulation(int id)
{
    if (const int row = rowOf(id); row >= 0)
        return index(row, 0);
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry entry;
    entry.id = id;
    m_entries.push_back(std::move(entry));
    endInsertRows();
    return index(row, 0);
}

void SimulationModel::removeSimulation(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
}

QModelIndex SimulationModel::indexOfSimulation(int id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QList<int> SimulationModel::simulationIds() const
{
    QList<int> ids;
    ids.reserve(qsizetype(m_entries.size()));
    for (const Entry &entry : m_entries)
        ids.append(entry.id);
    return ids;
}

QList<Recording> SimulationModel::recordings(int id) const
{
    const int row = rowOf(id);
    return row < 0 ? QList<Recording>() : m_entries[size_t(row)].simulation.recordings;
}

void SimulationModel::applySimulation(int id, const Simulation &simulation, const QDateTime &receivedAt)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry &entry = m_entries[size_t(row)];
    const QModelIndex parentIndex = index(row, 0);

    QList<int> roles;
    if (!entry.hasData) {
        roles = {Qt::DisplayRole, HasDataRole, SimulationRole};
        for (const FieldRole &field : fieldRoles)
            roles.append(field.role);
    } else {
        for (const FieldRole &field : fieldRoles) {
            if (field.differs(entry.simulation, simulation))
                roles.append(field.role);
        }
        if (roles.contains(NameRole) || roles.contains(StatusTextRole))
            roles.append(Qt::DisplayRole);
        if (!roles.isEmpty())
            roles.append(SimulationRole);
    }
    if (entry.error.isError())
        roles.append(ErrorRole);
    if (!roles.isEmpty())
        roles.append(LastUpdatedRole);

    // Recordings: rows already shown that changed, and rows to add or remove at the end.
    const QList<Recording> oldRecordings = entry.simulation.recordings;
    const qsizetype oldCount = oldRecordings.size();
    const qsizetype newCount = simulation.recordings.size();
    const qsizetype common = qMin(oldCount, newCount);
    QList<std::pair<int, int>> changedRanges;
    for (qsizetype i = 0; i < common; ++i) {
        // Implicitly shared objects compare by pointer first, so unchanged rows cost little.
        if (oldRecordings.at(i) == simulation.recordings.at(i))
            continue;
        if (!changedRanges.isEmpty() && changedRanges.last().second == int(i) - 1)
            changedRanges.last().second = int(i);
        else
            changedRanges.append({int(i), int(i)});
    }

    if (newCount < oldCount) {
        beginRemoveRows(parentIndex, int(newCount), int(oldCount - 1));
        entry.simulation.recordings.resize(newCount);
        endRemoveRows();
    }

    // The view must not see the new recordings before their insertion is announced, so the
    // rows it knows stay in place while the other fields are replaced (QList copies are shared).
    QList<Recording> shown = entry.simulation.recordings;
    entry.simulation = simulation;
    entry.simulation.recordings = std::move(shown);
    entry.hasData = true;
    entry.lastUpdated = receivedAt;
    entry.error = {};

    if (newCount > oldCount) {
        beginInsertRows(parentIndex, int(oldCount), int(newCount - 1));
        entry.simulation.recordings = simulation.recordings;
        endInsertRows();
    } else {
        entry.simulation.recordings = simulation.recordings;
    }

    if (!roles.isEmpty()) {
        emit dataChanged(parentIndex, index(row, ColumnCount - 1), roles);
        qCDebug(lcModel) << "simulation" << id << "changed roles" << roles.size();
    }
    for (const auto &[first, last] : changedRanges)
        emit dataChanged(index(first, 0, parentIndex), index(last, ColumnCount - 1, parentIndex));
}

void SimulationModel::applyError(int id, const ApiError &error)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry &entry = m_entries[size_t(row)];
    if (entry.error == error)
        return;
    entry.error = error;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {ErrorRole});
}

void SimulationModel::markUnchanged(int id, const QDateTime &receivedAt)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry &entry = m_entries[size_t(row)];
    // LastUpdatedRole is read on a clock by the views; announcing it on every identical poll
    // would make the whole dashboard repaint for nothing.
    entry.lastUpdated = receivedAt;
    if (entry.error.isError()) {
        entry.error = {};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {ErrorRole, LastUpdatedRole});
    }
}

QModelIndex SimulationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_entries.size()))
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_entries.size()))
        return {};
    const Entry &entry = m_entries[size_t(parent.row())];
    if (row >= entry.simulation.recordings.size())
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
        return int(m_entries.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_entries.size()))
        return 0;
    return int(m_entries[size_t(parent.row())].simulation.recordings.size());
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
        return simulationData(m_entries[size_t(index.row())], index.column(), role);
    const int row = rowOf(int(index.internalId() - 1));
    if (row < 0)
        return {};
    const Entry &entry = m_entries[size_t(row)];
    return recordingData(entry.simulation.recordings.at(index.row()), index.row(), index.column(), role);
}

QVariant SimulationModel::simulationData(const Entry &entry, int column, int role) const
{
    const Simulation &s = entry.simulation;
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0) {
            if (entry.hasData && !s.name.isEmpty())
                return s.name;
            return trModel("Simulation #%1").arg(entry.id);
        }
        if (column == ColStatus)
            return entry.hasData ? s.statusText : QVariant();
        return {};
    case IsSimulationRole: return true;
    case IdRole: return entry.id;
    case HasDataRole: return entry.hasData;
    case LastUpdatedRole: return entry.lastUpdated;
    case ErrorRole: return QVariant::fromValue(entry.error);
    case SimulationRole: return entry.hasData ? QVariant::fromValue(s) : QVariant();
    default: break;
    }
    if (!entry.hasData)
        return {};
    switch (role) {
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
    default: return {};
    }
}

QVariant SimulationModel::recordingData(const Recording &r, int row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ColIndex: return row + 1;
        case ColTime: return r.timeOfCall.isValid() ? r.timeOfCall.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
        case ColScenario: return r.scenario;
        case ColStatus: return r.callStatus;
        case ColDuration: return formatDuration(r.durationSeconds);
        case ColSentiment: return r.sentiment;
        default: return {};
        }
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
    case ColIndex: return trModel("#");
    case ColTime: return trModel("Time (UTC)");
    case ColScenario: return trModel("Scenario");
    case ColStatus: return trModel("Status");
    case ColDuration: return trModel("Duration");
    case ColSentiment: return trModel("Sentiment");
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
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace simwatch
