#pragma once

#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace simwatch {

// What the user asked for on the command line; unset optionals mean "use the saved settings".
struct LaunchOptions
{
    bool headless = false;
    bool once = false;
    bool json = false;
    bool demo = false;
    bool allowInsecureHttp = false;
    double demoSpeed = 1.0;
    std::optional<QUrl> baseUrl;
    std::optional<int> intervalSeconds;
    std::optional<int> quitAfterSeconds;  // scripted sessions (tests, benchmarks): quit cleanly
    QList<int> simulationIds;
    // Headless: write the review of the one --simulation (or the comparison) to this file
    // (.md/.pdf/.json) and exit.
    std::optional<QString> exportPath;
    // --compare BEFORE AFTER: fetch both once, print (or export) their comparison, exit.
    std::optional<std::pair<int, int>> compareIds;
    // --list: print the account's simulations (newest first) and exit; --pages N: only the first
    // N pages of ListPageSize.
    bool list = false;
    std::optional<int> listPages;
    static constexpr int ListPageSize = 50;
};

struct CommandLineResult
{
    LaunchOptions options;
    QString error;          // non-empty: print it and exit with status 1
    bool exitNow = false;   // --help / --version were handled
    QString output;         // text for stdout when exitNow
};

// `arguments` includes the program name, as QCoreApplication::arguments() does.
CommandLineResult parseCommandLine(const QStringList &arguments);

// Which application class the command line needs, decided before any QCoreApplication exists:
// --help, --version and headless runs must work where no display exists (a QApplication aborts
// there); a headless --export may write a PDF, which needs QtGui (fonts, painting).
enum class ApplicationKind { Core, Gui, Widgets };
ApplicationKind applicationKind(int argc, char **argv);

} // namespace simwatch
