#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace simwatch {

class RecordingDetail;
class SimulationModel;

// The calls of one simulation: a flat tree view on the shared model (rootIndex = the simulation)
// next to the selected call's details. The view is never reset: new calls arrive as inserted
// rows, so selection and scroll position survive every poll.
class RecordingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingsPanel(SimulationModel *model, QWidget *parent = nullptr);

    void setSimulation(const QModelIndex &simulation);
    QModelIndex simulation() const { return m_simulation; }

    QTreeView *view() const { return m_view; }
    RecordingDetail *detail() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }
    QLabel *emptyStateLabel() const { return m_empty; }
    bool isEmptyStateShown() const;
    int recordingCount() const;

Q_SIGNALS:
    void recordingCountChanged(int count);

private:
    void updateEmptyState();
    void showSelectedRecording();
    QModelIndex selectedRecording() const;

    SimulationModel *m_model = nullptr;
    QPersistentModelIndex m_simulation;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_view = nullptr;
    RecordingDetail *m_detail = nullptr;
};

} // namespace simwatch
