#pragma once

#include "domain/simulation.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace simwatch {

// Sorts and filters the browser's SimulationListModel: text typed matches the name, the agent's
// name or the id (case-insensitive, anywhere); the status filter keeps one status, or every run
// still running (Pending, In Progress, Calculating Summary). Sorting uses the model's SortRole,
// so numbers and dates sort as such. Only loaded runs are filtered; while few rows pass, the view
// keeps asking for the next page, so a search reaches the whole account.
class BrowserFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { Any, Running, One };

    explicit BrowserFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatusFilter(StatusFilter filter, Status status = Status::Unknown);
    bool isFiltering() const;
    // Off while the browser is hidden: Qt's views ask for the next page even then.
    void setFetchingAllowed(bool allowed) { m_fetchingAllowed = allowed; }
    bool canFetchMore(const QModelIndex &parent) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_statusFilter = StatusFilter::Any;
    Status m_status = Status::Unknown;
    bool m_fetchingAllowed = false;
};

} // namespace simwatch
