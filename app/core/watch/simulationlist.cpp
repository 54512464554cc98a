#include "watch/simulationlist.h"

#include "api/apiclient.h"
#include "api/endpoints.h"
#include "domain/parse.h"
#include "logging.h"

#include <QHash>
#include <QNetworkReply>

#include <algorithm>
#include <utility>

namespace simwatch {

SimulationList::SimulationList(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(m_client);
}

SimulationList::~SimulationList()
{
    // An aborted reply's callback runs at once: it must find nothing to do.
    m_request = Request::None;
    if (m_reply)
        m_reply->abort();
}

void SimulationList::setPageSize(int size)
{
    m_pageSize = qBound(1, size, MaxPageSize);
}

bool SimulationList::isLoading() const
{
    return m_reply != nullptr;
}

bool SimulationList::canFetchMore() const
{
    // After a failure the periodic refresh tries again; asking here as well would let a view
    // repeat the failing request on every layout.
    if (m_request != Request::None || m_endReached || m_error.isError())
        return false;
    return m_total < 0 || m_records.size() < m_total;
}

void SimulationList::fetchMore()
{
    if (!canFetchMore())
        return;
    m_request = Request::NextPage;
    // Offsets may have moved since (runs created or deleted): the page that holds the next offset
    // may repeat records already loaded, which are merged by id.
    get(int(m_records.size() / m_pageSize) + 1, m_pageSize);
}

void SimulationList::refresh()
{
    if (m_request == Request::Refresh)
        return;
    if (m_request == Request::NextPage) {
        m_refreshQueued = true;
        return;
    }
    // Everything loaded in one request while it fits the API's cap, else in pages of the cap.
    m_refreshWanted = qMax(int(m_records.size()), m_pageSize);
    m_refreshPageSize = qMin(m_refreshWanted, MaxPageSize);
    m_refreshPages = (m_refreshWanted + m_refreshPageSize - 1) / m_refreshPageSize;
    m_gathered.clear();
    m_gatheredKnown.clear();
    m_request = Request::Refresh;
    get(1, m_refreshPageSize);
}

void SimulationList::reset()
{
    const bool inUse = m_request != Request::None || !m_records.isEmpty() || m_error.isError();
    m_request = Request::None;
    if (m_reply)
        m_reply->abort(); // its callback finds no request and does nothing
    m_reply = nullptr;
    m_refreshQueued = false;
    m_gathered.clear();
    m_gatheredKnown.clear();
    m_known.clear();
    m_records.clear();
    m_total = -1;
    m_endReached = false;
    m_lastUpdated = {};
    setError({});
    emit recordsChanged();
    emit loadingChanged();
    if (inUse)
        refresh();
}

void SimulationList::get(int pageno, int pagesize)
{
    if (pageno == 1 || m_request == Request::NextPage)
        m_sentAt = std::chrono::steady_clock::now();
    m_nextPageNo = pageno;
    const bool wasLoading = isLoading();
    m_reply = m_client->get(endpoints::simulationList(pageno, pagesize), this, [this](const ApiClient::Reply &reply) {
        onReply(reply.httpStatus, reply.body, reply.error);
    });
    if (!wasLoading)
        emit loadingChanged();
}

void SimulationList::onReply(int httpStatus, const QByteArray &body, const ApiError &transportError)
{
    if (m_request == Request::None)
        return; // cleared or destroyed meanwhile
    m_reply = nullptr;
    if (transportError.isError())
        return fail(transportError);
    parse::SimulationPageResult result = parse::simulationPage(body, m_known);
    if (!result.page) {
        result.error.httpStatus = httpStatus;
        return fail(result.error);
    }
    const parse::SimulationPage &page = *result.page;
    const auto remember = [&page](QHash<int, parse::KnownRecord> &known) {
        if (page.digests.size() != page.records.size())
            return; // read whole: nothing to compare the next reply with
        for (qsizetype i = 0; i < page.records.size(); ++i)
            known.insert(page.records.at(i).id, {page.digests.at(i), page.records.at(i)});
    };

    if (m_request == Request::NextPage) {
        remember(m_known);
        QList<Simulation> merged = m_records;
        QHash<int, qsizetype> position;
        for (qsizetype i = 0; i < merged.size(); ++i)
            position.insert(merged.at(i).id, i);
        bool anyNew = false;
        for (const Simulation &record : page.records) {
            if (const auto it = position.constFind(record.id); it != position.cend()) {
                merged[*it] = record; // fresher than what was loaded
            } else {
                position.insert(record.id, merged.size());
                merged.append(record);
                anyNew = true;
            }
        }
        // A short page is the last; a page of known records only says the same (or that the total
        // is wrong): either way, asking again would bring nothing until the next refresh.
        m_endReached = !anyNew || page.records.size() < m_pageSize;
        return finish(std::move(merged), page.totalRecords);
    }

    remember(m_gatheredKnown);
    for (const Simulation &record : page.records) {
        const bool known = std::any_of(m_gathered.cbegin(), m_gathered.cend(),
                                       [&record](const Simulation &s) { return s.id == record.id; });
        if (!known)
            m_gathered.append(record);
    }
    if (m_nextPageNo < m_refreshPages && page.records.size() == m_refreshPageSize) {
        get(m_nextPageNo + 1, m_refreshPageSize);
        return;
    }
    QList<Simulation> gathered = std::exchange(m_gathered, {});
    m_known = std::exchange(m_gatheredKnown, {});
    if (gathered.size() > m_refreshWanted)
        gathered.resize(m_refreshWanted);
    m_endReached = false;
    finish(std::move(gathered), page.totalRecords);
}

void SimulationList::fail(const ApiError &error)
{
    qCInfo(lcWatch).nospace() << "simulation list: " << kindName(error.kind);
    m_request = Request::None;
    m_gathered.clear();
    m_gatheredKnown.clear();
    setError(error);
    emit loadingChanged();
    emit replied(error, m_sentAt);
    if (std::exchange(m_refreshQueued, false))
        refresh();
}

void SimulationList::finish(QList<Simulation> records, int total)
{
    m_request = Request::None;
    const bool changed = records != m_records || total != m_total;
    m_records = std::move(records);
    m_total = total;
    m_lastUpdated = QDateTime::currentDateTimeUtc();
    setError({});
    if (changed)
        emit recordsChanged();
    emit loadingChanged();
    emit replied({}, m_sentAt);
    if (std::exchange(m_refreshQueued, false))
        refresh();
}

void SimulationList::setError(const ApiError &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace simwatch
