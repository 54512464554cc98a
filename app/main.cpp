// SimWatch entry point: command line, wiring of the core, and GUI or headless mode.

#include "api/apiclient.h"
#include "appsettings.h"
#include "commandline.h"
#include "domain/parse.h"
#include "headless/headlessrunner.h"
#include "mainwindow.h"
#include "simulationheader.h"
#include "model/simulationmodel.h"
#include "reportformat.h"
#include "secretstore.h"
#include "simulationcommands.h"
#include "standinserver.h"
#include "standinthread.h"
#include "watch/watcher.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace simwatch;

namespace {

constexpr int DemoSimulation = 456;
const QList<int> DemoWatchList = {456, 457, 459, 460};

void printError(const QString &message)
{
    std::fprintf(stderr, "simwatch: %s\n", qPrintable(message));
}

// Everything a run needs, created in dependency order and torn down in reverse.
struct Session
{
    QNetworkAccessManager network;
    ApiClient client{&network};
    SimulationModel model;
    Watcher watcher{&client, &model};
    AppSettings settings;
    std::unique_ptr<standin::StandinThread> demoServer;

    void apply()
    {
        client.setBaseUrl(settings.baseUrl());
        client.setApiKey(settings.apiKey());
        watcher.setInterval(std::chrono::seconds(settings.intervalSeconds()));
    }

    // Starts the in-process stand-in server and points the settings at it.
    bool startDemo(double speed)
    {
        demoServer = std::make_unique<standin::StandinThread>();
        const QUrl baseUrl = demoServer->startDemo(speed);
        if (baseUrl.isEmpty()) {
            printError(QCoreApplication::translate("main", "could not start the demo server on a loopback port."));
            return false;
        }
        settings.setBaseUrl(baseUrl);
        settings.setApiKey(standin::StandinServer::defaultApiKey());
        return true;
    }
};

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
    session.client.get(QStringLiteral("/simulations/%1").arg(id), QCoreApplication::instance(),
                       [&](const ApiClient::Reply &reply) {
        const auto finish = [](int code) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
                                      Qt::QueuedConnection);
        };
        if (reply.error.isError()) {
            printError(QCoreApplication::translate("main", "simulation %1: %2").arg(id).arg(reply.error.message));
            return finish(HeadlessRunner::ExitFetchFailed);
        }
        const parse::SimulationResult result = parse::simulationResponse(reply.body);
        if (!result.simulation) {
            printError(QCoreApplication::translate("main", "simulation %1: %2").arg(id).arg(result.error.message));
            return finish(HeadlessRunner::ExitFetchFailed);
        }
        report::Options reportOptions;
        reportOptions.exportedAt = QDateTime::currentDateTimeUtc();
        reportOptions.pageSize = report::defaultPageSize();
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

int runHeadless(const LaunchOptions &options)
{
    Session session;
    if (options.demo) {
        if (!session.startDemo(options.demoSpeed))
            return HeadlessRunner::ExitUsage;
    } else {
        session.settings.setBaseUrl(*options.baseUrl);
        const QString key = qEnvironmentVariable("OMNIDIM_API_KEY");
        if (const QString problem = AppSettings::validateApiKey(key); !problem.isEmpty()) {
            printError(QCoreApplication::translate("main", "OMNIDIM_API_KEY: %1").arg(problem));
            return HeadlessRunner::ExitUsage;
        }
        session.settings.setApiKey(key);
    }
    if (options.intervalSeconds)
        session.settings.setIntervalSeconds(*options.intervalSeconds);
    session.apply();
    if (options.exportPath)
        return runExport(session, options);

    QFile out;
    QFile err;
    (void)out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    (void)err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    HeadlessRunner runner(&session.watcher, &session.model, {options.once, options.json}, &out, &err);
    QObject::connect(&runner, &HeadlessRunner::finished, QCoreApplication::instance(), &QCoreApplication::exit, Qt::QueuedConnection);
    runner.start(options.simulationIds);
    return QCoreApplication::exec();
}

// SIMWATCH_STARTUP_MARK=1 (the start-up benchmark): print a mark and quit once the selected
// simulation's header has been painted with the server's data.
class StartupMark : public QObject
{
public:
    StartupMark(MainWindow *window, SimulationModel *model)
        : m_window(window)
        , m_model(model)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        QWidget *header = m_window->header();
        if (widget != header && !header->isAncestorOf(widget))
            return false;
        const QModelIndex selected = m_model->indexOfSimulation(m_window->selectedSimulationId());
        if (!selected.data(SimulationModel::HasDataRole).toBool())
            return false;
        QCoreApplication::instance()->removeEventFilter(this);
        std::fputs("simwatch-startup-mark first-simulation-shown\n", stdout);
        std::fflush(stdout);
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        return false;
    }

private:
    MainWindow *m_window;
    SimulationModel *m_model;
};

// The key: from OMNIDIM_API_KEY when set (never persisted then), else from the keychain (or the
// settings file, only when the user chose that). Returns the key found, possibly empty.
QString loadApiKey(Session &session, SecretStore &store)
{
    const QString fromEnvironment = qEnvironmentVariable("OMNIDIM_API_KEY").trimmed();
    if (!fromEnvironment.isEmpty()) {
        session.settings.setKeyStorageNote(QCoreApplication::translate("main",
            "The key comes from the OMNIDIM_API_KEY environment variable and is not stored."));
        return fromEnvironment;
    }
    // The keychain answers quickly, or fails at once where there is none; wait for it so the
    // first fetch already carries the key.
    QString key;
    QEventLoop loop;
    QObject::connect(&store, &SecretStore::readFinished, &loop, [&](const QString &stored) {
        key = stored;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    store.read();
    loop.exec();
    session.settings.setKeyStorageNote(store.describe());
    return key;
}

int runGui(const LaunchOptions &options)
{
    Session session;
    SecretStore store;
    QSettings stored;
    session.settings.load(stored);
    const QString key = options.demo ? QString() : loadApiKey(session, store);
    session.settings.setApiKey(key);

    // Without an account (no key, no address given) the dashboard shows the demo server, so a
    // first start is never an empty window.
    const bool demo = options.demo || (!options.baseUrl && key.isEmpty());
    if (demo && !session.startDemo(options.demoSpeed))
        return 1;
    if (options.baseUrl)
        session.settings.setBaseUrl(*options.baseUrl);
    if (options.intervalSeconds)
        session.settings.setIntervalSeconds(*options.intervalSeconds);
    session.apply();

    QList<int> ids = options.simulationIds;
    if (ids.isEmpty())
        ids = demo ? DemoWatchList : session.settings.simulationIds();

    // The first fetches go out before the window is built, so their round trips overlap its
    // construction; the replies are handled once the event loop runs. QNetworkAccessManager starts
    // a request by a queued call, so those calls are dispatched here: otherwise the requests would
    // leave only when the event loop starts, after the window is built.
    for (int id : std::as_const(ids))
        session.watcher.watch(id);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);

    MainWindow window(&session.model, &session.watcher, &session.settings);
    window.setAllowInsecureHttp(options.allowInsecureHttp);
    window.simulationCommands()->setClient(&session.client);
    if (demo)
        window.setApplicationTitle(QCoreApplication::translate("main", "SimWatch — demo server"));

    QString lastStoredKey = key;
    QObject::connect(&store, &SecretStore::writeFinished, &window, [&session](SecretStore::Location, const QString &note) {
        session.settings.setKeyStorageNote(note);
    });
    QObject::connect(&session.settings, &AppSettings::changed, &window, [&session, &store, &lastStoredKey, demo] {
        session.apply();
        session.watcher.refreshAll();
        if (demo)
            return; // the demo's own key and address are not the user's settings
        QSettings settings;
        session.settings.save(settings);
        const QString current = session.settings.apiKey();
        if (current != lastStoredKey && !current.isEmpty()) {
            lastStoredKey = current;
            store.write(current, session.settings.keyInPlainText());
        }
    });
    StartupMark startupMark(&window, &session.model);
    if (qEnvironmentVariableIsSet("SIMWATCH_STARTUP_MARK"))
        QCoreApplication::instance()->installEventFilter(&startupMark);
    window.show();
    window.selectSimulation(ids.contains(DemoSimulation) && demo ? DemoSimulation : ids.value(0, -1));
    if (!demo && session.settings.apiKey().isEmpty())
        window.openSettings();
    if (options.quitAfterSeconds)
        QTimer::singleShot(std::chrono::seconds(*options.quitAfterSeconds), &window, &QWidget::close);

    const int status = QApplication::exec();
    if (!demo) {
        session.settings.setSimulationIds(session.model.simulationIds());
        session.settings.save(stored);
    }
    return status;
}

void installTranslations()
{
    // The .qm files are compiled into the binary (qt_add_translations) under :/i18n.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(), QStringLiteral("simwatch"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/simwatch_en")))
        QCoreApplication::installTranslator(translator);
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SimWatch"));
    QCoreApplication::setApplicationName(QStringLiteral("SimWatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMWATCH_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsHeadless(argc, argv) && wantsExport(argc, argv)) {
        // A PDF needs fonts and painting (QtGui). Headless means no display may exist: use the
        // offscreen platform then, unless the caller chose one.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (wantsHeadless(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    setApplicationInfo();
    installTranslations();

    const CommandLineResult parsed = parseCommandLine(QCoreApplication::arguments());
    if (parsed.exitNow) {
        std::fputs(qPrintable(parsed.output), stdout);
        return 0;
    }
    if (!parsed.error.isEmpty()) {
        printError(parsed.error);
        printError(QCoreApplication::translate("main", "try 'simwatch --help'."));
        return HeadlessRunner::ExitUsage;
    }
    return parsed.options.headless ? runHeadless(parsed.options) : runGui(parsed.options);
}
