#pragma once

#include "actions/simulationactions.h"

#include <QMessageBox>
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

// The write actions of the Simulation menu for the selected simulation: Start…, Run again…,
// Stop…, Enhance prompt… and Export review…. Kept out of MainWindow so the window only asks for
// the actions, tells which simulation is selected and selects a run when asked (runCreated).
class SimulationCommands : public QObject
{
    Q_OBJECT

public:
    SimulationCommands(Session &session, SimulationModel *model, QMainWindow *window);

    void setCurrentSimulation(int id);   // -1: none
    int currentSimulation() const { return m_id; }
    void addToMenu(QMenu *menu) const;

    QAction *startAction() const { return m_startAction; }
    QAction *runAgainAction() const { return m_runAgainAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *enhanceAction() const { return m_enhanceAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Tests and scripted sessions replace the modal questions: the confirmation (return true to
    // go ahead) and the file dialog (return the chosen path, empty to cancel).
    void setConfirmHandler(std::function<bool(const QString &question)> handler) { m_confirm = std::move(handler); }
    void setSaveFileHandler(std::function<QString()> handler) { m_saveFile = std::move(handler); }
    // Run again's question: return the new run's name (offered as `name`), empty to cancel.
    void setRunAgainHandler(std::function<QString(const QString &question, const QString &name)> handler)
    {
        m_askRunAgain = std::move(handler);
    }

    void start();
    void runAgain();
    void stop();
    void enhancePrompt();
    void exportReview();

    PromptDiffView *promptDiffView() const; // the open diff dialog, null when closed
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void startFinished(int id, const QString &message, bool started);
    // newId is -1 when nothing was created; `started` is false when the new run stayed a Draft.
    void runAgainFinished(int oldId, int newId, const QString &message, bool started);
    // Run again made this run and watches it: the window selects it.
    void runCreated(int id);
    void stopFinished(int id, const QString &message, bool stopped);
    void enhanceFinished(int id, const QString &message, bool ok);
    void exportFinished(const QString &path, const QString &message, bool ok);

private:
    void updateActions();
    QString simulationName(int id) const;
    void report(const QString &message, bool ok);
    // The confirmation handler's answer, else a question box whose `button` goes ahead.
    bool confirm(const QString &title, const QString &question, const QString &button,
                 QMessageBox::ButtonRole role);
    QString askRunAgainName(const QString &question, const QString &name);
    Simulation currentValue() const; // the selected run's last good value (id -1 when none)
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    SimulationModel *m_model = nullptr;
    Session &m_session;
    QMainWindow *m_window = nullptr;
    SimulationActions *m_actions;
    int m_id = -1;
    bool m_startRunning = false;
    bool m_runAgainRunning = false;
    bool m_stopRunning = false;
    bool m_enhanceRunning = false;
    QString m_lastMessage;
    QPointer<PromptDiffView> m_diffView;
    std::function<bool(const QString &)> m_confirm;
    std::function<QString()> m_saveFile;
    std::function<QString(const QString &, const QString &)> m_askRunAgain;

    QAction *m_startAction = nullptr;
    QAction *m_runAgainAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_enhanceAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace simwatch
