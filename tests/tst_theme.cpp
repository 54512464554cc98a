// The light and dark themes: every text/background and mark/background pair the window draws
// has WCAG AA contrast (4.5:1 for text, 3:1 for marks), and the window follows the theme chosen.

#include "domain/parse.h"
#include "mainwindow.h"
#include "recordingspanel.h"
#include "session.h"
#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QTreeView>
#include <QStandardPaths>
#include <QTest>

using namespace simwatch;

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void everyPairHasEnoughContrast_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void everyPairHasEnoughContrast()
    {
        QFETCH(QString, choice);
        theme::apply(theme::choiceFromKey(choice));
        QCOMPARE(theme::isDark(), choice == QLatin1String("dark"));
        const QList<theme::ColourPair> pairs = theme::colourPairs();
        QVERIFY(pairs.size() > 30);
        QStringList failing;
        for (const theme::ColourPair &pair : pairs) {
            const double ratio = theme::contrastRatio(pair.foreground, pair.background);
            if (ratio < pair.minimum)
                failing.append(QStringLiteral("%1: %2 on %3 is %4:1 (needs %5:1)")
                                   .arg(pair.name, pair.foreground.name(), pair.background.name())
                                   .arg(ratio, 0, 'f', 2).arg(pair.minimum));
        }
        QVERIFY2(failing.isEmpty(), qPrintable(failing.join(QLatin1Char('\n'))));
    }

    void theContrastRatioIsWcags()
    {
        QCOMPARE(qRound(theme::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(theme::contrastRatio(Qt::white, Qt::white) * 100), 100);
        QCOMPARE(qRound(theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 10), 45); // the AA grey
    }

    // The dark theme reaches the window: its background is dark, its text light.
    void theWindowFollowsTheDarkTheme()
    {
        theme::apply(theme::Choice::Dark);
        Session session;
        MainWindow window(session);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QFile file(QStringLiteral(SIMWATCH_TESTDATA_DIR "/simulation_completed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Simulation run = *parse::simulationResponse(file.readAll()).simulation;
        session.store().watch(run.id);
        session.store().applySimulation(run.id, run, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        window.selectSimulation(run.id);
        QTreeView *calls = window.recordingsPanel()->view();
        calls->setCurrentIndex(calls->model()->index(1, 0, calls->rootIndex()));
        QCoreApplication::processEvents();
        const QImage shot = window.grab().toImage();
        const QColor corner = shot.pixelColor(shot.width() - 4, shot.height() / 2);
        QVERIFY2(corner.lightnessF() < 0.35, qPrintable(corner.name()));
        QVERIFY(window.palette().color(QPalette::WindowText).lightnessF() > 0.8);
        const QString dir = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
        if (!dir.isEmpty())
            shot.save(dir + QStringLiteral("/theme-dark-1280x720.png"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
