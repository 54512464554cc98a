// SimulationModel: diffs on poll results, under QAbstractItemModelTester.

#include "model/simulationmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

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
        m_model = std::make_unique<SimulationModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void addAndRemoveSimulations()
    {
        const QModelIndex a = m_model->addSimulation(456);
        m_model->addSimulation(457);
        QCOMPARE(m_model->addSimulation(456), a); // no duplicates
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(a.data().toString(), QStringLiteral("Simulation #456")); // before any data
        QCOMPARE(a.data(SimulationModel::HasDataRole).toBool(), false);
        m_model->removeSimulation(456);
        QCOMPARE(m_model->simulationIds(), QList<int>{457});
    }

    void firstApplyInsertsRecordingsAndSetsRoles()
    {
        const QModelIndex sim = m_model->addSimulation(456);
        Spies spies(m_model.get());
        m_model->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc());
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
        m_model->addSimulation(456);
        m_model->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc());
        Spies spies(m_model.get());
        m_model->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc());
        m_model->markUnchanged(456, QDateTime::currentDateTimeUtc());
        QCOMPARE(spies.total(), 0);
    }

    void smallChangeSignalsOnlyWhatChanged()
    {
        const QModelIndex sim = m_model->addSimulation(456);
        m_model->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc());
        Spies spies(m_model.get());
        m_model->applySimulation(456, makeSimulation(4), QDateTime::currentDateTimeUtc());
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
        const QModelIndex sim = m_model->addSimulation(456);
        m_model->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc());
        Simulation next = makeSimulation(3);
        next.recordings[1] = makeRecording(2, QStringLiteral("Neutral"));
        Spies spies(m_model.get());
        m_model->applySimulation(456, next, QDateTime::currentDateTimeUtc());
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.dataChanged.count(), 1);
        const QModelIndex topLeft = spies.dataChanged.at(0).at(0).value<QModelIndex>();
        QCOMPARE(topLeft.parent(), sim);
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(m_model->index(1, SimulationModel::ColSentiment, sim).data().toString(), QStringLiteral("Neutral"));
    }

    void fewerRecordingsRemovesRows()
    {
        const QModelIndex sim = m_model->addSimulation(456);
        m_model->applySimulation(456, makeSimulation(5), QDateTime::currentDateTimeUtc());
        Spies spies(m_model.get());
        m_model->applySimulation(456, makeSimulation(2), QDateTime::currentDateTimeUtc());
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(m_model->rowCount(sim), 2);
    }

    void errorKeepsLastGoodData()
    {
        const QModelIndex sim = m_model->addSimulation(456);
        m_model->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc());
        ApiError error{ApiError::Kind::Timeout, 0, QStringLiteral("The server did not answer in time."), -1};
        Spies spies(m_model.get());
        m_model->applyError(456, error);
        m_model->applyError(456, error); // same error again: no second signal
        QCOMPARE(spies.dataChanged.count(), 1);
        QCOMPARE(spies.dataChanged.at(0).at(2).value<QList<int>>(), QList<int>{SimulationModel::ErrorRole});
        QCOMPARE(sim.data(SimulationModel::ErrorRole).value<ApiError>().kind, ApiError::Kind::Timeout);
        QCOMPARE(sim.data().toString(), QStringLiteral("Customer Support Test"));
        QCOMPARE(m_model->rowCount(sim), 3);
        // The next identical good reply clears the error.
        m_model->markUnchanged(456, QDateTime::currentDateTimeUtc());
        QCOMPARE(sim.data(SimulationModel::ErrorRole).value<ApiError>().isError(), false);
    }

    void selectionSurvivesPoll()
    {
        const QModelIndex sim = m_model->addSimulation(456);
        m_model->applySimulation(456, makeSimulation(3), QDateTime::currentDateTimeUtc());
        QItemSelectionModel selection(m_model.get());
        selection.setCurrentIndex(m_model->index(1, 0, sim), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_model->applySimulation(456, makeSimulation(5), QDateTime::currentDateTimeUtc());
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

private:
    std::unique_ptr<SimulationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
