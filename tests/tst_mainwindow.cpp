// The main window as a user sees it, driven by a real SimulationModel filled with hand-built
// Simulation values (no network). Runs offscreen; set SIMWATCH_SHOT_DIR to keep screenshots.

#include "api/apiclient.h"
#include "appsettings.h"
#include "settingscheck.h"
#include "domain/datetext.h"
#include "domain/parse.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "session.h"
#include "model/simulationmodel.h"
#include "progresspanel.h"
#include "recordingdetail.h"
#include "verdictpanel.h"
#include "recordingsfilter.h"
#include "recordingspanel.h"
#include "reviewpanes.h"
#include "safetextbrowser.h"
#include "sentimentpie.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "simulationheader.h"
#include "statusbadge.h"
#include "theme.h"
#include "uitext.h"
#include "watch/watcher.h"
#include "watchlistdelegate.h"

#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QStatusBar>
#include <QMenuBar>
#include <QMenu>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

#include <memory>
#include <numeric>

using namespace simwatch;
using namespace Qt::StringLiterals;

namespace {

const QString Hostile = u"<b>bold</b><img src=http://127.0.0.1:1/x.png>"_s;

QDateTime utc(int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 5, 8), QTime(h, m, s), Qt::UTC);
}

Recording makeRecording(int n, const QString &sentiment)
{
    const QJsonObject raw{
        {u"id"_s, 1000 + n},
        {u"time_of_call"_s, u"05/08/2026 09:%1:00"_s.arg(10 + n, 2, 10, QLatin1Char('0'))},
        {u"call_status"_s, u"completed"_s},
        {u"call_duration"_s, u"1:05"_s},
        {u"call_duration_in_seconds"_s, 65},
        {u"sentiment_score"_s, sentiment},
        {u"recording_url"_s, false},
        {u"call_conversation"_s, u"Agent: Hello, how can I help?<br/>User: I want a refund<br/>Agent: Done."_s},
        {u"scenario_id"_s, QJsonObject{{u"id"_s, 7}, {u"name"_s, u"Refund request"_s}}},
        {u"extracted_variables"_s, QJsonObject{{u"order"_s, u"A-17"_s}, {u"refund"_s, true}}},
        {u"is_simulation"_s, true},
    };
    return parse::recording(raw);
}

ReviewText review(ReviewText::State state, const QString &text = {})
{
    return ReviewText{state, text};
}

// 8 calls, 3 finished (2 positive, 1 negative), 2 running.
Simulation running(int recordings = 3)
{
    Simulation s;
    s.id = 456;
    s.name = u"Customer Support Test"_s;
    s.agent = AgentRef{1234, u"Customer Support Agent"_s};
    s.statusText = u"In Progress"_s;
    s.status = Status::InProgress;
    s.progressPercent = 37.5;
    s.calls = CallCounts{8, 3, 2, 3, 2};
    s.sentiment = Sentiment{2, 1, 0};
    s.summary = review(ReviewText::State::NotYet);
    s.whatWentWrong = review(ReviewText::State::NotYet);
    s.suggestionsForImprovement = review(ReviewText::State::NotYet);
    s.promptSuggestion = review(ReviewText::State::NotYet);
    s.canStop = true;
    s.created = utc(9, 10, 29);
    s.numberOfCallToMake = 1;
    s.concurrentCallCount = 3;
    s.maxCallDurationMinutes = 3;
    for (int i = 0; i < 8; ++i)
        s.scenarios.append(QJsonObject{{u"id"_s, 70 + i}, {u"name"_s, u"Scenario %1"_s.arg(i + 1)}});
    const char *sentiments[] = {"Positive", "Negative", "Positive", "Neutral", "Positive", "Positive", "Negative", "Neutral"};
    for (int i = 0; i < recordings; ++i)
        s.recordings.append(makeRecording(i, QString::fromLatin1(sentiments[i % 8])));
    return s;
}

Simulation pending()
{
    Simulation s = running(0);
    s.statusText = u"Pending"_s;
    s.status = Status::Pending;
    s.progressPercent = 0;
    s.calls = CallCounts{8, 0, 0, 8, 0};
    s.sentiment = {};
    return s;
}

Simulation completed()
{
    Simulation s = running(8);
    s.statusText = u"Completed"_s;
    s.status = Status::Completed;
    s.progressPercent = 100;
    s.calls = CallCounts{8, 8, 0, 0, 0};
    s.sentiment = Sentiment{5, 2, 1};
    s.canStop = false;
    s.summary = review(ReviewText::State::Text,
                       u"## Overall\n\nThe agent handled **6 of 8** refund calls well.\n\n"
                       "- Greets politely\n- Confirms the order number\n- Escalates late\n"_s);
    s.whatWentWrong = review(ReviewText::State::Text,
                             u"Two callers had to repeat their order number; one call ended without a refund."_s);
    s.suggestionsForImprovement = review(ReviewText::State::NoText);
    s.promptSuggestion = review(ReviewText::State::Text, u"Ask for the order number **once**, then confirm it."_s);
    s.promptSuggestionApplied = true;
    return s;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void resourcesLoad();
    void showsWhatTheServerSent();
    void emptyStatesBeforeFinishedCalls();
    void newCallsKeepSelectionAndScroll();
    void recordingDetailShowsEveryKey();
    void reviewPanes();
    void errorBannerKeepsLastGoodData();
    void errorBannerTitles_data();
    void errorBannerTitles();
    void hostileTextIsShownLiterally();
    void unknownStatusKeepsServerText();
    void selectionFollowsTheWatchList();
    void settingsDialogValidates();
    void authenticationOpensSettingsOnce();
    void keyboardAccess();
    void sentimentPieShowsTheModelsCounts();
    void sentimentPieClickFiltersCalls();
    void sentimentPieToolTips();
    void windowTitle();
    void tabOrderFollowsTheEye();
    void nextNegativeFromAnywhere();
    void sortCallsFromTheKeyboard();
    void reviewTextsLinkToCalls();
    void voicesInWords();
    void keyboardShortcutsAreListed();
    void screenshots();

private:
    void applyAndSelect(const Simulation &simulation);
    QImage saveShot(const QString &name);

    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    // Parts of the session and the window, for short test code.
    SimulationStore *m_store = nullptr;
    SimulationModel *m_model = nullptr;
    Watcher *m_watcher = nullptr;
    AppSettings *m_settings = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // window layout goes to a throwaway settings file
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMainWindow::init()
{
    m_session = std::make_unique<Session>();
    m_session->settings().setBaseUrl(QUrl(u"http://127.0.0.1:1/api/v1"_s));
    m_session->settings().setApiKey(u"demo-key-0123456789"_s);
    m_store = &m_session->store();
    m_watcher = &m_session->watcher();
    m_settings = &m_session->settings();
    m_window = std::make_unique<MainWindow>(*m_session);
    m_model = m_window->model();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_session.reset();
}

void TestMainWindow::applyAndSelect(const Simulation &simulation)
{
    m_store->watch(simulation.id);
    m_store->applySimulation(simulation.id, simulation, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    m_window->selectSimulation(simulation.id);
    QCOMPARE(m_window->selectedSimulationId(), simulation.id);
}

QImage TestMainWindow::saveShot(const QString &name)
{
    // Let posted layout requests run first, as they would before the next paint in the app.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const QImage shot = m_window->grab().toImage();
    const QString dir = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        if (!shot.save(QDir(dir).filePath(name)))
            qWarning("could not save %s", qPrintable(name));
    }
    return shot;
}

namespace {

// Pixels of `image` inside `area` within `tolerance` (per channel) of `colour`.
int pixelsOf(const QImage &image, const QRect &area, const QColor &colour, int tolerance = 12)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) <= tolerance && qAbs(c.green() - colour.green()) <= tolerance
                && qAbs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

// Pixels of `area` that differ clearly from its most common colour (the background): drawn text.
int inkPixels(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> histogram;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++histogram[image.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    return int(inside.width() * inside.height()) - pixelsOf(image, inside, QColor(background), 40);
}

// Where `widget` is drawn in a grab of `window`.
QRect areaOf(QWidget *widget, QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

} // namespace

void TestMainWindow::resourcesLoad()
{
    for (const char *name : {"add", "remove", "refresh", "settings", "quit", "about", "simwatch", "warning"}) {
        const QString path = u":/icons/"_s + QLatin1String(name) + u".svg"_s;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY2(!QIcon(path).pixmap(16, 16).isNull(), qPrintable(path));
    }
    QVERIFY(!m_window->refreshAction()->icon().isNull());
    QVERIFY(!m_window->windowIcon().isNull());
}

void TestMainWindow::showsWhatTheServerSent()
{
    const Simulation sim = running();
    applyAndSelect(sim);

    SimulationHeader *header = m_window->header();
    QCOMPARE(header->nameLabel()->text(), u"Customer Support Test"_s);
    QCOMPARE(header->agentLabel()->text(), u"Customer Support Agent (#1234)"_s);
    // The locale's format through the one helper, in UTC and said so.
    QCOMPARE(header->createdLabel()->text(), u"Created "_s + dateTimeTextUtc(QDateTime(QDate(2026, 5, 8), QTime(9, 10, 29), Qt::UTC)));
    QVERIFY(header->createdLabel()->text().endsWith(u" UTC"_s));
    QCOMPARE(header->statusBadge()->text(), u"\u25B6 In Progress"_s); // glyph + text, not colour alone
    QCOMPARE(header->statusBadge()->status(), Status::InProgress);
    QCOMPARE(header->factsLabel()->text(), u"8 scenarios \u00D7 1 call \u00B7 3 at a time \u00B7 up to 3 min per call"_s);

    QCOMPARE(m_window->progressPanel()->progressBar()->value(), sim.progressRounded());
    QCOMPARE(m_window->progressPanel()->progressBar()->text(), u"%1%"_s.arg(sim.progressRounded()));
    QCOMPARE(m_window->progressPanel()->countsLabel()->text(),
             u"Finished 3 \u00B7 In progress 2 \u00B7 Remaining 3 of 8 calls \u00B7 2 active"_s);

    SentimentPie *pie = m_window->sentimentPie();
    QVERIFY(!pie->isEmptyStateShown());
    QCOMPARE(pie->sliceValues(), (QList<int>{2, 1, 0}));
    QCOMPARE(pie->sliceLabels().value(0), u"Positive 2 (67%)"_s); // shares add up to 100
    QCOMPARE(pie->sliceLabels().value(1), u"Negative 1 (33%)"_s);
    QCOMPARE(pie->sliceLabels().value(2), u"Neutral 0 (0%)"_s);

    RecordingsPanel *recordings = m_window->recordingsPanel();
    QVERIFY(!recordings->isEmptyStateShown());
    QCOMPARE(recordings->view()->model()->rowCount(recordings->view()->rootIndex()), 3);
    QCOMPARE(recordings->simulation(), m_model->indexOfSimulation(456));

    QVERIFY(m_window->updatedLabel()->text().startsWith(u"Updated "_s));
    QVERIFY(m_window->updatedLabel()->text().endsWith(u" ago"_s));
    QCOMPARE(m_window->intervalLabel()->text(), u"Polling every 3 s"_s);
    QVERIFY(m_window->windowTitle().contains(u"Customer Support Test"_s));
    QVERIFY(!m_window->errorBanner()->isVisible());
}

void TestMainWindow::emptyStatesBeforeFinishedCalls()
{
    m_store->watch(456);
    QTRY_COMPARE(m_window->selectedSimulationId(), 456); // the first row is selected by itself
    QCOMPARE(m_window->updatedLabel()->text(), u"Never updated"_s);
    QCOMPARE(m_window->header()->agentLabel()->text(), u"Waiting for the server\u2026"_s);

    m_store->applySimulation(456, pending(), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QCOMPARE(m_window->header()->statusBadge()->text(), u"\u25F7 Pending"_s);
    QVERIFY(m_window->sentimentPie()->isEmptyStateShown());
    QVERIFY(m_window->sentimentPie()->emptyStateLabel()->isVisible());
    QCOMPARE(m_window->sentimentPie()->emptyStateLabel()->text(),
             u"No finished calls yet \u2014 sentiment appears as calls complete"_s);
    QCOMPARE(m_window->sentimentPie()->sliceCount(), 0); // a text, not an empty chart
    QVERIFY(!m_window->sentimentPie()->chartView() || !m_window->sentimentPie()->chartView()->isVisible());
    QVERIFY(m_window->recordingsPanel()->isEmptyStateShown());
    QVERIFY(m_window->recordingsPanel()->emptyStateLabel()->isVisible());
    QCOMPARE(m_window->recordingsPanel()->emptyStateLabel()->text(), u"No calls have finished yet"_s);
    QCOMPARE(m_window->progressPanel()->progressBar()->value(), 0);
    QVERIFY(m_window->updatedLabel()->text().startsWith(u"Updated "_s));

    // Calls finish: the empty states give way.
    m_store->applySimulation(456, running(), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QVERIFY(!m_window->sentimentPie()->isEmptyStateShown());
    QVERIFY(m_window->sentimentPie()->chartView()->isVisible());
    QVERIFY(!m_window->sentimentPie()->emptyStateLabel()->isVisible());
    QVERIFY(!m_window->recordingsPanel()->isEmptyStateShown());
    QVERIFY(m_window->recordingsPanel()->view()->isVisible());
}

void TestMainWindow::newCallsKeepSelectionAndScroll()
{
    applyAndSelect(running(3));
    QTreeView *view = m_window->recordingsPanel()->view();
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    const QModelIndex second = view->model()->index(1, 0, view->rootIndex());
    view->selectionModel()->setCurrentIndex(second, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!m_window->recordingsPanel()->detail()->isPlaceholderShown());
    QVERIFY(m_window->recordingsPanel()->detail()->shownText().startsWith(u"Call #1001"_s));

    Simulation more = running(8);
    more.calls = CallCounts{8, 8, 0, 0, 0};
    more.sentiment = Sentiment{4, 2, 2};
    m_store->applySimulation(456, more, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(view->model()->rowCount(view->rootIndex()), 8);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 1);
    QCOMPARE(view->currentIndex().row(), 1);
    QVERIFY(m_window->recordingsPanel()->detail()->shownText().startsWith(u"Call #1001"_s));
    QCOMPARE(m_window->sentimentPie()->sliceValues(), (QList<int>{4, 2, 2}));
    QCOMPARE(m_window->progressPanel()->countsLabel()->text(),
             u"Finished 8 \u00B7 In progress 0 \u00B7 Remaining 0 of 8 calls \u00B7 0 active"_s);

    // A later poll with the same calls leaves the view alone.
    const int scroll = view->verticalScrollBar()->value();
    m_store->applySimulation(456, more, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
    QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), 1);
}

void TestMainWindow::recordingDetailShowsEveryKey()
{
    Simulation sim = running(1);
    QJsonObject raw = sim.recordings[0].raw();
    raw.insert(u"custom_flag"_s, false);
    raw.insert(u"voice"_s, QJsonObject{{u"id"_s, u"v-9"_s}, {u"provider"_s, u"eleven_labs"_s}});
    raw.insert(u"tags"_s, QJsonArray{u"refund"_s, u"angry"_s});
    raw.insert(u"analysis"_s, QJsonObject{{u"items"_s, QJsonArray{QJsonObject{{u"sku"_s, u"X1"_s}, {u"qty"_s, 2}}}},
                                          {u"escalated"_s, false}});
    // Not http(s): no player is made for it (audio is tst_review's; GStreamer here would only add
    // its process-lifetime allocations to the leak check of the sanitizer build).
    raw.insert(u"recording_url"_s, u"ftp://example.com/rec/1.mp3"_s);
    sim.recordings[0] = parse::recording(raw);
    applyAndSelect(sim);

    QTreeView *view = m_window->recordingsPanel()->view();
    view->selectionModel()->setCurrentIndex(view->model()->index(0, 0, view->rootIndex()),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString text = m_window->recordingsPanel()->detail()->shownText();
    for (const QString &key : raw.keys())
        QVERIFY2(text.contains(RecordingDetail::keyLabel(key)), qPrintable(key));
    QVERIFY(text.contains(u"Refund request (#7)"_s));
    QVERIFY(text.contains(u"order: A-17 \u00B7 refund: yes"_s)); // small flat object on one line
    QVERIFY(text.contains(u"\"sku\": \"X1\""_s));                 // deeper nesting pretty-printed
    QVERIFY(text.contains(u"\"escalated\": false"_s));
    QVERIFY(text.contains(u"id: v-9 \u00B7 provider: eleven_labs"_s)); // small flat object on one line
    QVERIFY(text.contains(u"refund, angry"_s));
    QVERIFY(text.contains(u"ftp://example.com/rec/1.mp3"_s));
    QVERIFY(text.contains(u"\nCustom flag\n\u2014\n"_s)); // custom_flag: false
    QCOMPARE(RecordingDetail::valueText(raw.value(u"custom_flag"_s)), u"\u2014"_s);
    // The transcript, one turn per line, with no markup left.
    QVERIFY(text.contains(u"\nUser: I want a refund\n"_s));
    QVERIFY(text.contains(u"Agent: Done."_s));
    QVERIFY(!text.contains(u"<br"_s));

    QCOMPARE(RecordingDetail::valueText(QJsonValue(false)), u"\u2014"_s);
    QCOMPARE(RecordingDetail::valueText(QJsonValue(true)), u"yes"_s);
    QCOMPARE(RecordingDetail::valueText(QJsonValue(65)), u"65"_s);
}

void TestMainWindow::reviewPanes()
{
    applyAndSelect(running());
    ReviewPanes *panes = m_window->reviewPanes();
    for (int i = 0; i < ReviewPanes::PaneCount; ++i) {
        const auto pane = ReviewPanes::Pane(i);
        QVERIFY(panes->isPlaceholderShown(pane));
        QCOMPARE(panes->shownText(pane), u"Not available yet: written when the run has finished"_s);
        QVERIFY(panes->placeholder(pane)->font().italic());
        QVERIFY(panes->tabs()->tabIcon(i).isNull());
    }
    QCOMPARE(panes->promptAppliedLabel()->text(), u"Applied to the agent: no"_s);

    m_store->applySimulation(456, completed(), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QVERIFY(!panes->isPlaceholderShown(ReviewPanes::Summary));
    const QString summary = panes->shownText(ReviewPanes::Summary);
    QVERIFY2(summary.contains(u"The agent handled 6 of 8 refund calls well."_s), qPrintable(summary));
    QVERIFY(!summary.contains(u"**"_s)); // rendered as Markdown, not shown raw
    QVERIFY(summary.contains(u"Confirms the order number"_s));
    QVERIFY(panes->shownText(ReviewPanes::WhatWentWrong).contains(u"repeat their order number"_s));
    QCOMPARE(panes->shownText(ReviewPanes::Suggestions), u"Available, but the server sent no text"_s);
    QVERIFY(panes->shownText(ReviewPanes::PromptSuggestion).contains(u"Ask for the order number once"_s));
    QCOMPARE(panes->promptAppliedLabel()->text(), u"Applied to the agent: yes"_s);
    // The tabs say which panes have text.
    QVERIFY(!panes->tabs()->tabIcon(ReviewPanes::Summary).isNull());
    QVERIFY(panes->tabs()->tabIcon(ReviewPanes::Suggestions).isNull());
    QCOMPARE(m_window->header()->statusBadge()->text(), u"\u2714 Completed"_s);
    QVERIFY(m_window->intervalLabel()->text().startsWith(u"Run finished"_s));

    // Read-only, no automatic link following.
    QVERIFY(panes->browser(ReviewPanes::Summary)->isReadOnly());
    QVERIFY(!panes->browser(ReviewPanes::Summary)->openLinks());
    QVERIFY(!panes->browser(ReviewPanes::Summary)->openExternalLinks());
    QVERIFY(SafeTextBrowser::isOpenableLink(QUrl(u"https://example.com/a"_s)));
    QVERIFY(!SafeTextBrowser::isOpenableLink(QUrl(u"file:///etc/passwd"_s)));
    QVERIFY(!SafeTextBrowser::isOpenableLink(QUrl(u"javascript:alert(1)"_s)));
}

void TestMainWindow::errorBannerKeepsLastGoodData()
{
    const Simulation sim = running();
    applyAndSelect(sim);
    ErrorBanner *banner = m_window->errorBanner();
    QVERIFY(!banner->isVisible());

    ApiError error;
    error.kind = ApiError::Kind::ConnectionRefused;
    error.message = u"Connection refused by 127.0.0.1:1."_s;
    m_store->applyError(456, error);

    QVERIFY(banner->isVisible());
    QCOMPARE(banner->titleLabel()->text(), u"Cannot reach the server"_s);
    QVERIFY(banner->messageLabel()->text().contains(error.message));
    QCOMPARE(banner->messageLabel()->textFormat(), Qt::PlainText);
    QVERIFY(banner->retryButton()->isVisible());
    QVERIFY(!banner->settingsButton()->isVisible());
    // The last good data stays on screen under the banner.
    QCOMPARE(m_window->header()->nameLabel()->text(), sim.name);
    QCOMPARE(m_window->progressPanel()->progressBar()->value(), sim.progressRounded());
    QCOMPARE(m_window->sentimentPie()->sliceValues(), (QList<int>{2, 1, 0}));
    QCOMPARE(m_window->recordingsPanel()->view()->model()->rowCount(m_window->recordingsPanel()->view()->rootIndex()), 3);
    QVERIFY(m_window->updatedLabel()->text().startsWith(u"Updated "_s));
    QVERIFY(m_window->updatedLabel()->text().endsWith(u" \u00B7 last attempt failed"_s));
    QVERIFY(banner->geometry().bottom() < m_window->header()->mapTo(banner->parentWidget(), QPoint(0, 0)).y());

    // The next good reply clears it.
    m_store->applySimulation(456, running(4), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QVERIFY(!banner->isVisible());
    QVERIFY(!m_window->updatedLabel()->text().contains(u"failed"_s));
}

void TestMainWindow::errorBannerTitles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("settingsButton");
    QTest::newRow("401") << int(ApiError::Kind::Unauthorized) << u"API key rejected"_s << true;
    QTest::newRow("404") << int(ApiError::Kind::NotFound) << u"Simulation not found"_s << false;
    QTest::newRow("5xx") << int(ApiError::Kind::ServerError) << u"The server answered with an error"_s << false;
    QTest::newRow("dns") << int(ApiError::Kind::HostNotFound) << u"Cannot reach the server"_s << false;
}

void TestMainWindow::errorBannerTitles()
{
    QFETCH(int, kind);
    QFETCH(QString, title);
    QFETCH(bool, settingsButton);
    m_store->watch(456);
    QTRY_COMPARE(m_window->selectedSimulationId(), 456);
    ApiError error;
    error.kind = ApiError::Kind(kind);
    error.message = u"Details"_s;
    m_store->applyError(456, error);
    QVERIFY(m_window->errorBanner()->isVisible());
    QCOMPARE(m_window->errorBanner()->titleLabel()->text(), title);
    QCOMPARE(m_window->errorBanner()->settingsButton()->isVisible(), settingsButton);
    QCOMPARE(m_window->updatedLabel()->text(), u"Never updated \u00B7 last attempt failed"_s);
}

void TestMainWindow::hostileTextIsShownLiterally()
{
    Simulation sim = completed();
    sim.name = Hostile;
    sim.agent = AgentRef{1, Hostile};
    sim.summary = review(ReviewText::State::Text,
                         Hostile + u"\n\n![tracker](http://127.0.0.1:1/t.png) ![local](file:///etc/hostname)"
                                   "\n\n[docs](https://example.com/docs \"<img src=file:///etc/hostname>\")"_s);
    applyAndSelect(sim);

    QLabel *name = m_window->header()->nameLabel();
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QCOMPARE(name->text(), Hostile);
    QCOMPARE(m_window->header()->agentLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(m_window->header()->agentLabel()->text(), Hostile + u" (#1)"_s);

    SafeTextBrowser *browser = m_window->reviewPanes()->browser(ReviewPanes::Summary);
    QCOMPARE(browser->imageCount(), 0);
    QVERIFY(!browser->toHtml().contains(u"<img"_s));
    QVERIFY2(browser->toPlainText().contains(Hostile), qPrintable(browser->toPlainText()));
    QVERIFY(browser->toPlainText().contains(u"[image not shown]"_s));
    QVERIFY(!browser->loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/hostname"_s)).isValid());
    QVERIFY(browser->toHtml().contains(u"https://example.com/docs"_s)); // links survive, opened only on click
    // Tooltips read markup on their own: every tooltip made from server text is escaped.
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString tip = it.fragment().charFormat().toolTip();
            QVERIFY2(!tip.contains(u"<img"_s), qPrintable(tip));
        }
    }
    const QString listTip = WatchListDelegate::toolTip(m_model->indexOfSimulation(sim.id));
    QVERIFY(listTip.contains(Hostile.toHtmlEscaped()));
    QVERIFY(!listTip.contains(u"<img"_s));
    m_window->header()->nameLabel()->resize(120, m_window->header()->nameLabel()->height());
    m_window->header()->nameLabel()->repaint(); // an elided label sets its tooltip when painted
    QVERIFY(!m_window->header()->nameLabel()->toolTip().isEmpty());
    QVERIFY(!m_window->header()->nameLabel()->toolTip().contains(u"<img"_s));
    QVERIFY(!m_window->header()->statusBadge()->toolTip().contains(u"<img"_s));

    ApiError error;
    error.kind = ApiError::Kind::ServerError;
    error.message = Hostile;
    m_store->applyError(sim.id, error);
    QVERIFY(m_window->errorBanner()->messageLabel()->text().startsWith(Hostile));
    QCOMPARE(m_window->errorBanner()->messageLabel()->textFormat(), Qt::PlainText);
    saveShot(u"mainwindow-hostile.png"_s);
}

void TestMainWindow::unknownStatusKeepsServerText()
{
    Simulation sim = running();
    sim.statusText = u"Paused <i>by admin</i>"_s;
    sim.status = Status::Unknown;
    applyAndSelect(sim);
    StatusBadge *badge = m_window->header()->statusBadge();
    QCOMPARE(badge->textFormat(), Qt::PlainText);
    QVERIFY(badge->text().endsWith(u"Paused <i>by admin</i>"_s));
    QCOMPARE(badge->statusText(), sim.statusText);
}

void TestMainWindow::selectionFollowsTheWatchList()
{
    Simulation first = running();
    Simulation second = completed();
    second.id = 457;
    second.name = u"Billing Flow"_s;
    m_store->watch(456);
    m_store->watch(457);
    m_store->applySimulation(456, first, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    m_store->applySimulation(457, second, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QCOMPARE(m_window->selectedSimulationId(), 456);
    QCOMPARE(m_window->header()->nameLabel()->text(), first.name);

    m_window->selectSimulation(457);
    QCOMPARE(m_window->header()->nameLabel()->text(), u"Billing Flow"_s);
    QCOMPARE(m_window->recordingsPanel()->simulation(), m_model->indexOfSimulation(457));
    QCOMPARE(m_window->sentimentPie()->sliceValues(), (QList<int>{5, 2, 1}));
    QCOMPARE(m_window->reviewPanes()->promptAppliedLabel()->text(), u"Applied to the agent: yes"_s);

    // Data for the other simulation does not touch the panes.
    Simulation changed = first;
    changed.name = u"Renamed"_s;
    m_store->applySimulation(456, changed, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QCOMPARE(m_window->header()->nameLabel()->text(), u"Billing Flow"_s);

    // Remove (Delete in the list): the neighbour is selected and the watch list is remembered.
    m_window->removeAction()->trigger();
    QCOMPARE(m_model->rowCount(), 1);
    QTRY_COMPARE(m_window->selectedSimulationId(), 456);
    QCOMPARE(m_window->header()->nameLabel()->text(), u"Renamed"_s);
    QCOMPARE(m_settings->simulationIds(), QList<int>{456});
    QTRY_VERIFY(m_window->watchList()->selectionModel()->isSelected(m_model->indexOfSimulation(456)));

    m_window->removeAction()->trigger();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_window->selectedSimulationId(), -1);
    QVERIFY(!m_window->refreshAction()->isEnabled());
    QCOMPARE(m_window->updatedLabel()->text(), QString());
}

void TestMainWindow::settingsDialogValidates()
{
    QSignalSpy changed(m_settings, &AppSettings::changed);
    m_window->openSettings();
    QPointer<SettingsDialog> dialog = m_window->settingsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    m_window->openSettings(); // a second request raises the same dialog
    QCOMPARE(m_window->findChildren<SettingsDialog *>().size(), 1);

    QCOMPARE(dialog->apiKeyEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog->intervalSpinBox()->minimum(), 1);
    QCOMPARE(dialog->intervalSpinBox()->maximum(), 3600);
    QCOMPARE(dialog->intervalSpinBox()->value(), 3);
    QVERIFY(dialog->okButton()->isEnabled());

    dialog->apiKeyEdit()->setText(u"short"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->apiKeyError()->isVisible());
    QCOMPARE(dialog->apiKeyError()->text(), SettingsCheck::apiKey(u"short"_s));
    dialog->apiKeyEdit()->setText(u"new-key-abcdefgh"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!dialog->apiKeyError()->isVisible());

    dialog->baseUrlEdit()->setText(u"ftp://example.com"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->baseUrlError()->isVisible());
    dialog->baseUrlEdit()->setText(u"http://example.com/api/v1"_s); // plain http to another host
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->baseUrlEdit()->setText(u"http://127.0.0.1:8080/api/v1"_s); // loopback is fine
    QVERIFY(dialog->okButton()->isEnabled());

    dialog->showKeyButton()->click();
    QCOMPARE(dialog->apiKeyEdit()->echoMode(), QLineEdit::Normal);
    dialog->showKeyButton()->click();
    QCOMPARE(dialog->apiKeyEdit()->echoMode(), QLineEdit::Password);

    dialog->intervalSpinBox()->setValue(10);
    QCOMPARE(changed.count(), 0); // nothing is written before OK
    dialog->okButton()->click();
    QCOMPARE(m_settings->apiKey(), u"new-key-abcdefgh"_s);
    QCOMPARE(m_settings->baseUrl(), QUrl(u"http://127.0.0.1:8080/api/v1"_s));
    QCOMPARE(m_settings->intervalSeconds(), 10);
    QVERIFY(changed.count() >= 1);
    QTRY_VERIFY(!dialog); // deleted on close
    QCOMPARE(m_window->intervalLabel()->text(), u"Polling every 10 s"_s);
}

void TestMainWindow::authenticationOpensSettingsOnce()
{
    applyAndSelect(running());
    ApiError error;
    error.kind = ApiError::Kind::Unauthorized;
    error.httpStatus = 401;
    error.message = u"Missing or invalid API key"_s;
    emit m_watcher->authenticationRequired(error);
    emit m_watcher->authenticationRequired(error);
    QTRY_VERIFY(m_window->settingsDialog());
    emit m_watcher->authenticationRequired(error); // while it is open: nothing new
    QCoreApplication::processEvents(); // the queued prompt, if one were queued
    QCOMPARE(m_window->findChildren<SettingsDialog *>().size(), 1);
    QVERIFY(m_window->errorBanner()->isVisible());
    QCOMPARE(m_window->errorBanner()->titleLabel()->text(), u"API key rejected"_s);
    QVERIFY(m_window->errorBanner()->settingsButton()->isVisible());
    m_window->settingsDialog()->reject();
    QTRY_VERIFY(!m_window->settingsDialog());
}

void TestMainWindow::keyboardAccess()
{
    QCOMPARE(m_window->refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(m_window->addAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_N)));
    QVERIFY(m_window->addAction()->shortcuts().contains(QKeySequence(Qt::Key_Insert)));
    QCOMPARE(m_window->removeAction()->shortcut(), QKeySequence(Qt::Key_Delete));
    QCOMPARE(m_window->settingsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QCOMPARE(m_window->quitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

    applyAndSelect(running());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Alt+C jumps to the calls, Alt+L back to the watch list (label buddies).
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->recordingsPanel()->view());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->watchList());
    // Review tabs by mnemonic: Alt+W shows "What went wrong" (no clash with the menus).
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
    QTRY_COMPARE(m_window->reviewPanes()->tabs()->currentIndex(), int(ReviewPanes::WhatWentWrong));
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(m_window->reviewPanes()->tabs()->currentIndex(), int(ReviewPanes::Summary));
    // Add and Remove are on the toolbar and in the menu only (no second pair under the list):
    // Tab from the list goes on to the charts above the calls (the banner is hidden: skipped).
    const QList<QToolButton *> listButtons = m_window->watchList()->parentWidget()->findChildren<QToolButton *>();
    for (QToolButton *button : listButtons)
        QVERIFY(button->defaultAction() != m_window->addAction() && button->defaultAction() != m_window->removeAction());
    m_window->watchList()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_window->chartTabs()->tabBar());
    m_window->watchList()->setFocus();

    // Delete in the list stops watching the selected simulation.
    QTest::keyClick(m_window->watchList(), Qt::Key_Delete);
    QCOMPARE(m_model->rowCount(), 0);
}

namespace {

// The widgets Tab visits from `start`, once round.
QList<QWidget *> tabChain(QWidget *start)
{
    QList<QWidget *> chain{start};
    start->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 80; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next == start)
            break;
        chain.append(next);
    }
    return chain;
}

QString describe(const QList<QWidget *> &chain)
{
    QStringList names;
    for (QWidget *w : chain)
        names.append(QString::fromLatin1(w->metaObject()->className()) + u':' + (w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName()));
    return names.join(u" > "_s);
}

} // namespace

// Tab goes as the eye reads: the list, the calls pane from its search box and filters to the
// table and the call's details (the verdict, its note, the transcript), then the review.
void TestMainWindow::tabOrderFollowsTheEye()
{
    applyAndSelect(running());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    RecordingsPanel *calls = m_window->recordingsPanel();
    calls->view()->setCurrentIndex(calls->view()->model()->index(0, 0, calls->view()->rootIndex()));
    calls->sentimentCombo()->setCurrentIndex(1); // a filter on: "Clear filters" can take focus
    calls->sentimentCombo()->setCurrentIndex(0);
    calls->searchEdit()->setText(u"refund"_s);

    const QList<QWidget *> chain = tabChain(m_window->watchList());
    qInfo().noquote() << describe(chain);
    const auto at = [&chain](QWidget *w) { return chain.indexOf(w); };
    const QList<QWidget *> expected{m_window->watchList(), calls->searchEdit(), calls->sentimentCombo(),
                                    calls->statusCombo(), calls->scenarioCombo(), calls->verdictCombo(),
                                    calls->view(), calls->detail()->browser(), m_window->reviewPanes()->tabs()->tabBar()};
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(at(expected.at(i)) >= 0, qPrintable(u"not reached by Tab: "_s + describe({expected.at(i)})));
    for (qsizetype i = 1; i < expected.size(); ++i)
        QVERIFY2(at(expected.at(i - 1)) < at(expected.at(i)), qPrintable(describe(chain)));
    // The search box and the filters come straight after the list, the table straight after them.
    QCOMPARE(at(calls->searchEdit()), at(m_window->chartTabs()->tabBar()) + 1); // the charts are above the calls
    QCOMPARE(at(calls->view()) - at(calls->verdictCombo()), 2); // "Clear filters" between (a filter is on)

    // Within the call's details: the verdict buttons and the note, then the transcript (here
    // without a history to keep verdicts they are disabled, so Tab passes them: the focus chain
    // itself is what Tab follows once they are enabled).
    const VerdictPanel *verdict = calls->detail()->verdictPanel();
    const QList<QWidget *> inDetail{verdict->button(Verdict::Pass), verdict->button(Verdict::Fail),
                                    verdict->button(Verdict::Unsure), verdict->noteEdit(), calls->detail()->browser()};
    QList<QWidget *> focusChain;
    for (QWidget *w = calls->view()->nextInFocusChain(); w && w != calls->view() && focusChain.size() < 200; w = w->nextInFocusChain())
        focusChain.append(w);
    for (qsizetype i = 0; i < inDetail.size(); ++i) {
        QVERIFY2(focusChain.contains(inDetail.at(i)), qPrintable(describe({inDetail.at(i)})));
        if (i > 0)
            QVERIFY2(focusChain.indexOf(inDetail.at(i - 1)) < focusChain.indexOf(inDetail.at(i)), qPrintable(describe(focusChain.mid(0, 30))));
    }

    // The banner's buttons come between the list and the calls when it shows.
    ApiError error;
    error.kind = ApiError::Kind::NotFound;
    m_store->applyError(456, error);
    const QList<QWidget *> withBanner = tabChain(m_window->watchList());
    QCOMPARE(withBanner.at(1), m_window->errorBanner()->retryButton());
    QCOMPARE(withBanner.at(2), m_window->errorBanner()->removeButton());
    QVERIFY(withBanner.indexOf(calls->searchEdit()) > 2);
}

// N / Shift+N from anywhere in the window, except where N is typed: the search box gets its N.
void TestMainWindow::nextNegativeFromAnywhere()
{
    applyAndSelect(running(8)); // negatives: calls 2 and 7 (rows 1 and 6)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    RecordingsPanel *calls = m_window->recordingsPanel();
    const auto currentRow = [calls] { return calls->filter()->mapToSource(calls->view()->currentIndex()).row(); };

    // In the search box, N is a letter.
    calls->searchEdit()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), calls->searchEdit());
    QTest::keyClick(calls->searchEdit(), 'N', Qt::ShiftModifier);
    QTest::keyClick(calls->searchEdit(), 'n');
    QCOMPARE(calls->searchEdit()->text(), u"Nn"_s);
    QVERIFY(!calls->view()->currentIndex().isValid());
    calls->searchEdit()->clear();

    // From the watch list (not the table), N jumps to the next negative call.
    m_window->watchList()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_window->watchList());
    QTest::keyClick(m_window->watchList(), Qt::Key_N);
    QCOMPARE(currentRow(), 1);
    QCOMPARE(m_window->selectedSimulationId(), 456); // the list's own selection stays
    QTest::keyClick(m_window->watchList(), Qt::Key_N);
    QCOMPARE(currentRow(), 6);
    // From the call's details too.
    calls->detail()->browser()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), calls->detail()->browser());
    QTest::keyClick(calls->detail()->browser(), Qt::Key_N);
    QCOMPARE(currentRow(), 6); // no further one: it stays, and says so
    QCOMPARE(m_window->statusBar()->currentMessage(), u"No further negative call"_s);
    QTest::keyClick(calls->detail()->browser(), Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(currentRow(), 1);
    QTest::keyClick(calls->detail()->browser(), Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(currentRow(), 1);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"No earlier negative call"_s);

    // With no negative call among those shown.
    calls->setSentimentFilter(u"Positive"_s);
    QTest::keyClick(m_window->watchList(), Qt::Key_N);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"No negative call among the calls shown"_s);
}

// Sorting without the mouse: View ▸ Sort calls by, Ctrl+Shift+<column number>, named in the
// column titles' tooltips; the same column again reverses the order.
void TestMainWindow::sortCallsFromTheKeyboard()
{
    applyAndSelect(running(8));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    RecordingsPanel *calls = m_window->recordingsPanel();
    const QHeaderView *header = calls->view()->header();
    QCOMPARE(header->sortIndicatorSection(), int(SimulationModel::ColIndex));

    const QString tip = calls->view()->model()->headerData(SimulationModel::ColSentiment, Qt::Horizontal, Qt::ToolTipRole).toString();
    QCOMPARE(tip, u"Sort by Sentiment (Ctrl+Shift+6; again for the reverse order)"_s);
    QMenu *menu = calls->sortMenu();
    QCOMPARE(menu->actions().size(), int(SimulationModel::ColumnCount));
    QCOMPARE(menu->actions().at(SimulationModel::ColSentiment)->shortcut(), QKeySequence(u"Ctrl+Shift+6"_s));
    bool inViewMenu = false;
    for (QAction *action : m_window->menuBar()->actions())
        inViewMenu |= action->menu() && action->menu()->actions().contains(menu->menuAction());
    QVERIFY(inViewMenu);

    m_window->watchList()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_window->watchList());
    QTest::keyClick(m_window->watchList(), Qt::Key_6, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(header->sortIndicatorSection(), int(SimulationModel::ColSentiment));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(menu->actions().at(SimulationModel::ColSentiment)->isChecked());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Calls sorted by Sentiment, ascending"_s);
    const QModelIndex root = calls->view()->rootIndex();
    QCOMPARE(calls->view()->model()->index(0, SimulationModel::ColSentiment, root).data().toString(), u"Negative"_s);
    QTest::keyClick(m_window->watchList(), Qt::Key_6, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(calls->view()->model()->index(0, SimulationModel::ColSentiment, root).data().toString(), u"Positive"_s);
    // A click on a column title checks its menu entry.
    calls->view()->sortByColumn(SimulationModel::ColIndex, Qt::AscendingOrder);
    QVERIFY(menu->actions().at(SimulationModel::ColIndex)->isChecked());
}

void TestMainWindow::windowTitle()
{
    QCOMPARE(m_window->windowTitle(), u"SimWatch"_s);
    m_window->setApplicationTitle(u"SimWatch \u2014 demo server"_s);
    QCOMPARE(m_window->windowTitle(), u"SimWatch \u2014 demo server"_s);
    applyAndSelect(running());
    QCOMPARE(m_window->windowTitle(), u"Customer Support Test \u2014 SimWatch \u2014 demo server"_s);
}

void TestMainWindow::sentimentPieShowsTheModelsCounts()
{
    applyAndSelect(running());
    SentimentPie *pie = m_window->sentimentPie();
    QVERIFY(!pie->isEmptyStateShown());
    QVERIFY(pie->chartView());
    QVERIFY(pie->chartView()->isVisible());
    QVERIFY(pie->chartView()->inherits("QChartView"));
    QCOMPARE(pie->sliceCount(), 3);
    const QModelIndex index = m_model->indexOfSimulation(456);
    const QList<int> fromModel{index.data(SimulationModel::PositiveRole).toInt(),
                               index.data(SimulationModel::NegativeRole).toInt(),
                               index.data(SimulationModel::NeutralRole).toInt()};
    QCOMPARE(fromModel, (QList<int>{2, 1, 0}));
    QCOMPARE(pie->sliceValues(), fromModel); // read back from the chart's slices
    QCOMPARE(pie->sliceLabels(), (QStringList{u"Positive 2 (67%)"_s, u"Negative 1 (33%)"_s, u"Neutral 0 (0%)"_s}));
    QCOMPARE(pie->chartView()->accessibleName(), u"Sentiment pie chart"_s);
    QVERIFY(pie->chartView()->accessibleDescription().startsWith(u"Positive 2 (67%), Negative 1 (33%), Neutral 0 (0%)"_s));
    QCOMPARE(pie->chartView()->focusPolicy(), Qt::NoFocus); // the combo is the keyboard's way
    QCOMPARE(pie->hintLabel()->text(), u"Click a slice to filter the calls"_s);

    // A later poll: the same chart, new values.
    QWidget *view = pie->chartView();
    m_store->applySimulation(456, completed(), QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    QCOMPARE(pie->chartView(), view);
    QCOMPARE(pie->sliceValues(), (QList<int>{5, 2, 1}));
    QCOMPARE(pie->sliceShares(), (QList<int>{63, 25, 12})); // 62.5, 25, 12.5: the tie goes to the first

    // The legend names every slice: the colours are never the only clue, and none is cut off.
    for (QLabel *label : pie->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
}

void TestMainWindow::sentimentPieClickFiltersCalls()
{
    applyAndSelect(completed()); // 8 calls: 4 positive, 2 negative, 2 neutral
    SentimentPie *pie = m_window->sentimentPie();
    RecordingsPanel *calls = m_window->recordingsPanel();
    QCOMPARE(calls->shownCount(), 8);
    auto *view = qobject_cast<QAbstractScrollArea *>(pie->chartView());
    QVERIFY(view);
    QSignalSpy requests(pie, &SentimentPie::filterRequested);

    // Click on the negative slice: only the negative calls, the combo says so, the slice is out.
    const QPoint negative = pie->slicePosition(1);
    QVERIFY(view->viewport()->rect().contains(negative));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, negative);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(requests.last().value(0).toString(), u"Negative"_s);
    QCOMPARE(calls->shownCount(), 2);
    for (int row = 0; row < calls->view()->model()->rowCount(calls->view()->rootIndex()); ++row) {
        const QModelIndex call = calls->view()->model()->index(row, 0, calls->view()->rootIndex());
        QCOMPARE(call.data(SimulationModel::SentimentRole).toString(), u"Negative"_s);
    }
    QCOMPARE(calls->sentimentCombo()->currentData().toString(), u"Negative"_s);
    QCOMPARE(pie->activeSentiment(), u"Negative"_s);
    QVERIFY(pie->isSliceExploded(1));
    QVERIFY(!pie->isSliceExploded(0));
    QCOMPARE(pie->hintLabel()->text(), u"Calls shown: Negative only"_s); // in words, not only by shape
    QVERIFY(pie->sliceToolTips().value(1).endsWith(u"Click to show every call again"_s));

    // Another slice moves the filter there.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pie->slicePosition(2));
    QCOMPARE(calls->shownCount(), 2);
    QCOMPARE(calls->sentimentCombo()->currentData().toString(), u"Neutral"_s);
    QVERIFY(pie->isSliceExploded(2));
    QVERIFY(!pie->isSliceExploded(1));

    // The same slice again (it has moved out): every call again.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pie->slicePosition(2));
    QCOMPARE(requests.last().value(0).toString(), QString());
    QCOMPARE(calls->shownCount(), 8);
    QCOMPARE(calls->sentimentCombo()->currentIndex(), 0);
    QVERIFY(pie->activeSentiment().isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(!pie->isSliceExploded(i));
    QCOMPARE(pie->hintLabel()->text(), u"Click a slice to filter the calls"_s);

    // The combo (the keyboard's way) marks the slice too, and "Clear filters" unmarks it.
    calls->sentimentCombo()->setCurrentIndex(calls->sentimentCombo()->findData(u"Positive"_s));
    QCOMPARE(calls->shownCount(), 4);
    QVERIFY(pie->isSliceExploded(0));
    calls->clearFilters();
    QVERIFY(!pie->isSliceExploded(0));
    QVERIFY(pie->activeSentiment().isEmpty());

    // The slice's clicked() signal, as a mouse click emits it, toggles the same way.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pie->slicePosition(0));
    QCOMPARE(calls->shownCount(), 4);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pie->slicePosition(0));
    QCOMPARE(calls->shownCount(), 8);

    // Another simulation starts unfiltered, and so does its pie.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pie->slicePosition(1));
    QVERIFY(pie->isSliceExploded(1));
    Simulation other = running(3);
    other.id = 457;
    m_store->watch(457);
    m_store->applySimulation(457, other, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    m_window->selectSimulation(457);
    QCOMPARE(calls->sentimentCombo()->currentIndex(), 0);
    QVERIFY(!pie->isSliceExploded(1));
    QCOMPARE(calls->shownCount(), 3);
}

void TestMainWindow::sentimentPieToolTips()
{
    const auto sharesIn = [](const QStringList &toolTips) {
        static const QRegularExpression share(u"Share: (\\d+)%"_s);
        QList<int> shares;
        for (const QString &text : toolTips)
            shares.append(share.match(text).captured(1).toInt());
        return shares;
    };
    const auto sum = [](const QList<int> &values) { return std::accumulate(values.cbegin(), values.cend(), 0); };

    Simulation sim = running();
    sim.sentiment = Sentiment{1, 1, 1};
    applyAndSelect(sim);
    SentimentPie *pie = m_window->sentimentPie();
    QCOMPARE(pie->sliceToolTips().size(), 3);
    QCOMPARE(pie->sliceToolTips().value(0),
             u"Positive\nCalls: 1 of 3 finished\nShare: 34%\nClick to show only these calls"_s);
    QCOMPARE(sharesIn(pie->sliceToolTips()), (QList<int>{34, 33, 33})); // not 33 + 33 + 33
    QCOMPARE(sum(sharesIn(pie->sliceToolTips())), 100);

    for (const Sentiment &counts : {Sentiment{5, 2, 1}, Sentiment{1, 2, 4}, Sentiment{996, 2, 2}, Sentiment{0, 3, 0}}) {
        sim.sentiment = counts;
        m_store->applySimulation(456, sim, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
        const QList<int> shares = sharesIn(pie->sliceToolTips());
        QCOMPARE(sum(shares), 100);
        QCOMPARE(shares, pie->sliceShares());
        QVERIFY(pie->sliceToolTips().value(0).contains(u"Calls: %1 of %2 finished"_s.arg(QLocale().toString(counts.positive), QLocale().toString(counts.total()))));
    }

    // Hovering a slice shows its text at once.
    auto *view = qobject_cast<QAbstractScrollArea *>(pie->chartView());
    QVERIFY(view);
    QTest::mouseMove(view->viewport(), pie->slicePosition(1));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), pie->sliceToolTips().value(1));
    // The view's own tooltip event (after the usual delay) must not take it away again: a wait
    // for something that must not happen has to be a fixed one, past that delay.
    QTest::qWait(1200);
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), pie->sliceToolTips().value(1));
}

// "Call #1005" in a review text is a link that selects that call, also when a filter hides it;
// a number that names no call of the run stays text.
void TestMainWindow::reviewTextsLinkToCalls()
{
    Simulation s = completed();
    s.whatWentWrong = review(ReviewText::State::Text,
                             u"Call #1005 ended without a refund, as did call 1001. Call #99999 is not this run's."_s);
    applyAndSelect(s);
    ReviewPanes *panes = m_window->reviewPanes();
    SafeTextBrowser *browser = panes->browser(ReviewPanes::WhatWentWrong);
    QStringList links;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor())
                links.append(it.fragment().charFormat().anchorHref());
        }
    }
    QCOMPARE(links, (QStringList{u"simwatch-call:1005"_s, u"simwatch-call:1001"_s}));
    RecordingsPanel *calls = m_window->recordingsPanel();
    calls->setSentimentFilter(u"Negative"_s); // 1001 and 1006: 1005 is hidden
    QVERIFY(!calls->filter()->mapFromSource(m_model->indexOfRecording(456, 1005)).isValid());
    emit browser->anchorClicked(QUrl(u"simwatch-call:1005"_s));
    const QModelIndex current = calls->filter()->mapToSource(calls->view()->currentIndex());
    QCOMPARE(current.data(SimulationModel::IdRole).toInt(), 1005);
    QVERIFY(!calls->filter()->isFiltering());
    QVERIFY(calls->view()->hasFocus() || !m_window->isActiveWindow());
    QVERIFY(calls->detail()->shownText().contains(u"Call #1005"_s));
}

void TestMainWindow::voicesInWords()
{
    QCOMPARE(UiText::voiceText(u"eleven_labs s3://voices-bucket/voices/jenny/manifest.json"_s), u"jenny (ElevenLabs)"_s);
    QCOMPARE(UiText::voiceText(u"rime mist"_s), u"mist (Rime)"_s);
    QCOMPARE(UiText::voiceText(u"play_ht https://cdn.example.com/v/ava-calm/voice.wav"_s), u"ava-calm (PlayHT)"_s);
    QCOMPARE(UiText::voiceText(u"Asteria"_s), u"Asteria"_s);               // a name as sent
    QCOMPARE(UiText::voiceText(u"someone else's voice"_s), u"someone else's voice"_s); // not a provider
}

// Help ▸ Keyboard shortcuts lists the window's own actions, so it cannot go stale.
void TestMainWindow::keyboardShortcutsAreListed()
{
    const QList<std::pair<QString, QString>> shortcuts = ShortcutsDialog::shortcutsOf(m_window.get());
    QStringList names;
    for (const auto &[name, keys] : shortcuts)
        names.append(name + u" = "_s + keys);
    for (const QString &expected : {u"Refresh = F5"_s, u"Next negative call = N"_s, u"Open from History = Ctrl+H"_s,
                                    u"Keyboard shortcuts = F1"_s})
        QVERIFY2(names.contains(expected), qPrintable(names.join(u"; "_s)));
    QVERIFY2(std::any_of(names.cbegin(), names.cend(), [](const QString &n) { return n.startsWith(u"\u2717 Fail = Ctrl+2"_s); }),
             qPrintable(names.join(u"; "_s)));
    ShortcutsDialog dialog(m_window.get());
    QCOMPARE(dialog.table()->rowCount(), shortcuts.size());
}

void TestMainWindow::screenshots()
{
    Simulation live = running(5);
    live.id = 458;
    live.name = u"Billing Flow \u2014 late payments"_s;
    live.agent = AgentRef{88, u"Billing Assistant"_s};
    live.progressPercent = 62.5;
    live.calls = CallCounts{8, 5, 2, 1, 2};
    live.sentiment = Sentiment{3, 1, 1};
    Simulation done = completed();
    Simulation waiting = pending();
    waiting.id = 459;
    waiting.name = u"Onboarding Smoke Test"_s;
    m_store->watch(456);
    m_store->watch(458);
    m_store->watch(459);
    m_store->applySimulation(456, done, QDateTime::currentDateTimeUtc().addSecs(-75), SimulationStore::Source::Detail);
    m_store->applySimulation(458, live, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);
    m_store->applySimulation(459, waiting, QDateTime::currentDateTimeUtc(), SimulationStore::Source::Detail);

    m_window->selectSimulation(456);
    QTreeView *view = m_window->recordingsPanel()->view();
    view->selectionModel()->setCurrentIndex(view->model()->index(1, 0, view->rootIndex()),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // What a QA lead sees first: the three sentiment colours in the ring, the status text drawn.
    QImage shot = saveShot(u"mainwindow-completed.png"_s);
    const QRect pieArea = areaOf(m_window->sentimentPie(), m_window.get());
    const QList<QColor> colours = theme::sentimentColors();
    QCOMPARE(colours.size(), 3);
    for (const QColor &colour : colours)
        QVERIFY2(pixelsOf(shot, pieArea, colour) > 200, qPrintable(colour.name()));
    QVERIFY(!m_window->updatedLabel()->text().isEmpty());
    QVERIFY(inkPixels(shot, areaOf(m_window->updatedLabel(), m_window.get())) > 30);
    QVERIFY(inkPixels(shot, areaOf(m_window->intervalLabel(), m_window.get())) > 30);
    // The negative calls only, chosen on the pie; at the smallest common screen size too.
    auto *pieView = qobject_cast<QAbstractScrollArea *>(m_window->sentimentPie()->chartView());
    QVERIFY(pieView);
    QTest::mouseClick(pieView->viewport(), Qt::LeftButton, {}, m_window->sentimentPie()->slicePosition(1));
    QCOMPARE(m_window->recordingsPanel()->shownCount(), 2);
    saveShot(u"mainwindow-filtered-1440x900.png"_s);
    m_window->resize(1280, 720);
    saveShot(u"mainwindow-filtered-1280x720.png"_s);
    m_window->recordingsPanel()->clearFilters();
    m_window->resize(1440, 900);

    m_window->selectSimulation(458);
    ApiError error;
    error.kind = ApiError::Kind::ConnectionRefused;
    error.message = u"Could not connect to backend.omnidim.io (connection refused)."_s;
    m_store->applyError(458, error);
    shot = saveShot(u"mainwindow-error.png"_s);
    QVERIFY(m_window->errorBanner()->isVisible());
    QVERIFY(inkPixels(shot, areaOf(m_window->errorBanner()->titleLabel(), m_window.get())) > 30);

    m_window->selectSimulation(459);
    saveShot(u"mainwindow-pending.png"_s);

    m_window->openSettings();
    QVERIFY(m_window->settingsDialog());
    m_window->settingsDialog()->apiKeyEdit()->setText(u"short"_s);
    m_window->settingsDialog()->baseUrlEdit()->setText(u"http://example.com/api/v1"_s);
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->settingsDialog()->grab().save(QDir(dir).filePath(u"settingsdialog.png"_s)));
    m_window->settingsDialog()->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
