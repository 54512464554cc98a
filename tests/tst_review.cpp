// Reviewing a run: the calls view (filters, sort, next-negative), a call's details (transcript as
// a conversation, hostile text, the audio player against the stand-in's WAV recordings over
// loopback) and the review panes (copy, find). Runs offscreen; set SIMWATCH_SHOT_DIR to keep
// screenshots.

#include "api/apiclient.h"
#include "appsettings.h"
#include "audioplayer.h"
#include "domain/parse.h"
#include "findbar.h"
#include "mainwindow.h"
#include "session.h"
#include "domain/duration.h"
#include "model/simulationmodel.h"
#include "recordingdetail.h"
#include "recordingsfilter.h"
#include "recordingspanel.h"
#include "reviewpanes.h"
#include "safetextbrowser.h"
#include "standinserver.h"
#include "watch/watcher.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSlider>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace simwatch;
using namespace Qt::StringLiterals;

namespace {

struct CallSpec
{
    CallSpec(const QString &sentiment_, int seconds_ = 60, const QString &status_ = u"completed"_s,
             const QString &scenario_ = u"Refund request"_s,
             const QString &conversation_ = u"Agent: Hello, how can I help?<br/>Customer: I want a refund<br/>Agent: Done."_s,
             const QString &recordingUrl_ = {})
        : sentiment(sentiment_), seconds(seconds_), status(status_), scenario(scenario_),
          conversation(conversation_), recordingUrl(recordingUrl_)
    {
    }
    QString sentiment;
    int seconds;
    QString status;
    QString scenario;
    QString conversation;
    QString recordingUrl;
};

// A recording as the client reads it: built from the JSON the server would send.
Recording makeRecording(int n, const CallSpec &spec)
{
    const QJsonObject raw{
        {u"id"_s, 2000 + n},
        {u"time_of_call"_s, u"05/08/2026 09:%1:00"_s.arg(10 + n, 2, 10, QLatin1Char('0'))},
        {u"call_status"_s, spec.status},
        {u"call_duration"_s, formatDuration(spec.seconds)},
        {u"call_duration_in_seconds"_s, spec.seconds},
        {u"sentiment_score"_s, spec.sentiment},
        {u"recording_url"_s, spec.recordingUrl.isEmpty() ? QJsonValue(false) : QJsonValue(spec.recordingUrl)},
        {u"call_conversation"_s, spec.conversation},
        {u"scenario_id"_s, QJsonObject{{u"id"_s, 7}, {u"name"_s, spec.scenario}}},
        {u"voice"_s, QJsonObject{{u"id"_s, u"cove"_s}, {u"provider"_s, u"rime"_s}}},
        {u"is_simulation"_s, true},
    };
    return parse::recording(raw);
}

Simulation makeSimulation(const QList<CallSpec> &calls, int id = 456)
{
    Simulation s;
    s.id = id;
    s.name = u"Customer Support Test"_s;
    s.agent = AgentRef{1234, u"Customer Support Agent"_s};
    s.statusText = u"In Progress"_s;
    s.status = Status::InProgress;
    s.calls = CallCounts{int(calls.size()), int(calls.size()), 0, 0, 0};
    for (int i = 0; i < calls.size(); ++i)
        s.recordings.append(makeRecording(i, calls.at(i)));
    return s;
}

// Four calls, then four more arriving on a later poll.
QList<CallSpec> firstCalls()
{
    return {
        {u"Positive"_s, 65},
        {u"Negative"_s, 600, u"completed"_s, u"Angry customer"_s,
         u"Agent: Hello<br/>Customer: This is the third time I call about my refund!<br/>Agent: Sorry."_s},
        {u"Positive"_s, 599, u"completed"_s, u"Order status"_s, u"Agent: Hi<br/>User: Where is my order?"_s},
        {u"Neutral"_s, 5, u"failed"_s, u"Order status"_s, u"Agent: Hello?"_s},
    };
}

QList<CallSpec> moreCalls()
{
    QList<CallSpec> calls = firstCalls();
    calls.append({u"Negative"_s, 120, u"completed"_s, u"Angry customer"_s, u"Customer: refund now<br/>Agent: OK"_s});
    calls.append({u"Positive"_s, 30});
    calls.append({u"Negative"_s, 7, u"no-answer"_s, u"Billing"_s, u"Agent: Hello?"_s});
    calls.append({u"Neutral"_s, 300, u"completed"_s, u"Billing"_s, u"Agent: Your bill<br/>Customer: Thanks"_s});
    return calls;
}

void selectCombo(QComboBox *combo, const QString &value)
{
    const int at = combo->findData(value);
    QVERIFY2(at >= 0, qPrintable(value));
    combo->setCurrentIndex(at);
}

QStringList comboValues(const QComboBox *combo)
{
    QStringList values;
    for (int i = 1; i < combo->count(); ++i)
        values.append(combo->itemData(i).toString());
    return values;
}

// Source rows (0-based call numbers) in the view's order.
QList<int> shownRows(const RecordingsPanel &panel)
{
    QList<int> rows;
    const QTreeView *view = panel.view();
    for (int r = 0; r < view->model()->rowCount(view->rootIndex()); ++r)
        rows.append(panel.filter()->mapToSource(view->model()->index(r, 0, view->rootIndex())).row());
    return rows;
}

int selectedSourceRow(const RecordingsPanel &panel)
{
    const QModelIndexList selected = panel.view()->selectionModel()->selectedRows();
    if (selected.size() != 1)
        return -1;
    return panel.filter()->mapToSource(selected.first()).row();
}

void selectSourceRow(RecordingsPanel &panel, const SimulationModel &model, int row)
{
    const QModelIndex source = model.index(row, 0, panel.simulation());
    panel.view()->selectionModel()->setCurrentIndex(panel.filter()->mapFromSource(source),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void saveShot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    const QString dir = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(shot.save(QDir(dir).filePath(name)));
    }
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filtersFollowLiveUpdates();
    void comboValuesFollowEveryPoll();
    void searchTranscripts();
    void searchOfALargeSimulationWaitsForAPause();
    void sortByDurationKeepsSelection();
    void nextNegativeShortcut();
    void spacePlaysFromTheCallsTable();
    void transcriptAsConversation();
    void hostileTextIsLiteral();
    void megabyteLineDoesNotFreeze();
    void playsStandinRecording();
    void unreachableRecordingSaysSo();
    void noAudioOutputSaysSo();
    void timeLabelFollowsTheSlider();
    void noPlayerForOtherSchemes();
    void copyButtonCopiesRawText();
    void findBarFindsMatches();
    void screenshots();

private:
    void showPanel(const Simulation &simulation);

    std::unique_ptr<SimulationStore> m_store;
    std::unique_ptr<SimulationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<RecordingsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestReview::init()
{
    m_store = std::make_unique<SimulationStore>();
    m_model = std::make_unique<SimulationModel>(*m_store);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get());
    m_panel = std::make_unique<RecordingsPanel>(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_panel->filter());
    m_panel->resize(1200, 600);
}

void TestReview::cleanup()
{
    m_proxyTester.reset();
    m_panel.reset();
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

void TestReview::showPanel(const Simulation &simulation)
{
    m_store->watch(simulation.id);
    m_store->applySimulation(simulation.id, simulation, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    m_panel->setSimulation(m_model->indexOfSimulation(simulation.id));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestReview::filtersFollowLiveUpdates()
{
    showPanel(makeSimulation(firstCalls()));
    QCOMPARE(m_panel->countLabel()->text(), u"Showing 4 of 4 calls"_s);
    QCOMPARE(comboValues(m_panel->statusCombo()), (QStringList{u"completed"_s, u"failed"_s}));
    QCOMPARE(comboValues(m_panel->scenarioCombo()), (QStringList{u"Angry customer"_s, u"Order status"_s, u"Refund request"_s}));

    selectCombo(m_panel->sentimentCombo(), u"Negative"_s);
    QCOMPARE(m_panel->countLabel()->text(), u"Showing 1 of 4 calls"_s);
    QCOMPARE(shownRows(*m_panel), (QList<int>{1}));
    selectSourceRow(*m_panel, *m_model, 1);
    QVERIFY(m_panel->detail()->shownText().startsWith(u"Call #2001"_s));

    // A poll brings four more calls while the filter is on: the matching ones appear, the
    // count follows, the selection and the detail stay.
    QSignalSpy resets(m_panel->filter(), &QAbstractItemModel::modelReset);
    m_store->applySimulation(456, makeSimulation(moreCalls()), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_panel->countLabel()->text(), u"Showing 3 of 8 calls"_s);
    QCOMPARE(shownRows(*m_panel), (QList<int>{1, 4, 6}));
    QCOMPARE(selectedSourceRow(*m_panel), 1);
    QVERIFY(m_panel->detail()->shownText().startsWith(u"Call #2001"_s));
    // New values reach the combos, the chosen one is kept.
    QCOMPARE(comboValues(m_panel->statusCombo()), (QStringList{u"completed"_s, u"failed"_s, u"no-answer"_s}));
    QVERIFY(comboValues(m_panel->scenarioCombo()).contains(u"Billing"_s));

    // Filters combine.
    selectCombo(m_panel->statusCombo(), u"completed"_s);
    QCOMPARE(shownRows(*m_panel), (QList<int>{1, 4}));
    selectCombo(m_panel->scenarioCombo(), u"Billing"_s);
    QCOMPARE(m_panel->countLabel()->text(), u"Showing 0 of 8 calls"_s);
    QVERIFY(m_panel->detail()->isPlaceholderShown()); // the selected call is filtered out

    // A changed call enters the filter on the next poll.
    QList<CallSpec> changed = moreCalls();
    changed[7].sentiment = u"Negative"_s;
    m_store->applySimulation(456, makeSimulation(changed), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QCOMPARE(shownRows(*m_panel), (QList<int>{7}));
    QCOMPARE(m_panel->countLabel()->text(), u"Showing 1 of 8 calls"_s);

    m_panel->clearFilters();
    QCOMPARE(m_panel->countLabel()->text(), u"Showing 8 of 8 calls"_s);
    QCOMPARE(m_panel->sentimentCombo()->currentIndex(), 0);
    QCOMPARE(shownRows(*m_panel), (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));

    // Another simulation starts unfiltered.
    selectCombo(m_panel->sentimentCombo(), u"Negative"_s);
    m_store->watch(457);
    m_store->applySimulation(457, makeSimulation(firstCalls(), 457), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    m_panel->setSimulation(m_model->indexOfSimulation(457));
    QCOMPARE(m_panel->sentimentCombo()->currentIndex(), 0);
    QCOMPARE(m_panel->countLabel()->text(), u"Showing 4 of 4 calls"_s);
    QCOMPARE(comboValues(m_panel->statusCombo()), (QStringList{u"completed"_s, u"failed"_s}));
}

// The combos are kept up to date from the model's signals rather than rescanned on every poll;
// after each poll they must list what a panel opened afresh on the same simulation lists.
void TestReview::comboValuesFollowEveryPoll()
{
    showPanel(makeSimulation(firstCalls()));
    const auto expectSameAsFresh = [this](const QStringList &statuses, const QStringList &scenarios) {
        RecordingsPanel fresh(m_model.get());
        fresh.setSimulation(m_model->indexOfSimulation(456));
        QCOMPARE(comboValues(fresh.statusCombo()), statuses);
        QCOMPARE(comboValues(fresh.scenarioCombo()), scenarios);
        QCOMPARE(comboValues(m_panel->statusCombo()), statuses);
        QCOMPARE(comboValues(m_panel->scenarioCombo()), scenarios);
    };
    const auto poll = [this](const QList<CallSpec> &calls) {
        m_store->applySimulation(456, makeSimulation(calls), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    };

    // Later calls bring new values.
    QList<CallSpec> calls = moreCalls();
    poll(calls);
    expectSameAsFresh({u"completed"_s, u"failed"_s, u"no-answer"_s},
                      {u"Angry customer"_s, u"Billing"_s, u"Order status"_s, u"Refund request"_s});

    // A later call spelling a known value differently adds nothing: the first call's spelling stays.
    calls.append({u"Neutral"_s, 40, u"No-Answer"_s, u"BILLING"_s});
    poll(calls);
    expectSameAsFresh({u"completed"_s, u"failed"_s, u"no-answer"_s},
                      {u"Angry customer"_s, u"Billing"_s, u"Order status"_s, u"Refund request"_s});

    // A changed call can take the last of a value with it, and bring another.
    calls[3].status = u"busy"_s; // the only "failed" call
    poll(calls);
    expectSameAsFresh({u"busy"_s, u"completed"_s, u"no-answer"_s},
                      {u"Angry customer"_s, u"Billing"_s, u"Order status"_s, u"Refund request"_s});

    // Fewer calls: the values only the dropped calls had are gone.
    poll(firstCalls());
    expectSameAsFresh({u"completed"_s, u"failed"_s}, {u"Angry customer"_s, u"Order status"_s, u"Refund request"_s});

    // A chosen value is kept while no call has it, so that a poll never changes the filter.
    selectCombo(m_panel->statusCombo(), u"failed"_s);
    QList<CallSpec> noFailed = firstCalls();
    noFailed[3].status = u"completed"_s;
    poll(noFailed);
    QCOMPARE(comboValues(m_panel->statusCombo()), (QStringList{u"completed"_s, u"failed"_s}));
    QCOMPARE(m_panel->statusCombo()->currentData().toString(), u"failed"_s);
    m_panel->clearFilters();
    expectSameAsFresh({u"completed"_s}, {u"Angry customer"_s, u"Order status"_s, u"Refund request"_s});
}

void TestReview::searchTranscripts()
{
    showPanel(makeSimulation(moreCalls()));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->view()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_panel->view());
    // Ctrl+F from the calls goes to the search field.
    QTest::keyClick(m_panel->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_panel->searchEdit());
    QTest::keyClicks(m_panel->searchEdit(), u"REFUND"_s);
    QCOMPARE(shownRows(*m_panel), (QList<int>{0, 1, 4, 5}));
    QCOMPARE(m_panel->countLabel()->text(), u"Showing 4 of 8 calls"_s);
    // Text that looks like a pattern is matched literally.
    m_panel->searchEdit()->setText(u"order?"_s);
    QCOMPARE(shownRows(*m_panel), (QList<int>{2}));
    m_panel->searchEdit()->setText(u".*"_s);
    QCOMPARE(shownRows(*m_panel), (QList<int>{}));
    // Esc clears the field.
    QTest::keyClick(m_panel->searchEdit(), Qt::Key_Escape);
    QCOMPARE(m_panel->searchEdit()->text(), QString());
    QCOMPARE(shownRows(*m_panel).size(), 8);
}

void TestReview::searchOfALargeSimulationWaitsForAPause()
{
    // The model testers check every row on every change: quadratic at this size, and the other
    // tests cover the models.
    m_proxyTester.reset();
    m_tester.reset();
    QList<CallSpec> calls;
    for (int i = 0; i < RecordingsPanel::SearchDelayFromCalls; ++i)
        calls.append({u"Neutral"_s, 60, u"completed"_s, u"Billing"_s, i % 2 ? u"Customer: refund"_s : u"Agent: Hi"_s});
    showPanel(makeSimulation(calls));
    const int all = int(calls.size());
    QTest::keyClicks(m_panel->searchEdit(), u"refu"_s);
    QCOMPARE(m_panel->shownCount(), all); // not yet: typing goes on
    QTRY_COMPARE(m_panel->shownCount(), all / 2);
    // Enter searches at once; clearing the field shows everything at once.
    QTest::keyClicks(m_panel->searchEdit(), u"nd!"_s);
    QTest::keyClick(m_panel->searchEdit(), Qt::Key_Return);
    QCOMPARE(m_panel->shownCount(), 0);
    m_panel->searchEdit()->clear();
    QCOMPARE(m_panel->shownCount(), all);
}

void TestReview::sortByDurationKeepsSelection()
{
    showPanel(makeSimulation(firstCalls()));
    selectSourceRow(*m_panel, *m_model, 2); // 9:59
    // Clicking the header sorts; "10:00" must come after "9:59" (seconds, not text).
    QHeaderView *header = m_panel->view()->header();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(SimulationModel::ColDuration) + 5, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(SimulationModel::ColDuration));
    const Qt::SortOrder order = header->sortIndicatorOrder();
    QList<int> ascending{3, 0, 2, 1}; // 5 s, 65 s, 599 s, 600 s
    QList<int> expected = ascending;
    if (order == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(shownRows(*m_panel), expected);
    m_panel->view()->sortByColumn(SimulationModel::ColDuration, Qt::AscendingOrder);
    QCOMPARE(shownRows(*m_panel), ascending);
    QCOMPARE(selectedSourceRow(*m_panel), 2);

    // New calls land at their sorted place; the selection stays on the same call.
    QSignalSpy inserted(m_panel->filter(), &QAbstractItemModel::rowsInserted);
    m_store->applySimulation(456, makeSimulation(moreCalls()), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QVERIFY(inserted.count() >= 1);
    // 5, 7, 30, 65, 120, 300, 599, 600
    QCOMPARE(shownRows(*m_panel), (QList<int>{3, 6, 5, 0, 4, 7, 2, 1}));
    QCOMPARE(selectedSourceRow(*m_panel), 2);
    QCOMPARE(m_panel->view()->currentIndex().row(), 6);
    QVERIFY(m_panel->detail()->shownText().startsWith(u"Call #2002"_s));

    // A call whose duration changes moves, and keeps its selection.
    QList<CallSpec> changed = moreCalls();
    changed[2].seconds = 1;
    m_store->applySimulation(456, makeSimulation(changed), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QCOMPARE(shownRows(*m_panel).first(), 2);
    QCOMPARE(selectedSourceRow(*m_panel), 2);
}

void TestReview::nextNegativeShortcut()
{
    showPanel(makeSimulation(moreCalls()));
    m_panel->view()->sortByColumn(SimulationModel::ColDuration, Qt::AscendingOrder);
    // Order by duration: rows 3, 6(neg), 5, 0, 4(neg), 7, 2, 1(neg)
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->view()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_panel->view());

    const auto currentSource = [this] { return m_panel->filter()->mapToSource(m_panel->view()->currentIndex()).row(); };
    // From the top of the list.
    m_panel->view()->selectionModel()->setCurrentIndex(m_panel->view()->model()->index(0, 0, m_panel->view()->rootIndex()),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(m_panel->view(), Qt::Key_N);
    QCOMPARE(currentSource(), 6);
    QCOMPARE(selectedSourceRow(*m_panel), 6);
    QVERIFY(m_panel->detail()->shownText().startsWith(u"Call #2006"_s));
    QTest::keyClick(m_panel->view(), Qt::Key_N);
    QCOMPARE(currentSource(), 4);
    QTest::keyClick(m_panel->view(), Qt::Key_N);
    QCOMPARE(currentSource(), 1);
    // No wrapping round: the end of the list is said, and the selection stays.
    QSignalSpy notices(m_panel.get(), &RecordingsPanel::notice);
    QTest::keyClick(m_panel->view(), Qt::Key_N);
    QCOMPARE(currentSource(), 1);
    QCOMPARE(notices.count(), 1);
    QCOMPARE(notices.first().first().toString(), u"No further negative call"_s);
    QTest::keyClick(m_panel->view(), Qt::Key_N, Qt::ShiftModifier); // previous
    QCOMPARE(currentSource(), 4);
    QTest::keyClick(m_panel->view(), Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(currentSource(), 6);
    QTest::keyClick(m_panel->view(), Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(currentSource(), 6);
    QCOMPARE(notices.last().first().toString(), u"No earlier negative call"_s);

    // With no negative call shown, nothing moves.
    selectCombo(m_panel->sentimentCombo(), u"Positive"_s);
    const int before = m_panel->view()->currentIndex().row();
    QVERIFY(!m_panel->selectNegative(1));
    QCOMPARE(m_panel->view()->currentIndex().row(), before);
    m_panel->jumpToNegative(1);
    QCOMPARE(notices.last().first().toString(), u"No negative call among the calls shown"_s);
}

void TestReview::transcriptAsConversation()
{
    QList<CallSpec> calls{{u"Negative"_s, 60, u"completed"_s, u"Refund request"_s,
                           u"Agent: Hello, how can I help?<br/>Customer: I want a refund<BR>"
                           u"and I want it now<br />Bot: One moment.<br/>User: Fine."_s}};
    showPanel(makeSimulation(calls));
    selectSourceRow(*m_panel, *m_model, 0);
    RecordingDetail *detail = m_panel->detail();
    const QString text = detail->shownText();
    QVERIFY(text.contains(u"\nAgent: Hello, how can I help?\n"_s));
    QVERIFY(text.contains(u"\nCustomer: I want a refund\n"_s));
    QVERIFY(text.contains(u"\nand I want it now\n"_s));
    QVERIFY(!text.contains(u"<br"_s, Qt::CaseInsensitive));

    // One block per turn; the speaker in bold; agent left, the other side right.
    struct Turn
    {
        QString start;
        Qt::Alignment side;
        bool labelled;
    };
    const Turn turns[] = {
        {u"Agent:"_s, Qt::AlignLeft, true},
        {u"Customer:"_s, Qt::AlignRight, true},
        {u"and I want"_s, Qt::AlignRight, false}, // continues the customer's turn
        {u"Bot:"_s, Qt::AlignLeft, true},
        {u"User:"_s, Qt::AlignRight, true},
    };
    QTextDocument *doc = detail->browser()->document();
    for (const Turn &turn : turns) {
        QTextBlock block;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text().startsWith(turn.start)) {
                block = b;
                break;
            }
        }
        QVERIFY2(block.isValid(), qPrintable(turn.start));
        QCOMPARE(block.blockFormat().alignment() & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute, turn.side);
        const QTextCharFormat first = block.begin().fragment().charFormat();
        QCOMPARE(first.fontWeight() >= QFont::DemiBold, turn.labelled);
    }
}

void TestReview::hostileTextIsLiteral()
{
    const QString img = u"<img src=http://127.0.0.1:1/x.png>"_s;
    const QString script = u"<script>alert(1)</script>"_s;
    const QString link = u"<a href=file:///etc/passwd>passwd</a>"_s;
    CallSpec spec{u"Negative"_s, 60, u"<b>done</b>"_s, u"<i>Scenario</i>"_s,
                  u"Customer: "_s + img + u"<br/>Agent: "_s + script + u"<br/>"_s + link
                      + u"<br/>Agent: [x](file:///etc/passwd) ![i](http://127.0.0.1:1/y.png)"_s,
                  u"javascript:alert(1)"_s};
    showPanel(makeSimulation({spec}));
    selectSourceRow(*m_panel, *m_model, 0);
    RecordingDetail *detail = m_panel->detail();
    const QString text = detail->shownText();
    QVERIFY(text.contains(img));
    QVERIFY(text.contains(script));
    QVERIFY(text.contains(link));
    QVERIFY(text.contains(u"<b>done</b>"_s));
    QVERIFY(text.contains(u"javascript:alert(1)"_s));
    QVERIFY(text.contains(u"![i](http://127.0.0.1:1/y.png)"_s));
    QTextDocument *doc = detail->browser()->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            QVERIFY2(!f.isImageFormat(), qPrintable(it.fragment().text()));
            QVERIFY2(!f.isAnchor(), qPrintable(it.fragment().text()));
        }
    }
    QCOMPARE(detail->browser()->imageCount(), 0);
    // The scenario's tooltip in the calls view is escaped (Qt would read "<i>…" as rich text).
    const QModelIndex scenario = m_panel->view()->model()->index(0, SimulationModel::ColScenario, m_panel->view()->rootIndex());
    QCOMPARE(scenario.data(Qt::ToolTipRole).toString(), u"<p>&lt;i&gt;Scenario&lt;/i&gt;</p>"_s);
    QVERIFY(!detail->audioPlayer()->hasPlayer());
    QVERIFY(!detail->audioPlayer()->player());
    // Painting does not load anything either.
    QVERIFY(!detail->grab().isNull());
}

void TestReview::megabyteLineDoesNotFreeze()
{
    // One line of a megabyte, without spaces, in the transcript and in an unknown field.
    const QString huge(1024 * 1024, u'x');
    CallSpec spec{u"Neutral"_s, 60};
    spec.conversation = u"Customer: "_s + huge + u"<br/>Agent: still here"_s;
    Simulation sim = makeSimulation({spec});
    QJsonObject raw = sim.recordings[0].raw();
    raw.insert(u"notes"_s, huge);
    sim.recordings[0] = parse::recording(raw);
    QElapsedTimer timer;
    timer.start();
    showPanel(sim);
    selectSourceRow(*m_panel, *m_model, 0);
    const QString text = m_panel->detail()->shownText();
    // Every character is there (the long turn is cut into paragraphs; see RecordingDetail).
    QVERIFY(QString(text).remove(u'\n').contains(u"Customer: "_s + huge + u"Agent: still here"_s));
    QVERIFY(text.contains(u"more characters not shown"_s)); // the field is cut, the transcript is not
    QVERIFY(!m_panel->detail()->grab().isNull());
    // The search filter reads it too.
    m_panel->searchEdit()->setText(u"still here"_s);
    QCOMPARE(m_panel->shownCount(), 1);
    qInfo() << "1 MB line shown, painted and searched in" << timer.elapsed() << "ms";
    QVERIFY(timer.elapsed() < 10000); // minutes before paragraphs were capped
}

namespace {

// A finished stand-in simulation and the URL of one of its recordings (and the call's length).
QString standinRecordingUrl(standin::StandinServer &server, int *callSeconds = nullptr)
{
    server.setSpeed(0);
    standin::SimulationSpec spec;
    spec.name = u"Audio"_s;
    spec.scenarios = 2;
    spec.durationSeconds = 30;
    const int id = server.addSimulation(spec);
    server.advance(1000);
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(server.baseUrl());
    client.setApiKey(standin::StandinServer::defaultApiKey());
    QByteArray body;
    bool done = false;
    client.get(u"/simulations/%1"_s.arg(id), &network, [&](const ApiClient::Reply &reply) {
        body = reply.body;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {};
    const auto result = parse::simulationResponse(body);
    if (!result.simulation)
        return {};
    for (const Recording &r : result.simulation->recordings) {
        if (!r.recordingUrl.isEmpty()) {
            if (callSeconds)
                *callSeconds = r.durationSeconds;
            return r.recordingUrl;
        }
    }
    return {};
}

// Stands for the desktop's URL handler: takes every http URL.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

// Space in the calls table plays or pauses the selected call's recording (the details' action;
// this machine may have no audio device, so the request to play is what is checked), and leaves
// the selection alone.
void TestReview::spacePlaysFromTheCallsTable()
{
    standin::StandinServer server;
    QVERIFY(server.listen() != 0);
    CallSpec spec{u"Positive"_s, 60};
    spec.recordingUrl = standinRecordingUrl(server);
    showPanel(makeSimulation({spec, CallSpec{u"Negative"_s}}));
    selectSourceRow(*m_panel, *m_model, 0);
    QAction *playPause = m_panel->detail()->playPauseAction();
    QVERIFY(playPause->isEnabled());
    QVERIFY(m_panel->view()->actions().contains(playPause)); // also in the table's context menu

    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->view()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_panel->view());
    QSignalSpy requests(playPause, &QAction::triggered);
    QTest::keyClick(m_panel->view(), Qt::Key_Space);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(selectedSourceRow(*m_panel), 0); // Space did not toggle the row's selection
    QTest::keyClick(m_panel->view(), Qt::Key_Space);
    QCOMPARE(requests.count(), 2);

    // A call without a recording: nothing to play, and Space does nothing.
    selectSourceRow(*m_panel, *m_model, 1);
    QVERIFY(!playPause->isEnabled());
    QTest::keyClick(m_panel->view(), Qt::Key_Space);
    QCOMPARE(requests.count(), 2);
    QCOMPARE(selectedSourceRow(*m_panel), 1);
}

void TestReview::playsStandinRecording()
{
    standin::StandinServer server;
    QVERIFY(server.listen() != 0);
    int callSeconds = 0;
    const QString url = standinRecordingUrl(server, &callSeconds);
    QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s) && url.endsWith(u".wav"_s), qPrintable(url));

    CallSpec spec{u"Positive"_s, 60};
    spec.recordingUrl = url;
    showPanel(makeSimulation({spec}));
    selectSourceRow(*m_panel, *m_model, 0);
    AudioPlayer *audio = m_panel->detail()->audioPlayer();
    QVERIFY(audio->isVisible());
    QVERIFY(audio->hasPlayer());
    QVERIFY(m_panel->detail()->playPauseAction()->isEnabled());
    QMediaPlayer *player = audio->player();
    QVERIFY(player);
    QCOMPARE(player->source(), QUrl(url));

    // Loaded over loopback and decoded: the length is known before playing.
    QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0 || player->error() != QMediaPlayer::NoError, 15000);
    QVERIFY2(player->error() == QMediaPlayer::NoError, qPrintable(player->errorString()));
    QVERIFY(player->mediaStatus() == QMediaPlayer::LoadedMedia || player->mediaStatus() == QMediaPlayer::BufferedMedia);
    QVERIFY(server.requestCount(u"/audio/"_s) >= 1);
    QVERIFY(audio->timeLabel()->text().startsWith(u"0:00 / "_s));
    QVERIFY(!audio->timeLabel()->text().endsWith(u"-:--"_s));
    qInfo() << "duration" << player->duration() << "ms; time label" << audio->timeLabel()->text();
    // The stand-in's recording is as long as its call.
    QCOMPARE(qRound(player->duration() / 1000.0), callSeconds);
    QCOMPARE(audio->timeLabel()->text(), u"0:00 / "_s + formatDuration(callSeconds));

    // Speed applies to the player.
    audio->speedCombo()->setCurrentIndex(audio->speedCombo()->findData(1.5));
    QCOMPARE(player->playbackRate(), 1.5);

    // Space in the details plays; the state is reported by the player's signals.
    QSignalSpy states(player, &QMediaPlayer::playbackStateChanged);
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->detail()->browser()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_panel->detail()->browser());
    QTest::keyClick(m_panel->detail()->browser(), Qt::Key_Space);
    if (!audio->hasAudioOutput()) {
        // Nothing pretends to play (noAudioOutputSaysSo has the rest).
        QTest::qWait(300);
        QVERIFY(states.isEmpty());
        QVERIFY(audio->messageLabel()->text().startsWith(u"No audio output device available:"_s));
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 5000);
        QCOMPARE(states.first().first().value<QMediaPlayer::PlaybackState>(), QMediaPlayer::PlayingState);
        if (player->error() == QMediaPlayer::NoError) {
            QTest::keyClick(m_panel->detail()->browser(), Qt::Key_Space);
            QTRY_COMPARE(player->playbackState(), QMediaPlayer::PausedState);
        } else {
            // The device failed: said in the widget, as text.
            qInfo() << "playback error:" << player->errorString();
            QVERIFY(audio->messageLabel()->text().startsWith(u"Could not load the recording: "_s));
        }
    }

    // Another call stops this one; the same call on the next poll does not reload it.
    QSignalSpy sources(player, &QMediaPlayer::sourceChanged);
    m_store->applySimulation(456, makeSimulation({spec}), QDateTime::currentDateTimeUtc().addSecs(1), SimulationStore::Source::Detail);
    QCOMPARE(sources.count(), 0);
}

void TestReview::unreachableRecordingSaysSo()
{
    CallSpec spec{u"Positive"_s, 60};
    spec.recordingUrl = u"http://127.0.0.1:1/audio/1/2.wav"_s; // nothing listens on port 1
    showPanel(makeSimulation({spec}));
    selectSourceRow(*m_panel, *m_model, 0);
    AudioPlayer *audio = m_panel->detail()->audioPlayer();
    QVERIFY(audio->hasPlayer());
    // Said even where there is no audio device (whose note it replaces).
    QTRY_VERIFY2_WITH_TIMEOUT(audio->messageLabel()->text().startsWith(u"Could not load the recording: "_s),
                              qPrintable(audio->messageLabel()->text()), 15000);
    QVERIFY(audio->messageLabel()->isVisible());
    QCOMPARE(audio->messageLabel()->textFormat(), Qt::PlainText);
    QVERIFY(!audio->playButton()->isEnabled());
}

void TestReview::noAudioOutputSaysSo()
{
    standin::StandinServer server;
    QVERIFY(server.listen() != 0);
    const QString url = standinRecordingUrl(server);
    AudioPlayer audio;
    audio.resize(420, 120);
    audio.setRecordingUrl(url);
    audio.show();
    if (audio.hasAudioOutput())
        QSKIP("this machine has an audio output device");
    QMediaPlayer *player = audio.player();
    QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0 || player->error() != QMediaPlayer::NoError, 15000);
    // Said, with the way out; no play button to press, no pause icon, no time running.
    QCOMPARE(audio.messageLabel()->text(),
             u"No audio output device available: use \u201cOpen in system player\u201d."_s);
    QVERIFY(audio.messageLabel()->isVisible());
    QVERIFY(audio.messageLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(!audio.playButton()->isEnabled());
    QCOMPARE(audio.playButton()->toolTip(), u"No audio output device available"_s);
    QCOMPARE(audio.playButton()->accessibleName(), u"Play"_s);
    const QString time = audio.timeLabel()->text();
    QVERIFY(time.startsWith(u"0:00 / "_s));
    audio.togglePlayback(); // Space in the call's detail
    QTest::qWait(500);
    QCOMPARE(player->playbackState(), QMediaPlayer::StoppedState);
    QCOMPARE(audio.timeLabel()->text(), time);
    QVERIFY(audio.openExternallyButton()->isVisible());
    QVERIFY(audio.openExternallyButton()->isEnabled());

    // A desktop that takes the address: handed over, nothing to say.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"http"_s, &catcher, "open");
    QTest::mouseClick(audio.openExternallyButton(), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QCOMPARE(catcher.opened, QList<QUrl>{QUrl(url)});
    QVERIFY(audio.messageLabel()->text().startsWith(u"No audio output device available:"_s));
    // None (the offscreen platform has no desktop services): said, with the address to copy.
    if (QDesktopServices::openUrl(QUrl(url)))
        QSKIP("this platform opens URLs");
    QTest::mouseClick(audio.openExternallyButton(), Qt::LeftButton);
    QCOMPARE(audio.messageLabel()->text(),
             u"No program could be opened for the recording. Its address, to open elsewhere: "_s + url);
    saveShot(&audio, u"audio-no-output.png"_s);
}

void TestReview::timeLabelFollowsTheSlider()
{
    standin::StandinServer server;
    QVERIFY(server.listen() != 0);
    int callSeconds = 0;
    const QString url = standinRecordingUrl(server, &callSeconds);
    QVERIFY(callSeconds > 60);
    AudioPlayer audio;
    audio.setRecordingUrl(url);
    audio.show();
    QMediaPlayer *player = audio.player();
    QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0 || player->error() != QMediaPlayer::NoError, 15000);
    QVERIFY2(player->error() == QMediaPlayer::NoError, qPrintable(player->errorString()));
    QTRY_VERIFY(audio.seekSlider()->isEnabled()); // seekable
    const QString total = formatDuration(callSeconds);

    // Held and dragged: the label says where the slider is, whatever the player reports meanwhile.
    QSlider *slider = audio.seekSlider();
    slider->setSliderDown(true);
    slider->setSliderPosition(60'000);
    QCOMPARE(audio.timeLabel()->text(), u"1:00 / "_s + total);
    Q_EMIT player->positionChanged(0);
    QCOMPARE(audio.timeLabel()->text(), u"1:00 / "_s + total);
    QCOMPARE(slider->sliderPosition(), 60'000);
    slider->setSliderPosition(61'000);
    QCOMPARE(audio.timeLabel()->text(), u"1:01 / "_s + total);
    // Let go: the player goes there.
    slider->setSliderDown(false);
    QTRY_COMPARE_WITH_TIMEOUT(player->position() / 1000, 61, 5000);
    QTRY_COMPARE(audio.timeLabel()->text(), u"1:01 / "_s + total);
}

void TestReview::noPlayerForOtherSchemes()
{
    for (const QString &url : {u"file:///etc/passwd"_s, u"javascript:alert(1)"_s, u"data:audio/wav;base64,UklGRg=="_s,
                               u"ftp://example.com/a.wav"_s, u"http:///nohost.wav"_s}) {
        AudioPlayer player;
        player.setRecordingUrl(url);
        QVERIFY2(!player.hasPlayer(), qPrintable(url));
        QVERIFY(!player.player()); // never handed to the media framework
        QVERIFY(!player.isHidden());
        QVERIFY(player.messageLabel()->text().contains(u"only http and https"_s));
        QVERIFY(player.openExternallyButton()->isHidden() || !player.openExternallyButton()->isVisibleTo(&player));
    }
    AudioPlayer none;
    none.setRecordingUrl({});
    QVERIFY(none.isHidden());
    QVERIFY(AudioPlayer::isPlayableUrl(QUrl(u"https://example.com/r.wav"_s)));
    QCOMPARE(AudioPlayer::positionText(12'000, 120'000), u"0:12 / 2:00"_s);
}

void TestReview::copyButtonCopiesRawText()
{
    Simulation sim = makeSimulation(firstCalls());
    const QString raw = u"**Refunds** were slow.\n\n- <b>not bold</b>\n- ![x](http://127.0.0.1:1/x.png)"_s;
    sim.summary = ReviewText{ReviewText::State::Text, raw};
    sim.whatWentWrong = ReviewText{ReviewText::State::NotYet, {}};
    m_store->watch(456);
    m_store->applySimulation(456, sim, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    ReviewPanes panes;
    panes.refresh(m_model->indexOfSimulation(456));
    panes.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panes));
    QVERIFY(panes.copyButton(ReviewPanes::Summary)->isEnabled());
    QVERIFY(!panes.copyButton(ReviewPanes::WhatWentWrong)->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(panes.copyButton(ReviewPanes::Summary), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), raw);
    QVERIFY(!panes.copyText(ReviewPanes::WhatWentWrong));
    QCOMPARE(QGuiApplication::clipboard()->text(), raw);
}

void TestReview::findBarFindsMatches()
{
    Simulation sim = makeSimulation(firstCalls());
    sim.whatWentWrong = ReviewText{ReviewText::State::Text,
                                   u"The agent asked for the order number twice.\n\n"
                                   u"- Order lookup failed\n- The ORDER was never confirmed\n\nNo (a+b) patterns."_s};
    m_store->watch(456);
    m_store->applySimulation(456, sim, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    ReviewPanes panes;
    panes.resize(700, 400);
    panes.refresh(m_model->indexOfSimulation(456));
    panes.tabs()->setCurrentIndex(ReviewPanes::WhatWentWrong);
    panes.show();
    QVERIFY(QTest::qWaitForWindowActive(&panes));
    SafeTextBrowser *browser = panes.browser(ReviewPanes::WhatWentWrong);
    browser->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), browser);

    FindBar *bar = panes.findBar(ReviewPanes::WhatWentWrong);
    QVERIFY(!bar->isVisible());
    QTest::keyClick(browser, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(bar->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), bar->edit());
    QTest::keyClicks(bar->edit(), u"order"_s);
    QCOMPARE(bar->matchCount(), 3);
    QCOMPARE(bar->countLabel()->text(), u"1 of 3"_s);
    QCOMPARE(browser->extraSelections().size(), 3);
    QCOMPARE(browser->textCursor().selectedText().toLower(), u"order"_s);
    QTest::keyClick(bar->edit(), Qt::Key_Return);
    QCOMPARE(bar->countLabel()->text(), u"2 of 3"_s);
    QTest::keyClick(bar->edit(), Qt::Key_Return);
    QTest::keyClick(bar->edit(), Qt::Key_Return); // wraps
    QCOMPARE(bar->countLabel()->text(), u"1 of 3"_s);
    QTest::keyClick(bar->edit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->countLabel()->text(), u"3 of 3"_s);
    bar->setText(u"(a+b)"_s); // literal, not a pattern
    QCOMPARE(bar->matchCount(), 1);
    bar->setText(u"nowhere"_s);
    QCOMPARE(bar->countLabel()->text(), u"No matches"_s);
    QCOMPARE(browser->extraSelections().size(), 0);

    // Esc closes and gives the focus back to the text.
    bar->setText(u"order"_s);
    QTest::keyClick(bar->edit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(browser->extraSelections().size(), 0);
    QCOMPARE(QApplication::focusWidget(), browser);

    // The call details have one too.
    showPanel(makeSimulation(firstCalls()));
    selectSourceRow(*m_panel, *m_model, 1);
    QVERIFY(m_panel->detail()->findAction()->isEnabled());
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->detail()->browser()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_panel->detail()->browser());
    QTest::keyClick(m_panel->detail()->browser(), Qt::Key_F, Qt::ControlModifier);
    FindBar *detailBar = m_panel->detail()->findBar();
    QTRY_COMPARE(QApplication::focusWidget(), detailBar->edit());
    // Space types a space here; it plays/pauses only outside text fields.
    QTest::keyClicks(detailBar->edit(), u"my refund"_s);
    QCOMPARE(detailBar->edit()->text(), u"my refund"_s);
    QCOMPARE(detailBar->matchCount(), 1);
}

void TestReview::screenshots()
{
    Session session;
    session.settings().setBaseUrl(QUrl(u"http://127.0.0.1:1/api/v1"_s));
    session.settings().setApiKey(u"demo-key-0123456789"_s);
    MainWindow window(session);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QList<CallSpec> calls = moreCalls();
    calls[1].conversation = u"Agent: Hello, thank you for calling Acme support. How can I help you today?<br/>"
                            u"Customer: This is the third time I call about my refund! Order A-17.<br/>"
                            u"Agent: I am sorry about that. Let me look up order A-17 for you.<br/>"
                            u"Customer: <img src=http://127.0.0.1:1/x.png> is what your site shows me.<br/>"
                            u"Agent: I see the refund was approved on Monday; it should arrive within 3 days.<br/>"
                            u"Customer: Fine."_s;
    standin::StandinServer server;
    QVERIFY(server.listen() != 0);
    calls[1].recordingUrl = standinRecordingUrl(server);
    Simulation sim = makeSimulation(calls);
    sim.summary = ReviewText{ReviewText::State::Text,
                             u"Eight calls. Refund requests were handled, but **two** customers had to repeat "
                             u"their order number.\n\n- Angry customer: escalated\n- Billing: fine"_s};
    session.store().watch(456);
    session.store().applySimulation(456, sim, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    window.selectSimulation(456);
    RecordingsPanel *panel = window.recordingsPanel();
    panel->view()->sortByColumn(SimulationModel::ColDuration, Qt::DescendingOrder);
    const QModelIndex second = window.model()->index(1, 0, panel->simulation());
    panel->view()->selectionModel()->setCurrentIndex(panel->filter()->mapFromSource(second),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMediaPlayer *player = panel->detail()->audioPlayer()->player();
    QVERIFY(player);
    QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0 || player->error() != QMediaPlayer::NoError, 15000);
    saveShot(&window, u"review-calls.png"_s);

    selectCombo(panel->sentimentCombo(), u"Negative"_s);
    panel->searchEdit()->setText(u"refund"_s);
    window.reviewPanes()->tabs()->setCurrentIndex(ReviewPanes::Summary);
    window.reviewPanes()->findBar(ReviewPanes::Summary)->open();
    window.reviewPanes()->findBar(ReviewPanes::Summary)->setText(u"order"_s);
    saveShot(&window, u"review-filtered.png"_s);
    saveShot(panel->detail(), u"review-detail.png"_s);
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
