#pragma once

#include "api/apierror.h"
#include "domain/simulation.h"

#include <QAbstractTableModel>

#include <vector>

namespace simwatch {

class SimulationList;
class SimulationStore;

// The item model of the account's simulations (the browser): an adapter over SimulationList,
// which fetches the pages, one row per record in the server's order (newest first). Pages load as
// a view scrolls (canFetchMore/fetchMore); a refresh is applied as a diff: dataChanged for
// changed rows, rows inserted, removed or moved, never a reset. Runs in the watch store are
// marked (WatchedRole, ColWatching). A failed fetch keeps the rows; error() says why.
class SimulationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The order a QA lead reads a run in: is it mine, what is it, how far, how did it go.
    enum Column {
        ColWatching,  // "◉" when the run is in the watch list
        ColName,
        ColStatus,
        ColProgress,
        ColCalls,     // finished / total
        ColSentiment, // positive / negative / neutral
        ColCreated,   // UTC
        ColAgent,
        ColId,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1, // int
        NameRole,           // QString as sent (empty for `false`)
        AgentIdRole,        // int, -1 when unknown
        AgentNameRole,      // QString
        StatusRole,         // int (simwatch::Status)
        StatusTextRole,     // QString as sent
        ProgressRole,       // int 0..100
        TotalCallsRole,     // int
        FinishedCallsRole,  // int
        PositiveRole,       // int
        NegativeRole,       // int
        NeutralRole,        // int
        CreatedRole,        // QDateTime UTC (invalid when unknown)
        WatchedRole,        // bool: in the watch list
        SortRole,           // the column's raw value, for sorting
        FilterTextRole,     // QString: name, agent and id, for filtering as one types
    };
    Q_ENUM(Role)

    SimulationListModel(SimulationList &list, const SimulationStore &watched, QObject *parent = nullptr);

    int totalRecords() const;   // the server's count, -1 until known
    ApiError error() const;     // of the last fetch (kind None when it went fine)
    bool isLoading() const;
    void refresh();
    QModelIndex indexOfSimulation(int id) const; // column 0; invalid when not loaded

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void totalRecordsChanged();
    void errorChanged();
    void loadingChanged();

private:
    void sync();
    void onWatchChanged(int id);
    int rowOf(int id) const;
    QVariant displayText(const Simulation &s, int column) const;
    QVariant sortValue(const Simulation &s, int column) const;

    SimulationList &m_list;
    const SimulationStore &m_watched;
    std::vector<Simulation> m_rows; // what the views have been told
    int m_total = -1;
};

} // namespace simwatch
