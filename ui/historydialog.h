#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace simwatch {

namespace history {
class History;
}

// File ▸ Open from history: the runs SimWatch has seen on this server, newest first, filtered
// as you type (name, agent, status, id). Enter, a double-click or Open picks one; the window
// then shows it from the history at once, without the server.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(const history::History *history, QWidget *parent = nullptr);

    int chosenId() const { return m_chosen; }
    int runCount() const;
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    int currentId() const;

    QStandardItemModel *m_runs = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
    int m_chosen = -1;
};

} // namespace simwatch
