#pragma once

#include "api/apierror.h"
#include "domain/parse.h"
#include "domain/simulation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

class QNetworkReply;

namespace simwatch {

class ApiClient;

// The account's simulations as the list endpoint pages them (GET /simulations, newest first): the
// records loaded so far, the server's total and the error of the last attempt. The next page is
// loaded on request (the browser scrolls to the end), and refresh() fetches what is loaded again,
// in as few requests as the page size cap allows. One request in flight; a failed attempt keeps
// the records and sets the error. Observers read records() when recordsChanged() says so.
class SimulationList : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPageSize = 150; // the API's cap on pagesize
    static constexpr int DefaultPageSize = 20;

    explicit SimulationList(ApiClient *client, QObject *parent = nullptr);
    ~SimulationList() override;

    void setPageSize(int size); // clamped to 1..MaxPageSize
    int pageSize() const { return m_pageSize; }

    // Newest first, each id once.
    const QList<Simulation> &records() const { return m_records; }
    int totalRecords() const { return m_total; } // -1 until the server has said
    ApiError error() const { return m_error; }
    bool isLoading() const;
    QDateTime lastUpdated() const { return m_lastUpdated; } // UTC of the last good reply

    // More records to load: none loaded yet, or fewer than the total, and no request in flight.
    bool canFetchMore() const;
    void fetchMore(); // the next page
    // Every loaded record again (the first page when none is loaded). While the next page is being
    // loaded the refresh follows it; while a refresh is in flight, nothing more is asked.
    void refresh();
    // Another server or key: the records go, a request in flight is dropped, and the first page is
    // asked again when the list was in use (records loaded or asked for).
    void reset();

Q_SIGNALS:
    void recordsChanged(); // records() or totalRecords() changed
    void errorChanged();
    void loadingChanged();
    // A request was answered (well: `error` is None). `sentAt` is when it went out (several pages:
    // the first), so that a reader can tell the records from values it received later.
    void replied(const simwatch::ApiError &error, std::chrono::steady_clock::time_point sentAt);

private:
    enum class Request { None, NextPage, Refresh };

    void get(int pageno, int pagesize);
    void onReply(int httpStatus, const QByteArray &body, const ApiError &transportError);
    void fail(const ApiError &error);
    void finish(QList<Simulation> records, int total);
    void setError(const ApiError &error);

    ApiClient *m_client = nullptr;
    int m_pageSize = DefaultPageSize;
    QList<Simulation> m_records;
    int m_total = -1;
    ApiError m_error;
    QDateTime m_lastUpdated;
    // The records as read, by id: a refresh does not read an unchanged record again.
    QHash<int, parse::KnownRecord> m_known;
    bool m_endReached = false; // a page brought nothing new: stop asking until the next refresh

    // The request in flight: what it is for, and the pages gathered so far (a refresh of more than
    // MaxPageSize records takes several).
    QPointer<QNetworkReply> m_reply;
    Request m_request = Request::None;
    int m_refreshPageSize = 0;
    int m_refreshPages = 0;
    int m_refreshWanted = 0;
    int m_nextPageNo = 0;
    QList<Simulation> m_gathered;
    QHash<int, parse::KnownRecord> m_gatheredKnown;
    std::chrono::steady_clock::time_point m_sentAt;
    bool m_refreshQueued = false;
};

} // namespace simwatch
