// The window in the longer languages: with the German (and the Hindi) translation loaded, the
// main window at 1280×720 clips no button, tab, combo box or one-line label, in the toolbar, the
// panes and the status bar. Set SIMWATCH_SHOT_DIR to keep the screenshots (translated-<lang>.png).

#include "domain/parse.h"
#include "mainwindow.h"
#include "session.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace simwatch;

namespace {

// A widget and each of its ancestors are shown, and it is not inside a scroll area's viewport
// (which may be narrower than its content on purpose).
bool shownAndNotScrolled(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (!w->isVisible())
            return false;
        if (qobject_cast<const QAbstractScrollArea *>(w) && w != widget)
            return false;
    }
    return widget->width() > 0;
}

// QTabBar::tabSizeHint() is protected: read it as the tab bar's own layout does.
struct TabBarSizes : QTabBar
{
    static int wanted(const QTabBar *tabs, int index)
    {
        return (tabs->*(&TabBarSizes::tabSizeHint))(index).width();
    }
};

QString describe(const QWidget *widget, const QString &text, int width, int wanted)
{
    return QStringLiteral("%1 \"%2\" (%3): %4 px wide, needs %5")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text, widget->objectName())
        .arg(width)
        .arg(wanted);
}

} // namespace

class TestTranslationsLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nothingIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Hindi") << QStringLiteral("hi");
    }

    void nothingIsClipped()
    {
        QFETCH(QString, language);
        QSettings().remove(QStringLiteral("window")); // the first start's layout
        const QLocale locale(language == QLatin1String("de") ? QStringLiteral("de_DE") : QStringLiteral("hi_IN"));
        QLocale::setDefault(locale);
        QTranslator own;
        QVERIFY(own.load(QStringLiteral(SIMWATCH_QM_DIR "/simwatch_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&own);
        QTranslator qt; // Qt's own strings, where installed (German: qt6-translations-l10n)
        if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&qt);
            QCoreApplication::removeTranslator(&own);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        });

        Session session;
        MainWindow window(session);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QFile file(QStringLiteral(SIMWATCH_TESTDATA_DIR "/simulation_in_progress.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const parse::SimulationResult parsed = parse::simulationResponse(file.readAll());
        QVERIFY(parsed.simulation.has_value());
        const Simulation simulation = *parsed.simulation;
        session.store().watch(simulation.id);
        session.store().applySimulation(simulation.id, simulation, QDateTime::currentDateTimeUtc(),
                                        SimulationStore::Source::Detail);
        window.selectSimulation(simulation.id);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), language == QLatin1String("de")
                     ? QStringLiteral("&Datei") : QString::fromUtf8("\u092b\u093c\u093e\u0907\u0932 (&F)"));

        const QString dir = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            window.grab().save(QDir(dir).filePath(QStringLiteral("translated-%1.png").arg(language)));
        }

        QStringList clipped;
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (!shownAndNotScrolled(button, &window) || button->text().isEmpty()
                || qobject_cast<const QTabBar *>(button->parentWidget()))
                continue;
            if (button->width() < button->sizeHint().width())
                clipped << describe(button, button->text(), button->width(), button->sizeHint().width());
        }
        for (const QTabBar *tabs : window.findChildren<QTabBar *>()) {
            if (!shownAndNotScrolled(tabs, &window))
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                const int wanted = TabBarSizes::wanted(tabs, i);
                if (tabs->isTabVisible(i) && tabs->tabRect(i).width() < wanted)
                    clipped << describe(tabs, tabs->tabText(i), tabs->tabRect(i).width(), wanted);
                // Every tab within the bar, without scroll buttons.
                if (tabs->isTabVisible(i) && tabs->tabRect(i).right() >= tabs->width())
                    clipped << describe(tabs, tabs->tabText(i), tabs->width() - tabs->tabRect(i).left(), wanted);
            }
        }
        for (const QComboBox *combo : window.findChildren<QComboBox *>()) {
            if (!shownAndNotScrolled(combo, &window))
                continue;
            if (combo->width() < combo->minimumSizeHint().width())
                clipped << describe(combo, combo->currentText(), combo->width(), combo->minimumSizeHint().width());
        }
        for (const QLabel *label : window.findChildren<QLabel *>()) {
            if (!shownAndNotScrolled(label, &window) || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) { // as many lines as its text needs at its width
                const int wanted = label->heightForWidth(label->width());
                if (label->height() < wanted)
                    clipped << describe(label, label->text(), label->height(), wanted) + QStringLiteral(" (height)");
                continue;
            }
            if (label->width() < label->minimumSizeHint().width())
                clipped << describe(label, label->text(), label->width(), label->minimumSizeHint().width());
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }
};

int main(int argc, char *argv[])
{
    // A 1280×720 screen, as in tst_layout, instead of the offscreen default.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("screens.json")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1280, "height": 720,)"
                 R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config.fileName()));
    QApplication app(argc, argv);
    TestTranslationsLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations_layout.moc"
