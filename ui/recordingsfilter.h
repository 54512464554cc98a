#pragma once

#include <QPersistentModelIndex>
#include <QKeySequence>
#include <QSortFilterProxyModel>

namespace simwatch {

// Sorts and filters the calls of one simulation of the (tree-shaped) SimulationModel.
//
// Only the children of the chosen simulation are filtered; every top-level row is accepted so
// that the simulation's index maps through the proxy and can be the view's root. Top-level rows
// and unfiltered parents keep the source order. Recursive filtering is deliberately off: it would
// make a simulation row depend on its children and hide the root when nothing matches.
// dynamicSortFilter stays on, so calls arriving on a poll are inserted at their sorted place and
// persistent indexes (the view's selection and current index) survive every update.
class RecordingsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordingsFilter(QObject *parent = nullptr);

    // The simulation (a source index) whose calls are filtered.
    void setSimulation(const QModelIndex &sourceSimulation);
    QModelIndex simulation() const { return m_simulation; }
    // The simulation's index in this proxy: the view's root index.
    QModelIndex proxyRoot() const;

    // Empty means "any". Sentiment, status and scenario match whole values, case-insensitively;
    // the search text matches anywhere in the transcript, case-insensitively.
    void setSentiment(const QString &sentiment);
    void setStatus(const QString &status);
    void setScenario(const QString &scenario);
    void setSearchText(const QString &text);
    // The reviewer's verdict: a verdictKey() ("pass", "fail", "unsure"), NotJudged, or "" for any.
    void setVerdict(const QString &key);
    QString verdict() const { return m_verdict; }
    static inline const QString NotJudged = QStringLiteral("none");
    QString sentiment() const { return m_sentiment; }
    QString status() const { return m_status; }
    QString scenario() const { return m_scenario; }
    QString searchText() const { return m_search; }
    bool isFiltering() const;
    void clearFilters();

    int shownCount() const;   // calls that pass the filters
    int totalCount() const;   // calls of the simulation

    // True when the sentiment text reads as negative (the server sends "Negative").
    static bool isNegative(const QString &sentiment);

    // Adds a tooltip with the full text to the scenario column, which is often elided.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Column titles say how to sort by them from the keyboard (sortShortcut()).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Ctrl+Shift+1 for the first column, Ctrl+Shift+2 for the second, …: sorts the calls by it.
    static QKeySequence sortShortcut(int column);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void setFilterValue(QString &member, const QString &value);

    QPersistentModelIndex m_simulation;
    QString m_sentiment;
    QString m_status;
    QString m_scenario;
    QString m_search;
    QString m_verdict;
};

} // namespace simwatch
