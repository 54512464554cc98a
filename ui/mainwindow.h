#pragma once

#include "history/historydatabase.h"
#include "notify/runevents.h"
#include "store/simulationstore.h"

#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace simwatch {

class AddSimulationDialog;
class Session;
class Card;
class DesktopNotifier;
class TrayIcon;
class ErrorBanner;
class ProgressChart;
class ProgressPanel;
class RecordingsPanel;
class ReviewPanes;
class SentimentPie;
class SettingsDialog;
class SimulationBrowser;
class SimulationCommands;
class SimulationHeader;
class SimulationModel;
struct ApiError;

// The dashboard. Left: the watch list (top-level rows of the model). Right: the selected
// simulation — error banner, header, progress, sentiment, calls with details, review texts.
// Beside them, a dock: the account's simulations (View ▸ Simulations browser).
// Everything is read from the model's roles and updated per changed role; nothing is rebuilt
// on a poll, and the calls view is never reset.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void selectSimulation(int id);
    int selectedSimulationId() const; // -1 when none
    // Watches `id` (if it is not watched yet) and selects it: what "Add simulation…" does.
    void addSimulation(int id);
    // Opens the settings dialog (window-modal, non-blocking); raises it if already open.
    void openSettings();
    // Started with --allow-insecure-http: the settings dialog then accepts plain http:// hosts.
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }
    QLabel *insecureConnectionLabel() const { return m_insecureLabel; }
    // The application part of the window title ("SimWatch", or e.g. "SimWatch — demo server");
    // the title is "<simulation name> — <application title>". Use this, not setWindowTitle().
    void setApplicationTitle(const QString &title);
    // What the right side says while no simulation is selected; empty: how to add one.
    void setEmptyStateMessage(const QString &message);

    // The parts of the window, for tests and for the lead's wiring.
    SimulationModel *model() const { return m_model; }
    QListView *watchList() const { return m_watchList; }
    ErrorBanner *errorBanner() const { return m_banner; }
    SimulationHeader *header() const { return m_header; }
    ProgressPanel *progressPanel() const { return m_progress; }
    SentimentPie *sentimentPie() const { return m_pie; }
    ProgressChart *progressChart() const { return m_progressChart; }
    // ETA, hung-run warning and progress chart of the selected run, from the history (also on a
    // timer: a run can stop moving while nothing arrives).
    void updateOutlook();
    QSize defaultSize() const; // the first start's size: 1280×820, or what the screen can hold
    void keepOnScreen();       // a restored geometry shrunk and moved onto the available screen area
    void showOutlook(int id, const QList<history::Sample> &samples);
    void openHistory(); // File ▸ Open from History
    void openComparison(); // Simulation ▸ Compare With
    void forgetHistory(QWidget *dialogParent); // asks first
    QTabWidget *chartTabs() const { return m_chartTabs; }
    RecordingsPanel *recordingsPanel() const { return m_recordings; }
    ReviewPanes *reviewPanes() const { return m_review; }
    QLabel *updatedLabel() const { return m_updatedLabel; }
    QLabel *intervalLabel() const { return m_intervalLabel; }
    SettingsDialog *settingsDialog() const; // the open settings dialog, null when closed
    // Stop…, Enhance prompt…, Export review… for the selected simulation.
    SimulationCommands *simulationCommands() const { return m_commands; }
    DesktopNotifier *notifier() const { return m_notifier; }
    TrayIcon *trayIcon() const { return m_tray; }
    // Closing the window: to the tray (when there is one and the user chose so, asked the
    // first time), else SimWatch ends. Quit always ends it.
    void quit();
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *addAction() const { return m_addAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *undoRemoveAction() const { return m_undoRemoveAction; }
    QWidget *undoNotice() const { return m_undoNotice; } // "Removed “name”  [Undo]" in the status bar
    QToolButton *undoButton() const { return m_undoButton; }
    static constexpr int UndoNoticeMs = 15000; // how long the notice stays; Ctrl+Z works until the next removal
    // Simulation ▸ Add simulation… (non-blocking); the open dialog, null when closed.
    void promptAddSimulation();
    AddSimulationDialog *addSimulationDialog() const;
    // Stops watching the selected run (Delete, the 404 banner's Remove), with Undo.
    void removeSelected();
    void undoRemove();
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    // The account's simulations: the dock, its widget, and View ▸ Simulations browser (toggles it).
    QDockWidget *browserDock() const { return m_browserDock; }
    SimulationBrowser *simulationBrowser() const { return m_browser; }
    QAction *browserAction() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    QWidget *createWatchListPane();
    QWidget *createDashboard();
    void createBrowserDock();
    void makeRoomForBrowser(bool fitDock);
    void restoreLayout();
    void saveLayout() const;

    void showSimulation(const QModelIndex &index);
    void onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void refreshPanes(const QList<int> &roles);
    void selectFirstIfNone();
    void updateBanner();
    void updateUpdatedLabel();
    void updateIntervalLabel();
    void fitUpdatedLabel(const QString &text);
    void updateActions();
    void updateWindowTitle();
    void updateRecordingsTitle(int count);

    QWidget *createUndoNotice();
    QWidget *createRunNews();
    void showRunNews(const simwatch::RunEvents::Event &event);
    void refreshSelected();
    void showAbout();
    void onAuthenticationRequired(const ApiError &error);

    Session &m_session;
    SimulationModel *m_model = nullptr; // the views' adapter over the session's store
    bool m_allowInsecureHttp = false;
    QString m_applicationTitle;
    QPersistentModelIndex m_current;
    QPointer<SettingsDialog> m_settingsDialog;
    bool m_authPromptQueued = false;

    QAction *m_refreshAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_undoRemoveAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QWidget *m_watchListPane = nullptr; // the card holding m_watchList
    QListView *m_watchList = nullptr;
    QPointer<AddSimulationDialog> m_addDialog;
    // The last run removed, for Undo: as it was, and where it stood in the list.
    struct RemovedRun
    {
        SimulationStore::Entry entry;
        int position = -1;
        QString name;
    };
    std::optional<RemovedRun> m_removed;
    QWidget *m_undoNotice = nullptr;
    QLabel *m_undoLabel = nullptr;
    QToolButton *m_undoButton = nullptr;
    QTimer *m_undoNoticeTimer = nullptr;
    QStackedWidget *m_rightStack = nullptr;
    QLabel *m_noSelectionPage = nullptr;
    QWidget *m_dashboard = nullptr;
    ErrorBanner *m_banner = nullptr;
    SimulationHeader *m_header = nullptr;
    ProgressPanel *m_progress = nullptr;
    SentimentPie *m_pie = nullptr;
    ProgressChart *m_progressChart = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    Card *m_recordingsCard = nullptr;
    RecordingsPanel *m_recordings = nullptr;
    ReviewPanes *m_review = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLabel *m_runNews = nullptr;       // the last run event, for a while (see createRunNews())
    QTimer *m_runNewsTimer = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QLabel *m_insecureLabel = nullptr;
    QTimer *m_clock = nullptr;
    SimulationCommands *m_commands = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_quitting = false; // Quit chosen: close for real, not to the tray
    QDockWidget *m_browserDock = nullptr;
    SimulationBrowser *m_browser = nullptr;
    bool m_browserOpenedHere = false; // opened by the user since start-up (not restored)
};

} // namespace simwatch
