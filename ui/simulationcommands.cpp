#include "simulationcommands.h"

#include "exportpath.h"

#include "model/simulationmodel.h"
#include "promptdiffview.h"
#include "reportformat.h"
#include "session.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace simwatch {

SimulationCommands::SimulationCommands(Session &session, SimulationModel *model, QMainWindow *window)
    : QObject(window)
    , m_model(model)
    , m_session(session)
    , m_window(window)
    , m_actions(new SimulationActions(&session.client(), this))
{
    m_stopAction = new QAction(tr("S&top\u2026"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setStatusTip(tr("Stop the selected simulation; calls in progress are disconnected."));
    m_enhanceAction = new QAction(tr("&Enhance prompt\u2026"), this);
    m_enhanceAction->setObjectName(QStringLiteral("enhancePromptAction"));
    m_enhanceAction->setStatusTip(tr("Ask the server for an enhanced prompt and compare it with the current one."));
    m_exportAction = new QAction(tr("E&xport review\u2026"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setStatusTip(tr("Save the review as Markdown, PDF or JSON."));
    connect(m_stopAction, &QAction::triggered, this, &SimulationCommands::stop);
    connect(m_enhanceAction, &QAction::triggered, this, &SimulationCommands::enhancePrompt);
    connect(m_exportAction, &QAction::triggered, this, &SimulationCommands::exportReview);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SimulationCommands::onDataChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SimulationCommands::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SimulationCommands::updateActions);
    updateActions();
}

PromptDiffView *SimulationCommands::promptDiffView() const
{
    return m_diffView;
}

void SimulationCommands::setCurrentSimulation(int id)
{
    m_id = id;
    updateActions();
}

void SimulationCommands::addToMenu(QMenu *menu) const
{
    menu->addAction(m_stopAction);
    menu->addAction(m_enhanceAction);
    menu->addAction(m_exportAction);
}

void SimulationCommands::onDataChanged(const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles)
{
    if (topLeft.parent().isValid())
        return; // a call row
    if (roles.isEmpty() || roles.contains(SimulationModel::CanStopRole) || roles.contains(SimulationModel::StatusRole)
        || roles.contains(SimulationModel::HasDataRole))
        updateActions();
}

void SimulationCommands::updateActions()
{
    const QModelIndex index = m_id >= 0 ? m_model->indexOfSimulation(m_id) : QModelIndex();
    const bool hasData = index.isValid() && index.data(SimulationModel::HasDataRole).toBool();
    // can_stop is the server's own word on whether /stop will succeed.
    m_stopAction->setEnabled(!m_stopRunning && hasData && index.data(SimulationModel::CanStopRole).toBool());
    // Only for a Completed run: the server refuses the others (invalid_state), and that reply is
    // still explained should our view of the status be a poll behind.
    const bool completed = hasData && Status(index.data(SimulationModel::StatusRole).toInt()) == Status::Completed;
    m_enhanceAction->setEnabled(!m_enhanceRunning && completed);
    m_enhanceAction->setToolTip(completed ? tr("Compare the agent's prompt with the suggested one")
                                          : tr("Available once the run is Completed"));
    m_exportAction->setEnabled(hasData);
}

QString SimulationCommands::simulationName(int id) const
{
    const QModelIndex index = m_model->indexOfSimulation(id);
    const QString name = index.isValid() ? index.data(SimulationModel::NameRole).toString().simplified() : QString();
    return name.isEmpty() ? tr("Simulation %1").arg(id) : name;
}

void SimulationCommands::report(const QString &message, bool ok)
{
    m_lastMessage = message;
    m_window->statusBar()->showMessage(message, 20000);
    if (!ok && !m_confirm) {
        // Non-blocking: open() rather than exec(), so polling and tests keep running.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("SimWatch"), message, QMessageBox::Ok, m_window);
        box->setTextFormat(Qt::PlainText);  // server text is never interpreted as HTML
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void SimulationCommands::stop()
{
    const int id = m_id;
    if (id < 0 || !m_stopAction->isEnabled())
        return;
    const QString question = tr("Stop simulation \u201c%1\u201d? Calls in progress will be disconnected.").arg(simulationName(id));
    bool confirmed = false;
    if (m_confirm) {
        confirmed = m_confirm(question);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Stop simulation"), question, QMessageBox::NoButton, m_window);
        box.setTextFormat(Qt::PlainText);
        QPushButton *stopButton = box.addButton(tr("Stop simulation"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        confirmed = box.clickedButton() == stopButton;
    }
    if (!confirmed)
        return;
    m_stopRunning = true;
    updateActions();
    m_window->statusBar()->showMessage(tr("Stopping \u201c%1\u201d\u2026").arg(simulationName(id)));
    m_actions->stop(id, this, [this, id](const StopOutcome &outcome) {
        m_stopRunning = false;
        const QString message = outcome.humanMessage();
        report(message, outcome.stopped);
        // Fetch at once so Stopped shows now; the watcher stops polling once it sees it.
        m_session.refresh(id);
        updateActions();
        Q_EMIT stopFinished(id, message, outcome.stopped);
    });
}

void SimulationCommands::enhancePrompt()
{
    const int id = m_id;
    if (id < 0 || !m_enhanceAction->isEnabled())
        return;
    m_enhanceRunning = true;
    updateActions();
    m_window->statusBar()->showMessage(tr("Asking the server for an enhanced prompt\u2026"));
    m_actions->enhancePrompt(id, this, [this, id](const EnhanceOutcome &outcome) {
        m_enhanceRunning = false;
        updateActions();
        if (!outcome.ok) {
            const QString message = outcome.humanMessage();
            report(message, false);
            Q_EMIT enhanceFinished(id, message, false);
            return;
        }
        if (!m_diffView) {
            m_diffView = new PromptDiffView(m_window);
            m_diffView->setAttribute(Qt::WA_DeleteOnClose);
        }
        const QModelIndex index = m_model->indexOfSimulation(id);
        m_diffView->setSimulationName(simulationName(id));
        m_diffView->setSuggestionApplied(index.isValid() && index.data(SimulationModel::PromptAppliedRole).toBool());
        m_diffView->setDiff(promptdiff::diffSections(outcome.previousContext, outcome.promptBreakdown));
        m_diffView->show();
        m_diffView->raise();
        const QString message = tr("Enhanced prompt received.");
        m_lastMessage = message;
        m_window->statusBar()->showMessage(message, 5000);
        Q_EMIT enhanceFinished(id, message, true);
    });
}

void SimulationCommands::exportReview()
{
    const QModelIndex index = m_model->indexOfSimulation(m_id);
    if (!index.isValid() || !index.data(SimulationModel::HasDataRole).toBool())
        return;
    const auto simulation = index.data(SimulationModel::SimulationRole).value<Simulation>();
    QString path;
    if (m_saveFile) {
        path = m_saveFile();
    } else {
        path = askExportPath(m_window, tr("Export review"),
                             simulation.name.simplified().isEmpty() ? QStringLiteral("simulation-%1").arg(m_id) : simulation.name);
    }
    if (path.isEmpty())
        return;
    const std::optional<report::Format> format = report::formatForPath(path);
    if (!format) {
        report(tr("Choose a file name ending in .md, .pdf or .json."), false);
        Q_EMIT exportFinished(path, m_lastMessage, false);
        return;
    }
    report::Options options;
    options.exportedAt = QDateTime::currentDateTimeUtc();
    options.pageSize = report::defaultPageSize();
    options.verdicts = m_session.verdicts().verdicts(m_id);
    const QString problem = report::writeReport(simulation, *format, path, options);
    const bool ok = problem.isEmpty();
    report(ok ? tr("Review saved to %1").arg(QDir::toNativeSeparators(path)) : problem, ok);
    Q_EMIT exportFinished(path, m_lastMessage, ok);
}

} // namespace simwatch
