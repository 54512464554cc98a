// Linked into every test: installs the app's English translation (the plural forms of the %Ln
// strings, "1 call" / "2 calls") as soon as the test's application object exists, as
// app/main.cpp does, so that tests read what users read.

#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglish()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(SIMWATCH_QM_DIR "/simwatch_en.qm")))
        QCoreApplication::installTranslator(translator);
    else
        qFatal("tests: the English translation (simwatch_en.qm) is not built");
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
