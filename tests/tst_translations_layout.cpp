// The window in the longer languages: with the German (and the Hindi) translation loaded, the
// main window at 1280×720 clips no button, tab, combo box or one-line label, in the toolbar, the
// panes and the status bar. Set SIMWATCH_SHOT_DIR to keep the screenshots (translated-<lang>.png).
// And numbers, shares and dates follow the language in the window, the reports and the headless
// text, while the --json objects stay as the API writes them.

#include "addsimulationdialog.h"
#include "domain/datetext.h"
#include "domain/duration.h"
#include "domain/numbertext.h"
#include "domain/parse.h"
#include "headless/headlessjson.h"
#include "mainwindow.h"
#include "markdownreport.h"
#include "progresspanel.h"
#include "session.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "standinserver.h"
#include "theme.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QValueAxis>

using namespace simwatch;
using simwatch::standin::StandinServer;

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

// Every button, tab, column heading, combo box and label shown in a window or dialog at its
// current size that is narrower (or, wrapped, lower) than its text needs.
QStringList clippedIn(const QWidget *root)
{
    QStringList clipped;
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!shownAndNotScrolled(button, root) || button->text().isEmpty()
            || qobject_cast<const QTabBar *>(button->parentWidget()))
            continue;
        if (button->width() < button->sizeHint().width())
            clipped << describe(button, button->text(), button->width(), button->sizeHint().width());
    }
    for (const QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!shownAndNotScrolled(tabs, root))
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
    // Column headings: whole, and the sorted one beside its arrow. The hint of a heading
    // counts room for the arrow (its height and a margin) whether sorted or not.
    for (const QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (header->orientation() != Qt::Horizontal || !header->isVisible() || !header->model())
            continue;
        const int arrow = header->height() + header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column) || header->sectionResizeMode(column) != QHeaderView::Interactive)
                continue;
            const bool sorted = header->isSortIndicatorShown() && header->sortIndicatorSection() == column;
            const int wanted = header->sectionSizeHint(column) - (header->isSortIndicatorShown() && !sorted ? arrow : 0);
            if (header->sectionSize(column) < wanted)
                clipped << describe(header, header->model()->headerData(column, Qt::Horizontal).toString(),
                                    header->sectionSize(column), wanted);
        }
    }
    for (const QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (!shownAndNotScrolled(combo, root))
            continue;
        if (combo->width() < combo->minimumSizeHint().width())
            clipped << describe(combo, combo->currentText(), combo->width(), combo->minimumSizeHint().width());
    }
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!shownAndNotScrolled(label, root) || label->text().isEmpty() || !label->pixmap().isNull())
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
    return clipped;
}

// SimWatch in one language for as long as it lives, as app/main.cpp sets it up at start.
// A language for one test, as app/main.cpp installs it at start-up; English again afterwards.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language)
        : m_locale(localeOfLanguage(language))
        , m_translations(m_locale, QStringLiteral(SIMWATCH_QM_DIR))
    {
        QLocale::setDefault(m_locale);
    }
    ~LanguageScope() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    bool loaded() const { return m_translations.hasLanguage(); }
    const QLocale &locale() const { return m_locale; }

private:
    QLocale m_locale;
    Translations m_translations;
};

Simulation fixtureSimulation()
{
    QFile file(QStringLiteral(SIMWATCH_TESTDATA_DIR "/simulation_in_progress.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests: simulation_in_progress.json is missing");
    const parse::SimulationResult parsed = parse::simulationResponse(file.readAll());
    if (!parsed.simulation)
        qFatal("tests: simulation_in_progress.json does not parse");
    return *parsed.simulation;
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
        QTest::addColumn<bool>("dark");
        QTest::newRow("German") << QStringLiteral("de") << false;
        QTest::newRow("Hindi") << QStringLiteral("hi") << false;
        QTest::newRow("German, dark") << QStringLiteral("de") << true;
        QTest::newRow("Hindi, dark") << QStringLiteral("hi") << true;
    }

    void nothingIsClipped()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QSettings().remove(QStringLiteral("window")); // the first start's layout
        const LanguageScope scope(language);
        QVERIFY(scope.loaded());
        theme::apply(dark ? theme::Choice::Dark : theme::Choice::Light); // before the window, as at start-up
        const auto lightAgain = qScopeGuard([] { theme::apply(theme::Choice::Light); });

        Session session;
        MainWindow window(session);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Simulation simulation = fixtureSimulation();
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
            window.grab().save(QDir(dir).filePath(QStringLiteral("translated-%1%2.png").arg(language, dark ? QStringLiteral("-dark") : QString())));
        }

        const QStringList clipped = clippedIn(&window);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

    void dialogsAreNotClipped_data() { nothingIsClipped_data(); }

    // The Simulations browser beside the window, and each dialog at the size it opens with.
    void dialogsAreNotClipped()
    {
        QFETCH(QString, language);
        QSettings().remove(QStringLiteral("window"));
        const LanguageScope scope(language);
        QVERIFY(scope.loaded());
        const QString shots = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
        QStringList clipped;
        const auto check = [&](QWidget *widget, const QString &name) {
            widget->show();
            QVERIFY(QTest::qWaitForWindowExposed(widget));
            QCoreApplication::processEvents();
            if (!shots.isEmpty())
                widget->grab().save(QDir(shots).filePath(QStringLiteral("translated-%1-%2.png").arg(language, name)));
            for (const QString &problem : clippedIn(widget))
                clipped << name + QStringLiteral(": ") + problem;
        };

        StandinServer server; // the account's runs, as the browser shows them
        server.seedDemo();
        QVERIFY(server.listen() != 0);
        Session session;
        session.settings().setBaseUrl(server.baseUrl());
        session.settings().setApiKey(StandinServer::defaultApiKey());
        session.applySettings();
        MainWindow window(session);
        window.resize(1280, 720);
        window.browserDock()->show();
        window.show();
        const QTableView *runs = window.browserDock()->findChild<QTableView *>(QStringLiteral("browserView"));
        QVERIFY(runs);
        QTRY_VERIFY(runs->model()->rowCount() > 10);
        check(&window, QStringLiteral("browser"));
        SettingsDialog settings(&session.settings(), &window);
        check(&settings, QStringLiteral("settings"));
        AddSimulationDialog add({}, &window);
        check(&add, QStringLiteral("add"));
        ShortcutsDialog shortcuts(&window, &window);
        check(&shortcuts, QStringLiteral("shortcuts"));
        // Actions by name, as the menus say them without the mnemonic ("(&H)" in Hindi).
        for (const auto &[name, keys] : ShortcutsDialog::shortcutsOf(&window))
            QVERIFY2(!name.contains(QRegularExpression(QStringLiteral("\\([A-Z]\\)"))) && !name.contains(QLatin1Char('&')), qPrintable(name));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
        // Qt's own buttons in the language too (Hindi's from SimWatch's qtbase_hi).
        const QString cancel = add.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text();
        QCOMPARE(cancel, language == QLatin1String("de") ? QStringLiteral("Abbrechen") : QString::fromUtf8("रद्द करें"));
    }

    void numbersFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("thousands");  // 1234 calls
        QTest::addColumn<QString>("percent");    // progress 42
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("1,234") << QStringLiteral("42%");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("1.234") << QStringLiteral("42 %");
        QTest::newRow("Hindi") << QStringLiteral("hi") << QStringLiteral("1,234") << QStringLiteral("42%");
    }

    // What a reader checks: a count of calls with the language's separator, the share with its
    // sign where the language puts it, dates in the language's own format; ids and --json untouched.
    void numbersFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, thousands);
        QFETCH(QString, percent);
        const LanguageScope scope(language);
        QVERIFY(scope.loaded());
        Simulation simulation = fixtureSimulation();
        simulation.calls.total = 1234;
        simulation.calls.finished = 1200;
        simulation.progressPercent = 42;
        simulation.id = 4567;
        const QDateTime exportedAt(QDate(2026, 12, 3), QTime(14, 5), Qt::UTC);
        const QString localDate = scope.locale().toString(simulation.created, QLocale::ShortFormat);

        const QString markdown = report::markdownReport(simulation, exportedAt);
        QVERIFY2(markdown.contains(QStringLiteral("| ") + thousands + QStringLiteral(" |")), qPrintable(markdown.left(2000)));
        QVERIFY2(markdown.contains(QStringLiteral("| ") + percent + QStringLiteral(" |")), qPrintable(markdown.left(2000)));
        QVERIFY2(markdown.contains(localDate), qPrintable(localDate));
        QVERIFY(markdown.contains(scope.locale().toString(exportedAt, QLocale::ShortFormat)));
        QVERIFY(markdown.contains(QStringLiteral("| 4567 |"))); // an id, not a quantity

        const QString line = headless::humanLine(simulation.id, &simulation, {});
        QVERIFY2(line.startsWith(QStringLiteral("#4567 ")), qPrintable(line));
        QVERIFY2(line.contains(thousands) && line.contains(percent), qPrintable(line));
        const QJsonObject json = headless::record(simulation.id, &simulation, {});
        QCOMPARE(json.value(QStringLiteral("progress")).toInt(), 42);
        QCOMPARE(json.value(QStringLiteral("calls")).toObject().value(QStringLiteral("total")).toInt(), 1234);
        QCOMPARE(json.value(QStringLiteral("created")).toString(), simulation.created.toUTC().toString(Qt::ISODate));

        Session session;
        MainWindow window(session);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.store().watch(simulation.id);
        session.store().applySimulation(simulation.id, simulation, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        window.selectSimulation(simulation.id);
        QCoreApplication::processEvents();
        const QProgressBar *bar = window.findChild<QProgressBar *>();
        QVERIFY(bar);
        QCOMPARE(bar->text(), percent);
        QStringList shown;
        for (const QLabel *label : window.findChildren<QLabel *>())
            shown << label->text();
        QVERIFY2(shown.join(QLatin1Char('\n')).contains(thousands), qPrintable(shown.join(QLatin1Char('\n'))));
        // A plural count (%Ln) as a stopped run's card says it.
        const QString stopped = ProgressPanel::countsText(1200, 0, 34, 1234, 0, true);
        QVERIFY2(stopped.contains(thousands) && stopped.contains(numberText(1200)), qPrintable(stopped));
        // The progress chart's percent axis writes its numbers as the bar does.
        QStringList percentAxes;
        for (QChartView *view : window.findChildren<QChartView *>()) {
            for (QAbstractAxis *axis : view->chart()->axes(Qt::Vertical)) {
                const auto *values = qobject_cast<QValueAxis *>(axis);
                if (values && values->labelFormat().contains(QLatin1String("%.0d")) && values->max() == 100) {
                    QVERIFY(view->chart()->localizeNumbers());
                    percentAxes << values->labelFormat();
                }
            }
        }
        QCOMPARE(percentAxes, QStringList{QString(percent).replace(QLatin1String("42"), QLatin1String("%.0d"))});
        // Durations: h:mm:ss is the pattern of all three languages, in their digits.
        QCOMPARE(formatDuration(3723), QStringLiteral("1:02:03"));
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
