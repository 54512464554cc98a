#include "browserfilter.h"

#include "model/simulationlistmodel.h"

namespace simwatch {

BrowserFilter::BrowserFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SimulationListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterRole(SimulationListModel::FilterTextRole);
    setFilterKeyColumn(SimulationListModel::ColName);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void BrowserFilter::setText(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

void BrowserFilter::setStatusFilter(StatusFilter filter, Status status)
{
    if (filter == m_statusFilter && status == m_status)
        return;
    m_statusFilter = filter;
    m_status = status;
    invalidateFilter();
}

bool BrowserFilter::isFiltering() const
{
    return m_statusFilter != StatusFilter::Any || !filterRegularExpression().pattern().isEmpty();
}

bool BrowserFilter::canFetchMore(const QModelIndex &parent) const
{
    return m_fetchingAllowed && QSortFilterProxyModel::canFetchMore(parent);
}

bool BrowserFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const Status status = Status(index.data(SimulationListModel::StatusRole).toInt());
    switch (m_statusFilter) {
    case StatusFilter::Any:
        break;
    case StatusFilter::Running:
        if (status != Status::Pending && status != Status::InProgress && status != Status::CalculatingSummary)
            return false;
        break;
    case StatusFilter::One:
        if (status != m_status)
            return false;
        break;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace simwatch
