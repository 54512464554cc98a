#include "runnoteeditor.h"

#include "model/simulationmodel.h"
#include "verdicts/verdictstore.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace simwatch {

RunNoteEditor::RunNoteEditor(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("runNoteEdit"));
    m_edit->setAccessibleName(tr("Your notes on this run"));
    m_edit->setPlaceholderText(tr("Your notes on this run: what to fix, what to test again\u2026"));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("secondaryText"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(SaveDelayMs);
    connect(m_delay, &QTimer::timeout, this, &RunNoteEditor::save);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_edit->document()->isModified())
            m_delay->start();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_hint);
    updateEnabled();
}

void RunNoteEditor::setStore(VerdictStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &VerdictStore::canSaveChanged, this, &RunNoteEditor::updateEnabled);
    updateEnabled();
}

int RunNoteEditor::runId() const
{
    return m_run.isValid() ? m_run.data(SimulationModel::IdRole).toInt() : -1;
}

void RunNoteEditor::showRun(const QModelIndex &simulation)
{
    const int id = simulation.isValid() ? simulation.data(SimulationModel::IdRole).toInt() : -1;
    if (id != m_shownRunId)
        save(); // the previous run's unsaved typing goes to that run
    const bool sameRun = id == m_shownRunId;
    m_run = simulation.isValid() ? simulation.siblingAtColumn(0) : QModelIndex();
    m_shownRunId = id;
    const QString note = m_run.isValid() ? m_run.data(SimulationModel::RunNoteRole).toString() : QString();
    // Not replaced under the reviewer's fingers: only for another run, or when it changed
    // elsewhere (loaded from the history) while nothing here is unsaved.
    if ((!sameRun || (!m_delay->isActive() && !m_edit->hasFocus())) && m_edit->toPlainText() != note) {
        m_delay->stop();
        m_edit->setPlainText(note);
        m_edit->document()->setModified(false);
    }
    updateEnabled();
}

void RunNoteEditor::save()
{
    m_delay->stop();
    if (!m_store || m_shownRunId < 0 || !m_edit->document()->isModified())
        return;
    m_store->setRunNote(m_shownRunId, m_edit->toPlainText());
    m_edit->document()->setModified(false);
}

bool RunNoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        save();
    return QWidget::eventFilter(watched, event);
}

void RunNoteEditor::updateEnabled()
{
    const bool canSave = m_store && m_store->canSave();
    m_edit->setReadOnly(!canSave || m_shownRunId < 0);
    m_hint->setText(canSave || !m_store ? tr("Kept on this computer with the history, and part of every export.")
                                        : m_store->problem());
}

} // namespace simwatch
