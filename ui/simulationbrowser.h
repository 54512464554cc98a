#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace simwatch {

class BrowserFilter;
class Session;
class SimulationListModel;

// The account's simulations (View ▸ Simulations browser): a table of every run, newest first,
// sortable by any column, filtered as one types (name, agent, id) and by status; the next page
// loads as one scrolls to the end. Enter or a double-click on a run asks for it to be watched
// (watchRequested); watched runs are marked, and moving onto one says so (currentRunChanged),
// so that the browser can stand in for the watch list on a narrow screen. While shown, the list is fetched again every poll
// interval; a failed fetch keeps the rows and says why above them.
class SimulationBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit SimulationBrowser(Session &session, QWidget *parent = nullptr);

    SimulationListModel *model() const { return m_model; }
    BrowserFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *statusCombo() const { return m_statusCombo; }
    QLabel *countLabel() const { return m_countLabel; }
    QLabel *messageLabel() const { return m_messageLabel; }
    // The simulation id of a row of the view (a proxy index), -1 for none.
    int idAt(const QModelIndex &viewIndex) const;
    // Makes the run's row current (and shows it), as the window's selected run, now or when its
    // row arrives; without saying so through currentRunChanged. Until then no row is current.
    void setCurrentRun(int id);
    // Wide enough for the mark, the name, the status and the progress as the columns are sized.
    int readableWidth() const;
    // Narrower than readableWidth(), the name column gives way down to this, so that the status
    // and the progress stay in sight.
    static constexpr int MinimumNameWidth = 140;

Q_SIGNALS:
    void watchRequested(int id);
    void currentRunChanged(int id); // the run of the current row, on any move onto it
    void readableWidthChanged();    // the columns were fitted to the first rows

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCount();
    void updateMessage();
    void fitColumns();
    void fitNameToWidth();
    void markCurrentRun();

    Session &m_session;
    SimulationListModel *m_model = nullptr;
    BrowserFilter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    bool m_columnsFitted = false;
    int m_currentRun = -1;      // the window's selected run (setCurrentRun)
    bool m_userMoved = false;   // the user moved the current row since then
    bool m_rowsChanging = false; // rows are being removed, inserted or reordered
    int m_fittedNameWidth = 0; // the name column's width from fitColumns(), before giving way
};

} // namespace simwatch
