// SimWatch entry point: the application object, translations, the command line; then the
// dashboard or headless mode (app/launcher.cpp).

#include "appsettings.h"
#include "commandline.h"
#include "headless/headlessrunner.h"
#include "launcher.h"
#include "translations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#include <sys/prctl.h>
#include <memory>

using namespace simwatch;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "simwatch: %s\n", qPrintable(message));
}

// The process holds the API key: it writes no core dump, and other processes of the same user
// cannot attach a debugger to read its memory, as password managers such as KeePassXC do.
// SIMWATCH_ALLOW_CORE_DUMPS=1 keeps both for debugging; debug and sanitizer builds always do.
void protectSecretsInMemory()
{
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
    if (qEnvironmentVariableIntValue("SIMWATCH_ALLOW_CORE_DUMPS") != 1)
        ::prctl(PR_SET_DUMPABLE, 0);
#endif
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
    protectSecretsInMemory();
    std::unique_ptr<QCoreApplication> app;
    switch (applicationKind(argc, argv)) {
    case ApplicationKind::Gui:
        // Headless means no display may exist: use the offscreen platform then, unless the caller
        // chose one.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        break;
    case ApplicationKind::Core:
        app = std::make_unique<QCoreApplication>(argc, argv);
        break;
    case ApplicationKind::Widgets:
        app = std::make_unique<QApplication>(argc, argv);
        break;
    }
    setApplicationInfo();
    // The language chosen in Settings, else the system's: strings, and the locale for numbers
    // and dates. The .qm files are compiled into the binary (qt_add_lrelease) under :/i18n.
    const QString chosen = [] {
        QSettings settings;
        return AppSettings::storedLanguage(settings);
    }();
    const QLocale locale = localeOfLanguage(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    const Translations translations(locale, QStringLiteral(":/i18n"));

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
