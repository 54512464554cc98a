// SimulationModel: the adapter over SimulationStore; diffs on store changes, under
// QAbstractItemModelTester. Calls keep their identity (and the selection) in any order.

#include "domain/duration.h"
#include "model/simulationmodel.h"
#include "store/simulationstore.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace simwatch;

namespace {

Recording makeRecording(int id, const QString &sentiment)
{
    Recording r;
    r.json = QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("sentiment_score"), sentiment}})
                 .toJson(QJsonDocument::Compact);
    r.id = id;
    r.sentiment = sentiment;
    r.scenario = QStringLiteral("Refund request");
    r.durationSeconds = 60 + id;
    return r;
}

Simulation makeSimulation(int finished)
{
    Simulation s;
    s.id = 456;
    s.name = QStringLiteral("Customer Support Test");
    s.agent = AgentRef{1234, QStringLiteral("Customer Support Agent")};
    s.statusText = QStringLiteral("In Progress");
    s.status = Status::InProgress;
    s.calls = {8, finished, 2, 8 - finished - 2, 2};
    s.progressPercent = 100.0 * finished / 8;
    for (int i = 0; i < finished; ++i) {
        s.recordings.append(makeRecording(i + 1, i % 3 == 0 ? QStringLiteral("Negative") : QStringLiteral("Positive")));
        (i % 3 == 0 ? s.sentiment.negative : s.sentiment.positive)++;
    }
    return s;
}

struct Spies
{
    explicit Spies(QAbstractItemModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    int total() const
    {
        return int(dataChanged.count() + inserted.count() + removed.count() + reset.count() + layout.count());
    }
    QSignalSpy dataChanged, inserted, removed, reset, layout;
};

} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<SimulationStore>();
        m_model = std::make_unique<SimulationModel>(*m_store);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
    }

    void addAndRemoveSimulations()
    {
        const QModelIndex a = watch(456);
        watch(457);
        QCOMPARE(watch(456), a); // no duplicates
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(a.data().toString(), QStringLiteral("Simulation #456")); // before any data
        QCOMPARE(a.data(SimulationModel::HasDataRole).toBool(), false);
        m_store->unwatch(456);
        QCOMPARE(m_model->simulationIds(), QList<int>{457});
    }

    // An undone removal puts the run back where it was: the store's order and the model's rows agree.
    void watchAtAPosition()
    {
        watch(456);
        watch(457);
        watch(458);
        Spies spies(m_model.get());
        m_store->unwatch(457);
        QVERIFY(m_store->watch(457, 1));
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(m_store->ids(), (QList<int>{456, 457, 458}));
        QCOMPARE(m_model->simulationIds(), (QList<int>{456, 457, 458}));
        QCOMPARE(m_store->position(458), 2);
        QVERIFY(!m_store->watch(457, 0)); // already watched: stays
        QVERIFY(m_store->watch(459, 0));
        QVERIFY(m_store->watch(460, 99)); // past the end: appended
        QCOMPARE(m_model->simulationIds(), (QList<int>{459, 456, 457, 458, 460}));
        QCOMPARE(m_store->ids(), m_model->simulationIds());
    }

    void firstApplyInsertsRecordingsAndSetsRoles()
    {
        const QModelIndex sim = watch(456);
        Spies spies(m_model.get());
        m_store->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(spies.inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(m_model->rowCount(sim), 3);
        QCOMPARE(sim.data().toString(), QStringLiteral("Customer Support Test"));
        QCOMPARE(sim.data(SimulationModel::StatusRole).toInt(), int(Status::InProgress));
        QCOMPARE(sim.data(SimulationModel::ProgressRole).toInt(), 38); // 37.5 rounds up
        QCOMPARE(sim.data(SimulationModel::AgentNameRole).toString(), QStringLiteral("Customer Support Agent"));
        QCOMPARE(sim.data(SimulationModel::NegativeRole).toInt(), 1);
        const QModelIndex call = m_model->index(1, SimulationModel::ColDuration, sim);
        QCOMPARE(call.data().toString(), QStringLiteral("1:02"));
        QCOMPARE(call.data(SimulationModel::DurationSecondsRole).toInt(), 62);
        QCOMPARE(call.parent(), sim);
    }

    void unchangedPollEmitsNothing()
    {
        watch(456);
        m_store->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        Spies spies(m_model.get());
        m_store->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        m_store->markUnchanged(456, QDateTime::currentDateTimeUtc());
        QCOMPARE(spies.total(), 0);
    }

    void smallChangeSignalsOnlyWhatChanged()
    {
        const QModelIndex sim = watch(456);
        m_store->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        Spies spies(m_model.get());
        m_store->applySimulation(456, makeSimulation(4), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(spies.inserted.at(0).at(2).toInt(), 3);
        QCOMPARE(spies.dataChanged.count(), 1); // the simulation row only; old calls untouched
        const auto roles = spies.dataChanged.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(SimulationModel::FinishedCallsRole));
        QVERIFY(roles.contains(SimulationModel::ProgressRole));
        QVERIFY(roles.contains(SimulationModel::RecordingCountRole));
        QVERIFY(!roles.contains(SimulationModel::NameRole));
        QVERIFY(!roles.contains(SimulationModel::StatusRole));
        QVERIFY(!roles.contains(SimulationModel::SummaryRole));
        QCOMPARE(spies.dataChanged.at(0).at(0).value<QModelIndex>(), sim);
    }

    void changedRecordingIsSignalled()
    {
        const QModelIndex sim = watch(456);
        m_store->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        Simulation next = makeSimulation(3);
        next.recordings[1] = makeRecording(2, QStringLiteral("Neutral"));
        Spies spies(m_model.get());
        m_store->applySimulation(456, next, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.dataChanged.count(), 1);
        const QModelIndex topLeft = spies.dataChanged.at(0).at(0).value<QModelIndex>();
        QCOMPARE(topLeft.parent(), sim);
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(m_model->index(1, SimulationModel::ColSentiment, sim).data().toString(), QStringLiteral("Neutral"));
    }

    void fewerRecordingsRemovesRows()
    {
        const QModelIndex sim = watch(456);
        m_store->applySimulation(456, makeSimulation(5), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        Spies spies(m_model.get());
        m_store->applySimulation(456, makeSimulation(2), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(m_model->rowCount(sim), 2);
    }

    void errorKeepsLastGoodData()
    {
        const QModelIndex sim = watch(456);
        m_store->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        ApiError error{ApiError::Kind::Timeout, 0, QStringLiteral("The server did not answer in time."), -1};
        Spies spies(m_model.get());
        m_store->applyError(456, error);
        m_store->applyError(456, error); // same error again: no second signal
        QCOMPARE(spies.dataChanged.count(), 1);
        QCOMPARE(spies.dataChanged.at(0).at(2).value<QList<int>>(), QList<int>{SimulationModel::ErrorRole});
        QCOMPARE(sim.data(SimulationModel::ErrorRole).value<ApiError>().kind, ApiError::Kind::Timeout);
        QCOMPARE(sim.data().toString(), QStringLiteral("Customer Support Test"));
        QCOMPARE(m_model->rowCount(sim), 3);
        // The next identical good reply clears the error.
        m_store->markUnchanged(456, QDateTime::currentDateTimeUtc());
        QCOMPARE(sim.data(SimulationModel::ErrorRole).value<ApiError>().isError(), false);
    }

    void selectionSurvivesPoll()
    {
        const QModelIndex sim = watch(456);
        m_store->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QItemSelectionModel selection(m_model.get());
        selection.setCurrentIndex(m_model->index(1, 0, sim), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_store->applySimulation(456, makeSimulation(5), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        QCOMPARE(selection.currentIndex().row(), 1);
        QCOMPARE(selection.currentIndex().parent(), sim);
        QVERIFY(selection.isRowSelected(1, sim));
        QCOMPARE(selection.selectedRows().size(), 1);
    }

    void roleNamesAreReadable()
    {
        const auto names = m_model->roleNames();
        QCOMPARE(names.value(SimulationModel::ProgressRole), QByteArray("progress"));
        QCOMPARE(names.value(SimulationModel::StatusTextRole), QByteArray("statusText"));
    }

    void formatDurationCases()
    {
        QCOMPARE(formatDuration(-1), QString());
        QCOMPARE(formatDuration(5), QStringLiteral("0:05"));
        QCOMPARE(formatDuration(187), QStringLiteral("3:07"));
        QCOMPARE(formatDuration(3723), QStringLiteral("1:02:03"));
    }

    // The API does not document the order of simulation_call_recording: a reply listing the newest
    // call first must insert it at row 0, touch no other row, and keep the user's selection.
    void newestFirstInsertsAtTopAndKeepsSelection()
    {
        const QModelIndex sim = watch(456);
        m_store->applySimulation(456, reversed(makeSimulation(3)), now(), SimulationStore::Source::Detail);
        QItemSelectionModel selection(m_model.get());
        // Rows: ids 3, 2, 1. Select the call with id 2.
        selection.setCurrentIndex(m_model->index(1, 0, sim), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.currentIndex().data(SimulationModel::IdRole).toInt(), 2);
        Spies spies(m_model.get());
        m_store->applySimulation(456, reversed(makeSimulation(4)), now(), SimulationStore::Source::Detail);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(spies.inserted.at(0).at(2).toInt(), 0);
        QCOMPARE(spies.removed.count(), 0);
        QCOMPARE(spies.layout.count(), 0);
        QCOMPARE(spies.dataChanged.count(), 1); // the simulation row only: no call row "changed"
        QCOMPARE(spies.dataChanged.at(0).at(0).value<QModelIndex>(), sim);
        QCOMPARE(m_model->index(0, 0, sim).data(SimulationModel::IdRole).toInt(), 4);
        QCOMPARE(selection.currentIndex().data(SimulationModel::IdRole).toInt(), 2);
        QCOMPARE(selection.currentIndex().row(), 2);
        QCOMPARE(selection.selectedRows().size(), 1);
    }

    void oldestFirstAppendsAndKeepsSelection()
    {
        const QModelIndex sim = watch(456);
        m_store->applySimulation(456, makeSimulation(3), now(), SimulationStore::Source::Detail);
        QItemSelectionModel selection(m_model.get());
        selection.setCurrentIndex(m_model->index(2, 0, sim), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Spies spies(m_model.get());
        m_store->applySimulation(456, makeSimulation(4), now(), SimulationStore::Source::Detail);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(selection.currentIndex().data(SimulationModel::IdRole).toInt(), 3);
    }

    // The same calls in another order: the rows are rearranged, not rewritten, and the selection
    // follows its call.
    void reorderedListMovesRows()
    {
        const QModelIndex sim = watch(456);
        m_store->applySimulation(456, makeSimulation(4), now(), SimulationStore::Source::Detail);
        QItemSelectionModel selection(m_model.get());
        selection.setCurrentIndex(m_model->index(0, 0, sim), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Spies spies(m_model.get());
        m_store->applySimulation(456, reversed(makeSimulation(4)), now(), SimulationStore::Source::Detail);
        QCOMPARE(spies.inserted.count() + spies.removed.count(), 0);
        QCOMPARE(spies.layout.count(), 1);
        QCOMPARE(m_model->index(0, 0, sim).data(SimulationModel::IdRole).toInt(), 4);
        QCOMPARE(selection.currentIndex().data(SimulationModel::IdRole).toInt(), 1);
        QCOMPARE(selection.currentIndex().row(), 3);
    }

    // A call that disappears from the middle is one removed row; the others keep their identity.
    void removedCallInTheMiddle()
    {
        const QModelIndex sim = watch(456);
        m_store->applySimulation(456, makeSimulation(4), now(), SimulationStore::Source::Detail);
        QItemSelectionModel selection(m_model.get());
        selection.setCurrentIndex(m_model->index(3, 0, sim), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Simulation next = makeSimulation(4);
        next.recordings.removeAt(1); // id 2
        Spies spies(m_model.get());
        m_store->applySimulation(456, next, now(), SimulationStore::Source::Detail);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(spies.removed.at(0).at(1).toInt(), 1);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(selection.currentIndex().data(SimulationModel::IdRole).toInt(), 4);
    }

    // Items without an id are matched by their order among themselves.
    void callsWithoutIdFallBackToPosition()
    {
        const QModelIndex sim = watch(456);
        Simulation first = makeSimulation(2);
        for (Recording &r : first.recordings)
            r.id = -1;
        m_store->applySimulation(456, first, now(), SimulationStore::Source::Detail);
        Simulation next = makeSimulation(3);
        for (Recording &r : next.recordings)
            r.id = -1;
        Spies spies(m_model.get());
        m_store->applySimulation(456, next, now(), SimulationStore::Source::Detail);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(m_model->rowCount(sim), 3);
    }

    // The model can be made over a store that already holds data (a second view, a late window).
    void adapterOverAFilledStore()
    {
        m_store->watch(457);
        Simulation other = makeSimulation(2);
        other.id = 457;
        m_store->applySimulation(457, other, now(), SimulationStore::Source::Detail);
        SimulationModel late(*m_store);
        QAbstractItemModelTester tester(&late, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex sim = late.indexOfSimulation(457);
        QVERIFY(sim.isValid());
        QCOMPARE(late.rowCount(sim), 2);
        QCOMPARE(late.indexOfRecording(457, 2).row(), 1);
    }

private:
    QModelIndex watch(int id)
    {
        m_store->watch(id);
        return m_model->indexOfSimulation(id);
    }
    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }
    static Simulation reversed(Simulation s)
    {
        std::reverse(s.recordings.begin(), s.recordings.end());
        return s;
    }

    std::unique_ptr<SimulationStore> m_store;
    std::unique_ptr<SimulationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
