#pragma once

#include "actions/simulationactions.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QModelIndex;

namespace simwatch {

class PromptDiffView;
class Session;
class SimulationModel;

// The write actions of the Simulation menu for the selected simulation: Stop…, Enhance prompt…
// and Export review…. Kept out of MainWindow so the window only asks for the actions and tells
// which simulation is selected.
class SimulationCommands : public QObject
{
    Q_OBJECT

public:
    SimulationCommands(Session &session, SimulationModel *model, QMainWindow *window);

    void setCurrentSimulation(int id);   // -1: none
    int currentSimulation() const { return m_id; }
    void addToMenu(QMenu *menu) const;

    QAction *stopAction() const { return m_stopAction; }
    QAction *enhanceAction() const { return m_enhanceAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Tests and scripted sessions replace the modal questions: the confirmation (return true to
    // go ahead) and the file dialog (return the chosen path, empty to cancel).
    void setConfirmHandler(std::function<bool(const QString &question)> handler) { m_confirm = std::move(handler); }
    void setSaveFileHandler(std::function<QString()> handler) { m_saveFile = std::move(handler); }

    void stop();
    void enhancePrompt();
    void exportReview();

    PromptDiffView *promptDiffView() const; // the open diff dialog, null when closed
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void stopFinished(int id, const QString &message, bool stopped);
    void enhanceFinished(int id, const QString &message, bool ok);
    void exportFinished(const QString &path, const QString &message, bool ok);

private:
    void updateActions();
    QString simulationName(int id) const;
    void report(const QString &message, bool ok);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    SimulationModel *m_model = nullptr;
    Session &m_session;
    QMainWindow *m_window = nullptr;
    SimulationActions *m_actions;
    int m_id = -1;
    bool m_stopRunning = false;
    bool m_enhanceRunning = false;
    QString m_lastMessage;
    QPointer<PromptDiffView> m_diffView;
    std::function<bool(const QString &)> m_confirm;
    std::function<QString()> m_saveFile;

    QAction *m_stopAction = nullptr;
    QAction *m_enhanceAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace simwatch
