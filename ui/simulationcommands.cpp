#include "simulationcommands.h"

#include "exportpath.h"

#include "model/simulationmodel.h"
#include "promptdiffview.h"
#include "reportformat.h"
#include "session.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace simwatch {

SimulationCommands::SimulationCommands(Session &session, SimulationModel *model, QMainWindow *window)
    : QObject(window)
    , m_model(model)
    , m_session(session)
    , m_window(window)
    , m_actions(new SimulationActions(&session.client(), this))
{
    m_startAction = new QAction(tr("&Start\u2026"), this);
    m_startAction->setObjectName(QStringLiteral("startAction"));
    m_startAction->setStatusTip(tr("Start the selected Draft simulation: the server begins its test calls."));
    m_runAgainAction = new QAction(tr("&Run again\u2026"), this);
    m_runAgainAction->setObjectName(QStringLiteral("runAgainAction"));
    m_runAgainAction->setStatusTip(tr("Create a new simulation with the same agent, scenarios and settings, and start it."));
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
    connect(m_startAction, &QAction::triggered, this, &SimulationCommands::start);
    connect(m_runAgainAction, &QAction::triggered, this, &SimulationCommands::runAgain);
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
    menu->addAction(m_startAction);
    menu->addAction(m_runAgainAction);
    menu->addAction(m_stopAction);
    menu->addSeparator();
    menu->addAction(m_enhanceAction);
    menu->addAction(m_exportAction);
}

void SimulationCommands::onDataChanged(const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles)
{
    if (topLeft.parent().isValid())
        return; // a call row
    if (roles.isEmpty() || roles.contains(SimulationModel::CanStopRole) || roles.contains(SimulationModel::StatusRole)
        || roles.contains(SimulationModel::HasDataRole) || roles.contains(SimulationModel::AgentIdRole))
        updateActions();
}

void SimulationCommands::updateActions()
{
    const QModelIndex index = m_id >= 0 ? m_model->indexOfSimulation(m_id) : QModelIndex();
    const bool hasData = index.isValid() && index.data(SimulationModel::HasDataRole).toBool();
    const Status status = hasData ? Status(index.data(SimulationModel::StatusRole).toInt()) : Status::Unknown;
    // The server starts only a Draft; a run that ran is repeated with Run again.
    m_startAction->setEnabled(!m_startRunning && status == Status::Draft);
    m_startAction->setToolTip(status == Status::Draft ? tr("Start this Draft run")
                                                      : tr("Only a Draft run can be started; use Run again for a run that ran"));
    const Simulation value = currentValue();
    const bool repeatable = value.agent && value.agent->id > 0 && !value.scenarios.isEmpty();
    m_runAgainAction->setEnabled(!m_runAgainRunning && hasData && repeatable);
    m_runAgainAction->setToolTip(repeatable ? tr("A new run with the same agent, scenarios and settings")
                                            : tr("Needs a run whose agent and scenarios the server has sent"));
    // can_stop is the server's own word on whether /stop will succeed.
    m_stopAction->setEnabled(!m_stopRunning && hasData && index.data(SimulationModel::CanStopRole).toBool());
    // Only for a Completed run: the server refuses the others (invalid_state), and that reply is
    // still explained should our view of the status be a poll behind.
    const bool completed = status == Status::Completed;
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

Simulation SimulationCommands::currentValue() const
{
    const QModelIndex index = m_id >= 0 ? m_model->indexOfSimulation(m_id) : QModelIndex();
    return index.isValid() && index.data(SimulationModel::HasDataRole).toBool()
        ? index.data(SimulationModel::SimulationRole).value<Simulation>()
        : Simulation{};
}

bool SimulationCommands::confirm(const QString &title, const QString &question, const QString &button,
                                 QMessageBox::ButtonRole role)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, m_window);
    box.setTextFormat(Qt::PlainText);
    QPushButton *goAhead = box.addButton(button, role);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == goAhead;
}

QString SimulationCommands::askRunAgainName(const QString &question, const QString &name)
{
    if (m_askRunAgain)
        return m_askRunAgain(question, name).simplified();
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Run again"));
    auto *text = new QLabel(question, &dialog);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *edit = new QLineEdit(name, &dialog);
    edit->setObjectName(QStringLiteral("runAgainName"));
    edit->selectAll();
    auto *label = new QLabel(tr("&Name of the new run:"), &dialog);
    label->setBuddy(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *go = buttons->addButton(tr("Create and start"), QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    connect(edit, &QLineEdit::textChanged, go, [go](const QString &t) { go->setEnabled(!t.simplified().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(qMax(dialog.sizeHint().width(), 460), dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted ? edit->text().simplified() : QString();
}

void SimulationCommands::start()
{
    const int id = m_id;
    if (id < 0 || !m_startAction->isEnabled())
        return;
    const QString name = simulationName(id);
    const QString question = tr("Start simulation \u201c%1\u201d? %2")
                                 .arg(name, tr("The server will make %Ln test call(s).", nullptr, actions::plannedCalls(currentValue())));
    if (!confirm(tr("Start simulation"), question, tr("Start simulation"), QMessageBox::AcceptRole))
        return;
    m_startRunning = true;
    updateActions();
    m_window->statusBar()->showMessage(tr("Starting \u201c%1\u201d\u2026").arg(name));
    m_actions->start(id, this, [this, id, name](const StartOutcome &outcome) {
        m_startRunning = false;
        const QString message = outcome.started ? tr("Started \u201c%1\u201d.").arg(name)
                                                : tr("Could not start \u201c%1\u201d: %2").arg(name, outcome.humanMessage());
        report(message, outcome.started);
        // Fetch at once so Pending shows now.
        m_session.refresh(id);
        updateActions();
        Q_EMIT startFinished(id, message, outcome.started);
    });
}

void SimulationCommands::runAgain()
{
    const int oldId = m_id;
    if (oldId < 0 || !m_runAgainAction->isEnabled())
        return;
    const Simulation run = currentValue();
    if (!run.agent) // a poll since the action was enabled can have taken it away
        return;
    const QString oldName = simulationName(oldId);
    const QString agent = run.agent->name.simplified().isEmpty() ? tr("agent %1").arg(run.agent->id) : run.agent->name.simplified();
    const QString question = tr("Create a new simulation like \u201c%1\u201d (agent \u201c%2\u201d, %3, the same settings) and start it? %4")
                                 .arg(oldName, agent, tr("%Ln scenario(s)", nullptr, int(run.scenarios.size())),
                                      tr("The server will make %Ln test call(s).", nullptr, actions::plannedCalls(run)));
    const QString newName = askRunAgainName(question, actions::nextRunName(oldName));
    if (newName.isEmpty())
        return;
    m_runAgainRunning = true;
    updateActions();
    m_window->statusBar()->showMessage(tr("Creating \u201c%1\u201d\u2026").arg(newName));
    m_actions->runAgain(run, newName, this, [this, oldId, newName](const RunAgainOutcome &outcome) {
        m_runAgainRunning = false;
        const int newId = outcome.create.created ? outcome.create.id : -1;
        QString message;
        if (newId < 0) {
            message = tr("Could not create \u201c%1\u201d: %2").arg(newName, outcome.create.humanMessage());
        } else {
            // Watched and selected even when it did not start: the Draft can be started from here.
            m_session.pairRuns(newId, oldId);
            m_session.watch(newId);
            Q_EMIT runCreated(newId);
            // Multi-arg: a name with "%2" in it stays as it is. The server's reason goes last, as sent.
            message = outcome.start.started
                ? tr("Created \u201c%1\u201d (#%2) and started it.").arg(newName, QString::number(newId))
                : tr("Created \u201c%1\u201d (#%2), but could not start it; it stays a Draft (Simulation \u25b8 Start\u2026 starts it): %3")
                      .arg(newName, QString::number(newId), outcome.start.humanMessage());
        }
        report(message, outcome.start.started);
        updateActions();
        Q_EMIT runAgainFinished(oldId, newId, message, outcome.start.started);
    });
}

void SimulationCommands::stop()
{
    const int id = m_id;
    if (id < 0 || !m_stopAction->isEnabled())
        return;
    const QString question = tr("Stop simulation \u201c%1\u201d? Calls in progress will be disconnected.").arg(simulationName(id));
    const bool confirmed = confirm(tr("Stop simulation"), question, tr("Stop simulation"), QMessageBox::DestructiveRole);
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
        m_diffView->setSuggestedPrompt(promptdiff::promptText(outcome.promptBreakdown));
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
