#include "mainwindow.h"

#include "accessiblealert.h"
#include "addsimulationdialog.h"
#include "appsettings.h"
#include "card.h"
#include "comparedialog.h"
#include "desktopnotifier.h"
#include "domain/datetext.h"
#include "domain/numbertext.h"
#include "errorbanner.h"
#include "history/outlook.h"
#include "historydialog.h"
#include "logging.h"
#include "model/simulationmodel.h"
#include "progresschart.h"
#include "progresspanel.h"
#include "recordingdetail.h"
#include "recordingspanel.h"
#include "reviewpanes.h"
#include "roles.h"
#include "runnoteeditor.h"
#include "safetextbrowser.h"
#include "sentimentpie.h"
#include "session.h"
#include "settingscheck.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "simulationbrowser.h"
#include "simulationcommands.h"
#include "simulationheader.h"
#include "theme.h"
#include "trayicon.h"
#include "uitext.h"
#include "verdictpanel.h"
#include "watch/watcher.h"
#include "watchlistdelegate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace simwatch {

namespace {

QIcon icon(const char *name)
{
    const QIcon drawn(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
    if (!theme::isDark() || qstrcmp(name, "simwatch") == 0)
        return drawn;
    // The toolbar's line icons are drawn dark: on a dark theme they take the text's colour.
    QIcon tinted;
    const QColor colour = QGuiApplication::palette().color(QPalette::WindowText);
    for (int size : {16, 18, 24, 32, 48}) {
        QPixmap pixmap = drawn.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        tinted.addPixmap(pixmap);
    }
    return tinted;
}

const QString WindowGroup = QStringLiteral("window");

// Tab visits `panes` one after the other, each pane's widgets in the order they already had among
// themselves (their order of creation, which follows the layout), so that a widget added to a pane
// later takes its place without a list to update here. A widget in two panes goes with the first.
void setTabOrderByPanes(QWidget *window, const QList<QWidget *> &panes)
{
    QList<QWidget *> chain;
    for (QWidget *pane : panes) {
        for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
            if ((w == pane || pane->isAncestorOf(w)) && (w->focusPolicy() & Qt::TabFocus) && !chain.contains(w))
                chain.append(w);
        }
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_model(new SimulationModel(session.store(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("simwatch"));

    createActions();
    m_commands = new SimulationCommands(m_session, m_model, this);
    connect(m_commands, &SimulationCommands::runCreated, this, &MainWindow::selectSimulation);
    createBrowserDock();

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(10, 10, 10, 6);

    m_mainSplitter = new QuietSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setHandleWidth(10);
    m_watchListPane = createWatchListPane();
    m_mainSplitter->addWidget(m_watchListPane);

    m_rightStack = new QStackedWidget(m_mainSplitter);
    m_noSelectionPage = new QLabel(m_rightStack);
    setEmptyStateMessage({});
    m_noSelectionPage->setObjectName(QStringLiteral("emptyState"));
    m_noSelectionPage->setAlignment(Qt::AlignCenter);
    m_noSelectionPage->setTextFormat(Qt::PlainText);
    m_rightStack->addWidget(m_noSelectionPage);
    m_rightStack->addWidget(createDashboard());
    m_mainSplitter->addWidget(m_rightStack);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({290, 990});
    centralLayout->addWidget(m_mainSplitter);
    setCentralWidget(central);
    createMenusAndToolBar(); // the View menu holds the calls panel's actions

    // Status bar: how fresh the data is, and how often it is fetched.
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_updatedLabel->setTextFormat(Qt::PlainText);
    m_intervalLabel = new QLabel(this);
    m_intervalLabel->setObjectName(QStringLiteral("intervalLabel"));
    m_intervalLabel->setTextFormat(Qt::PlainText);
    // Shown while the key travels unencrypted (--allow-insecure-http with a remote http:// URL).
    m_insecureLabel = new QLabel(tr("\u26a0 Unencrypted connection: the API key is sent as plain text"), this);
    m_insecureLabel->setObjectName(QStringLiteral("insecureLabel"));
    m_insecureLabel->setTextFormat(Qt::PlainText);
    m_insecureLabel->setStyleSheet(QStringLiteral("QLabel { color: #ffffff; background: #b3261e; padding: 1px 8px; border-radius: 3px; }"));
    auto updateInsecure = [this] { m_insecureLabel->setVisible(SettingsCheck::isInsecure(m_session.settings().baseUrl())); };
    connect(&m_session.settings(), &AppSettings::changed, this, updateInsecure);
    updateInsecure();
    // The text changes every second while idle: a fixed size keeps that from relayouting (and so
    // repainting) the status bar, and an opaque background keeps the repaint to the label itself.
    m_updatedLabel->setAutoFillBackground(true);
    fitUpdatedLabel(tr("Updated %1 ago").arg(UiText::ageText(59 * 60)) + QStringLiteral(" \u00B7 ")
                    + tr("last attempt failed"));
    statusBar()->addWidget(createUndoNotice());
    statusBar()->addWidget(createRunNews());
    statusBar()->addWidget(m_updatedLabel, 1);
    statusBar()->addPermanentWidget(m_insecureLabel);
    statusBar()->addPermanentWidget(m_intervalLabel);
    statusBar()->setSizeGripEnabled(true);

    // One clock for the "Updated N s ago" text; it touches nothing else.
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::updateUpdatedLabel);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::updateIntervalLabel); // "retrying in N s" counts down
    m_clock->start();

    theme::polishTree(this);

    // Model → panes. The watch list and the calls view follow the model by themselves.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::onModelDataChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &changedParent) {
        if (!changedParent.isValid())
            selectFirstIfNone();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &changedParent) {
        if (!changedParent.isValid())
            selectFirstIfNone();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_current = QPersistentModelIndex();
        selectFirstIfNone();
        if (!m_current.isValid())
            showSimulation({});
    });
    connect(m_watchList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showSimulation(current); });
    connect(m_recordings, &RecordingsPanel::recordingCountChanged, this, &MainWindow::updateRecordingsTitle);
    // A click on a sentiment slice filters the calls (again: all calls); the pie marks the filter,
    // whether it came from the pie or from the calls' sentiment combo.
    connect(m_pie, &SentimentPie::filterRequested, m_recordings, &RecordingsPanel::setSentimentFilter);
    connect(m_recordings, &RecordingsPanel::sentimentFilterChanged, m_pie, &SentimentPie::setActiveSentiment);

    // Data that went backwards is said, not silently shown (for the run on screen).
    connect(&m_session.store(), &SimulationStore::setbackNoticed, this, [this](int id, const QString &description) {
        if (id == selectedSimulationId())
            statusBar()->showMessage(QStringLiteral("\u26A0 ") + description, 60000);
    });
    // Told when a run ends (and what else the settings ask for); "Open" brings the run up.
    m_notifier = new DesktopNotifier(this);
    m_tray = new TrayIcon(m_model, this);
    m_notifier->setTrayIcon(m_tray->icon());
    connect(&m_session.runEvents(), &RunEvents::happened, m_notifier, &DesktopNotifier::show);
    connect(&m_session.runEvents(), &RunEvents::happened, this, &MainWindow::showRunNews);
    const auto bringUp = [this] {
        if (isMinimized())
            showNormal();
        show();
        raise();
        activateWindow();
    };
    const auto openRun = [this, bringUp](int runId) {
        selectSimulation(runId);
        bringUp();
    };
    connect(m_notifier, &DesktopNotifier::openRequested, this, openRun);
    connect(m_tray, &TrayIcon::openRequested, this, openRun);
    connect(m_tray, &TrayIcon::showRequested, this, bringUp);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
    // "Call #70004" in a review text leads to that call.
    connect(m_review, &ReviewPanes::callLinkActivated, this, [this](int callId) {
        if (!m_recordings->selectCall(callId))
            statusBar()->showMessage(tr("Call #%1 is not in this run's list of calls.").arg(callId), 8000);
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refreshSelected);
    connect(m_banner, &ErrorBanner::removeRequested, this, &MainWindow::removeSelected); // the banner is the selected run's
    connect(m_recordings, &RecordingsPanel::notice, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(m_banner, &ErrorBanner::settingsRequested, this, &MainWindow::openSettings);

    connect(&m_session.watcher(), &Watcher::authenticationRequired, this, &MainWindow::onAuthenticationRequired);
    // The ETA counts down and a run may stop moving while nothing arrives: look again now and then.
    auto *outlookTimer = new QTimer(this);
    outlookTimer->start(std::chrono::seconds(20));
    connect(outlookTimer, &QTimer::timeout, this, &MainWindow::updateOutlook);
    connect(&m_session, &Session::historyWritten, this, &MainWindow::updateOutlook);
    connect(&m_session, &Session::historySamplesLoaded, this, &MainWindow::showOutlook);
    // Said once; the dashboard goes on without history.
    connect(&m_session, &Session::historyUnavailable, this, [this](const QString &message) {
        statusBar()->showMessage(tr("History is off: %1").arg(message), 30000);
    });
    // An unchanged poll only moves the store's "last updated" time, which is not announced:
    // pick it up at once instead of on the next clock tick.
    connect(&m_session.watcher(), &Watcher::fetched, this, [this](int id) {
        if (id == selectedSimulationId())
            updateUpdatedLabel();
    });
    connect(&m_session.settings(), &AppSettings::changed, this, &MainWindow::updateIntervalLabel);

    // Keyboard order as the eye reads: the list, the banner, the run's card and charts, the calls'
    // search box and filters, the calls, the call's details, then the rest (the review).
    setTabOrderByPanes(this, {m_mainSplitter->widget(0), m_banner, m_header->parentWidget(), m_chartTabs,
                              m_recordings->filterBar(), m_recordings->view(), m_recordings->detail(), m_dashboard});

    // The reviewer's verdicts and notes: read and written through the session's store.
    m_model->setVerdicts(&m_session.verdicts());
    m_recordings->detail()->verdictPanel()->setStore(&m_session.verdicts());
    m_review->runNoteEditor()->setStore(&m_session.verdicts());

    resize(defaultSize());
    restoreLayout();

    showSimulation({});
    selectFirstIfNone();
    m_watchList->setFocus();
}

MainWindow::~MainWindow()
{
    // Closing hides the dock as the window's widgets go, after our members: it must not ask for
    // room then (seen crashing in a test).
    disconnect(m_browserDock, nullptr, this, nullptr);
    disconnect(m_browserDock->toggleViewAction(), nullptr, this, nullptr);
    disconnect(m_browser, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    m_addAction = new QAction(icon("add"), tr("&Add simulation\u2026"), this);
    m_addAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_addAction->setIconText(tr("Add"));
    m_addAction->setToolTip(tr("Watch another simulation by its id or its link from the web app (Ctrl+N, Insert)"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::promptAddSimulation);

    m_removeAction = new QAction(icon("remove"), tr("Re&move from watch list"), this);
    m_removeAction->setShortcut(QKeySequence(Qt::Key_Delete));
    // Delete only acts in the watch list, so that it never removes a simulation by surprise.
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setIconText(tr("Remove"));
    m_removeAction->setToolTip(tr("Stop watching the selected simulation (Delete in the list; Ctrl+Z brings it back)"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeSelected);

    // Delete stays one key press without a question; this takes it back.
    m_undoRemoveAction = new QAction(tr("&Undo Remove"), this);
    m_undoRemoveAction->setShortcut(QKeySequence::Undo);
    m_undoRemoveAction->setEnabled(false);
    connect(m_undoRemoveAction, &QAction::triggered, this, &MainWindow::undoRemove);

    m_refreshAction = new QAction(icon("refresh"), tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    // The toolbar's own words: Qt strips "&" but not a mnemonic in parentheses ("(&F)", as
    // Hindi writes it) nor the ellipsis of a translation.
    m_refreshAction->setIconText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Fetch the selected simulation now (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshSelected);

    m_historyAction = new QAction(tr("Open from &History\u2026"), this);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("Show a run SimWatch has seen before, even without the server (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::openHistory);

    m_compareAction = new QAction(tr("&Compare With\u2026"), this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_compareAction->setToolTip(tr("Compare the selected run with another, such as the agent's previous run (Ctrl+K)"));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::openComparison);

    m_settingsAction = new QAction(icon("settings"), tr("&Settings\u2026"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setIconText(tr("Settings"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setToolTip(tr("Server address, API key and poll interval (Ctrl+,)"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_quitAction = new QAction(icon("quit"), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);

    m_aboutAction = new QAction(icon("about"), tr("&About SimWatch"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_historyAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *simulation = menuBar()->addMenu(tr("&Simulation"));
    simulation->addAction(m_addAction);
    simulation->addAction(m_removeAction);
    simulation->addAction(m_undoRemoveAction);
    simulation->addSeparator();
    simulation->addAction(m_refreshAction);
    simulation->addSeparator();
    m_commands->addToMenu(simulation);
    simulation->addAction(m_compareAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addMenu(m_recordings->sortMenu());
    view->addSeparator();
    view->addAction(m_recordings->nextNegativeAction());
    view->addAction(m_recordings->previousNegativeAction());
    view->addSeparator();
    view->addAction(browserAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    help->addSeparator();
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(18, 18));
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_removeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(m_settingsAction);
}

QWidget *MainWindow::createWatchListPane()
{
    auto *card = new Card(tr("Simu&lations"));
    card->setMinimumWidth(220);

    m_watchList = new QListView(card);
    m_watchList->setObjectName(QStringLiteral("watchList"));
    m_watchList->setModel(m_model);
    m_watchList->setItemDelegate(new WatchListDelegate(m_watchList));
    m_watchList->setUniformItemSizes(true);
    m_watchList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_watchList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_watchList->setFrameShape(QFrame::NoFrame);
    m_watchList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_watchList->setAccessibleName(tr("Watched simulations"));
    m_watchList->addAction(m_removeAction); // Delete works while the list has focus
    card->titleLabel()->setBuddy(m_watchList);
    card->contentLayout()->addWidget(m_watchList, 1);

    return card;
}

void MainWindow::createBrowserDock()
{
    m_browser = new SimulationBrowser(m_session);
    m_browserDock = new QDockWidget(tr("All simulations"), this);
    // The name keys the dock's place and visibility in saveState()/restoreState().
    m_browserDock->setObjectName(QStringLiteral("simulationsDock"));
    m_browserDock->setWidget(m_browser);
    m_browserDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);
    resizeDocks({m_browserDock}, {600}, Qt::Horizontal); // the first start's width; a stored layout wins
    // Hidden at the first start: beside the watch list it leaves the dashboard too little room on
    // a 1280-pixel screen. Ctrl+B shows it; restoreState() brings back what the user chose.
    m_browserDock->hide();
    QAction *toggle = m_browserDock->toggleViewAction();
    toggle->setText(tr("Simulations &browser"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    toggle->setStatusTip(tr("Show or hide every simulation of the account"));
    // Watching a run from the browser is what Add simulation does: watched, then selected.
    connect(m_browser, &SimulationBrowser::watchRequested, this, &MainWindow::addSimulation);
    // Moving onto a watched run shows it, as the watch list does (which it may stand in for).
    connect(m_browser, &SimulationBrowser::currentRunChanged, this, [this](int id) {
        if (m_session.store().contains(id))
            selectSimulation(id);
    });
    // The dock gets its readable width when the user opens it or docks it somewhere; shown again
    // with the window (from the tray, at start-up) it keeps the width it had.
    const auto placed = [this] { makeRoomForBrowser(true); };
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        m_browserOpenedHere = m_browserOpenedHere || on;
        makeRoomForBrowser(on);
    });
    connect(m_browserDock, &QDockWidget::topLevelChanged, this, placed);
    connect(m_browserDock, &QDockWidget::dockLocationChanged, this, placed);
    const auto check = [this] { makeRoomForBrowser(false); };
    connect(m_browserDock, &QDockWidget::visibilityChanged, this, check);
    // The first rows size the columns: a browser opened in this session widens to show them.
    connect(m_browser, &SimulationBrowser::readableWidthChanged, this, [this] { makeRoomForBrowser(m_browserOpenedHere); });
}

// Beside the watch list and the dashboard, a docked browser on a 1280-pixel screen would show
// names only. Where the three do not fit, the browser takes the watch list's place while it is
// open: it marks the watched runs and shows the one moved onto, as the watch list does.
void MainWindow::makeRoomForBrowser(bool fitDock)
{
    const Qt::DockWidgetArea area = dockWidgetArea(m_browserDock);
    const bool besideDashboard = m_browserDock->isVisible() && !m_browserDock->isFloating()
        && (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea);
    const int readable = m_browser->readableWidth();
    const int margins = centralWidget()->layout()->contentsMargins().left() + centralWidget()->layout()->contentsMargins().right();
    const int dashboard = m_dashboard->minimumSizeHint().width() + margins + m_mainSplitter->handleWidth();
    const int watchList = m_watchListPane->minimumWidth();
    const bool crowded = besideDashboard && width() < readable + watchList + dashboard;
    const bool wasCrowded = m_watchListPane->isHidden();
    if (crowded && !wasCrowded && m_watchListPane->isAncestorOf(focusWidget()))
        m_browser->view()->setFocus(); // the browser stands in for the list: focus goes with it
    m_watchListPane->setVisible(!crowded);
    if (!crowded && wasCrowded && !m_browserDock->isVisible())
        m_watchList->setFocus(); // the browser closed: back to the list it stood in for
    // Room for the browser when it is placed or the watch list leaves it some; a width the user
    // drags later is theirs.
    if (besideDashboard && (crowded != wasCrowded || (fitDock && m_browserDock->width() < readable)))
        QTimer::singleShot(0, this, [this, readable] { resizeDocks({m_browserDock}, {readable}, Qt::Horizontal); });
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    makeRoomForBrowser(false);
}

QAction *MainWindow::browserAction() const
{
    return m_browserDock->toggleViewAction();
}

QWidget *MainWindow::createDashboard()
{
    m_dashboard = new QWidget;
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(m_dashboard);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_banner = new ErrorBanner(m_dashboard);
    layout->addWidget(m_banner);

    // Overview: header and progress on the left, sentiment on the right.
    auto *overview = new Card(QString(), m_dashboard);
    m_header = new SimulationHeader(overview);
    m_progress = new ProgressPanel(overview);
    overview->contentLayout()->setContentsMargins(16, 14, 16, 14);
    overview->contentLayout()->addWidget(m_header);
    overview->contentLayout()->addSpacing(8);
    overview->contentLayout()->addStretch(1);
    overview->contentLayout()->addWidget(m_progress);

    // Sentiment of the finished calls, and progress over time from the history, as two tabs.
    auto *sentimentCard = new Card(QString(), m_dashboard);
    m_chartTabs = new QTabWidget(sentimentCard);
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->setAccessibleName(tr("Charts"));
    m_chartTabs->setAccessibleDescription(tr("The sentiment of the finished calls and the progress over time, one tab each"));
    m_pie = new SentimentPie(m_chartTabs);
    m_pie->setMinimumSize(290, 130);
    m_progressChart = new ProgressChart(m_chartTabs);
    m_chartTabs->addTab(m_pie, tr("Sentiment of finished calls"));
    m_chartTabs->addTab(m_progressChart, tr("Progress over time"));
    sentimentCard->contentLayout()->addWidget(m_chartTabs, 1);

    auto *overviewRow = new QHBoxLayout;
    overviewRow->setSpacing(10);
    overviewRow->addWidget(overview, 5);
    overviewRow->addWidget(sentimentCard, 3);
    layout->addLayout(overviewRow);

    // Calls and review share the rest; the user decides how.
    m_recordingsCard = new Card(tr("&Calls"));
    m_recordings = new RecordingsPanel(m_model, m_recordingsCard);
    m_recordingsCard->titleLabel()->setBuddy(m_recordings->view());
    m_recordingsCard->contentLayout()->addWidget(m_recordings, 1);

    auto *reviewCard = new Card(tr("Review"));
    m_review = new ReviewPanes(reviewCard);
    reviewCard->contentLayout()->addWidget(m_review, 1);

    m_contentSplitter = new QuietSplitter(Qt::Vertical, m_dashboard);
    m_contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    m_contentSplitter->setChildrenCollapsible(false);
    m_contentSplitter->setHandleWidth(10);
    m_contentSplitter->addWidget(m_recordingsCard);
    m_contentSplitter->addWidget(reviewCard);
    // The calls and the transcript are read most of the day: they get most of the height.
    m_contentSplitter->setStretchFactor(0, 3);
    m_contentSplitter->setStretchFactor(1, 1);
    m_contentSplitter->setSizes({370, 164}); // at the default window size; a stored layout wins
    layout->addWidget(m_contentSplitter, 1);
    return m_dashboard;
}

QSize MainWindow::defaultSize() const
{
    // 1280×820 where there is room; on a smaller screen, what fits its available area with the
    // window frame (the status bar and the list's buttons must not end below the screen edge).
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    QSize size(1280, 820);
    if (screen) {
        const QRect available = screen->availableGeometry();
        const int frame = 40; // title bar and borders the window manager adds
        size = size.boundedTo(QSize(available.width() - 16, available.height() - frame)).expandedTo(minimumSizeHint());
    }
    return size;
}

void MainWindow::keepOnScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    const QSize fits = QSize(available.width() - 16, available.height() - 40);
    QRect wanted = geometry();
    wanted.setSize(wanted.size().boundedTo(fits).expandedTo(minimumSizeHint().boundedTo(fits)));
    wanted.moveLeft(qBound(available.left(), wanted.left(), available.right() + 1 - wanted.width()));
    wanted.moveTop(qBound(available.top(), wanted.top(), available.bottom() + 1 - wanted.height()));
    if (wanted != geometry())
        setGeometry(wanted);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(WindowGroup);
    if (settings.contains(QStringLiteral("geometry"))) {
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
        keepOnScreen(); // a layout saved on a larger or another monitor
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_contentSplitter->restoreState(settings.value(QStringLiteral("contentSplitter")).toByteArray());
    m_recordings->splitter()->restoreState(settings.value(QStringLiteral("recordingsSplitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(WindowGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("contentSplitter"), m_contentSplitter->saveState());
    settings.setValue(QStringLiteral("recordingsSplitter"), m_recordings->splitter()->saveState());
}

void MainWindow::quit()
{
    m_quitting = true;
    // From the tray the window is hidden, and closing a hidden window does not end the
    // application by itself.
    if (close())
        QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (!m_quitting && m_tray && m_tray->isAvailable()) {
        // Asked once: whether closing the window keeps SimWatch watching in the tray.
        QSettings settings;
        const QString key = WindowGroup + QStringLiteral("/closeToTray");
        if (!settings.contains(key)) {
            const auto answer = QMessageBox::question(
                this, tr("Keep watching in the tray?"),
                tr("When the window is closed, SimWatch can go on watching in the system tray and tell you when "
                   "runs end. Quit from the tray's menu or File \u25B8 Quit.\n\nKeep watching in the tray?"),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            settings.setValue(key, answer == QMessageBox::Yes);
        }
        if (settings.value(key).toBool()) {
            hide();
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

QWidget *MainWindow::createRunNews()
{
    // What a desktop notification says, also in the window for a while: read by screen readers
    // as an alert, and seen by whoever was looking at the window rather than the desktop.
    m_runNews = new QLabel(this);
    accessiblealert::mark(m_runNews); // first: the role is fixed when Qt first asks for it
    m_runNews->setObjectName(QStringLiteral("runNews"));
    m_runNews->setTextFormat(Qt::PlainText);
    m_runNews->hide();
    m_runNewsTimer = new QTimer(this);
    m_runNewsTimer->setSingleShot(true);
    m_runNewsTimer->setInterval(std::chrono::seconds(30));
    connect(m_runNewsTimer, &QTimer::timeout, m_runNews, &QWidget::hide);
    return m_runNews;
}

void MainWindow::showRunNews(const RunEvents::Event &event)
{
    const QString text = event.body.isEmpty() ? event.title : event.title + QStringLiteral(" — ") + event.body;
    const bool wasShown = m_runNews->isVisible();
    m_runNews->setText(text);
    m_runNews->setAccessibleName(text);
    m_runNews->show();
    accessiblealert::say(m_runNews, wasShown);
    m_runNewsTimer->start();
}

int MainWindow::selectedSimulationId() const
{
    return m_current.isValid() ? m_current.data(SimulationModel::IdRole).toInt() : -1;
}

void MainWindow::selectSimulation(int id)
{
    const QModelIndex index = m_model->indexOfSimulation(id);
    if (!index.isValid())
        return;
    m_watchList->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_watchList->scrollTo(index);
}

void MainWindow::selectFirstIfNone()
{
    if (m_current.isValid() || m_model->rowCount() == 0)
        return;
    m_watchList->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect);
}

void MainWindow::showSimulation(const QModelIndex &index)
{
    const QModelIndex simulation = index.isValid() ? index.siblingAtColumn(0) : QModelIndex();
    if (simulation.isValid() && simulation == m_current)
        return;
    m_current = simulation;
    // A message such as Stop's result belongs to the run it was about.
    statusBar()->clearMessage();
    m_commands->setCurrentSimulation(simulation.isValid() ? simulation.data(SimulationModel::IdRole).toInt() : -1);
    m_session.watcher().setSelected(selectedSimulationId());
    m_browser->setCurrentRun(selectedSimulationId()); // the browser, standing in for the list, marks it too
    m_recordings->setSimulation(simulation);
    m_rightStack->setCurrentWidget(simulation.isValid() ? m_dashboard : m_noSelectionPage);
    if (!simulation.isValid()) {
        m_header->clear();
        m_progress->clear();
        m_pie->clear();
        m_progressChart->clear();
        m_review->clear();
        m_banner->clearError();
    }
    refreshPanes({});
    updateOutlook();
    updateActions();

    // When the current row was removed, the list moves "current" to a neighbour without selecting
    // it; select it once the removal is over so that the highlight matches what is shown.
    if (simulation.isValid()) {
        QMetaObject::invokeMethod(this, [this] {
            if (m_current.isValid() && !m_watchList->selectionModel()->isSelected(m_current))
                m_watchList->selectionModel()->select(m_current, QItemSelectionModel::ClearAndSelect);
        }, Qt::QueuedConnection);
    }
}

void MainWindow::forgetHistory(QWidget *dialogParent)
{
    history::History *history = m_session.history();
    if (!history) {
        QMessageBox::information(dialogParent, tr("Forget History"), tr("No history is kept in this session."));
        return;
    }
    const int runs = int(history->runs().size());
    const int judged = history->runsWithVerdicts();
    QString question = tr("Delete the %Ln run(s) kept on this computer? The server keeps its own data; this cannot be undone.", nullptr, runs);
    if (judged > 0) // the reviewer's own work exists nowhere else
        question += QStringLiteral("\n\n") + tr("Your verdicts and notes on %Ln run(s) are deleted too.", nullptr, judged);
    const auto answer = QMessageBox::question(dialogParent, tr("Forget History"), question,
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    history->forgetAll();
    m_session.verdicts().reloadAll(); // nothing held from before stays on screen
    statusBar()->showMessage(tr("History forgotten."), 10000);
}

void MainWindow::openComparison()
{
    if (!m_current.isValid())
        return;
    CompareDialog dialog(m_session, m_current.data(SimulationModel::IdRole).toInt(), this);
    dialog.exec();
}

void MainWindow::openHistory()
{
    HistoryDialog dialog(m_session.history(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session.watch(dialog.chosenId());
    selectSimulation(dialog.chosenId());
}

void MainWindow::updateOutlook()
{
    const int id = m_current.isValid() ? m_current.data(SimulationModel::IdRole).toInt() : -1;
    if (history::History *history = m_session.history(); history && id >= 0)
        history->requestSamples(id); // showOutlook() follows, off the UI thread's disk time
    else
        showOutlook(id, {});
}

void MainWindow::showOutlook(int id, const QList<history::Sample> &samples)
{
    const int current = m_current.isValid() ? m_current.data(SimulationModel::IdRole).toInt() : -1;
    if (id != current)
        return; // an answer for a run no longer shown
    const SimulationStore::Entry *entry = m_session.store().entry(id);
    if (!entry || !entry->simulation) {
        m_progressChart->clear();
        if (m_current.isValid())
            m_progress->setOutlook({}, false);
        return;
    }
    history::OutlookInput input;
    input.samples = samples;
    input.status = entry->simulation->status;
    input.lastConfirmed = entry->lastUpdated;
    input.now = QDateTime::currentDateTimeUtc();
    input.hungAfterSeconds = qint64(m_session.settings().hungAfterMinutes()) * 60;
    input.pollIntervalSeconds = m_session.settings().intervalSeconds();
    m_progressChart->setSamples(input.samples);
    const history::Outlook outlook = history::outlook(input);
    if (outlook.stalledFor) {
        const int minutes = int(*outlook.stalledFor / 60);
        m_progress->setOutlook(tr("No progress for %Ln minute(s): the run may be stuck.", nullptr, minutes), true);
    } else if (outlook.secondsLeft) {
        m_progress->setOutlook(history::timeLeftText(*outlook.secondsLeft), false);
    } else {
        m_progress->setOutlook({}, false);
    }
}

void MainWindow::onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (topLeft.parent().isValid() || !m_current.isValid())
        return; // call rows are the calls panel's business
    const int row = m_current.row();
    if (row < topLeft.row() || row > bottomRight.row())
        return;
    refreshPanes(roles);
}

void MainWindow::refreshPanes(const QList<int> &roles)
{
    using M = SimulationModel;
    const QModelIndex index = m_current;
    if (index.isValid()) {
        m_header->refresh(index, roles);
        m_progress->refresh(index, roles);
        if (rolesTouch(roles, {M::ErrorRole, M::HasDataRole})) {
            m_pie->setEmptyReason(index.data(M::HasDataRole).toBool()
                                      ? QString() : UiText::noDataReason(UiText::errorFrom(index.data(M::ErrorRole))));
        }
        if (rolesTouch(roles, {M::PositiveRole, M::NegativeRole, M::NeutralRole, M::HasDataRole})) {
            m_pie->setCounts(index.data(M::PositiveRole).toInt(), index.data(M::NegativeRole).toInt(),
                             index.data(M::NeutralRole).toInt());
        }
        m_review->refresh(index, roles);
        if (rolesTouch(roles, {M::ErrorRole, M::HasDataRole}))
            updateBanner();
    }
    if (rolesTouch(roles, {M::LastUpdatedRole, M::ErrorRole, M::HasDataRole}))
        updateUpdatedLabel();
    if (rolesTouch(roles, {M::IsTerminalRole, M::ErrorRole, M::HasDataRole}))
        updateIntervalLabel();
    if (rolesTouch(roles, {Qt::DisplayRole, M::NameRole}))
        updateWindowTitle();
}

void MainWindow::updateBanner()
{
    if (!m_current.isValid()) {
        m_banner->clearError();
        return;
    }
    const ApiError error = UiText::errorFrom(m_current.data(SimulationModel::ErrorRole));
    if (error.isError())
        m_banner->showError(error, m_current.data(SimulationModel::HasDataRole).toBool());
    else
        m_banner->clearError();
}

void MainWindow::updateUpdatedLabel()
{
    QString text;
    if (m_current.isValid()) {
        const QDateTime last = m_current.data(SimulationModel::LastUpdatedRole).toDateTime();
        const bool failed = UiText::errorFrom(m_current.data(SimulationModel::ErrorRole)).isError();
        if (last.isValid() && m_current.data(SimulationModel::FromHistoryRole).toBool())
            text = tr("From history, last fetched %1").arg(dateTimeTextUtc(last));
        else if (last.isValid())
            text = tr("Updated %1 ago").arg(UiText::ageText(last.secsTo(QDateTime::currentDateTimeUtc())));
        else
            text = tr("Never updated");
        if (failed)
            text += QStringLiteral(" \u00B7 ") + tr("last attempt failed");
    }
    if (m_updatedLabel->text() != text) {
        fitUpdatedLabel(text);
        m_updatedLabel->setText(text);
    }
}

void MainWindow::fitUpdatedLabel(const QString &text)
{
    // The width only ever grows, so the status bar is laid out again only for a text longer than
    // any before. The height is the one the status bar gave the label when it was first laid out
    // (the row's, so the text sits where it always did); until then it follows the layout.
    const QFontMetrics fm = m_updatedLabel->fontMetrics();
    const QMargins margins = m_updatedLabel->contentsMargins();
    const int width = fm.horizontalAdvance(text) + margins.left() + margins.right();
    if (width > m_updatedLabel->minimumWidth())
        m_updatedLabel->setFixedWidth(width);
    if (m_updatedLabel->isVisible() && m_updatedLabel->minimumHeight() != m_updatedLabel->maximumHeight())
        m_updatedLabel->setFixedHeight(m_updatedLabel->height());
}

void MainWindow::updateIntervalLabel()
{
    const int seconds = m_session.settings().intervalSeconds();
    QString text = tr("Polling every %1 s").arg(seconds);
    if (m_current.isValid()) {
        const ApiError error = UiText::errorFrom(m_current.data(SimulationModel::ErrorRole));
        if (error.isPermanent()) {
            text = tr("Polling stopped after the error \u2014 F5 tries again");
        } else if (error.isError()) {
            // Backing off: say when the next attempt is, not the routine interval.
            const int left = m_session.watcher().secondsUntilNextFetch(m_current.data(SimulationModel::IdRole).toInt());
            text = left > 0 ? tr("Retrying in %Ln s (F5 now)", nullptr, left) : tr("Retrying now\u2026");
        } else if (m_current.data(SimulationModel::IsTerminalRole).toBool()) {
            text = tr("Run finished \u2014 no more polling (F5 fetches again)");
        }
    }
    if (m_intervalLabel->text() != text)
        m_intervalLabel->setText(text);
}

void MainWindow::updateActions()
{
    const bool has = m_current.isValid();
    m_refreshAction->setEnabled(has);
    m_removeAction->setEnabled(has);
    m_compareAction->setEnabled(has);
}

void MainWindow::updateWindowTitle()
{
    QString name;
    if (m_current.isValid())
        name = m_current.data(Qt::DisplayRole).toString();
    // "[*]" is the window-modified placeholder; doubled it is shown as written.
    name.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
    const QString application = m_applicationTitle.isEmpty() ? tr("SimWatch") : m_applicationTitle;
    setWindowTitle(name.isEmpty() ? application : tr("%1 \u2014 %2").arg(name, application));
}

void MainWindow::setEmptyStateMessage(const QString &message)
{
    m_noSelectionPage->setText(message.isEmpty()
        ? tr("No simulation selected.\nAdd one with Simulation \u2192 Add simulation\u2026 (Ctrl+N).")
        : message);
}

void MainWindow::setApplicationTitle(const QString &title)
{
    m_applicationTitle = title;
    updateWindowTitle();
}

void MainWindow::updateRecordingsTitle(int count)
{
    m_recordingsCard->titleLabel()->setText(count > 0 ? tr("&Calls (%1)").arg(numberText(count)) : tr("&Calls"));
}

void MainWindow::addSimulation(int id)
{
    if (id <= 0)
        return;
    m_session.watch(id);
    selectSimulation(id);
}

void MainWindow::promptAddSimulation()
{
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return;
    }
    auto *dialog = new AddSimulationDialog(m_session.store().ids(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addSimulation(dialog->simulationId()); });
    m_addDialog = dialog;
    dialog->open();
}

AddSimulationDialog *MainWindow::addSimulationDialog() const
{
    return m_addDialog.data();
}

QWidget *MainWindow::createUndoNotice()
{
    m_undoNotice = new QWidget(this);
    m_undoNotice->setObjectName(QStringLiteral("undoNotice"));
    auto *layout = new QHBoxLayout(m_undoNotice);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(6);
    m_undoLabel = new QLabel(m_undoNotice);
    m_undoLabel->setTextFormat(Qt::PlainText);
    m_undoButton = new QToolButton(m_undoNotice);
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setToolTip(tr("Put the run back where it was (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    connect(m_undoButton, &QToolButton::clicked, m_undoRemoveAction, &QAction::trigger);
    layout->addWidget(m_undoLabel);
    layout->addWidget(m_undoButton);
    m_undoNotice->hide();
    m_undoNoticeTimer = new QTimer(this);
    m_undoNoticeTimer->setSingleShot(true);
    m_undoNoticeTimer->setInterval(UndoNoticeMs);
    connect(m_undoNoticeTimer, &QTimer::timeout, m_undoNotice, &QWidget::hide);
    return m_undoNotice;
}

void MainWindow::removeSelected()
{
    const int id = selectedSimulationId();
    const SimulationStore::Entry *entry = m_session.store().entry(id);
    if (!entry)
        return;
    // Kept until the next removal: Undo puts it back with its data, at once and in its place.
    QString name = m_current.data(Qt::DisplayRole).toString().trimmed();
    if (name.isEmpty())
        name = tr("Simulation #%1").arg(id);
    m_removed = RemovedRun{*entry, m_session.store().position(id), name};
    m_session.unwatch(id);

    m_undoRemoveAction->setText(tr("&Undo Remove “%1”").arg(name));
    m_undoRemoveAction->setEnabled(true);
    m_undoLabel->setText(tr("Removed “%1”").arg(name));
    m_undoNotice->show();
    m_undoNoticeTimer->start();
}

void MainWindow::undoRemove()
{
    if (!m_removed)
        return;
    const RemovedRun removed = *std::exchange(m_removed, std::nullopt);
    m_undoRemoveAction->setEnabled(false);
    m_undoRemoveAction->setText(tr("&Undo Remove"));
    m_undoNotice->hide();
    m_undoNoticeTimer->stop();
    m_session.rewatch(removed.entry, removed.position); // does nothing when it was added again meanwhile
    selectSimulation(removed.entry.id);
    statusBar()->showMessage(tr("“%1” is back in the watch list.").arg(removed.name), 5000);
}

void MainWindow::refreshSelected()
{
    const int id = selectedSimulationId();
    if (id < 0)
        return;
    m_session.refresh(id);
    statusBar()->showMessage(tr("Refreshing\u2026"), 1500);
}

void MainWindow::showAbout()
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = tr("development build");
    QMessageBox::about(this, tr("About SimWatch"),
                       tr("<h3>SimWatch %1</h3>"
                          "<p>Watches OmniDimension voice-agent simulations live and keeps their "
                          "results at hand for review.</p>"
                          "<p>Dates and times are shown in UTC, as the API sends them without a time zone.</p>")
                           .arg(version.toHtmlEscaped()));
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog.data();
}

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->show();
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(&m_session.settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAllowInsecureHttp(m_allowInsecureHttp);
    connect(dialog, &QDialog::accepted, this, [this] {
        // Fetch again what a rejected key or a missing permission stopped; the app has already
        // reconfigured the client from AppSettings::changed by now.
        m_session.retryPermanentFailures();
    });
    connect(dialog, &SettingsDialog::forgetHistoryRequested, this, [this, dialog] { forgetHistory(dialog); });
    m_settingsDialog = dialog;
    dialog->open();
}

void MainWindow::onAuthenticationRequired(const ApiError &error)
{
    if (m_current.isValid())
        m_banner->showError(error, m_current.data(SimulationModel::HasDataRole).toBool());
    // Once, and not while the dialog is open; queued so that it never opens inside a network callback.
    if (m_settingsDialog || m_authPromptQueued)
        return;
    m_authPromptQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_authPromptQueued = false;
        if (!m_settingsDialog)
            openSettings();
    }, Qt::QueuedConnection);
}

} // namespace simwatch
