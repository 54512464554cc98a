#include "runnoteeditor.h"

#include "model/simulationmodel.h"
#include "verdicts/verdictstore.h"

#include <QLabel>
#include <QPlainTextEdit>
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
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 2 + 12);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("secondaryText"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    // Every edit is kept at once (a write on the history thread), as the call notes are.
    connect(m_edit, &QPlainTextEdit::textChanged, this, &RunNoteEditor::save);

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
    const bool sameRun = id == m_shownRunId;
    m_run = simulation.isValid() ? simulation.siblingAtColumn(0) : QModelIndex();
    m_shownRunId = id;
    const QString note = m_run.isValid() ? m_run.data(SimulationModel::RunNoteRole).toString() : QString();
    // Not replaced under the reviewer's fingers (the cursor would jump).
    if ((!sameRun || !m_edit->hasFocus()) && m_edit->toPlainText() != note) {
        const QSignalBlocker quiet(m_edit); // shown, not typed: nothing to save
        m_edit->setPlainText(note);
    }
    updateEnabled();
}

void RunNoteEditor::save()
{
    if (m_store && m_shownRunId >= 0 && !m_edit->isReadOnly())
        m_store->setRunNote(m_shownRunId, m_edit->toPlainText());
}

void RunNoteEditor::updateEnabled()
{
    const bool canSave = m_store && m_store->canSave();
    m_edit->setReadOnly(!canSave || m_shownRunId < 0);
    m_hint->setText(canSave || !m_store ? tr("Kept on this computer with the history, and part of every export.")
                                        : m_store->problem());
}

} // namespace simwatch
