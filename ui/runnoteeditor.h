#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace simwatch {

class VerdictStore;

// The reviewer's own note on a run (what to fix, what to retest), beside the server's review
// texts. Kept as it is typed, in the history with the verdicts, and part of every export.
class RunNoteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RunNoteEditor(QWidget *parent = nullptr);

    void setStore(VerdictStore *store);
    // The run (a SimulationModel simulation index) whose note is shown; invalid: none.
    void showRun(const QModelIndex &simulation);

    QPlainTextEdit *edit() const { return m_edit; }
    QLabel *hintLabel() const { return m_hint; }

private:
    void save();
    void updateEnabled();
    int runId() const;

    VerdictStore *m_store = nullptr;
    QPersistentModelIndex m_run;
    int m_shownRunId = -1;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace simwatch
