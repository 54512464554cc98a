// simwatch-bench: measures the update path, the idle cost, the start-up time and the memory of
// SimWatch, through the code the app runs (ApiClient -> Watcher -> parse -> SimulationModel ->
// MainWindow, offscreen), and prints one table per measurement. See docs/benchmarks.md.
//
//   simwatch-bench [--sizes 0,100,1000,10000] [--runs N] [--idle-seconds N] [--only LIST] [--quick]
//
// Internal modes (the bench starts itself as a child process for these):
//   --serve-standin N F  the stand-in server with N running simulations at clock speed F (0: frozen)
//   --history-child URL SECONDS 0|1   PSS after watching 10 runs for SECONDS, without / with history
//   --startup-child      the app's demo start-up, printing a mark once the first simulation is shown
//   --memory-child N     resident memory before and after loading N recordings

#include "api/apiclient.h"
#include "history/history.h"
#include "appsettings.h"
#include "bodyserver.h"
#include "domain/parse.h"
#include "benchsupport.h"
#include "launcher.h"
#include "mainwindow.h"
#include "session.h"
#include "model/simulationmodel.h"
#include "payload.h"
#include "recordingspanel.h"
#include "simulationheader.h"
#include "standinserver.h"
#include "standinthread.h"
#include "watch/watcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>

#include <malloc.h>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace simwatch;
using namespace simwatch::bench;
using namespace std::chrono_literals;

namespace {

constexpr int BenchSimulationId = 4242;
constexpr int IdleFirstId = 900;
const char StartupMark[] = "simwatch-startup-mark first-simulation-shown";

int g_failures = 0; // measurements that could not be made: the exit status tells CI

void fail(const QString &text)
{
    ++g_failures;
    std::fprintf(stdout, "  FAILED: %s\n", qPrintable(text));
    std::fflush(stdout);
}

// The offscreen platform's and QStandardPaths' chatter is not news; everything else is shown.
QtMessageHandler g_defaultHandler = nullptr;
void messageFilter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")) || message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    g_defaultHandler(type, context, message);
}

void out(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString ms(double value)
{
    if (value < 0)
        return QStringLiteral("-");
    return value < 10 ? QString::number(value, 'f', 2) : QString::number(value, 'f', 1);
}

QString bytes(qint64 n)
{
    if (n < 10 * 1024)
        return QStringLiteral("%1 B").arg(n);
    if (n < 10 * 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(double(n) / 1024, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(n) / (1024 * 1024), 0, 'f', 2);
}

QString pad(const QString &text, int width)
{
    return width < 0 ? text.rightJustified(-width) : text.leftJustified(width);
}

// Runs the event loop for `duration`.
void runFor(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done()` or the timeout; false on timeout.
bool runUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout = 60s)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeout.count())
            return false;
        QEventLoop loop;
        QTimer::singleShot(2ms, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// The floor for any Qt client: QJsonDocument::fromJson of the body bytes, and freeing the
// document again (a client that polls pays both on every parse). Small bodies are parsed
// repeatedly so that the clock's resolution does not matter.
struct Baseline
{
    double totalMs = 0;   // fromJson + ~QJsonDocument: the baseline of the ratios
    double parseMs = 0;   // the fromJson call alone
};

Baseline fromJsonMs(const QByteArray &body, int runs)
{
    QList<double> totals;
    QList<double> parses;
    for (int run = 0; run < runs; ++run) {
        int repeats = 0;
        qint64 parsing = 0;
        QElapsedTimer clock;
        clock.start();
        do {
            const qint64 start = clock.nsecsElapsed();
            auto document = std::make_unique<QJsonDocument>(QJsonDocument::fromJson(body));
            parsing += clock.nsecsElapsed() - start;
            if (document->isNull())
                qFatal("benchmark body is not JSON");
            document.reset();
            ++repeats;
        } while (clock.nsecsElapsed() < 20'000'000);
        totals.append(double(clock.nsecsElapsed()) / 1e6 / repeats);
        parses.append(double(parsing) / 1e6 / repeats);
    }
    return {median(totals), median(parses)};
}

QElapsedTimer g_sinceMain;
void trace(const char *what)
{
    if (qEnvironmentVariableIsSet("BENCH_STARTUP_TRACE"))
        std::fprintf(stderr, "trace %7.2f ms %s\n", double(g_sinceMain.nsecsElapsed()) / 1e6, what);
}

// ---------------------------------------------------------------------------------------------
// The app's objects, wired as in app/main.cpp (Session + MainWindow), against any server.

struct App
{
    Session session;
    QNetworkAccessManager &network = session.network();
    ApiClient &client = session.client();
    Watcher &watcher = session.watcher();
    AppSettings &settings = session.settings();
    std::unique_ptr<MainWindow> window;
    SimulationModel *model = nullptr; // the window's

    // `watchFirst`: simulations watched before the window is built, as main.cpp does.
    App(const QUrl &baseUrl, const QString &key, int intervalSeconds, bool autoPoll, const QList<int> &watchFirst = {})
    {
        settings.setBaseUrl(baseUrl);
        settings.setApiKey(key);
        settings.setIntervalSeconds(intervalSeconds);
        session.applySettings();
        watcher.setAutoPoll(autoPoll);
        trace("core objects");
        for (int id : watchFirst)
            watcher.watch(id);
        if (!watchFirst.isEmpty()) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall); // the requests go out, as in main.cpp
            trace("watching");
        }
        window = std::make_unique<MainWindow>(session);
        model = window->model();
        trace("window created");
        window->show();
        trace("window shown");
    }
};

// One measured fetch through the real path: `action` starts it (watch / refresh); the result is
// complete when Watcher::fetched has been emitted and the window has no more work queued (two
// consecutive zero-timer checks saw no posted call, timer, layout, update or paint event).
struct Measurement
{
    double transferMs = 0;   // action -> last reply byte (QNetworkAccessManager::finished)
    double applyMs = 0;      // last reply byte -> model updated, views laid out and painted
    double fetchedMs = 0;    // last reply byte -> Watcher::fetched (parse, model, views' slots)
    double stallMs = 0;      // longest time the UI thread did not return to its event loop
    double uiCpuMs = 0;      // CPU time of the UI thread from the last reply byte to settled
    int modelSignals = 0;
    int rowsTouched = 0;
    QString signalDetails;
    bool ok = false;
    bool changed = false;
    QString error;
};

class PathMeter
{
public:
    explicit PathMeter(App *app)
        : m_app(app)
        , m_counter(app->model)
    {
        m_work.ignore(m_probe.timerObject());
    }

    Measurement measure(const std::function<void()> &action)
    {
        Measurement m;
        m_counter.reset();
        QEventLoop loop;
        QElapsedTimer clock;
        qint64 tReply = -1;
        qint64 tFetched = -1;
        qint64 tDone = -1;
        quint64 lastWork = 0;
        int quietChecks = 0;
        QTimer check;
        check.setInterval(0);
        m_work.ignore(&check);

        double cpuAtReply = 0;
        QObject::connect(&m_app->network, &QNetworkAccessManager::finished, &loop, [&] {
            tReply = clock.nsecsElapsed();
            cpuAtReply = threadCpuMs();
        });
        QObject::connect(&m_app->watcher, &Watcher::fetched, &loop,
                         [&](int, bool changed, const ApiError &error) {
                             tFetched = tDone = clock.nsecsElapsed();
                             m.ok = !error.isError();
                             m.changed = changed;
                             m.error = error.message;
                             lastWork = m_work.count();
                             check.start();
                         });
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            const quint64 work = m_work.count();
            if (work != lastWork) {
                lastWork = work;
                tDone = clock.nsecsElapsed();
                quietChecks = 0;
            } else if (++quietChecks >= 2) {
                m.uiCpuMs = threadCpuMs() - cpuAtReply;
                loop.quit();
            }
        });
        QTimer::singleShot(120s, &loop, [&] { m.error = QStringLiteral("timeout"); loop.quit(); });
        QTimer::singleShot(0, &loop, [&] {
            m_probe.start();
            clock.start();
            action();
        });
        loop.exec();
        m.stallMs = m_probe.stopMs();
        m_work.unignore(&check);
        m.transferMs = double(tReply) / 1e6;
        m.applyMs = double(tDone - tReply) / 1e6;
        m.fetchedMs = double(tFetched - tReply) / 1e6;
        m.modelSignals = m_counter.signalCount();
        m.rowsTouched = m_counter.rowsTouched();
        m.signalDetails = m_counter.details();
        return m;
    }

private:
    App *m_app;
    ModelSignalCounter m_counter;
    StallProbe m_probe;
    WorkCounter m_work;
};

// ---------------------------------------------------------------------------------------------
// 1-4: baseline, unchanged poll, small change, first load.

struct CaseResult
{
    QString name;
    double baselineMs = 0;
    double parseOnlyMs = 0; // baseline rows: the fromJson call without the free
    QList<Measurement> runs;

    double apply() const
    {
        QList<double> v;
        for (const Measurement &m : runs)
            v.append(m.applyMs);
        return median(v);
    }
    double transfer() const
    {
        QList<double> v;
        for (const Measurement &m : runs)
            v.append(m.transferMs);
        return median(v);
    }
    double fetched() const
    {
        QList<double> v;
        for (const Measurement &m : runs)
            v.append(m.fetchedMs);
        return median(v);
    }
    double uiCpu() const
    {
        QList<double> v;
        for (const Measurement &m : runs)
            v.append(m.uiCpuMs);
        return median(v);
    }
    double worstStall() const
    {
        double worst = 0;
        for (const Measurement &m : runs)
            worst = std::max(worst, m.stallMs);
        return worst;
    }
    bool allOk() const
    {
        for (const Measurement &m : runs) {
            if (!m.ok)
                return false;
        }
        return !runs.isEmpty();
    }
};

void printUpdateHeader()
{
    out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10")
            .arg(pad(QStringLiteral("recordings"), -10), pad(QStringLiteral("body"), -10),
                 pad(QStringLiteral("case"), -14), pad(QStringLiteral("time ms"), -9),
                 pad(QStringLiteral("x base"), -7), pad(QStringLiteral("(core)"), -8) + QLatin1Char(' ')
                     + pad(QStringLiteral("ui cpu"), -8) + QLatin1Char(' ') + pad(QStringLiteral("transfer"), -9),
                 pad(QStringLiteral("stall ms"), -9), pad(QStringLiteral("signals"), -7),
                 pad(QStringLiteral("rows"), -6), QStringLiteral("signals emitted")));
}

void printCase(int recordings, qint64 bodySize, const CaseResult &c)
{
    const bool isBaseline = c.runs.isEmpty();
    const double time = isBaseline ? c.baselineMs : c.apply();
    const Measurement *last = isBaseline ? nullptr : &c.runs.constLast();
    QString details = last ? last->signalDetails
                           : QStringLiteral("fromJson %1 + freeing the document %2")
                                 .arg(ms(c.parseOnlyMs), ms(c.baselineMs - c.parseOnlyMs));
    if (!isBaseline && !c.allOk()) {
        details = QStringLiteral("FAILED: ") + last->error;
        ++g_failures;
    }
    out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10")
            .arg(pad(QString::number(recordings), -10), pad(bytes(bodySize), -10), pad(c.name, -14),
                 pad(ms(time), -9),
                 pad(isBaseline ? QStringLiteral("1.00") : QString::number(time / c.baselineMs, 'f', 2), -7),
                 pad(isBaseline ? QStringLiteral("-") : ms(c.fetched()), -8) + QLatin1Char(' ')
                     + pad(isBaseline ? QStringLiteral("-") : ms(c.uiCpu()), -8) + QLatin1Char(' ')
                     + pad(isBaseline ? QStringLiteral("-") : ms(c.transfer()), -9),
                 pad(isBaseline ? QStringLiteral("-") : ms(c.worstStall()), -9),
                 pad(last ? QString::number(last->modelSignals) : QStringLiteral("-"), -7),
                 pad(last ? QString::number(last->rowsTouched) : QStringLiteral("-"), -6), details));
}

// A word typed into the transcript search: every call's transcript is read (from the call's JSON
// text, Recording::conversation) and the calls view shows the matches. Timed from the word and
// Enter to the view laid out and painted; then the search is cleared (not timed).
void runSearch(App &app, int recordings, int runs)
{
    auto *field = app.window->findChild<QLineEdit *>(QStringLiteral("transcriptSearch"));
    QTreeView *view = app.window->recordingsPanel()->view();
    if (!field) {
        fail(QStringLiteral("no transcript search field"));
        return;
    }
    const QString word = QStringLiteral("manager");
    QList<double> times;
    int shown = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        field->setText(word);
        // Enter: a large simulation would otherwise be searched only when typing pauses.
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(field, &enter);
        QCoreApplication::processEvents(); // layout and paint of the filtered view
        times.append(double(clock.nsecsElapsed()) / 1e6);
        shown = view->model()->rowCount(view->rootIndex());
        field->clear();
        runFor(100ms);
    }
    out(QStringLiteral("%1 %2 %3 %4  \"%5\" in the transcripts: %6 of %7 calls shown")
            .arg(pad(QString::number(recordings), -10), pad(QString(), -10), pad(QStringLiteral("search"), -14),
                 pad(ms(median(times)), -9), word).arg(shown).arg(recordings));
}

// The parse alone (not one of the cases): parse::simulationResponse of the same bodies,
// the result freed in the time. Best of the runs (at least 25): the parser's own cost, which a
// busy machine moves far less than it moves the end-to-end medians above (docs/benchmarks.md,
// "Parsing on simdjson").
void runParse(int recordings, const QByteArray &bodyA, const QByteArray &bodyB, int runs)
{
    const parse::SimulationResult first = parse::simulationResponse(bodyA);
    if (!first.simulation) {
        fail(QStringLiteral("the benchmark body does not parse"));
        return;
    }
    const QList<Recording> previous = first.simulation->recordings;
    const auto best = [runs](const std::function<void()> &parseOnce) {
        double fastest = 0;
        for (int run = 0; run < std::max(runs, 25); ++run) {
            QElapsedTimer clock;
            clock.start();
            parseOnce();
            const double elapsed = double(clock.nsecsElapsed()) / 1e6;
            fastest = run == 0 ? elapsed : std::min(fastest, elapsed);
        }
        return fastest;
    };
    const auto row = [recordings](qint64 size, const char *name, double time, const QString &what) {
        out(QStringLiteral("%1 %2 %3 %4  %5")
                .arg(pad(QString::number(recordings), -10), pad(bytes(size), -10),
                     pad(QLatin1String(name), -14), pad(ms(time), -9), what));
    };
    row(bodyA.size(), "parse: first", best([&] { parse::simulationResponse(bodyA); }),
        QStringLiteral("parse alone, best of the runs: no previous calls"));
    row(bodyB.size(), "parse: small", best([&] { parse::simulationResponse(bodyB, previous); }),
        QStringLiteral("one more call, the previous calls given"));
    row(bodyA.size(), "parse: same", best([&] { parse::simulationResponse(bodyA, previous); }),
        QStringLiteral("the same body, the previous calls given (the Watcher skips this by digest)"));
}

void runUpdatePath(const QList<int> &sizes, int runs, const QStringList &cases)
{
    const auto wanted = [&cases](const char *name) { return cases.isEmpty() || cases.contains(QLatin1String(name)); };
    out(QStringLiteral("\n== Update path (median of %1 runs; time = last reply byte -> model, views and paint "
                       "settled; stall = worst of the runs) ==").arg(runs));
    printUpdateHeader();
    for (const int n : sizes) {
        const QByteArray bodyA = simulationBody({BenchSimulationId, n, false});
        const QByteArray bodyB = simulationBody({BenchSimulationId, n, true});

        const Baseline floorA = fromJsonMs(bodyA, runs);
        const Baseline floorB = fromJsonMs(bodyB, runs);
        CaseResult baseline{QStringLiteral("baseline"), floorA.totalMs, floorA.parseMs, {}};
        const double baselineB = floorB.totalMs;

        BodyServer server;
        if (server.start() == 0)
            qFatal("cannot listen on loopback");
        server.setBody(bodyA);
        App app(server.baseUrl(), standin::StandinServer::defaultApiKey(), 3, false);
        if (bodyB.size() > ApiClient::DefaultMaxBodyBytes) {
            // Noted in the output: the app as shipped would refuse this body as too large.
            app.client.setMaxBodyBytes(bodyB.size() * 2);
            out(QStringLiteral("  note: %1 recordings = %2, above ApiClient's %3 cap; raised for the benchmark")
                    .arg(n).arg(bytes(bodyB.size()), bytes(ApiClient::DefaultMaxBodyBytes)));
        }
        runFor(300ms); // the window's first layout and paint
        PathMeter meter(&app);

        CaseResult firstLoad{QStringLiteral("first load"), baseline.baselineMs, 0, {}};
        for (int run = 0; run < (wanted("first") ? runs : 1); ++run) {
            if (app.model->indexOfSimulation(BenchSimulationId).isValid()) {
                app.watcher.unwatch(BenchSimulationId);
                runFor(50ms);
            }
            firstLoad.runs.append(meter.measure([&] { app.watcher.watch(BenchSimulationId); }));
        }

        CaseResult unchanged{QStringLiteral("unchanged"), baseline.baselineMs, 0, {}};
        for (int run = 0; run < (wanted("unchanged") ? runs : 0); ++run)
            unchanged.runs.append(meter.measure([&] { app.watcher.refresh(BenchSimulationId); }));

        CaseResult small{QStringLiteral("small change"), baselineB, 0, {}};
        for (int run = 0; run < (wanted("small") ? runs : 0); ++run) {
            server.setBody(bodyB);
            small.runs.append(meter.measure([&] { app.watcher.refresh(BenchSimulationId); }));
            server.setBody(bodyA); // back to the previous state, not measured
            meter.measure([&] { app.watcher.refresh(BenchSimulationId); });
        }

        printCase(n, bodyA.size(), baseline);
        if (wanted("unchanged"))
            printCase(n, bodyA.size(), unchanged);
        if (wanted("small"))
            printCase(n, bodyB.size(), small);
        if (wanted("first"))
            printCase(n, bodyA.size(), firstLoad);
        if (wanted("search"))
            runSearch(app, n, runs);
        if (wanted("parse"))
            runParse(n, bodyA, bodyB, runs);
    }
}

// ---------------------------------------------------------------------------------------------
// Idle: N frozen simulations polled every second by the real window, the stand-in in another
// process. CPU of this process per wall second; paint events after the first screen settled.

int serveStandin(int simulations, double speed)
{
    standin::StandinServer server;
    server.setSpeed(speed); // 0 (the idle section): a frozen clock, every poll gets the same bytes
    for (int i = 0; i < simulations; ++i) {
        standin::SimulationSpec spec;
        spec.id = IdleFirstId + i;
        spec.name = QStringLiteral("Idle run %1").arg(i + 1);
        spec.agentId = 1234;
        spec.agentName = QStringLiteral("Customer Support Agent");
        spec.scenarios = 20;
        spec.callsPerScenario = 3;
        spec.durationSeconds = 600;
        server.addSimulation(spec);
    }
    server.advance(300); // half way: In Progress, about 30 calls finished each
    if (server.listen() == 0)
        return 2;
    out(QStringLiteral("listening ") + server.baseUrl().toString());
    return QCoreApplication::exec();
}

// The floor of any Qt client: a bare QNetworkAccessManager with the app's headers that reads each
// body and drops it. It polls the same simulations on a beat (while switched on), or one of them
// back to back.
class BareClient
{
public:
    BareClient(const QUrl &baseUrl, const QList<int> &ids, const QString &apiKey)
        : m_baseUrl(baseUrl), m_ids(ids), m_apiKey(apiKey)
    {
        QObject::connect(&m_beat, &QTimer::timeout, &m_network, [this] {
            for (int id : std::as_const(m_ids))
                fetch(id, {});
        });
    }

    void setPolling(std::optional<std::chrono::milliseconds> interval)
    {
        if (interval)
            m_beat.start(*interval);
        else
            m_beat.stop();
    }
    int polls() const { return m_done; }

    double backToBackCpuPerPollMs(int polls)
    {
        const int start = m_done;
        std::function<void()> next = [&] {
            if (m_done - start < polls)
                fetch(m_ids.first(), next);
        };
        const double cpu0 = processCpuSeconds();
        next();
        if (!runUntil([&] { return m_done - start >= polls; }, 60s))
            return -1;
        return (processCpuSeconds() - cpu0) / polls * 1e3;
    }

private:
    void fetch(int id, std::function<void()> then)
    {
        QNetworkRequest request(QUrl(m_baseUrl.toString() + QStringLiteral("/simulations/%1").arg(id)));
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, then = std::move(then)] {
            reply->readAll();
            reply->deleteLater();
            ++m_done;
            if (then)
                then();
        });
    }

    QNetworkAccessManager m_network;
    QTimer m_beat;
    QUrl m_baseUrl;
    QList<int> m_ids;
    QString m_apiKey;
    int m_done = 0;
};

// CPU share of one core, polls and context switches over one measuring window.
struct IdleWindow
{
    double cpuShare = 0;
    int polls = 0;
    double switchesPerPoll = 0;
};

IdleWindow measureWindow(std::chrono::milliseconds length, const std::function<int()> &polls)
{
    const double cpu0 = processCpuSeconds();
    const qint64 switches0 = processContextSwitches();
    const int polls0 = polls();
    QElapsedTimer wall;
    wall.start();
    runFor(length);
    IdleWindow window;
    window.cpuShare = (processCpuSeconds() - cpu0) / (double(wall.nsecsElapsed()) / 1e9);
    window.polls = polls() - polls0;
    window.switchesPerPoll = double(processContextSwitches() - switches0) / std::max(1, window.polls);
    return window;
}

QString percentRange(const QList<double> &shares)
{
    const auto [low, high] = std::minmax_element(shares.cbegin(), shares.cend());
    return QStringLiteral("%1% (%2–%3%)").arg(100 * median(shares), 0, 'f', 3).arg(100 * *low, 0, 'f', 3)
        .arg(100 * *high, 0, 'f', 3);
}

// The stand-in with `simulations` running simulations in a process of its own (so that serving
// costs the measured process nothing); its base URL, invalid (and a failure noted) if it did not
// start.
QUrl startStandinProcess(QProcess &standin, int simulations, double speed)
{
    standin.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    standin.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--serve-standin"), QString::number(simulations), QString::number(speed)});
    QUrl baseUrl;
    if (!standin.waitForStarted() || !runUntil([&] {
            while (standin.canReadLine()) {
                const QByteArray line = standin.readLine().trimmed();
                if (line.startsWith("listening "))
                    baseUrl = QUrl(QString::fromUtf8(line.mid(10)));
            }
            return baseUrl.isValid();
        }, 20s)) {
        fail(QStringLiteral("the stand-in did not start"));
    }
    return baseUrl;
}

void runIdle(int simulations, int seconds, int intervalSeconds)
{
    out(QStringLiteral("\n== Idle: %1 simulations watched at a %2 s interval, nothing changing, %3 s ==")
            .arg(simulations).arg(intervalSeconds).arg(seconds));
    QProcess standin;
    const QUrl baseUrl = startStandinProcess(standin, simulations, 0);
    if (!baseUrl.isValid())
        return;

    // What waking up costs here: an idle program pays it for every thread wake-up, however
    // little it then does. On a virtual machine it is far from zero.
    const int wakes = std::clamp(seconds / 4, 3, 10);
    out(QStringLiteral("  this machine: a thread that sleeps %1 s and wakes to do nothing is charged %2 ms CPU per wake-up")
            .arg(intervalSeconds).arg(emptyWakeCpuMs(std::chrono::seconds(intervalSeconds), wakes), 0, 'f', 3));
    QList<int> ids;
    for (int i = 0; i < simulations; ++i)
        ids.append(IdleFirstId + i);
    BareClient bare(baseUrl, ids, standin::StandinServer::defaultApiKey());

    App app(baseUrl, standin::StandinServer::defaultApiKey(), intervalSeconds, true);
    if (qEnvironmentVariableIsSet("BENCH_IDLE_NO_WINDOW")) // analysis: the core alone
        app.window.reset();
    ModelSignalCounter signalCounter(app.model);
    int fetches = 0;
    int failures = 0;
    QObject::connect(&app.watcher, &Watcher::fetched, &app.watcher, [&](int, bool, const ApiError &error) {
        ++fetches;
        if (error.isError())
            ++failures;
    });
    for (int i = 0; i < simulations; ++i)
        app.watcher.watch(IdleFirstId + i);
    if (app.window)
        app.window->selectSimulation(IdleFirstId);
    const bool loaded = runUntil([&] {
        for (int i = 0; i < simulations; ++i) {
            if (!app.model->indexOfSimulation(IdleFirstId + i).data(SimulationModel::HasDataRole).toBool())
                return false;
        }
        return true;
    }, 30s);
    if (!loaded) {
        fail(QStringLiteral("not every simulation loaded"));
        return;
    }
    PaintCounter paints;
    if (qEnvironmentVariableIsSet("BENCH_DEBUG_PAINTS"))
        paints.setEnabled(true);
    runFor(2500ms); // the first screen settles (and the clock has ticked)
    if (qEnvironmentVariableIsSet("BENCH_DEBUG_PAINTS"))
        out(QStringLiteral("  debug: paints while settling: %1").arg(paints.total()));
    paints.reset();
    signalCounter.reset();
    fetches = 0;
    failures = 0;

    // The app and the bare client take turns, so that both see the machine in the same state
    // (its background load moves the figures by a factor of 2 or 3 within minutes). Each turn
    // starts after one interval of polling, and the app's paint events are counted in its turns.
    const std::chrono::milliseconds interval = std::chrono::seconds(intervalSeconds);
    const int rounds = std::clamp(seconds / 10, 1, 6);
    const auto turn = std::chrono::milliseconds(seconds * 1000 / rounds);
    QList<double> appShares, bareShares, ratios, appSwitches, bareSwitches;
    double measuredSeconds = 0;
    int measuredPolls = 0;
    app.watcher.setInterval(1h); // the app's polls wait while the bare client has its turn
    runFor(interval + 500ms);
    for (int round = 0; round < rounds; ++round) {
        bare.setPolling(interval);
        runFor(interval + 500ms);
        const IdleWindow floor = measureWindow(turn, [&] { return bare.polls(); });
        bare.setPolling(std::nullopt);
        app.watcher.setInterval(interval);
        runFor(interval + 500ms);
        paints.setEnabled(true);
        const IdleWindow mine = measureWindow(turn, [&] { return fetches; });
        paints.setEnabled(false);
        app.watcher.setInterval(1h);
        runFor(500ms);
        appShares.append(mine.cpuShare);
        bareShares.append(floor.cpuShare);
        ratios.append(mine.cpuShare / floor.cpuShare);
        appSwitches.append(mine.switchesPerPoll);
        bareSwitches.append(floor.switchesPerPoll);
        measuredSeconds += double(turn.count()) / 1e3;
        measuredPolls += mine.polls;
    }
    const double pollsPerSecond = measuredPolls / measuredSeconds;

    out(QStringLiteral("  %1 turns of %2 s each, alternating; medians (lowest–highest):")
            .arg(rounds).arg(double(turn.count()) / 1e3, 0, 'f', 1));
    out(QStringLiteral("  app process CPU:       %1 of one core (target < 0.5%)").arg(percentRange(appShares)));
    out(QStringLiteral("  bare client (floor):   %1 of one core").arg(percentRange(bareShares)));
    out(QStringLiteral("  app / floor:           %1x (%2–%3x)").arg(median(ratios), 0, 'f', 2)
            .arg(*std::min_element(ratios.cbegin(), ratios.cend()), 0, 'f', 2)
            .arg(*std::max_element(ratios.cbegin(), ratios.cend()), 0, 'f', 2));
    out(QStringLiteral("  app polls:             %1 in its turns (%2 failed in all), %3 per s, %4 context switches per poll "
                       "(bare client: %5); model signals: %6")
            .arg(measuredPolls).arg(failures).arg(pollsPerSecond, 0, 'f', 1).arg(median(appSwitches), 0, 'f', 1)
            .arg(median(bareSwitches), 0, 'f', 1).arg(signalCounter.details()));
    out(QStringLiteral("  paint events in the app's turns: %1").arg(paints.total()));
    const auto counts = paints.counts();
    QStringList names = counts.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return counts.value(a).events > counts.value(b).events;
    });
    for (const QString &name : std::as_const(names)) {
        const PaintCounter::Entry entry = counts.value(name);
        out(QStringLiteral("    %1 %2 events, %3 px per event")
                .arg(pad(name, 52)).arg(entry.events, 4).arg(entry.pixels / std::max(1, entry.events)));
    }

    // The same polls back to back: CPU per unchanged poll, less sensitive to the machine's
    // background than a per-second figure (idle cost = this x polls per second).
    runFor(1000ms); // polls in flight finish; the next ones are an hour away
    constexpr int BackToBack = 300;
    const double bareCpuPerPoll = bare.backToBackCpuPerPollMs(BackToBack);
    int done = 0;
    const QMetaObject::Connection next = QObject::connect(&app.watcher, &Watcher::fetched, &app.watcher, [&](int id) {
        if (id == IdleFirstId && ++done < BackToBack)
            QMetaObject::invokeMethod(&app.watcher, [&app] { app.watcher.refresh(IdleFirstId); }, Qt::QueuedConnection);
    });
    const double loopCpu0 = processCpuSeconds();
    const double loopStandin0 = processCpuSeconds(standin.processId());
    QElapsedTimer loopWall;
    loopWall.start();
    app.watcher.refresh(IdleFirstId);
    if (runUntil([&] { return done >= BackToBack; }, 60s)) {
        const double perPoll = (processCpuSeconds() - loopCpu0) / BackToBack * 1e3;
        out(QStringLiteral("  CPU per unchanged poll back to back: %1 ms in this process (%2 polls in %3 s; "
                           "stand-in %4 ms), bare client %5 ms = %6x")
                .arg(perPoll, 0, 'f', 3).arg(BackToBack).arg(double(loopWall.elapsed()) / 1e3, 0, 'f', 1)
                .arg((processCpuSeconds(standin.processId()) - loopStandin0) / BackToBack * 1e3, 0, 'f', 3)
                .arg(bareCpuPerPoll, 0, 'f', 3).arg(perPoll / bareCpuPerPoll, 0, 'f', 2));
    } else {
        fail(QStringLiteral("back-to-back polls did not finish"));
    }
    QObject::disconnect(next);

    for (int i = 0; i < simulations; ++i)
        app.watcher.unwatch(IdleFirstId + i);
    standin.kill();
    standin.waitForFinished();
}

// ---------------------------------------------------------------------------------------------
// Batched polling: 10 watched running simulations at the default interval, the first selected.
// Today's client (one GET per run per interval) and the batched one (one list request for the
// runs on its page, one GET for the selected run) take turns in the same process against the
// same stand-in, so both see the machine and the runs' progress in the same state.

// `speed` 2: each run finishes a call every 5 s or so, so most polls bring a changed run; 0: the
// runs are between calls, every poll brings the same bytes.
void runBatch(int rounds, double speed)
{
    constexpr int Simulations = 10;
    const int intervalSeconds = AppSettings::DefaultIntervalSeconds;
    out(QStringLiteral("\n== Batched polling: %1 running simulations watched at the default %2 s interval, %3 ==")
            .arg(Simulations).arg(intervalSeconds)
            .arg(speed > 0 ? QStringLiteral("calls finishing meanwhile") : QStringLiteral("between calls (nothing changes)")));
    QProcess standin;
    const QUrl baseUrl = startStandinProcess(standin, Simulations, speed);
    if (!baseUrl.isValid())
        return;
    App app(baseUrl, standin::StandinServer::defaultApiKey(), intervalSeconds, true);
    int requests = 0;
    int failures = 0;
    QObject::connect(&app.network, &QNetworkAccessManager::finished, &app.network, [&](QNetworkReply *reply) {
        ++requests;
        if (reply->error() != QNetworkReply::NoError)
            ++failures;
    });
    for (int i = 0; i < Simulations; ++i)
        app.watcher.watch(IdleFirstId + i);
    app.window->selectSimulation(IdleFirstId);
    SimulationStore &store = app.session.store();
    if (!runUntil([&] { return store.simulation(IdleFirstId + Simulations - 1) != nullptr; }, 30s)) {
        fail(QStringLiteral("not every simulation loaded"));
        return;
    }
    if (qEnvironmentVariableIsSet("BENCH_IDLE_NO_WINDOW")) // analysis: the core alone
        app.window.reset();
    const std::chrono::milliseconds interval = std::chrono::seconds(intervalSeconds);
    const auto turn = interval * 4;
    QList<double> perRunCpu, batchedCpu, ratios, perRunRequests, batchedRequests;
    SimulationList &list = app.session.simulationList();
    for (int round = 0; round < rounds; ++round) {
        for (bool batched : {false, true}) {
            app.watcher.setListSource(batched ? &list : nullptr);
            runFor(interval + 500ms); // the first beat in this mode has gone out
            const int requests0 = requests;
            const IdleWindow window = measureWindow(turn, [&] { return requests; });
            const double perInterval = double(requests - requests0) / (double(turn.count()) / double(interval.count()));
            (batched ? batchedCpu : perRunCpu).append(window.cpuShare);
            (batched ? batchedRequests : perRunRequests).append(perInterval);
        }
        ratios.append(batchedCpu.last() / perRunCpu.last());
    }
    app.watcher.setListSource(&list);
    out(QStringLiteral("  %1 rounds of two %2 s turns, alternating; medians (lowest–highest):")
            .arg(rounds).arg(double(turn.count()) / 1e3, 0, 'f', 0));
    out(QStringLiteral("  requests per interval: one GET per run %1, batched %2 (target ≤ 2)")
            .arg(median(perRunRequests), 0, 'f', 2).arg(median(batchedRequests), 0, 'f', 2));
    out(QStringLiteral("  process CPU:           one GET per run %1, batched %2 of one core")
            .arg(percentRange(perRunCpu), percentRange(batchedCpu)));
    out(QStringLiteral("  batched / one per run: %1x (%2–%3x) (target ≤ 0.3x); %4 failed requests")
            .arg(median(ratios), 0, 'f', 2)
            .arg(*std::min_element(ratios.cbegin(), ratios.cend()), 0, 'f', 2)
            .arg(*std::max_element(ratios.cbegin(), ratios.cend()), 0, 'f', 2).arg(failures));
    if (failures > 0)
        fail(QStringLiteral("batched polling: requests failed"));
    for (int i = 0; i < Simulations; ++i)
        app.watcher.unwatch(IdleFirstId + i);
    standin.kill();
    standin.waitForFinished();
}

// ---------------------------------------------------------------------------------------------
// Start-up: process start -> first simulation painted, against a bare QMainWindow.

// The app's demo start: the launcher's runGui(), the very code `simwatch --demo` runs, with a
// hook (kept here, out of the product) that prints a mark once the first simulation is shown.
int startupChild()
{
    trace("startup child");
    if (qEnvironmentVariableIsSet("BENCH_NOPROXY"))
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);

    // "Shown" = the header of the selected simulation is painted with the server's data.
    struct Mark : QObject
    {
        MainWindow *window = nullptr;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::UpdateRequest)
                trace("update request (paint) begins");
            if (event->type() != QEvent::Paint || !watched->isWidgetType())
                return false;
            auto *widget = static_cast<QWidget *>(watched);
            QWidget *header = window->header();
            if (widget != header && !header->isAncestorOf(widget))
                return false;
            if (!window->model()->indexOfSimulation(456).data(SimulationModel::HasDataRole).toBool())
                return false;
            QCoreApplication::instance()->removeEventFilter(this);
            trace("mark");
            out(QString::fromLatin1(StartupMark));
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            return false;
        }
    } mark;
    LaunchOptions options;
    options.demo = true;
    GuiHooks hooks;
    hooks.windowShown = [&mark](MainWindow &window, Session &session) {
        trace("window shown");
        QObject::connect(&session.network(), &QNetworkAccessManager::finished, &window, [] { trace("reply"); });
        mark.window = &window;
        QCoreApplication::instance()->installEventFilter(&mark);
        QTimer::singleShot(0, [] { trace("event loop running"); });
    };
    return runGui(options, hooks);
}

// Milliseconds from starting `program` to the mark on its stdout or stderr; -1 on failure.
double timeToMark(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                  const QByteArray &mark, std::chrono::milliseconds timeout)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray seen;
    double result = -1;
    while (clock.elapsed() < timeout.count()) {
        if (!process.waitForReadyRead(int(std::max<qint64>(1, timeout.count() - clock.elapsed()))))
            break;
        seen += process.readAll();
        if (seen.contains(mark)) {
            result = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    process.kill();
    process.waitForFinished();
    return result;
}

void runStartup(int runs)
{
    out(QStringLiteral("\n== Start-up: process start -> first simulation painted (demo server in-process), "
                       "median of %1 ==").arg(runs));
    const QString dir = QCoreApplication::applicationDirPath();
    QTemporaryDir home; // no stored settings or window geometry from earlier runs
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.remove(QStringLiteral("OMNIDIM_API_KEY"));

    // The app's own start-up code (app/launcher.cpp), run by this program with a mark hook.
    const QString program = QCoreApplication::applicationFilePath();
    const QStringList arguments{QStringLiteral("--startup-child")};
    const QString source = QStringLiteral("simwatch-bench --startup-child: the launcher's runGui() with --demo");
    timeToMark(program, arguments, env, StartupMark, 20s); // warm the page cache like the others
    const QString bare = dir + QStringLiteral("/simwatch-bench-bare");
    timeToMark(bare, {}, env, "bare-window-shown", 20s);

    QList<double> appTimes;
    QList<double> bareTimes;
    for (int run = 0; run < runs; ++run) {
        bareTimes.append(timeToMark(bare, {}, env, "bare-window-shown", 20s));
        appTimes.append(timeToMark(program, arguments, env, StartupMark, 20s));
    }
    if (appTimes.contains(-1) || bareTimes.contains(-1)) {
        fail(QStringLiteral("a start-up run showed no mark"));
        return;
    }
    const double appMs = median(appTimes);
    const double bareMs = median(bareTimes);
    out(QStringLiteral("  SimWatch:         %1 ms  (%2)").arg(ms(appMs), source));
    out(QStringLiteral("  bare Qt window:   %1 ms  (QApplication + QMainWindow with one Qt Charts pie, first paint)")
            .arg(ms(bareMs)));
    out(QStringLiteral("  ratio:            %1x (target <= 1.5x)").arg(appMs / bareMs, 0, 'f', 2));
}

// ---------------------------------------------------------------------------------------------
// Memory: resident memory with one simulation of N recordings loaded, in a fresh process.

int memoryChild(int recordings)
{
    qint64 bodySize = 0;
    BodyServer server;
    {
        const QByteArray body = simulationBody({BenchSimulationId, recordings, false});
        bodySize = body.size();
        server.setBody(body); // the server thread keeps the only copy
    }
    if (server.start() == 0)
        return 2;
    App app(server.baseUrl(), standin::StandinServer::defaultApiKey(), 3, false);
    if (bodySize > ApiClient::DefaultMaxBodyBytes)
        app.client.setMaxBodyBytes(bodySize * 2);
    if (qEnvironmentVariableIsSet("BENCH_MEMORY_NO_WINDOW")) // analysis: the model alone
        app.window.reset();
    runFor(500ms);
    const long before = residentKiB();
    bool fetched = false;
    QObject::connect(&app.watcher, &Watcher::fetched, &app.watcher, [&] { fetched = true; });
    app.watcher.watch(BenchSimulationId);
    if (!runUntil([&] { return fetched; }))
        return 3;
    runFor(500ms); // views laid out and painted, reply objects deleted
    const long after = residentKiB();
    if (qEnvironmentVariableIsSet("BENCH_MEMORY_UNLOAD")) { // analysis: what stays after unwatching
        app.watcher.unwatch(BenchSimulationId);
        runFor(500ms);
        std::fprintf(stderr, "after unwatch: %ld KiB\n", residentKiB());
    }
    out(QStringLiteral("memory before_kib=%1 after_kib=%2 body_bytes=%3 rows=%4")
            .arg(before).arg(after).arg(bodySize)
            .arg(app.model->rowCount(app.model->indexOfSimulation(BenchSimulationId))));
    return 0;
}

void runMemory(int recordings)
{
    out(QStringLiteral("\n== Memory: one simulation of %1 recordings loaded (fresh process, heap trimmed) ==")
            .arg(recordings));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--memory-child"), QString::number(recordings)});
    if (!child.waitForFinished(180'000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        fail(QStringLiteral("the measuring process failed"));
        return;
    }
    QHash<QString, qint64> values;
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    for (const QByteArray &field : fields) {
        const qsizetype eq = field.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromLatin1(field.left(eq)), field.mid(eq + 1).toLongLong());
    }
    const qint64 before = values.value(QStringLiteral("before_kib")) * 1024;
    const qint64 after = values.value(QStringLiteral("after_kib")) * 1024;
    const qint64 body = values.value(QStringLiteral("body_bytes"));
    const qint64 delta = after - before;
    out(QStringLiteral("  before loading:   %1").arg(bytes(before)));
    out(QStringLiteral("  after loading:    %1 (%2 rows in the model)").arg(bytes(after)).arg(values.value(QStringLiteral("rows"))));
    out(QStringLiteral("  growth:           %1 = %2 per recording = %3x the raw body (%4) (target <= 3x)")
            .arg(bytes(delta), bytes(delta / std::max(1, recordings)))
            .arg(double(delta) / double(std::max<qint64>(1, body)), 0, 'f', 2)
            .arg(bytes(body)));
}

// ---------------------------------------------------------------------------------------------
// History: proportional memory (PSS) of the window watching 10 running simulations at a 1 s
// interval for a while, with the history written and without, each in a fresh process.

long proportionalKiB()
{
    malloc_trim(0);
    QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : rollup.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

int historyChild(const QUrl &baseUrl, int seconds, bool withHistory)
{
    App app(baseUrl, standin::StandinServer::defaultApiKey(), 1, true);
    if (withHistory)
        app.session.enableHistory(true);
    for (int i = 0; i < 10; ++i)
        app.session.watch(IdleFirstId + i);
    app.window->selectSimulation(IdleFirstId);
    runFor(std::chrono::seconds(seconds));
    int samples = 0;
    if (history::History *history = app.session.history()) {
        history->flush();
        for (int i = 0; i < 10; ++i)
            samples += int(history->samples(IdleFirstId + i).size());
    }
    out(QStringLiteral("history pss_kib=%1 rss_kib=%2 samples=%3").arg(proportionalKiB()).arg(residentKiB()).arg(samples));
    return 0;
}

void runHistoryMemory(int seconds)
{
    out(QStringLiteral("\n== History: 10 running simulations watched at 1 s for %1 s, PSS (fresh processes) ==").arg(seconds));
    QProcess standin;
    const QUrl baseUrl = startStandinProcess(standin, 10, 4); // the runs move: samples are written
    if (!baseUrl.isValid())
        return;
    QHash<QString, qint64> results[2];
    for (int withHistory = 0; withHistory < 2; ++withHistory) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--history-child"), baseUrl.toString(), QString::number(seconds), QString::number(withHistory)});
        if (!child.waitForFinished(seconds * 1000 + 120'000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            fail(QStringLiteral("the measuring process failed"));
            return;
        }
        for (const QByteArray &field : child.readAllStandardOutput().trimmed().split(' ')) {
            const qsizetype eq = field.indexOf('=');
            if (eq > 0)
                results[withHistory].insert(QString::fromLatin1(field.left(eq)), field.mid(eq + 1).toLongLong());
        }
    }
    standin.kill();
    standin.waitForFinished();
    const qint64 without = results[0].value(QStringLiteral("pss_kib")) * 1024;
    const qint64 with = results[1].value(QStringLiteral("pss_kib")) * 1024;
    out(QStringLiteral("  without history:  PSS %1").arg(bytes(without)));
    out(QStringLiteral("  with history:     PSS %1 (%2 progress samples written; target <= 60 MB)")
            .arg(bytes(with)).arg(results[1].value(QStringLiteral("samples"))));
    out(QStringLiteral("  history's cost:   %1").arg(bytes(with - without)));
}

QList<int> parseSizes(const QString &text)
{
    QList<int> sizes;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 0 || n > 100000)
            qFatal("--sizes: \"%s\" is not a number of recordings (0..100000)", qPrintable(part));
        sizes.append(n);
    }
    return sizes;
}

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    g_defaultHandler = qInstallMessageHandler(messageFilter);
    // Everything runs offscreen (the numbers must not depend on a desktop being there).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    if (hasArgument(argc, argv, "--serve-standin")) {
        QCoreApplication app(argc, argv);
        return serveStandin(QCoreApplication::arguments().value(2).toInt(), QCoreApplication::arguments().value(3).toDouble());
    }

    QApplication app(argc, argv);
    trace("QApplication");
    if (hasArgument(argc, argv, "--history-child")) {
        const QStringList args = QCoreApplication::arguments();
        return historyChild(QUrl(args.value(2)), args.value(3).toInt(), args.value(4).toInt() != 0);
    }
    // Own settings scope: the bench never reads or writes the user's SimWatch settings.
    QCoreApplication::setOrganizationName(QStringLiteral("SimWatchBench"));
    QCoreApplication::setApplicationName(QStringLiteral("SimWatchBench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SimWatch benchmarks (docs/benchmarks.md)."));
    parser.addHelpOption();
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"), QStringLiteral("Recordings per simulation, comma-separated."),
                                      QStringLiteral("LIST"), QStringLiteral("0,100,1000,10000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per measurement (medians)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption idleOpt(QStringLiteral("idle-seconds"), QStringLiteral("Length of the idle measurement."),
                                     QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption idleIntervalOpt(QStringLiteral("idle-interval"),
                                             QStringLiteral("Poll interval of the idle measurement, in seconds."),
                                             QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption onlyOpt(QStringLiteral("only"),
                                     QStringLiteral("Sections to run: update,idle,batch,startup,memory,history (default all)."),
                                     QStringLiteral("LIST"));
    const QCommandLineOption casesOpt(QStringLiteral("cases"),
                                      QStringLiteral("Update-path cases to run: first,unchanged,small,search,parse (default all)."),
                                      QStringLiteral("LIST"));
    const QCommandLineOption quickOpt(QStringLiteral("quick"),
                                      QStringLiteral("Small sizes, few runs, short idle (CI: under a minute)."));
    const QCommandLineOption startupChildOpt(QStringLiteral("startup-child"), QStringLiteral("Internal."));
    const QCommandLineOption memoryChildOpt(QStringLiteral("memory-child"), QStringLiteral("Internal."),
                                            QStringLiteral("N"));
    parser.addOptions({sizesOpt, runsOpt, idleOpt, idleIntervalOpt, onlyOpt, casesOpt, quickOpt, startupChildOpt, memoryChildOpt});
    parser.process(app);

    if (parser.isSet(startupChildOpt))
        return startupChild();
    if (parser.isSet(memoryChildOpt))
        return memoryChild(parser.value(memoryChildOpt).toInt());

    const bool quick = parser.isSet(quickOpt);
    QList<int> sizes = parseSizes(parser.value(sizesOpt));
    int runs = std::max(1, parser.value(runsOpt).toInt());
    int idleSeconds = std::max(1, parser.value(idleOpt).toInt());
    int memoryRecordings = 10000;
    if (quick) {
        if (!parser.isSet(sizesOpt))
            sizes = {0, 100, 1000};
        if (!parser.isSet(runsOpt))
            runs = 2;
        if (!parser.isSet(idleOpt))
            idleSeconds = 3;
        memoryRecordings = 1000;
    }
    const QStringList only = parser.value(onlyOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&only](const char *section) { return only.isEmpty() || only.contains(QLatin1String(section)); };

    out(QStringLiteral("simwatch-bench — Qt %1, %2 CPUs, %3").arg(QString::fromLatin1(qVersion()))
            .arg(QThread::idealThreadCount()).arg(QDateTime::currentDateTime().toString(Qt::ISODate)));
    if (wanted("update"))
        runUpdatePath(sizes, runs, parser.value(casesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (wanted("idle"))
        runIdle(10, idleSeconds, std::clamp(parser.value(idleIntervalOpt).toInt(), 1, 3600));
    if (wanted("batch")) {
        runBatch(quick ? 1 : 3, 2);
        if (!quick)
            runBatch(3, 0);
    }
    if (wanted("startup"))
        runStartup(std::max(runs, quick ? 2 : 7));
    if (wanted("memory"))
        runMemory(memoryRecordings);
    if (wanted("history"))
        runHistoryMemory(quick ? 5 : 30);
    if (g_failures > 0)
        out(QStringLiteral("\n%1 measurement(s) FAILED").arg(g_failures));
    return g_failures > 0 ? 1 : 0;
}
