#include "watch/watcher.h"

#include "api/apiclient.h"
#include "api/endpoints.h"
#include "domain/parse.h"
#include "logging.h"
#include "store/simulationstore.h"
#include "watch/simulationlist.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHashFunctions>
#include <QtConcurrent/QtConcurrentRun>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

using namespace std::chrono_literals;

namespace simwatch {

namespace {
constexpr std::chrono::milliseconds MaxBackoff = 60s;
constexpr qsizetype AsyncParseThreshold = 256 * 1024;
} // namespace

Watcher::Watcher(ApiClient *client, SimulationStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(new QTimer(this))
{
    connect(m_store, &SimulationStore::unwatched, this, &Watcher::forget);
    m_clock->setSingleShot(true);
    // Precise: a coarse timer may fire a little early, find nothing due, and wake us twice.
    m_clock->setTimerType(Qt::PreciseTimer);
    connect(m_clock, &QTimer::timeout, this, &Watcher::onClock);
}

void Watcher::setListSource(SimulationList *list)
{
    if (m_list)
        disconnect(m_list, nullptr, this, nullptr);
    m_list = list;
    if (m_list)
        connect(m_list, &SimulationList::replied, this, &Watcher::onListReplied);
    // Runs waiting for the old source's answer would never hear it.
    const QList<int> all = m_polls.keys();
    for (int id : all) {
        if (m_polls[id].waitingForList)
            fetch(id);
    }
    armClock();
}

void Watcher::setListWanted(bool wanted)
{
    m_listWanted = wanted && m_list;
    m_listDue.reset();
    if (m_listWanted)
        m_listDue = nextBeat(Clock::now(), m_beatOrigin, m_interval);
    armClock();
}

void Watcher::followReachability()
{
    // Where the platform reports connectivity, a network coming back ends every backoff at once;
    // elsewhere the next timer tick notices. Only needed once a fetch has failed, so it is set up
    // then: loading the backend plugin costs about 3 ms of start-up, before the first poll.
    if (m_followingReachability)
        return;
    m_followingReachability = true;
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        retryFailedNow();
                });
    }
}

Watcher::~Watcher()
{
    // Forget the polls first: an aborted reply's callback runs at once and must find nothing to
    // report (no "timeout" logged or emitted for a request we cancelled ourselves).
    const QHash<int, Poll> polls = std::exchange(m_polls, {});
    for (const Poll &poll : polls) {
        if (poll.reply)
            poll.reply->abort();
    }
}

void Watcher::setInterval(std::chrono::milliseconds interval)
{
    m_interval = qMax(interval, std::chrono::milliseconds(100));
    // Scheduled polls pick up the new interval now rather than after their old one.
    for (auto it = m_polls.begin(); it != m_polls.end(); ++it) {
        if (it->due && it->failures == 0)
            it->due = Clock::now() + m_interval;
    }
    if (m_listDue)
        m_listDue = Clock::now() + m_interval;
    armClock();
}

void Watcher::watch(int id)
{
    if (m_polls.contains(id))
        return;
    m_store->watch(id);
    Poll &poll = m_polls[id];
    poll.generation = ++m_generation;
    fetch(id);
}

void Watcher::unwatch(int id)
{
    m_store->unwatch(id); // forget() follows
}

void Watcher::forget(int id)
{
    auto it = m_polls.find(id);
    if (it == m_polls.end())
        return;
    const QPointer<QNetworkReply> reply = it->reply;
    m_polls.erase(it);
    if (reply)
        reply->abort(); // its callback runs now, finds no poll and does nothing
    armClock();
    checkAllSettled();
}

void Watcher::refresh(int id)
{
    auto it = m_polls.find(id);
    if (it == m_polls.end())
        return;
    it->settled = false;
    fetch(id);
    armClock(); // the poll's due time is gone: the clock need not wake for it
}

void Watcher::refreshAll()
{
    const QList<int> all = m_polls.keys();
    for (int id : all)
        refresh(id);
}

void Watcher::retryFailedNow()
{
    const QList<int> all = m_polls.keys();
    for (int id : all) {
        const Poll &poll = m_polls[id];
        if (poll.failures > 0 && !poll.settled && !poll.reply && !poll.parsing)
            fetch(id);
    }
    armClock();
}

bool Watcher::isPolling(int id) const
{
    const auto it = m_polls.constFind(id);
    return it != m_polls.cend() && (it->reply || it->parsing || it->waitingForList || it->due);
}

bool Watcher::isBusy(int id) const
{
    const auto it = m_polls.constFind(id);
    return it != m_polls.cend() && (it->reply || it->parsing || it->waitingForList);
}

int Watcher::secondsUntilNextFetch(int id) const
{
    const auto it = m_polls.constFind(id);
    if (it == m_polls.cend())
        return -1;
    if (it->reply || it->parsing || it->waitingForList)
        return 0;
    if (!it->due)
        return -1;
    const auto left = std::chrono::ceil<std::chrono::seconds>(*it->due - Clock::now());
    return int(std::max<qint64>(0, left.count()));
}

void Watcher::fetch(int id)
{
    auto it = m_polls.find(id);
    if (it == m_polls.end() || it->reply || it->parsing)
        return; // one request in flight per simulation
    it->due.reset();
    it->waitingForList = false; // its own answer serves (the list's, when it comes, is older)
    it->reply = m_client->get(endpoints::simulation(id), this,
                              [this, id](const ApiClient::Reply &reply) {
                                  handleReply(id, reply.httpStatus, reply.body, reply.error);
                              });
}

void Watcher::handleReply(int id, int httpStatus, const QByteArray &body, const ApiError &transportError)
{
    auto it = m_polls.find(id);
    if (it == m_polls.end())
        return;
    it->reply = nullptr;

    if (transportError.isError()) {
        ApiError error = transportError;
        if (error.kind == ApiError::Kind::NotFound)
            error.message = QCoreApplication::translate("simwatch::Watcher",
                "Simulation %1 does not exist, or this API key cannot see it.").arg(id);
        finishFetch(id, error, false);
        return;
    }
    const TextDigest digest = TextDigest::of(body);
    if (!body.isEmpty() && digest == it->lastBody) {
        // Same bytes as last time: nothing to parse, nothing to redraw.
        m_store->markUnchanged(id, QDateTime::currentDateTimeUtc());
        finishFetch(id, {}, false);
        return;
    }
    // The recordings already known: the parse takes the unchanged ones from here instead of
    // reading them again, so a poll that adds one call costs little more than the JSON parse
    // and the model's diff finds the unchanged rows equal by pointer (shared, thread-safe).
    const Simulation *known = m_store->simulation(id);
    const QList<Recording> previous = known ? known->recordings : QList<Recording>();
    if (body.size() < AsyncParseThreshold) {
        applyParsed(id, httpStatus, digest, parse::simulationResponse(body, previous));
        return;
    }
    // Large simulations (thousands of calls) are parsed on a worker thread so the window
    // never freezes; the poll counts as in flight until the result is applied.
    it->parsing = true;
    const quint64 generation = it->generation;
    auto *watcher = new QFutureWatcher<parse::SimulationResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, httpStatus, digest, generation] {
        watcher->deleteLater();
        auto poll = m_polls.find(id);
        if (poll == m_polls.end() || poll->generation != generation)
            return; // unwatched meanwhile
        poll->parsing = false;
        applyParsed(id, httpStatus, digest, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([body, previous] { return parse::simulationResponse(body, previous); }));
}

void Watcher::applyParsed(int id, int httpStatus, const TextDigest &digest, parse::SimulationResult result)
{
    if (result.simulation && result.simulation->id != id && result.simulation->id >= 0) {
        result.error.kind = ApiError::Kind::BadPayload;
        result.error.message = QCoreApplication::translate("simwatch::Watcher",
            "The server sent simulation %1 when simulation %2 was asked for.")
            .arg(result.simulation->id).arg(id);
        result.simulation.reset();
    }
    if (!result.simulation) {
        result.error.httpStatus = httpStatus;
        finishFetch(id, result.error, false);
        return;
    }
    m_store->applySimulation(id, *result.simulation, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    m_polls[id].lastBody = digest;
    finishFetch(id, {}, true);
}

void Watcher::finishFetch(int id, const ApiError &error, bool changed)
{
    Poll &poll = m_polls[id];
    if (!error.isError()) {
        const bool terminal = m_store->isTerminal(id);
        poll.failures = 0;
        poll.lastGood = Clock::now();
        m_authSignalled = false;
        poll.settled = terminal;
        if (!terminal && m_autoPoll)
            scheduleAt(id, nextBeat(Clock::now(), m_beatOrigin, m_interval));
    } else {
        ++poll.failures;
        followReachability();
        m_store->applyError(id, error);
        qCInfo(lcWatch).nospace() << "simulation " << id << ": " << kindName(error.kind)
                                  << " (failure " << poll.failures << ")";
        if (error.isPermanent()) {
            poll.settled = true;
            if ((error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden)
                && !m_authSignalled) {
                m_authSignalled = true;
                emit authenticationRequired(error);
            }
        } else if (m_autoPoll) {
            // Jitter keeps many watched simulations (or many users) from retrying in lockstep.
            const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
            scheduleAt(id, Clock::now() + backoffDelay(m_interval, poll.failures, error.retryAfterSeconds, jitter));
        }
    }
    emit fetched(id, changed, error);
    checkAllSettled();
}

void Watcher::scheduleAt(int id, Clock::time_point due)
{
    auto it = m_polls.find(id);
    if (it == m_polls.end() || it->reply || it->parsing || it->waitingForList)
        return;
    it->due = due;
    armClock();
}

Watcher::Clock::time_point Watcher::nextBeat(Clock::time_point now, Clock::time_point origin,
                                             std::chrono::milliseconds interval)
{
    const Clock::duration earliest = now + interval / 2 - origin;
    const auto beats = (earliest + interval - Clock::duration(1)) / interval; // rounded up
    return origin + beats * interval;
}

void Watcher::armClock()
{
    std::optional<Clock::time_point> next = m_listDue;
    for (const Poll &poll : std::as_const(m_polls)) {
        if (poll.due && (!next || *poll.due < *next))
            next = poll.due;
    }
    if (!next) {
        m_clock->stop();
        return;
    }
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*next - Clock::now());
    m_clock->start(std::max(wait, std::chrono::milliseconds(0)));
}

void Watcher::onClock()
{
    // A millisecond of grace: the clock rounds to whole milliseconds.
    const Clock::time_point now = Clock::now() + std::chrono::milliseconds(1);
    QList<int> due;
    for (auto it = m_polls.cbegin(); it != m_polls.cend(); ++it) {
        if (it->due && *it->due <= now)
            due.append(it.key());
    }
    QList<int> byList;
    for (int id : std::as_const(due)) {
        if (goesByList(id))
            byList.append(id);
        else
            fetch(id);
    }
    const bool listDue = m_listDue && *m_listDue <= now;
    // One run alone costs one request either way, and its own reply is the smaller.
    if (byList.size() >= 2 || (!byList.isEmpty() && (listDue || m_listWanted))) {
        for (int id : std::as_const(byList)) {
            Poll &poll = m_polls[id];
            poll.due.reset();
            poll.waitingForList = true;
        }
        requestList();
    } else {
        for (int id : std::as_const(byList))
            fetch(id);
        if (listDue)
            requestList();
    }
    armClock();
}

bool Watcher::goesByList(int id) const
{
    const Poll &poll = m_polls[id];
    return m_list && id != m_selected && poll.failures == 0 && !poll.unlisted && poll.lastGood;
}

void Watcher::requestList()
{
    m_listDue.reset();
    m_list->refresh(); // while a refresh is in flight, its answer serves
}

void Watcher::onListReplied(const ApiError &error, Clock::time_point sentAt)
{
    if (m_listWanted && m_autoPoll)
        m_listDue = nextBeat(Clock::now(), m_beatOrigin, m_interval);
    if (error.isError()) {
        // Each run waiting for the list asks for itself: the list may be what is broken, and a
        // failure of its own GET goes through the run's own backoff.
        const QList<int> all = m_polls.keys();
        for (int id : all) {
            if (m_polls[id].waitingForList)
                fetch(id);
        }
        armClock();
        return;
    }
    QHash<int, const Simulation *> records;
    for (const Simulation &record : m_list->records())
        records.insert(record.id, &record);
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    const QList<int> all = m_polls.keys();
    for (int id : all) {
        Poll &poll = m_polls[id];
        const bool waiting = std::exchange(poll.waitingForList, false);
        const Simulation *record = records.value(id);
        const Simulation *known = m_store->simulation(id);
        if (!record) {
            if (waiting) {
                poll.unlisted = true; // older than the pages fetched
                fetch(id);
            }
            continue;
        }
        poll.unlisted = false;
        // A run not waiting takes the record too (the browser's refresh is as good as a poll), unless
        // its own value is newer than the list, or coming, or it is not polled at all.
        const bool fresh = known && poll.lastGood && *poll.lastGood <= sentAt;
        if (waiting && !fresh) {
            fetch(id);
            continue;
        }
        if (!fresh || (!waiting && (poll.reply || poll.parsing || poll.settled || poll.failures > 0)))
            continue;
        bool needsDetail = false;
        const Simulation merged = overDetail(*record, *known, &needsDetail);
        const bool changed = !(merged == *known);
        if (changed) {
            m_store->applySimulation(id, merged, receivedAt, SimulationStore::Source::List);
            poll.lastBody = {}; // the next detail reply is read even if it equals the last one
        }
        else
            m_store->markUnchanged(id, receivedAt);
        if (waiting || changed) {
            poll.due.reset();
            finishFetch(id, {}, changed);
        }
        if (needsDetail)
            fetch(id);
    }
    armClock();
}

std::chrono::milliseconds Watcher::backoffDelay(std::chrono::milliseconds interval, int failures,
                                                int retryAfterSeconds, double jitter)
{
    const int exponent = qBound(0, failures - 1, 16);
    std::chrono::milliseconds delay = std::min<std::chrono::milliseconds>(interval * (qint64(1) << exponent), MaxBackoff);
    delay = std::chrono::milliseconds(qint64(double(delay.count()) * qBound(0.8, jitter, 1.2)));
    if (retryAfterSeconds >= 0)
        delay = std::max<std::chrono::milliseconds>(
            delay, std::chrono::seconds(qMin(retryAfterSeconds, ApiError::MaxRetryAfterSeconds)));
    return delay;
}

void Watcher::checkAllSettled()
{
    if (m_polls.isEmpty())
        return;
    for (const Poll &poll : std::as_const(m_polls)) {
        if (!poll.settled)
            return;
    }
    emit allSettled();
}

} // namespace simwatch
