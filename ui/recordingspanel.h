#pragma once

#include <QPersistentModelIndex>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace simwatch {

class RecordingDetail;
class RecordingsFilter;
class SimulationModel;

// The calls of one simulation: a flat tree view next to the selected call's details, with
// filters (sentiment, status, scenario, transcript text) and sorting above it. The view shows the
// shared model through a RecordingsFilter whose root is the simulation; the view is never reset:
// new calls arrive as inserted rows at their sorted place, so selection and scroll position
// survive every poll, whatever the filters and the sort order.
class RecordingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingsPanel(SimulationModel *model, QWidget *parent = nullptr);

    void setSimulation(const QModelIndex &simulation);
    QModelIndex simulation() const { return m_simulation; } // a source-model index

    QTreeView *view() const { return m_view; } // its model is filter(), not the SimulationModel
    RecordingsFilter *filter() const { return m_filter; }
    RecordingDetail *detail() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }
    QLabel *emptyStateLabel() const { return m_empty; }
    QWidget *filterBar() const { return m_filterBar; } // the search box and the filters above the calls
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *sentimentCombo() const { return m_sentimentCombo; }
    QComboBox *statusCombo() const { return m_statusCombo; }
    QComboBox *scenarioCombo() const { return m_scenarioCombo; }
    QComboBox *verdictCombo() const { return m_verdictCombo; }
    QLabel *countLabel() const { return m_countLabel; }
    QAction *nextNegativeAction() const { return m_nextNegative; }
    QAction *previousNegativeAction() const { return m_previousNegative; }
    bool isEmptyStateShown() const;
    int recordingCount() const; // every call of the simulation, filtered or not
    int shownCount() const;     // the calls that pass the filters

    // Makes the next (direction > 0) or previous negative call after the current one, in the
    // view's order, current. Returns false, changing nothing, when there is none that way.
    bool selectNegative(int direction);
    // What N / Shift+N do: selectNegative(), or a notice() that there is no further negative call.
    void jumpToNegative(int direction);
    // Sorts by `column`, ascending; the column already sorted by again: in the reverse order.
    void sortBy(int column);
    QMenu *sortMenu() const { return m_sortMenu; } // one checkable action per column
    // Makes the call `callId` of the shown simulation current, clearing the filters if they hide
    // it, and gives the calls the focus. False when the simulation has no such call.
    bool selectCall(int callId);
    void clearFilters();
    // Shows only the calls of `sentiment` ("Positive", "Negative", "Neutral", any case), or every
    // call when empty, as choosing it in the sentiment combo does (the combo follows).
    void setSentimentFilter(const QString &sentiment);

Q_SIGNALS:
    void recordingCountChanged(int count);
    // The sentiment filter changed, from the combo, setSentimentFilter() or clearFilters(): the
    // server's spelling ("Negative"), empty for every sentiment.
    void sentimentFilterChanged(const QString &sentiment);
    // A short message for the window's status bar ("No further negative call").
    void notice(const QString &text);

public:
    static constexpr int SearchDelayMs = 250;
    static constexpr int SearchDelayFromCalls = 2000;

private:
    QWidget *createFilterBar();
    void updateEmptyState();
    QString emptyText() const; // what the list waits for, by the run's status
    void updateCount();
    void updateValueCombos(); // fills the combos from the values below
    void addComboValues(int first, int last);
    void rescanComboValues();
    void applySearch();
    void applySentimentFilter(); // from the combo; tells sentimentFilterChanged
    void showSelectedRecording();
    QModelIndex selectedRecording() const; // source index
    int negativeRow(int from, int step) const; // the first negative row after `from`, -1 when none
    void updateSortActions();

    SimulationModel *m_model = nullptr;
    RecordingsFilter *m_filter = nullptr;
    QPersistentModelIndex m_simulation;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_callsPage = nullptr; // filters + splitter
    QSplitter *m_splitter = nullptr;
    QTreeView *m_view = nullptr;
    RecordingDetail *m_detail = nullptr;
    QWidget *m_filterBar = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr; // a large simulation is searched once typing pauses
    QComboBox *m_sentimentCombo = nullptr;
    QString m_sentimentShown; // the sentiment filter last told by sentimentFilterChanged
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_scenarioCombo = nullptr;
    QComboBox *m_verdictCombo = nullptr;
    QToolButton *m_clearFilters = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_nextNegative = nullptr;
    QAction *m_previousNegative = nullptr;
    QAction *m_findAction = nullptr;
    QMenu *m_sortMenu = nullptr;
    // Distinct statuses and scenarios of the simulation's calls, sorted, kept up to date from
    // the model's signals so that a poll does not rescan every call.
    QStringList m_statusValues;
    QStringList m_scenarioValues;
};

} // namespace simwatch
