#include "commandline.h"

#include "appsettings.h"
#include "settingscheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace simwatch {

ApplicationKind applicationKind(int argc, char **argv)
{
    bool headless = false;
    bool exportFile = false;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            break;
        // Only what QCommandLineParser's help and version options accept.
        for (const char *early : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(arg, early) == 0)
                return ApplicationKind::Core;
        }
        headless = headless || std::strcmp(arg, "--headless") == 0 || std::strcmp(arg, "--compare") == 0
                   || std::strcmp(arg, "--list") == 0;
        exportFile = exportFile || std::strcmp(arg, "--export") == 0 || std::strncmp(arg, "--export=", 9) == 0;
    }
    if (!headless)
        return ApplicationKind::Widgets;
    return exportFile ? ApplicationKind::Gui : ApplicationKind::Core;
}

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    CommandLineResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("simwatch::CommandLine", "Watch OmniDimension voice-agent simulations live.\n"
                                        "The API key is read from the OMNIDIM_API_KEY environment variable "
                                        "or entered in the settings dialog; it is never taken on the command line."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QCoreApplication::translate("simwatch::CommandLine", "API base URL, e.g. https://backend.omnidim.io/api/v1."), QCoreApplication::translate("simwatch::CommandLine", "url"));
    const QCommandLineOption simulation(QStringLiteral("simulation"),
        QCoreApplication::translate("simwatch::CommandLine", "Simulation id to watch (repeatable)."), QCoreApplication::translate("simwatch::CommandLine", "id"));
    const QCommandLineOption interval(QStringLiteral("interval"),
        QCoreApplication::translate("simwatch::CommandLine", "Seconds between polls (default 3)."), QCoreApplication::translate("simwatch::CommandLine", "seconds"));
    const QCommandLineOption headless(QStringLiteral("headless"), QCoreApplication::translate("simwatch::CommandLine", "Run without a window; print state to stdout."));
    const QCommandLineOption once(QStringLiteral("once"), QCoreApplication::translate("simwatch::CommandLine", "Headless: fetch each simulation once and exit."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("simwatch::CommandLine", "Headless: print JSON Lines."));
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("simwatch::CommandLine", "Watch simulations on the built-in demo server."));
    const QCommandLineOption demoSpeed(QStringLiteral("demo-speed"),
        QCoreApplication::translate("simwatch::CommandLine", "Demo server clock speed factor (default 1)."), QCoreApplication::translate("simwatch::CommandLine", "factor"));
    const QCommandLineOption insecure(QStringLiteral("allow-insecure-http"),
        QCoreApplication::translate("simwatch::CommandLine", "Allow a plain http:// base URL to a non-loopback host (sends the key unencrypted)."));
    QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QCoreApplication::translate("simwatch::CommandLine", "Quit cleanly after this many seconds (for scripted sessions)."), QCoreApplication::translate("simwatch::CommandLine", "seconds"));
    quitAfter.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption exportFile(QStringLiteral("export"),
        QCoreApplication::translate("simwatch::CommandLine", "Headless: fetch the simulation once and write its review to FILE; the extension picks the format (.md, .pdf, .json)."),
        QCoreApplication::translate("simwatch::CommandLine", "file"));
    const QCommandLineOption compare(QStringLiteral("compare"),
        QCoreApplication::translate("simwatch::CommandLine", "Compare two simulations (two ids follow, the earlier run first): fetch both once, print the comparison (or write it with --export) and exit. Implies --headless."));
    const QCommandLineOption list(QStringLiteral("list"),
        QCoreApplication::translate("simwatch::CommandLine", "Print the account's simulations, newest first, one line each (JSON Lines with --json), and exit. Implies --headless."));
    const QCommandLineOption pages(QStringLiteral("pages"),
        QCoreApplication::translate("simwatch::CommandLine", "With --list: only the first N pages of %1 simulations (default: all).").arg(LaunchOptions::ListPageSize),
        QCoreApplication::translate("simwatch::CommandLine", "N"));
    parser.addOptions({baseUrl, simulation, interval, headless, once, json, demo, demoSpeed, insecure, quitAfter, exportFile, compare, list, pages});
    parser.addPositionalArgument(QStringLiteral("ids"), QCoreApplication::translate("simwatch::CommandLine", "With --compare: the two simulation ids."),
                                 QStringLiteral("[--compare ID ID]"));

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.exitNow = true;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.exitNow = true;
        result.output = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return result;
    }
    LaunchOptions &o = result.options;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(compare)) {
        bool firstOk = false;
        bool secondOk = false;
        const int first = positional.value(0).toInt(&firstOk);
        const int second = positional.value(1).toInt(&secondOk);
        if (positional.size() != 2 || !firstOk || !secondOk || first <= 0 || second <= 0) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--compare takes two simulation ids, e.g. --compare 456 457.");
            return result;
        }
        o.compareIds = std::pair{first, second};
    } else if (!positional.isEmpty()) {
        result.error = QCoreApplication::translate("simwatch::CommandLine", "Unexpected argument: %1").arg(positional.constFirst());
        return result;
    }
    o.list = parser.isSet(list);
    o.headless = parser.isSet(headless) || o.compareIds.has_value() || o.list;
    o.once = parser.isSet(once);
    o.json = parser.isSet(json);
    o.demo = parser.isSet(demo);
    o.allowInsecureHttp = parser.isSet(insecure);

    if (!o.headless && (o.once || o.json)) {
        result.error = QCoreApplication::translate("simwatch::CommandLine", "--once and --json only apply with --headless.");
        return result;
    }
    if (parser.isSet(baseUrl)) {
        const QUrl url(parser.value(baseUrl), QUrl::StrictMode);
        const QString problem = SettingsCheck::baseUrl(url, o.allowInsecureHttp);
        if (!problem.isEmpty()) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--base-url %1: %2").arg(parser.value(baseUrl), problem);
            return result;
        }
        o.baseUrl = url;
    }
    if (o.demo && o.baseUrl) {
        result.error = QCoreApplication::translate("simwatch::CommandLine", "--demo and --base-url cannot be combined.");
        return result;
    }
    const QStringList ids = parser.values(simulation);
    for (const QString &text : ids) {
        bool ok = false;
        const int id = text.toInt(&ok);
        if (!ok || id <= 0) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--simulation %1: a simulation id is a positive whole number.").arg(text);
            return result;
        }
        if (!o.simulationIds.contains(id))
            o.simulationIds.append(id);
    }
    if (parser.isSet(interval)) {
        bool ok = false;
        const int seconds = parser.value(interval).toInt(&ok);
        const QString problem = ok ? SettingsCheck::interval(seconds)
                                   : QCoreApplication::translate("simwatch::CommandLine", "The poll interval must be a whole number of seconds.");
        if (!problem.isEmpty()) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--interval %1: %2").arg(parser.value(interval), problem);
            return result;
        }
        o.intervalSeconds = seconds;
    }
    if (parser.isSet(demoSpeed)) {
        bool ok = false;
        o.demoSpeed = parser.value(demoSpeed).toDouble(&ok);
        if (!ok || o.demoSpeed <= 0 || o.demoSpeed > 10000) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--demo-speed must be a number between 0 and 10000.");
            return result;
        }
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int seconds = parser.value(quitAfter).toInt(&ok);
        if (!ok || seconds < 0) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--quit-after takes a whole number of seconds.");
            return result;
        }
        o.quitAfterSeconds = seconds;
    }
    if (parser.isSet(exportFile)) {
        const QString path = parser.value(exportFile);
        const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
        if (!o.headless) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--export only applies with --headless.");
            return result;
        }
        if (!path.contains(QLatin1Char('.')) || !(suffix == u"md" || suffix == u"markdown" || suffix == u"pdf" || suffix == u"json")) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--export %1: unknown file type; the extension must be .md, .pdf or .json.").arg(path);
            return result;
        }
        if (o.simulationIds.size() != 1 && !o.compareIds) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--export writes one review: give exactly one --simulation ID.");
            return result;
        }
        o.exportPath = path;
    }
    if (parser.isSet(pages)) {
        bool ok = false;
        const int count = parser.value(pages).toInt(&ok);
        if (!o.list) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--pages only applies with --list.");
            return result;
        }
        if (!ok || count < 1) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--pages takes a whole number of pages, 1 or more.");
            return result;
        }
        o.listPages = count;
    }
    if (o.list && (!o.simulationIds.isEmpty() || o.compareIds || o.exportPath)) {
        result.error = QCoreApplication::translate("simwatch::CommandLine", "--list cannot be combined with --simulation, --compare or --export.");
        return result;
    }
    if (o.headless) {
        if (o.simulationIds.isEmpty() && !o.compareIds && !o.list) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--headless needs at least one --simulation ID.");
            return result;
        }
        if (!o.baseUrl && !o.demo) {
            result.error = QCoreApplication::translate("simwatch::CommandLine", "--headless needs --base-url URL (or --demo).");
            return result;
        }
    }
    return result;
}

} // namespace simwatch
