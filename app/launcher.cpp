#include "launcher.h"

#include "settingscheck.h"
#include "api/endpoints.h"
#include "domain/parse.h"
#include "domain/untrustedtext.h"
#include "compare/comparison.h"
#include "comparisonreport.h"
#include "headless/headlessjson.h"
#include "headless/headlessrunner.h"
#include "platform/terminationsignals.h"
#include "mainwindow.h"
#include "reportformat.h"
#include "session.h"
#include "simulationcommands.h"
#include "standinserver.h"
#include "standinthread.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace simwatch {

namespace {

constexpr int DemoSimulation = 456;
const QList<int> DemoWatchList = {456, 457, 459, 460};

void printError(const QString &message)
{
    std::fprintf(stderr, "simwatch: %s\n", qPrintable(message));
}

// Starts the in-process stand-in server on its own thread and points the session at it.
std::unique_ptr<standin::StandinThread> startDemo(Session &session, double speed)
{
    auto demo = std::make_unique<standin::StandinThread>();
    const QUrl baseUrl = demo->startDemo(speed);
    if (baseUrl.isEmpty()) {
        printError(QCoreApplication::translate("main", "could not start the demo server on a loopback port."));
        return nullptr;
    }
    session.setPersistent(false); // the demo's own key and address are not the user's settings
    session.settings().setBaseUrl(baseUrl);
    session.settings().setApiKey(standin::StandinServer::defaultApiKey());
    session.applySettings();
    return demo;
}

// Headless --export: fetch the one simulation once, write its review, exit 0 (written), 2 (the
// fetch failed) or 1 (the file could not be written). The JSON Lines output is not involved.
int runExport(Session &session, const LaunchOptions &options)
{
    const int id = options.simulationIds.constFirst();
    const QString path = *options.exportPath;
    const std::optional<report::Format> format = report::formatForPath(path);
    if (!format) {
        printError(QCoreApplication::translate("main", "--export %1: the extension must be .md, .pdf or .json.").arg(path));
        return HeadlessRunner::ExitUsage;
    }
    session.client().get(endpoints::simulation(id), QCoreApplication::instance(), [&](const ApiClient::Reply &reply) {
        const auto finish = [](int code) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
                                      Qt::QueuedConnection);
        };
        if (reply.error.isError()) {
            printError(QCoreApplication::translate("main", "simulation %1: %2").arg(id).arg(untrusted::forTerminal(reply.error.message)));
            return finish(HeadlessRunner::ExitFetchFailed);
        }
        const parse::SimulationResult result = parse::simulationResponse(reply.body);
        if (!result.simulation) {
            printError(QCoreApplication::translate("main", "simulation %1: %2").arg(id).arg(untrusted::forTerminal(result.error.message)));
            return finish(HeadlessRunner::ExitFetchFailed);
        }
        report::Options reportOptions;
        reportOptions.exportedAt = QDateTime::currentDateTimeUtc();
        reportOptions.pageSize = report::defaultPageSize();
        reportOptions.verdicts = history::History::readVerdicts(history::History::defaultPath(session.settings().baseUrl()), id);
        const QString problem = report::writeReport(*result.simulation, *format, path, reportOptions);
        if (!problem.isEmpty()) {
            printError(problem);
            return finish(HeadlessRunner::ExitUsage);
        }
        std::fprintf(stdout, "%s\n", qPrintable(QCoreApplication::translate("main", "Review of simulation %1 written to %2")
                                                    .arg(id).arg(QDir::toNativeSeparators(path))));
        std::fflush(stdout);
        finish(HeadlessRunner::ExitOk);
    });
    return QCoreApplication::exec();
}

// Headless --compare: fetch both simulations once (at the same time), then print their comparison
// (text, or one JSON object with --json) or write it with --export. Exit 0, 2 (a fetch failed) or
// 1 (the file could not be written).
int runCompare(Session &session, const LaunchOptions &options)
{
    const auto [beforeId, afterId] = *options.compareIds;
    std::optional<Simulation> fetched[2];
    int pending = 2;
    int failures = 0;
    const auto finish = [&] {
        if (--pending > 0)
            return;
        if (failures > 0) {
            QCoreApplication::exit(HeadlessRunner::ExitFetchFailed);
            return;
        }
        const compare::Comparison comparison = compare::compare(*fetched[0], *fetched[1]);
        int code = HeadlessRunner::ExitOk;
        if (options.exportPath) {
            const QString path = *options.exportPath;
            report::Options reportOptions;
            reportOptions.exportedAt = QDateTime::currentDateTimeUtc();
            reportOptions.pageSize = report::defaultPageSize();
            const QString problem = report::writeComparison(comparison, *report::formatForPath(path), path, reportOptions);
            if (problem.isEmpty()) {
                std::fprintf(stdout, "%s\n", qPrintable(QCoreApplication::translate("main", "Comparison written to %1").arg(QDir::toNativeSeparators(path))));
            } else {
                printError(problem);
                code = HeadlessRunner::ExitUsage;
            }
        } else if (options.json) {
            std::fprintf(stdout, "%s\n", QJsonDocument(compare::toJson(comparison)).toJson(QJsonDocument::Compact).constData());
        } else {
            std::fputs(qPrintable(compare::toText(comparison)), stdout);
        }
        std::fflush(stdout);
        QCoreApplication::exit(code);
    };
    const int ids[2] = {beforeId, afterId};
    for (int i = 0; i < 2; ++i) {
        const int id = ids[i];
        session.client().get(endpoints::simulation(id), QCoreApplication::instance(), [&, i, id](const ApiClient::Reply &reply) {
            const parse::SimulationResult result = reply.error.isError() ? parse::SimulationResult{std::nullopt, reply.error}
                                                                         : parse::simulationResponse(reply.body);
            if (result.simulation) {
                fetched[i] = result.simulation;
            } else {
                printError(QCoreApplication::translate("main", "simulation %1: %2").arg(id).arg(untrusted::forTerminal(result.error.message)));
                ++failures;
            }
            finish();
        });
    }
    return QCoreApplication::exec();
}

// Headless --list: the account's simulations, newest first, one line per simulation (the headless
// JSON record with --json, else the readable line), written as each page arrives. Exit 0, or 2 when
// a page could not be fetched (the lines of the pages before it are out).
int runList(Session &session, const LaunchOptions &options, QIODevice &out)
{
    SimulationList &list = session.simulationList();
    list.setPageSize(LaunchOptions::ListPageSize);
    qsizetype printed = 0;
    int pages = 0;
    const auto next = [&] {
        if (list.canFetchMore() && (!options.listPages || pages < *options.listPages)) {
            ++pages;
            list.fetchMore();
        } else {
            QCoreApplication::exit(HeadlessRunner::ExitOk);
        }
    };
    QObject::connect(&list, &SimulationList::loadingChanged, QCoreApplication::instance(), [&] {
        if (list.isLoading())
            return;
        if (list.error().isError()) {
            printError(QCoreApplication::translate("main", "the list of simulations: %1").arg(untrusted::forTerminal(list.error().message)));
            QCoreApplication::exit(HeadlessRunner::ExitFetchFailed);
            return;
        }
        const QList<Simulation> &records = list.records();
        for (; printed < records.size(); ++printed) {
            const Simulation &s = records.at(printed);
            out.write(options.json ? QJsonDocument(headless::record(s.id, &s, {})).toJson(QJsonDocument::Compact)
                                   : headless::humanLine(s.id, &s, {}).toUtf8());
            out.write("\n");
        }
        next();
    });
    next();
    return QCoreApplication::exec();
}

} // namespace

int runHeadless(const LaunchOptions &options)
{
    // Every line is written when it happens (below), so a terminated run has lost nothing; it
    // ends through the event loop with the shell's status for the signal (130, 143).
    TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::received, QCoreApplication::instance(),
                     [](int number) { QCoreApplication::exit(TerminationSignals::exitStatusFor(number)); });
    Session session;
    std::unique_ptr<standin::StandinThread> demo;
    if (options.demo) {
        demo = startDemo(session, options.demoSpeed);
        if (!demo)
            return HeadlessRunner::ExitUsage;
    } else {
        session.settings().setBaseUrl(*options.baseUrl);
        const QString key = qEnvironmentVariable("OMNIDIM_API_KEY");
        if (const QString problem = SettingsCheck::apiKey(key); !problem.isEmpty()) {
            printError(QCoreApplication::translate("main", "OMNIDIM_API_KEY: %1").arg(problem));
            return HeadlessRunner::ExitUsage;
        }
        session.settings().setApiKey(key);
    }
    if (options.intervalSeconds)
        session.settings().setIntervalSeconds(*options.intervalSeconds);
    session.applySettings();
    if (options.compareIds)
        return runCompare(session, options);
    if (options.exportPath)
        return runExport(session, options);

    // The file descriptors, not the FILE streams: stdio buffers a pipe or a file in blocks, and a
    // pipeline must get each line when it happens (and keep it when the process is killed).
    std::fflush(stdout);
    QFile out;
    QFile err;
    (void)out.open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered);
    (void)err.open(fileno(stderr), QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (options.list)
        return runList(session, options, out);
    HeadlessRunner runner(session, {options.once, options.json}, &out, &err);
    QObject::connect(&runner, &HeadlessRunner::finished, QCoreApplication::instance(), &QCoreApplication::exit, Qt::QueuedConnection);
    runner.start(options.simulationIds);
    return QCoreApplication::exec();
}

int runGui(const LaunchOptions &options, const GuiHooks &hooks)
{
    Session session;
    QSettings stored;
    session.settings().load(stored);
    theme::apply(theme::choiceFromKey(session.settings().theme())); // before any widget exists
    if (options.baseUrl)
        session.settings().setBaseUrl(*options.baseUrl);
    if (options.intervalSeconds)
        session.settings().setIntervalSeconds(*options.intervalSeconds);
    std::unique_ptr<standin::StandinThread> demo;

    // Watches the simulations to show (the given ones, else the demo's or the remembered ones).
    // The first fetches go out before the window is built when the key is known at once (the
    // demo), so their round trips overlap its construction. QNetworkAccessManager starts a request
    // by a queued call: those calls are dispatched here, or the requests would leave only once
    // the event loop runs, after the window is built.
    const auto watchInitial = [&session, &options](bool isDemo) {
        QList<int> ids = options.simulationIds;
        if (ids.isEmpty())
            ids = isDemo ? DemoWatchList : session.settings().simulationIds();
        for (int id : std::as_const(ids))
            session.watch(id);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        return ids;
    };
    QList<int> ids;
    if (options.demo) {
        demo = startDemo(session, options.demoSpeed);
        if (!demo)
            return 1;
        ids = watchInitial(true);
    }

    MainWindow window(session);
    window.setAllowInsecureHttp(options.allowInsecureHttp);
    const auto selectInitial = [&window](const QList<int> &shown, bool isDemo) {
        window.selectSimulation(isDemo && shown.contains(DemoSimulation) ? DemoSimulation : shown.value(0, -1));
    };
    if (options.demo) {
        window.setApplicationTitle(QCoreApplication::translate("main", "SimWatch \u2014 demo server"));
    } else {
        // The key is read from the keychain asynchronously (no nested event loop); the window is
        // up meanwhile. Without an account (no key, no address given) the dashboard shows the demo
        // server, so a first start is never an empty window.
        window.setEmptyStateMessage(QCoreApplication::translate("main", "Reading the API key from the system keychain\u2026"));
        QObject::connect(&session, &Session::apiKeyLoaded, &window, [&](const QString &key) {
            window.setEmptyStateMessage({});
            if (key.isEmpty() && !options.baseUrl) {
                demo = startDemo(session, options.demoSpeed);
                if (!demo) {
                    QCoreApplication::exit(1);
                    return;
                }
                session.enableHistory(true);
                window.setApplicationTitle(QCoreApplication::translate("main", "SimWatch \u2014 demo server"));
                selectInitial(watchInitial(true), true);
                return;
            }
            session.settings().setApiKey(key);
            session.applySettings();
            session.setPersistent(true);
            session.enableHistory();
            selectInitial(watchInitial(false), false);
            if (key.isEmpty())
                window.openSettings();
        }, Qt::SingleShotConnection);
        session.loadApiKey();
    }

    // Terminated from outside (logout, `kill`, Ctrl+C in the terminal): close as the user would,
    // so the watch list and settings are saved.
    TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::received, &window, &QWidget::close);

    window.show();
    if (options.demo) {
        selectInitial(ids, true);
        // The demo's runs are not the user's: a history for this session only, opened once the
        // window is up (its thread and the SQLite driver would compete with the first paint).
        QTimer::singleShot(0, &session, [&session] { session.enableHistory(true); });
    }
    if (options.quitAfterSeconds)
        QTimer::singleShot(std::chrono::seconds(*options.quitAfterSeconds), &window, &QWidget::close);
    if (hooks.windowShown)
        hooks.windowShown(window, session);

    const int status = QApplication::exec();
    if (session.isPersistent()) {
        session.settings().setSimulationIds(session.store().ids());
        session.settings().save(stored);
    }
    return status;
}

} // namespace simwatch
