#include "model/simulationlistmodel.h"

#include "domain/datetext.h"
#include "domain/numbertext.h"
#include "domain/untrustedtext.h"
#include "logging.h"
#include "store/simulationstore.h"
#include "watch/simulationlist.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaEnum>
#include <QSet>

namespace simwatch {

SimulationListModel::SimulationListModel(SimulationList &list, const SimulationStore &watched, QObject *parent)
    : QAbstractTableModel(parent)
    , m_list(list)
    , m_watched(watched)
{
    m_rows.assign(list.records().cbegin(), list.records().cend());
    m_total = list.totalRecords();
    connect(&list, &SimulationList::recordsChanged, this, &SimulationListModel::sync);
    connect(&list, &SimulationList::errorChanged, this, &SimulationListModel::errorChanged);
    connect(&list, &SimulationList::loadingChanged, this, &SimulationListModel::loadingChanged);
    connect(&watched, &SimulationStore::watched, this, &SimulationListModel::onWatchChanged);
    connect(&watched, &SimulationStore::unwatched, this, &SimulationListModel::onWatchChanged);
}

int SimulationListModel::totalRecords() const
{
    return m_total;
}

ApiError SimulationListModel::error() const
{
    return m_list.error();
}

bool SimulationListModel::isLoading() const
{
    return m_list.isLoading();
}

void SimulationListModel::refresh()
{
    m_list.refresh();
}

QModelIndex SimulationListModel::indexOfSimulation(int id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

// The list's records as a diff against the rows shown: gone rows removed, the rest brought into
// the server's order (moved, new ones inserted in runs), changed rows announced, nothing else. A
// routine refresh that changed nothing emits nothing.
void SimulationListModel::sync()
{
    const QList<Simulation> &next = m_list.records();
    QSet<int> nextIds;
    nextIds.reserve(next.size());
    for (const Simulation &s : next)
        nextIds.insert(s.id);

    // 1. Rows that are gone, in contiguous runs from the bottom up.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (nextIds.contains(m_rows[size_t(last)].id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !nextIds.contains(m_rows[size_t(first - 1)].id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }

    // 2. Row by row in the server's order. Rows before `i` are final, so the changed rows noted
    //    keep their numbers.
    QSet<int> shownIds;
    for (const Simulation &s : m_rows)
        shownIds.insert(s.id);
    QList<std::pair<int, int>> changed;
    for (int i = 0; i < int(next.size());) {
        const Simulation &wanted = next.at(i);
        if (i < int(m_rows.size()) && m_rows[size_t(i)].id == wanted.id) {
            if (!(m_rows[size_t(i)] == wanted)) {
                m_rows[size_t(i)] = wanted;
                if (!changed.isEmpty() && changed.last().second == i - 1)
                    changed.last().second = i;
                else
                    changed.append({i, i});
            }
            ++i;
            continue;
        }
        if (shownIds.contains(wanted.id)) {
            // Shown further down (the server reordered): moved up here, then compared as above.
            int from = i + 1;
            while (from < int(m_rows.size()) && m_rows[size_t(from)].id != wanted.id)
                ++from;
            if (from < int(m_rows.size())) {
                beginMoveRows({}, from, from, {}, i);
                Simulation moved = std::move(m_rows[size_t(from)]);
                m_rows.erase(m_rows.begin() + from);
                m_rows.insert(m_rows.begin() + i, std::move(moved));
                endMoveRows();
                continue;
            }
        }
        int end = i + 1; // the run of new records
        while (end < int(next.size()) && !shownIds.contains(next.at(end).id))
            ++end;
        beginInsertRows({}, i, end - 1);
        m_rows.insert(m_rows.begin() + i, next.cbegin() + i, next.cbegin() + end);
        for (int k = i; k < end; ++k)
            shownIds.insert(next.at(k).id);
        endInsertRows();
        i = end;
    }
    for (const auto &[first, last] : changed)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    qCDebug(lcModel) << "simulation list:" << m_rows.size() << "rows," << changed.size() << "changed ranges";

    if (m_total != m_list.totalRecords()) {
        m_total = m_list.totalRecords();
        emit totalRecordsChanged();
    }
}

void SimulationListModel::onWatchChanged(int id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::DisplayRole, WatchedRole, SortRole});
}

int SimulationListModel::rowOf(int id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

int SimulationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SimulationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimulationListModel::displayText(const Simulation &s, int column) const
{
    switch (column) {
    case ColWatching:
        return m_watched.contains(s.id) ? QStringLiteral("\u25C9") : QString(); // ◉
    case ColName:
        // Server text as shown: nothing in it can reorder or hide (see untrustedtext.h).
        return s.name.isEmpty() ? tr("Simulation #%1").arg(s.id) : untrusted::forDisplay(s.name);
    case ColId:
        return s.id;
    case ColAgent:
        if (s.agent && !s.agent->name.trimmed().isEmpty())
            return untrusted::forDisplay(s.agent->name);
        return s.agent && s.agent->id >= 0 ? tr("Agent #%1").arg(s.agent->id) : tr("No agent");
    case ColStatus:
        return s.statusText.isEmpty() ? tr("Unknown status") : untrusted::forDisplay(s.statusText);
    case ColProgress:
        return percentText(s.progressRounded());
    case ColCalls:
        return tr("%1 / %2").arg(numberText(s.calls.finished), numberText(s.calls.total));
    case ColSentiment:
        return tr("%1 / %2 / %3").arg(numberText(s.sentiment.positive), numberText(s.sentiment.negative), numberText(s.sentiment.neutral));
    case ColCreated:
        return s.created.isValid() ? dateTimeText(s.created) : QStringLiteral("\u2014");
    default:
        return {};
    }
}

QVariant SimulationListModel::sortValue(const Simulation &s, int column) const
{
    switch (column) {
    case ColWatching: return m_watched.contains(s.id);
    case ColName: return displayText(s, ColName);
    case ColId: return s.id;
    case ColAgent: return displayText(s, ColAgent);
    case ColStatus: return int(s.status); // lifecycle order: Draft first, Completed and Stopped last
    case ColProgress: return s.progressPercent;
    case ColCalls: return s.calls.finished;
    case ColSentiment: return s.sentiment.negative; // the runs that went worst first, descending
    case ColCreated: return s.created;
    default: return {};
    }
}

QVariant SimulationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Simulation &s = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayText(s, column);
    case Qt::ToolTipRole:
        if (column == ColSentiment)
            return tr("Positive %1, negative %2, neutral %3").arg(numberText(s.sentiment.positive), numberText(s.sentiment.negative), numberText(s.sentiment.neutral));
        if (column == ColWatching && m_watched.contains(s.id))
            return tr("Watching: in the watch list");
        return {};
    case Qt::AccessibleTextRole:
        // The mark is a glyph: a screen reader says what it means.
        if (column == ColWatching)
            return m_watched.contains(s.id) ? tr("Watching") : tr("Not watched");
        return {};
    case Qt::TextAlignmentRole:
        if (column == ColId || column == ColProgress || column == ColCalls || column == ColSentiment)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return s.id;
    case NameRole: return s.name;
    case AgentIdRole: return s.agent ? s.agent->id : -1;
    case AgentNameRole: return s.agent ? s.agent->name : QString();
    case StatusRole: return int(s.status);
    case StatusTextRole: return s.statusText;
    case ProgressRole: return s.progressRounded();
    case TotalCallsRole: return s.calls.total;
    case FinishedCallsRole: return s.calls.finished;
    case PositiveRole: return s.sentiment.positive;
    case NegativeRole: return s.sentiment.negative;
    case NeutralRole: return s.sentiment.neutral;
    case CreatedRole: return s.created;
    case WatchedRole: return m_watched.contains(s.id);
    case SortRole: return sortValue(s, column);
    case FilterTextRole:
        return QString(s.name + QLatin1Char('\n') + (s.agent ? s.agent->name : QString()) + QLatin1Char('\n')
                       + QString::number(s.id));
    default: return {};
    }
}

QVariant SimulationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == ColWatching && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return tr("Watching: the run is in the watch list");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColWatching: return QStringLiteral("\u25C9");
    case ColName: return tr("Name");
    case ColId: return tr("ID");
    case ColAgent: return tr("Agent");
    case ColStatus: return tr("Status");
    case ColProgress: return tr("Progress");
    case ColCalls: return tr("Calls done");
    case ColSentiment: return tr("Sentiment +/\u2212/=");
    case ColCreated: return tr("Created (UTC)");
    default: return {};
    }
}

Qt::ItemFlags SimulationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool SimulationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_list.canFetchMore();
}

void SimulationListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_list.fetchMore();
}

QHash<int, QByteArray> SimulationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    const QMetaEnum roles = QMetaEnum::fromType<Role>();
    for (int i = 0; i < roles.keyCount(); ++i) {
        QByteArray name = roles.key(i);
        name.chop(4); // "Role"
        name[0] = char(QChar::toLower(uint(name[0])));
        names.insert(roles.value(i), name);
    }
    return names;
}

} // namespace simwatch
