// Start, Run again, Stop and Enhance prompt: the pure diff, the reply readers, the stand-in over
// real HTTP, and the window's actions and diff dialog.
#include "actions/promptdiff.h"
#include "actions/simulationactions.h"
#include "api/apiclient.h"
#include "appsettings.h"
#include "comparedialog.h"
#include "domain/parse.h"
#include "mainwindow.h"
#include "session.h"
#include "model/simulationmodel.h"
#include "promptdiffview.h"
#include "simulationcommands.h"
#include "standinserver.h"
#include "support/faultproxy.h"
#include "watch/watcher.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>

using namespace simwatch;
using namespace simwatch::promptdiff;
using simwatch::standin::Fault;
using simwatch::standin::StandinServer;
using simwatch::testing::FaultProxy;
using simwatch::testing::SocketFault;

namespace {

// Every run of text in a document with the diff kind it was marked with.
QList<std::pair<Segment::Kind, QString>> runs(QTextDocument *document)
{
    QList<std::pair<Segment::Kind, QString>> out;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QVariant kind = fragment.charFormat().property(PromptDiffView::KindProperty);
            if (kind.isValid())
                out.append({Segment::Kind(kind.toInt()), fragment.text()});
        }
    }
    return out;
}

QString joined(const QList<Segment> &segments)
{
    QString text;
    for (const Segment &s : segments)
        text += s.text;
    return text;
}

// Kept when SIMWATCH_SHOT_DIR is set, as the other window tests do.
void saveShot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    const QString dir = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(shot.save(QDir(dir).filePath(name)));
    }
}

// Runs `answer` on the next modal dialog once it is open: the real dialog, answered as a user would.
void whenModal(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer = std::move(answer)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

QPushButton *buttonWithText(QWidget *dialog, const QString &text)
{
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

// A session on the stand-in with its window, as the app wires them.
struct WindowRig
{
    explicit WindowRig(const QUrl &baseUrl)
    {
        session.settings().setBaseUrl(baseUrl);
        session.settings().setApiKey(StandinServer::defaultApiKey());
    }
    Session session;
    MainWindow window{session};
};

class TestActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StandinServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;

    template<typename Outcome, typename Call>
    Outcome wait(Call call)
    {
        std::optional<Outcome> result;
        QObject context;
        SimulationActions actions(m_client.get());
        call(actions, &context, [&result](const Outcome &o) { result = o; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(Outcome{});
    }
    StopOutcome stop(int id)
    {
        return wait<StopOutcome>([id](SimulationActions &a, QObject *c, auto done) { a.stop(id, c, done); });
    }
    EnhanceOutcome enhance(int id)
    {
        return wait<EnhanceOutcome>([id](SimulationActions &a, QObject *c, auto done) { a.enhancePrompt(id, c, done); });
    }
    StartOutcome start(int id)
    {
        return wait<StartOutcome>([id](SimulationActions &a, QObject *c, auto done) { a.start(id, c, done); });
    }
    CreateOutcome create(const QByteArray &body)
    {
        return wait<CreateOutcome>([&body](SimulationActions &a, QObject *c, auto done) { a.create(body, c, done); });
    }
    RunAgainOutcome runAgain(const Simulation &run, const QString &name)
    {
        return wait<RunAgainOutcome>([&](SimulationActions &a, QObject *c, auto done) { a.runAgain(run, name, c, done); });
    }
    // GET /simulations/{id} as the client reads it.
    Simulation fetch(int id)
    {
        std::optional<Simulation> result;
        QObject context;
        m_client->get(u"/simulations/%1"_qs.arg(id), &context, [&result](const ApiClient::Reply &reply) {
            result = parse::simulationResponse(reply.body).simulation.value_or(Simulation{});
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(Simulation{});
    }
    // A %Ln message as the app shows it (its English plural forms come with the translation).
    static QString plural(const char *context, const char *text, int n)
    {
        return QCoreApplication::translate(context, text, nullptr, n);
    }
    // The id the stand-in gives the first simulation created after the demo's.
    static constexpr int FirstCreatedId = 772;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<StandinServer>();
        m_server->setSpeed(0);
        m_server->seedDemo();
        m_server->advance(30); // 456 is running with calls in progress
        QVERIFY(m_server->listen() != 0);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setApiKey(StandinServer::defaultApiKey());
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }

    // ---- the pure diff ----
    void wordDiffKeepsTextAndMarksChanges()
    {
        QList<Segment> left, right;
        diffWords(u"Refunds are only possible within 30 days."_qs, u"Refunds are possible within 60 days."_qs, &left, &right);
        QCOMPARE(joined(left), u"Refunds are only possible within 30 days."_qs);
        QCOMPARE(joined(right), u"Refunds are possible within 60 days."_qs);
        QVERIFY(left.contains(Segment{Segment::Kind::Removed, u"only "_qs}));
        QVERIFY(left.contains(Segment{Segment::Kind::Removed, u"30"_qs}));
        QVERIFY(right.contains(Segment{Segment::Kind::Added, u"60"_qs}));
        QCOMPARE(left.first(), (Segment{Segment::Kind::Equal, u"Refunds are "_qs}));
    }
    void lineDiffPairsChangedLines()
    {
        const QList<LinePair> lines = diffLines(u"a\nb\nc\nold"_qs, u"a\nB\nc\nnew\nextra"_qs);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0).kind, LinePair::Kind::Same);
        QCOMPARE(lines.at(1).kind, LinePair::Kind::Changed);
        QCOMPARE(lines.at(1).left, u"b"_qs);
        QCOMPARE(lines.at(1).right, u"B"_qs);
        QCOMPARE(lines.at(2).kind, LinePair::Kind::Same);
        QCOMPARE(lines.at(3).kind, LinePair::Kind::Changed);
        QCOMPARE(lines.at(4).kind, LinePair::Kind::Added);
        QCOMPARE(lines.at(4).right, u"extra"_qs);
    }
    void sectionsMatchByTitle()
    {
        const QList<PromptSection> before{{u"Intro"_qs, u"hi"_qs}, {u"Gone"_qs, u"x"_qs}, {u"Rules"_qs, u"r1"_qs}};
        const QList<PromptSection> after{{u"intro "_qs, u"hi"_qs}, {u"Rules"_qs, u"r2"_qs}, {u"New"_qs, u"n"_qs}};
        const QList<SectionDiff> d = diffSections(before, after);
        QCOMPARE(d.size(), 4);
        QCOMPARE(d.at(0).kind, SectionDiff::Kind::Unchanged);
        QCOMPARE(d.at(1).title, u"Gone"_qs);
        QCOMPARE(d.at(1).kind, SectionDiff::Kind::Removed);
        QCOMPARE(d.at(1).lines.first().kind, LinePair::Kind::Removed);
        QCOMPARE(d.at(2).kind, SectionDiff::Kind::Changed);
        QCOMPARE(d.at(3).kind, SectionDiff::Kind::Added);
        QCOMPARE(d.at(3).lines.first().right, u"n"_qs);
    }

    // ---- stop ----
    void stopRunningReportsDisconnects()
    {
        const StopOutcome o = stop(456);
        QVERIFY(o.stopped);
        QVERIFY(o.hasCounts);
        QVERIFY(o.humanMessage().startsWith(u"Stopped. "_qs));
        QVERIFY(o.humanMessage().contains(u"failed"_qs));
        QVERIFY(o.humanMessage().contains(u"pending call"_qs));
    }
    void stopMessageWording()
    {
        StopOutcome o;
        o.stopped = true;
        o.hasCounts = true;
        o.successfulDisconnects = 2;
        o.failedDisconnects = 0;
        o.pendingStopped = 3;
        QCOMPARE(o.humanMessage(), u"Stopped. 2 calls disconnected, 0 failed, 3 pending calls cancelled."_qs);
    }
    void stopNotStoppableShowsServerMessage()
    {
        const StopOutcome o = stop(458); // Draft
        QVERIFY(!o.stopped);
        QCOMPARE(o.error.kind, ApiError::Kind::ApiFailure);
        QCOMPARE(o.humanMessage(), u"Simulation cannot be stopped in its current state"_qs);
    }
    void stopForbiddenIsHuman()
    {
        m_server->setSimulationAccess(false);
        const StopOutcome o = stop(456);
        QVERIFY(!o.stopped);
        QCOMPARE(o.error.kind, ApiError::Kind::Forbidden);
        QVERIFY(o.humanMessage().contains(u"You do not have permission to make changes to Call Simulation"_qs));
        QVERIFY(!o.humanMessage().contains(u'{'));
    }

    // ---- start ----
    void startDraftGoesPending()
    {
        QCOMPARE(fetch(458).status, Status::Draft);
        const StartOutcome o = start(458);
        QVERIFY(o.started);
        QVERIFY(o.humanMessage().isEmpty());
        QCOMPARE(fetch(458).status, Status::Pending);
    }
    void startNotDraftShowsServerMessage()
    {
        StartOutcome o = start(456); // running
        QVERIFY(!o.started);
        QCOMPARE(o.error.kind, ApiError::Kind::ApiFailure);
        QCOMPARE(o.humanMessage(), u"Simulation is already running"_qs);
        o = start(457); // Completed
        QCOMPARE(o.humanMessage(), u"Only a Draft simulation can be started"_qs);
    }
    void startForbiddenIsHuman()
    {
        m_server->setSimulationAccess(false);
        const StartOutcome o = start(458);
        QVERIFY(!o.started);
        QCOMPARE(o.error.kind, ApiError::Kind::Forbidden);
        QVERIFY(o.humanMessage().contains(u"You do not have permission to make changes to Call Simulation"_qs));
        QVERIFY(!o.humanMessage().contains(u'{'));
    }
    void startFailuresAreHuman()
    {
        // success:false without a message, a server error with a stack trace, and a connection
        // closed before any reply (through the byte-level proxy).
        m_server->injectFault(Fault::status(200, R"({"success":false})"), u"/api/v1/simulations/458/start"_qs);
        StartOutcome o = start(458);
        QCOMPARE(o.error.kind, ApiError::Kind::ApiFailure);
        QCOMPARE(o.humanMessage(), u"The server did not start the simulation and gave no reason."_qs);
        m_server->injectFault(Fault::status(500), u"/api/v1/simulations/458/start"_qs);
        o = start(458);
        QCOMPARE(o.error.kind, ApiError::Kind::ServerError);
        QVERIFY(!o.humanMessage().contains(u"Traceback"_qs));
        FaultProxy proxy;
        QVERIFY(proxy.listen(m_server->port()) != 0);
        m_client->setBaseUrl(proxy.baseUrl());
        // (A connection closed before any reply byte is not an error to see: Qt sends the request
        // once more.) Cut half way through the reply, the start is not known to have happened...
        proxy.injectFault(SocketFault::of(SocketFault::Kind::Truncate), u"/api/v1/simulations/458/start"_qs);
        o = start(458);
        QVERIFY(!o.started);
        QCOMPARE(o.error.kind, ApiError::Kind::Network);
        QCOMPARE(o.humanMessage(), u"The server closed the connection before its reply was complete."_qs);
        // ...though the server did it: the refresh after every start shows what is true.
        QCOMPARE(fetch(458).status, Status::Pending);
    }

    // ---- create and run again ----
    void nextRunNameCounts()
    {
        QCOMPARE(actions::nextRunName(u"Support test"_qs), u"Support test (run 2)"_qs);
        QCOMPARE(actions::nextRunName(u"Support test (run 2)"_qs), u"Support test (run 3)"_qs);
        QCOMPARE(actions::nextRunName(u"  Support \n test (run 9) "_qs), u"Support test (run 10)"_qs);
        QCOMPARE(actions::nextRunName(u"Load (run two)"_qs), u"Load (run two) (run 2)"_qs);
        QCOMPARE(actions::nextRunName(u"50%2 off %1 (run 3)"_qs), u"50%2 off %1 (run 4)"_qs);
    }
    void runAgainBodyCopiesAgentScenariosAndSettings()
    {
        Simulation run;
        run.agent = AgentRef{1234, u"Support"_qs};
        run.numberOfCallToMake = 2;
        run.concurrentCallCount = -1; // not in the object: the API's default applies
        run.maxCallDurationMinutes = 5;
        run.scenarios = {
            QJsonObject{{u"id"_qs, 3001}, {u"name"_qs, u"Refund"_qs}, {u"description"_qs, u"Wants money back"_qs},
                        {u"expected_result"_qs, false}, {u"extra"_qs, 1},
                        {u"selected_voices"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"cove"_qs}, {u"provider"_qs, u"rime"_qs}, {u"name"_qs, u"Cove"_qs}},
                                                          u"not a voice"_qs}}},
            QJsonObject{{u"name"_qs, u"Order"_qs}, {u"description"_qs, u"d"_qs}, {u"expected_result"_qs, u"e"_qs}},
        };
        const QJsonObject body = QJsonDocument::fromJson(actions::runAgainBody(run, u" Next "_qs)).object();
        const QJsonObject expected{
            {u"name"_qs, u"Next"_qs},
            {u"agent_id"_qs, 1234},
            {u"number_of_call_to_make"_qs, 2},
            {u"max_call_duration_in_minutes"_qs, 5},
            {u"scenarios"_qs, QJsonArray{
                QJsonObject{{u"name"_qs, u"Refund"_qs}, {u"description"_qs, u"Wants money back"_qs}, {u"expected_result"_qs, u""_qs},
                            {u"selected_voices"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"cove"_qs}, {u"provider"_qs, u"rime"_qs}}}}},
                QJsonObject{{u"name"_qs, u"Order"_qs}, {u"description"_qs, u"d"_qs}, {u"expected_result"_qs, u"e"_qs}}}}};
        QCOMPARE(body, expected);
        QCOMPARE(actions::plannedCalls(run), 4);
    }
    void createIsDraftAndErrorsAreHuman()
    {
        CreateOutcome o = create(R"({"name":"New","agent_id":1234,"scenarios":[{"name":"Order status inquiry"}]})");
        QVERIFY(o.created);
        QCOMPARE(o.id, FirstCreatedId);
        QCOMPARE(fetch(o.id).status, Status::Draft);
        QCOMPARE(fetch(o.id).name, u"New"_qs);
        // The vendor's validation error: the description is quoted, the JSON never shown.
        o = create(R"({"name":"x","agent_id":1234,"number_of_call_to_make":9})");
        QVERIFY(!o.created);
        QCOMPARE(o.error.kind, ApiError::Kind::HttpError);
        QCOMPARE(o.humanMessage(), u"The server answered with HTTP 400. The server said: \u201cnumber_of_call_to_make must be between 1 and 3\u201d"_qs);
        m_server->injectFault(Fault::status(200, R"({"success":false,"message":"Simulation limit reached"})"), u"/api/v1/simulations"_qs);
        o = create(R"({"name":"x","agent_id":1234})");
        QCOMPARE(o.error.kind, ApiError::Kind::ApiFailure);
        QCOMPARE(o.humanMessage(), u"Simulation limit reached"_qs);
        m_server->injectFault(Fault::status(200, R"({"success":true})"), u"/api/v1/simulations"_qs);
        o = create(R"({"name":"x","agent_id":1234})");
        QCOMPARE(o.error.kind, ApiError::Kind::BadPayload); // no id: nothing to start or watch
        m_server->setSimulationAccess(false);
        o = create(R"({"name":"x","agent_id":1234})");
        QCOMPARE(o.error.kind, ApiError::Kind::Forbidden);
        QVERIFY(o.humanMessage().contains(u"You do not have permission to make changes to Call Simulation"_qs));
    }
    void runAgainCreatesAndStartsACopy()
    {
        const Simulation old = fetch(457);
        QVERIFY(old.agent);
        const RunAgainOutcome o = runAgain(old, actions::nextRunName(old.name));
        QVERIFY(o.create.created);
        QVERIFY(o.start.started);
        const Simulation copy = fetch(o.create.id);
        QCOMPARE(copy.name, u"Billing Escalations (run 2)"_qs);
        QCOMPARE(copy.status, Status::Pending);
        QCOMPARE(copy.agent, old.agent);
        QCOMPARE(copy.numberOfCallToMake, old.numberOfCallToMake);
        QCOMPARE(copy.concurrentCallCount, old.concurrentCallCount);
        QCOMPARE(copy.maxCallDurationMinutes, old.maxCallDurationMinutes);
        QCOMPARE(copy.scenarios.size(), old.scenarios.size());
        for (qsizetype i = 0; i < old.scenarios.size(); ++i) {
            for (const char *key : {"name", "description", "expected_result", "selected_voices"})
                QCOMPARE(copy.scenarios.at(i).value(QLatin1StringView(key)), old.scenarios.at(i).value(QLatin1StringView(key)));
            QVERIFY(copy.scenarios.at(i).value(u"id"_qs) != old.scenarios.at(i).value(u"id"_qs)); // new scenarios
        }
        QCOMPARE(copy.calls.total, old.calls.total);
    }
    void runAgainSaysWhichStepFailed()
    {
        const Simulation old = fetch(457);
        m_server->injectFault(Fault::status(200, R"({"success":false,"message":"No credits left"})"),
                              u"/api/v1/simulations/%1/start"_qs.arg(FirstCreatedId));
        RunAgainOutcome o = runAgain(old, u"Again"_qs);
        QVERIFY(o.create.created);
        QVERIFY(!o.start.started);
        QCOMPARE(o.start.humanMessage(), u"No credits left"_qs);
        QCOMPARE(fetch(o.create.id).status, Status::Draft);
        m_server->setSimulationAccess(false);
        o = runAgain(old, u"Again"_qs);
        QVERIFY(!o.create.created);
        QCOMPARE(o.create.error.kind, ApiError::Kind::Forbidden);
    }

    // ---- enhance prompt ----
    void enhanceCompletedGivesSections()
    {
        const EnhanceOutcome o = enhance(457);
        QVERIFY(o.ok);
        QCOMPARE(o.previousContext.size(), 4);
        QCOMPARE(o.promptBreakdown.size(), 5);
        const QList<SectionDiff> d = diffSections(o.previousContext, o.promptBreakdown);
        QCOMPARE(d.size(), 5);
        QCOMPARE(d.at(0).title, u"Identity and Tone"_qs);
        QCOMPARE(d.at(0).kind, SectionDiff::Kind::Unchanged);
        QCOMPARE(d.at(1).kind, SectionDiff::Kind::Changed);
        QCOMPARE(d.at(4).title, u"Handling Frustrated Customers"_qs);
        QCOMPARE(d.at(4).kind, SectionDiff::Kind::Added);
        // Conversation Flow only grows: the old line is kept entirely, the new words are added.
        const LinePair &flow = d.at(1).lines.constFirst();
        QCOMPARE(flow.kind, LinePair::Kind::Changed);
        for (const Segment &s : flow.leftSegments)
            QCOMPARE(s.kind, Segment::Kind::Equal);
        QVERIFY(flow.rightSegments.contains(Segment{Segment::Kind::Added, u" Read back every identifier,"_qs})
                || joined(flow.rightSegments).contains(u"Read back every identifier"_qs));
    }
    void enhanceRunningIsExplained()
    {
        const EnhanceOutcome o = enhance(456);
        QVERIFY(!o.ok);
        QVERIFY(o.invalidState);
        QCOMPARE(o.humanMessage(), u"Prompt suggestions can only be enhanced once the simulation has completed."_qs);
    }

    // ---- the window ----
    void windowStopAndEnhance()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        Watcher &watcher = rig.session.watcher();
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        QStringList questions;
        commands->setConfirmHandler([&questions](const QString &q) { questions.append(q); return true; });
        watcher.watch(456);
        watcher.watch(457);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(457).data(SimulationModel::HasDataRole).toBool(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(456).data(SimulationModel::HasDataRole).toBool(), 20000);

        window.selectSimulation(457);
        QCOMPARE(commands->currentSimulation(), 457);
        QVERIFY(!commands->stopAction()->isEnabled()); // Completed: can_stop is false
        QVERIFY(commands->enhanceAction()->isEnabled());

        QSignalSpy enhanced(commands, &SimulationCommands::enhanceFinished);
        commands->enhanceAction()->trigger();
        QVERIFY(enhanced.wait(20000));
        QCOMPARE(enhanced.at(0).at(2).toBool(), true);
        PromptDiffView *view = commands->promptDiffView();
        QVERIFY(view);
        QVERIFY(view->appliedLabel()->text().contains(u"not been applied"_qs));
        const QString before = view->beforeView()->toPlainText();
        const QString after = view->afterView()->toPlainText();
        QVERIFY(before.contains(u"Policies (changed)"_qs));
        QVERIFY(after.contains(u"Handling Frustrated Customers (new section)"_qs));
        QVERIFY(!before.contains(u"Never ask for a password"_qs));
        QVERIFY(after.contains(u"Never ask for a password"_qs));
        // Same number of rows on both sides, so the rows line up.
        QCOMPARE(view->beforeView()->document()->blockCount(), view->afterView()->document()->blockCount());
        const auto leftRuns = runs(view->beforeView()->document());
        const auto rightRuns = runs(view->afterView()->document());
        bool removedLateFees = false;
        for (const auto &[kind, text] : leftRuns)
            removedLateFees |= kind == Segment::Kind::Removed && text.contains(u"Late fees"_qs);
        QVERIFY(removedLateFees);
        bool addedPassword = false;
        for (const auto &[kind, text] : rightRuns)
            addedPassword |= kind == Segment::Kind::Added && text.contains(u"Never ask for a password"_qs);
        QVERIFY(addedPassword);
        for (const auto &[kind, text] : rightRuns)
            QVERIFY(kind != Segment::Kind::Removed);
        // A highlighted run has its background.
        QTextCursor find = view->afterView()->document()->find(u"password"_qs);
        QVERIFY(!find.isNull());
        QVERIFY(find.charFormat().background().style() != Qt::NoBrush);

        view->resize(1100, 720);
        saveShot(view, u"prompt-diff.png"_qs);
        view->close();

        // Enhance on the running one: not offered, and said why (the server's refusal, should our
        // status be a poll behind, is explained as tested above at the core).
        window.selectSimulation(456);
        QTRY_VERIFY(commands->stopAction()->isEnabled());
        QVERIFY(!commands->enhanceAction()->isEnabled());
        QCOMPARE(commands->enhanceAction()->toolTip(), u"Available once the run is Completed"_qs);

        // Stop: confirmed, reported, and Stopped shows after the refresh.
        QSignalSpy stopped(commands, &SimulationCommands::stopFinished);
        commands->stopAction()->trigger();
        QVERIFY(stopped.wait(20000));
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.at(0), u"Stop simulation \u201c%1\u201d? Calls in progress will be disconnected."_qs
                                       .arg(model.indexOfSimulation(456).data(SimulationModel::NameRole).toString()));
        QVERIFY(stopped.at(0).at(2).toBool());
        QVERIFY(stopped.at(0).at(1).toString().startsWith(u"Stopped. "_qs));
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOfSimulation(456).data(SimulationModel::StatusTextRole).toString(),
                                  u"Stopped"_qs, 20000);
        QTRY_VERIFY(!commands->stopAction()->isEnabled());
    }
    void windowExportUsesTheChosenFormat()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        Watcher &watcher = rig.session.watcher();
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        QVERIFY(!commands->exportAction()->isEnabled()); // nothing selected
        watcher.watch(457);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(457).data(SimulationModel::HasDataRole).toBool(), 20000);
        window.selectSimulation(457);
        QVERIFY(commands->exportAction()->isEnabled());
        QTemporaryDir dir;
        QString target = dir.filePath(u"review.md"_qs);
        commands->setSaveFileHandler([&target] { return target; });
        QSignalSpy exported(commands, &SimulationCommands::exportFinished);
        commands->exportAction()->trigger();
        QCOMPARE(exported.size(), 1);
        QVERIFY(exported.at(0).at(2).toBool());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("# SimWatch review: "));
        target = dir.filePath(u"review.doc"_qs);
        commands->exportAction()->trigger();
        QCOMPARE(exported.size(), 2);
        QVERIFY(!exported.at(1).at(2).toBool());
        QVERIFY(!QFile::exists(target));
    }
    void windowStopForbidden()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        Watcher &watcher = rig.session.watcher();
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        commands->setConfirmHandler([](const QString &) { return true; });
        watcher.watch(456);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(456).data(SimulationModel::HasDataRole).toBool(), 20000);
        window.selectSimulation(456);
        QTRY_VERIFY(commands->stopAction()->isEnabled());
        m_server->setSimulationAccess(false);
        QSignalSpy stopped(commands, &SimulationCommands::stopFinished);
        commands->stop();
        QVERIFY(stopped.wait(20000));
        QVERIFY(!stopped.at(0).at(2).toBool());
        QVERIFY(stopped.at(0).at(1).toString().contains(u"You do not have permission"_qs));
    }

    void windowStartDraft()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        QStringList questions;
        commands->setConfirmHandler([&questions](const QString &q) { questions.append(q); return true; });
        QVERIFY(!commands->startAction()->isEnabled()); // nothing selected
        rig.session.watch(456);
        rig.session.watch(458);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(458).data(SimulationModel::HasDataRole).toBool(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(456).data(SimulationModel::HasDataRole).toBool(), 20000);
        window.selectSimulation(456);
        QVERIFY(!commands->startAction()->isEnabled()); // running: only a Draft starts
        window.selectSimulation(458);
        QVERIFY(commands->startAction()->isEnabled());
        QVERIFY(!commands->stopAction()->isEnabled());
        QVERIFY(commands->runAgainAction()->isEnabled());

        QSignalSpy started(commands, &SimulationCommands::startFinished);
        commands->startAction()->trigger();
        QVERIFY(started.wait(20000));
        QCOMPARE(questions, QStringList{u"Start simulation \u201cOnboarding Flow\u201d? "_qs
                                        + plural("simwatch::SimulationCommands", "The server will make %Ln test call(s).", 3)});
        QVERIFY(questions.at(0).contains(u"make 3 test call"_qs));
        QCOMPARE(started.at(0).at(0).toInt(), 458);
        QVERIFY(started.at(0).at(2).toBool());
        QCOMPARE(started.at(0).at(1).toString(), u"Started \u201cOnboarding Flow\u201d."_qs);
        QCOMPARE(commands->lastMessage(), started.at(0).at(1).toString());
        QCOMPARE(window.statusBar()->currentMessage(), started.at(0).at(1).toString());
        // The refresh after the start shows Pending at once (no poll interval to wait out).
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOfSimulation(458).data(SimulationModel::StatusTextRole).toString(), u"Pending"_qs, 5000);
        QVERIFY(!commands->startAction()->isEnabled());
        QVERIFY(commands->stopAction()->isEnabled());
    }
    void windowStartRefusedAndForbidden()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        commands->setConfirmHandler([](const QString &) { return true; });
        rig.session.watch(458);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(458).data(SimulationModel::HasDataRole).toBool(), 20000);
        window.selectSimulation(458);
        QSignalSpy started(commands, &SimulationCommands::startFinished);

        // Said no: nothing sent.
        commands->setConfirmHandler([](const QString &) { return false; });
        commands->start();
        QCOMPARE(m_server->requestCount(u"/api/v1/simulations/458/start"_qs), 0);
        QVERIFY(started.isEmpty());

        commands->setConfirmHandler([](const QString &) { return true; });
        m_server->setSimulationAccess(false);
        commands->start();
        QVERIFY(started.wait(20000));
        QVERIFY(!started.at(0).at(2).toBool());
        QCOMPARE(started.at(0).at(1).toString(),
                 u"Could not start \u201cOnboarding Flow\u201d: This API key is not allowed to do that. The server said: "
                 u"\u201cYou do not have permission to make changes to Call Simulation\u201d"_qs);
        QCOMPARE(window.statusBar()->currentMessage(), started.at(0).at(1).toString());
        QVERIFY(commands->startAction()->isEnabled()); // still a Draft: may be tried again

        // The server's success:false (here: someone started it meanwhile) is said as the server said it.
        m_server->setSimulationAccess(true);
        m_server->injectFault(Fault::status(200, R"({"success":false,"message":"Simulation is already running"})"),
                              u"/api/v1/simulations/458/start"_qs);
        commands->start();
        QVERIFY(started.wait(20000));
        QCOMPARE(started.at(1).at(1).toString(), u"Could not start \u201cOnboarding Flow\u201d: Simulation is already running"_qs);
        // Another run selected: the message about this one goes.
        rig.session.watch(457);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(457).data(SimulationModel::HasDataRole).toBool(), 20000);
        window.selectSimulation(457);
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }
    void windowRunAgainWatchesSelectsAndPairs()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        QStringList questions;
        QString offered;
        commands->setRunAgainHandler([&](const QString &question, const QString &name) {
            questions.append(question);
            offered = name;
            return u"Refund Requests, fixed prompt"_qs;
        });
        commands->setConfirmHandler([](const QString &) { return true; }); // no message boxes
        // 459 and 456 share an agent; 456 is the newer run, so without the pairing Compare would
        // offer 456 as "before" for the new run.
        rig.session.watch(456);
        rig.session.watch(459);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(459).data(SimulationModel::HasDataRole).toBool(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(456).data(SimulationModel::HasDataRole).toBool(), 20000);
        window.selectSimulation(459);
        QVERIFY(commands->runAgainAction()->isEnabled());

        QSignalSpy finished(commands, &SimulationCommands::runAgainFinished);
        commands->runAgainAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(offered, u"Refund Requests (run 2)"_qs);
        QCOMPARE(questions, QStringList{u"Create a new simulation like \u201cRefund Requests\u201d (agent \u201cCustomer Support Agent\u201d, "_qs
                                        + plural("simwatch::SimulationCommands", "%Ln scenario(s)", 3)
                                        + u", the same settings) and start it? "_qs
                                        + plural("simwatch::SimulationCommands", "The server will make %Ln test call(s).", 6)});
        const int newId = finished.at(0).at(1).toInt();
        QCOMPARE(finished.at(0).at(0).toInt(), 459);
        QCOMPARE(newId, FirstCreatedId);
        QVERIFY(finished.at(0).at(3).toBool());
        const QString message = u"Created \u201cRefund Requests, fixed prompt\u201d (#%1) and started it."_qs.arg(newId);
        QCOMPARE(finished.at(0).at(2).toString(), message);
        // Watched, selected, and the message belongs to the run now shown.
        QVERIFY(rig.session.store().contains(newId));
        QCOMPARE(window.selectedSimulationId(), newId);
        QCOMPARE(commands->currentSimulation(), newId);
        QCOMPARE(window.statusBar()->currentMessage(), message);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(newId).data(SimulationModel::HasDataRole).toBool(), 20000);
        QCOMPARE(model.indexOfSimulation(newId).data(SimulationModel::StatusTextRole).toString(), u"Pending"_qs);
        QCOMPARE(model.indexOfSimulation(newId).data(SimulationModel::NameRole).toString(), u"Refund Requests, fixed prompt"_qs);
        QCOMPARE(model.indexOfSimulation(newId).data(SimulationModel::TotalCallsRole).toInt(), 6);

        // Paired: Compare With starts from the run it repeats.
        QCOMPARE(rig.session.pairedBefore(newId), 459);
        {
            CompareDialog compare(rig.session, newId, &window);
            QCOMPARE(compare.afterCombo()->currentData().toInt(), newId);
            QCOMPARE(compare.beforeCombo()->currentData().toInt(), 459);
        }
        // Other runs keep the fallback: the same agent's previous run.
        {
            CompareDialog compare(rig.session, 456, &window);
            QCOMPARE(compare.beforeCombo()->currentData().toInt(), 459);
            QCOMPARE(rig.session.pairedBefore(456), -1);
        }
        // The pairing is remembered with the watch list.
        QTemporaryDir folder;
        QSettings settings(folder.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        rig.session.settings().save(settings);
        AppSettings restored;
        restored.load(settings);
        QCOMPARE(restored.pairedBefore(newId), 459);

        // Cancelled: nothing created.
        commands->setRunAgainHandler([](const QString &, const QString &) { return QString(); });
        const int creates = m_server->requestCount(u"/api/v1/simulations"_qs);
        commands->runAgain();
        QCOMPARE(m_server->requestCount(u"/api/v1/simulations"_qs), creates);
    }
    void windowRunAgainStartFailsKeepsTheDraft()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        commands->setRunAgainHandler([](const QString &, const QString &name) { return name; });
        commands->setConfirmHandler([](const QString &) { return true; });
        rig.session.watch(457);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(457).data(SimulationModel::HasDataRole).toBool(), 20000);
        window.selectSimulation(457);
        m_server->injectFault(Fault::status(200, R"({"success":false,"message":"Not enough credits to start"})"),
                              u"/api/v1/simulations/%1/start"_qs.arg(FirstCreatedId));
        QSignalSpy finished(commands, &SimulationCommands::runAgainFinished);
        commands->runAgain();
        QVERIFY(finished.wait(20000));
        const int newId = finished.at(0).at(1).toInt();
        QCOMPARE(newId, FirstCreatedId);
        QVERIFY(!finished.at(0).at(3).toBool());
        QCOMPARE(finished.at(0).at(2).toString(),
                 u"Created \u201cBilling Escalations (run 2)\u201d (#%1), but could not start it; it stays a Draft "
                 u"(Simulation \u25b8 Start\u2026 starts it): Not enough credits to start"_qs.arg(newId));
        // Still watched and selected, paired, and startable from here.
        QCOMPARE(window.selectedSimulationId(), newId);
        QCOMPARE(rig.session.pairedBefore(newId), 457);
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOfSimulation(newId).data(SimulationModel::StatusTextRole).toString(), u"Draft"_qs, 20000);
        QTRY_VERIFY(commands->startAction()->isEnabled());
        QSignalSpy started(commands, &SimulationCommands::startFinished);
        commands->start();
        QVERIFY(started.wait(20000));
        QVERIFY(started.at(0).at(2).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOfSimulation(newId).data(SimulationModel::StatusTextRole).toString(), u"Pending"_qs, 5000);
    }
    void windowRunAgainForbidden()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        commands->setRunAgainHandler([](const QString &, const QString &name) { return name; });
        commands->setConfirmHandler([](const QString &) { return true; }); // no message boxes
        rig.session.watch(457);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(457).data(SimulationModel::HasDataRole).toBool(), 20000);
        window.selectSimulation(457);
        m_server->setSimulationAccess(false);
        QSignalSpy finished(commands, &SimulationCommands::runAgainFinished);
        commands->runAgain();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).toInt(), -1);
        QCOMPARE(finished.at(0).at(2).toString(),
                 u"Could not create \u201cBilling Escalations (run 2)\u201d: This API key is not allowed to do that. The server said: "
                 u"\u201cYou do not have permission to make changes to Call Simulation\u201d"_qs);
        QCOMPARE(window.selectedSimulationId(), 457);
        QCOMPARE(window.statusBar()->currentMessage(), finished.at(0).at(2).toString());
        QCOMPARE(rig.session.store().ids(), QList<int>{457});
        QVERIFY(commands->runAgainAction()->isEnabled());
    }
    void runAgainNeedsAnAgentAndScenarios()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        standin::SimulationSpec spec;
        spec.name = u"No agent"_qs;
        const int noAgent = m_server->addSimulation(spec);
        spec.name = u"Empty"_qs;
        spec.agentId = 1234;
        spec.scenarios = 0;
        const int noScenarios = m_server->addSimulation(spec);
        for (int id : {noAgent, noScenarios})
            rig.session.watch(id);
        for (int id : {noAgent, noScenarios}) {
            QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(id).data(SimulationModel::HasDataRole).toBool(), 20000);
            window.selectSimulation(id);
            QVERIFY(!commands->runAgainAction()->isEnabled());
            QCOMPARE(commands->runAgainAction()->toolTip(), u"Needs a run whose agent and scenarios the server has sent"_qs);
        }
    }
    void startAndRunAgainThroughTheirDialogs()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        window.resize(1280, 720);
        window.show();
        rig.session.watch(457);
        rig.session.watch(458);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(457).data(SimulationModel::HasDataRole).toBool(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(458).data(SimulationModel::HasDataRole).toBool(), 20000);

        // Start: a question naming the run and its calls; its button starts.
        window.selectSimulation(458);
        QString asked;
        whenModal([&asked](QWidget *box) {
            asked = static_cast<QMessageBox *>(box)->text();
            saveShot(box, u"start-question.png"_qs);
            QPushButton *go = buttonWithText(box, u"Start simulation"_qs);
            QVERIFY(go);
            go->click();
        });
        QSignalSpy started(commands, &SimulationCommands::startFinished);
        commands->startAction()->trigger();
        QVERIFY(started.wait(20000));
        QVERIFY(asked.startsWith(u"Start simulation \u201cOnboarding Flow\u201d? "_qs));
        QVERIFY(started.at(0).at(2).toBool());

        // Run again: the new name offered and editable; an emptied name cannot go ahead.
        window.selectSimulation(457);
        QString offered;
        bool emptyRefused = false;
        whenModal([&](QWidget *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(u"runAgainName"_qs);
            QVERIFY(name);
            offered = name->text();
            QPushButton *go = buttonWithText(dialog, u"Create and start"_qs);
            QVERIFY(go);
            saveShot(dialog, u"run-again-question.png"_qs);
            name->clear();
            emptyRefused = !go->isEnabled();
            name->setText(u"Billing Escalations, new prompt"_qs);
            go->click();
        });
        QSignalSpy finished(commands, &SimulationCommands::runAgainFinished);
        commands->runAgainAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(offered, u"Billing Escalations (run 2)"_qs);
        QVERIFY(emptyRefused);
        const int newId = finished.at(0).at(1).toInt();
        QVERIFY(finished.at(0).at(3).toBool());
        QCOMPARE(window.selectedSimulationId(), newId);
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOfSimulation(newId).data(SimulationModel::NameRole).toString(),
                                  u"Billing Escalations, new prompt"_qs, 20000);
        saveShot(&window, u"run-again-window.png"_qs);
        for (QAction *action : window.menuBar()->actions()) {
            if (action->menu() && action->text() == u"&Simulation"_qs)
                saveShot(action->menu(), u"simulation-menu.png"_qs);
        }
    }
    void enhanceDialogCopiesSuggestedPrompt()
    {
        WindowRig rig(m_server->baseUrl());
        MainWindow &window = rig.window;
        SimulationModel &model = *window.model();
        SimulationCommands *commands = window.simulationCommands();
        rig.session.watch(457);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfSimulation(457).data(SimulationModel::HasDataRole).toBool(), 20000);
        window.selectSimulation(457);
        QSignalSpy enhanced(commands, &SimulationCommands::enhanceFinished);
        commands->enhancePrompt();
        QVERIFY(enhanced.wait(20000));
        PromptDiffView *view = commands->promptDiffView();
        QVERIFY(view);
        // Words in the headings; the API's names only in the tooltips.
        QCOMPARE(view->beforeHeading()->text(), u"Current prompt"_qs);
        QCOMPARE(view->afterHeading()->text(), u"Suggested prompt"_qs);
        QVERIFY(view->beforeHeading()->toolTip().contains(u"previous_context"_qs));
        QVERIFY(view->afterHeading()->toolTip().contains(u"prompt_breakdown"_qs));

        const EnhanceOutcome outcome = enhance(457);
        const QString expected = promptText(outcome.promptBreakdown);
        QVERIFY(expected.startsWith(outcome.promptBreakdown.first().title + u'\n' + outcome.promptBreakdown.first().prompt.trimmed()));
        QVERIFY(expected.contains(u"\n\nHandling Frustrated Customers\n"_qs));
        QGuiApplication::clipboard()->clear();
        QVERIFY(view->copyButton()->isEnabled());
        QTest::mouseClick(view->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QCOMPARE(view->copyButton()->text(), u"Copied"_qs);
        saveShot(view, u"prompt-diff-copied.png"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(view->copyButton()->text(), u"&Copy suggested prompt"_qs, 5000);
        view->close();
    }
    void promptTextJoinsSections()
    {
        QCOMPARE(promptText({{u"Tone"_qs, u" Be kind. "_qs}, {QString(), u"No title"_qs}, {u"Rules"_qs, u"a\nb"_qs}}),
                 u"Tone\nBe kind.\n\nNo title\n\nRules\na\nb"_qs);
        QCOMPARE(promptText({}), QString());
    }
};

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
