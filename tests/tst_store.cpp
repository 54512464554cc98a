// SimulationStore: the one owner of simulation state, without any view.

#include "api/apiclient.h"
#include "support/standinfixture.h"
#include "store/simulationstore.h"
#include "watch/watcher.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace simwatch;
using namespace std::chrono_literals;

namespace {

Simulation running(int finished)
{
    Simulation s;
    s.id = 456;
    s.name = QStringLiteral("Refunds");
    s.statusText = QStringLiteral("In Progress");
    s.status = Status::InProgress;
    s.calls = {8, finished, 1, 8 - finished - 1, 1};
    s.progressPercent = 100.0 * finished / 8;
    for (int i = 0; i < finished; ++i) {
        Recording r;
        r.id = 70000 + i;
        r.json = QByteArray("{\"id\":") + QByteArray::number(r.id) + '}';
        s.recordings.append(r);
    }
    return s;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void watchOrderAndSignals()
    {
        SimulationStore store;
        QSignalSpy watched(&store, &SimulationStore::watched);
        QSignalSpy unwatched(&store, &SimulationStore::unwatched);
        QVERIFY(store.watch(458));
        QVERIFY(store.watch(456));
        QVERIFY(!store.watch(458)); // no duplicates
        QCOMPARE(store.ids(), (QList<int>{458, 456}));
        QCOMPARE(watched.count(), 2);
        store.unwatch(458);
        store.unwatch(999); // not watched: nothing
        QCOMPARE(unwatched.count(), 1);
        QCOMPARE(store.ids(), QList<int>{456});
        QVERIFY(!store.simulation(456)); // no data yet
    }

    // The server's data going backwards (after an outage, say) is applied and said: which
    // counts went back, by how much. Forward moves and values from the history say nothing.
    void dataGoingBackwardsIsSaid()
    {
        SimulationStore store;
        store.watch(456);
        QSignalSpy setback(&store, &SimulationStore::setbackNoticed);
        store.applySimulation(456, running(3), now(), SimulationStore::Source::Detail);
        store.applySimulation(456, running(5), now(), SimulationStore::Source::Detail);
        QCOMPARE(setback.count(), 0);
        store.applySimulation(456, running(2), now(), SimulationStore::Source::Detail);
        QCOMPARE(setback.count(), 1);
        const QString said = setback.takeFirst().at(1).toString();
        QVERIFY2(said.contains(QStringLiteral("progress 63% \u2192 25%")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("finished calls 5 \u2192 2")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("3 calls no longer listed")), qPrintable(said));
        QCOMPARE(store.simulation(456)->calls.finished, 2); // shown as the server says it now
        // A value read from the history may be older than the server's: no alarm either way.
        store.applySimulation(456, running(1), now(), SimulationStore::Source::History);
        store.applySimulation(456, running(0), now(), SimulationStore::Source::Detail);
        QCOMPARE(setback.count(), 0);
    }

    // Each good value replaces the last; the signal says which parts differ.
    void mergeReportsChangedParts()
    {
        SimulationStore store;
        store.watch(456);
        QSignalSpy changed(&store, &SimulationStore::simulationChanged);
        store.applySimulation(456, running(2), now(), SimulationStore::Source::Detail);
        QCOMPARE(changed.count(), 1);
        const auto first = changed.takeFirst().at(1).value<SimulationStore::Parts>();
        QVERIFY(first.testFlag(SimulationStore::Part::Identity) && first.testFlag(SimulationStore::Part::Calls));

        store.applySimulation(456, running(3), now(), SimulationStore::Source::Detail);
        QCOMPARE(changed.count(), 1);
        const auto parts = changed.takeFirst().at(1).value<SimulationStore::Parts>();
        QCOMPARE(parts, SimulationStore::Parts(SimulationStore::Part::Progress | SimulationStore::Part::Calls));

        Simulation done = running(3);
        done.status = Status::Completed;
        done.statusText = QStringLiteral("Completed");
        done.summary = {ReviewText::State::Text, QStringLiteral("Fine.")};
        store.applySimulation(456, done, now(), SimulationStore::Source::Detail);
        const auto last = changed.takeFirst().at(1).value<SimulationStore::Parts>();
        QCOMPARE(last, SimulationStore::Parts(SimulationStore::Part::Status | SimulationStore::Part::Review));
        QVERIFY(store.isTerminal(456));
        QCOMPARE(store.entry(456)->source, SimulationStore::Source::Detail);

        // The same value again: nothing to announce.
        store.applySimulation(456, done, now(), SimulationStore::Source::Detail);
        QCOMPARE(changed.count(), 0);
    }

    // A list record laid over the detail: a full record wins; an abbreviated one (no calls while
    // calls finished, review texts or settings absent) blanks nothing, and asks for the detail
    // only when it moved on in what it left out.
    void listRecordsNeverBlankTheDetail()
    {
        Simulation detail = running(3);
        detail.summary = {ReviewText::State::NotYet, {}};
        detail.numberOfCallToMake = 2;
        detail.scenarios = {QJsonObject{{QStringLiteral("id"), 1}}};
        detail.agent = AgentRef{1234, QStringLiteral("Support")};

        bool needsDetail = true;
        Simulation full = running(4);
        full.summary = {ReviewText::State::NotYet, {}};
        full.whatWentWrong = full.suggestionsForImprovement = full.promptSuggestion = full.summary;
        Simulation merged = overDetail(full, detail, &needsDetail);
        QVERIFY(!needsDetail);
        QCOMPARE(merged.recordings.size(), 4);
        QCOMPARE(merged.calls.finished, 4);
        QCOMPARE(merged.scenarios, detail.scenarios); // absent from the record: kept
        QCOMPARE(merged.agent, detail.agent);
        QCOMPARE(merged.numberOfCallToMake, 2);

        // The same calls as the detail: the record shares the detail's list (the views' rows).
        Simulation same = running(3);
        merged = overDetail(same, detail, &needsDetail);
        QVERIFY(merged.recordings.constData() == detail.recordings.constData());

        // Abbreviated: counters move on, the calls and texts stay as the detail gave them.
        Simulation brief = running(4);
        brief.recordings.clear();
        merged = overDetail(brief, detail, &needsDetail);
        QVERIFY(needsDetail);
        QCOMPARE(merged.calls.finished, 4);
        QCOMPARE(merged.recordings, detail.recordings);
        QCOMPARE(merged.summary.state, ReviewText::State::NotYet);
        // ... and when it did not move on, the detail is not asked again.
        Simulation idle = running(3);
        idle.recordings.clear();
        overDetail(idle, detail, &needsDetail);
        QVERIFY(!needsDetail);
        // A run ending is a move too: its review texts are only in the detail.
        Simulation ended = running(3);
        ended.recordings.clear();
        ended.status = Status::Completed;
        ended.statusText = QStringLiteral("Completed");
        overDetail(ended, detail, &needsDetail);
        QVERIFY(needsDetail);
    }

    void errorIsKeptBesideLastGoodData()
    {
        SimulationStore store;
        store.watch(456);
        store.applySimulation(456, running(2), now().addSecs(-30), SimulationStore::Source::Detail);
        const QDateTime goodAt = store.entry(456)->lastUpdated;
        QSignalSpy errors(&store, &SimulationStore::errorChanged);
        QSignalSpy changed(&store, &SimulationStore::simulationChanged);
        const ApiError timeout{ApiError::Kind::Timeout, 0, QStringLiteral("The server did not answer in time."), -1};
        store.applyError(456, timeout);
        store.applyError(456, timeout); // the same error: one signal
        QCOMPARE(errors.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(store.error(456).kind, ApiError::Kind::Timeout);
        QVERIFY(store.simulation(456));
        QCOMPARE(store.simulation(456)->recordings.size(), 2); // nothing lost
        QCOMPARE(store.entry(456)->lastUpdated, goodAt);        // still says how old the data is

        // An identical good reply clears the error and moves the time, without a value change.
        store.markUnchanged(456, now());
        QCOMPARE(errors.count(), 2);
        QVERIFY(!store.error(456).isError());
        QVERIFY(store.entry(456)->lastUpdated > goodAt);
        QCOMPARE(changed.count(), 0);
    }

    void writesForUnwatchedSimulationsAreDropped()
    {
        SimulationStore store;
        QSignalSpy changed(&store, &SimulationStore::simulationChanged);
        store.applySimulation(456, running(1), now(), SimulationStore::Source::Detail);
        store.applyError(456, {ApiError::Kind::Network, 0, QStringLiteral("x"), -1});
        QCOMPARE(changed.count(), 0);
        QVERIFY(store.ids().isEmpty());
    }

    // Unwatching while the reply is on its way: the reply is dropped, nothing is written back,
    // and the simulation is not polled again.
    void unwatchDuringAReply()
    {
        testing::StandinFixture fixture;
        QVERIFY(fixture.listen());
        fixture.injectFault(testing::SocketFault::delay(400), QStringLiteral("/api/v1/simulations/456"));
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.setBaseUrl(fixture.baseUrl());
        client.setApiKey(standin::StandinServer::defaultApiKey());
        SimulationStore store;
        Watcher watcher(&client, &store);
        watcher.setInterval(100ms);
        QSignalSpy changed(&store, &SimulationStore::simulationChanged);
        QSignalSpy errors(&store, &SimulationStore::errorChanged);
        watcher.watch(456);
        QVERIFY(store.contains(456));
        QTRY_COMPARE(fixture.server.requestCount(QStringLiteral("/api/v1/simulations/456")), 1);
        QVERIFY(watcher.isBusy(456));
        store.unwatch(456);
        QVERIFY(!watcher.isPolling(456));
        QTest::qWait(800); // past the delayed reply and several intervals
        QCOMPARE(changed.count(), 0);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(fixture.server.requestCount(QStringLiteral("/api/v1/simulations/456")), 1);

        // Watching again starts afresh.
        watcher.watch(456);
        QTRY_VERIFY(store.simulation(456));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
