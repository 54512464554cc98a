#include "verdictpanel.h"

#include "domain/untrustedtext.h"
#include "model/simulationmodel.h"
#include "verdicts/verdictstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace simwatch {

namespace {

constexpr std::array<Verdict, 3> Choices = {Verdict::Pass, Verdict::Fail, Verdict::Unsure};

// The sign beside the word, so that the choice never rests on colour alone.
QString buttonText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return QStringLiteral("\u2713 ") + verdictText(verdict);
    case Verdict::Fail: return QStringLiteral("\u2717 ") + verdictText(verdict);
    case Verdict::Unsure: return QStringLiteral("? ") + verdictText(verdict);
    case Verdict::None: break;
    }
    return {};
}

} // namespace

VerdictPanel::VerdictPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("verdictPanel"));
    m_expected = new QLabel(this);
    m_expected->setTextFormat(Qt::PlainText);
    m_expected->setWordWrap(true);
    m_expected->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_expected->setObjectName(QStringLiteral("secondaryText"));
    // At most three lines: the transcript below is what the reviewer reads (the whole text is
    // in the tooltip).
    m_expected->setMaximumHeight(m_expected->fontMetrics().lineSpacing() * 3 + 2);
    m_expected->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never cut mid-line

    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    auto *verdictLabel = new QLabel(tr("Your verdict:"), this);
    row->addWidget(verdictLabel);
    const QStringList tips = {tr("The agent did what the scenario expected (Ctrl+1)"),
                              tr("The agent did not do what the scenario expected (Ctrl+2)"),
                              tr("Needs another look (Ctrl+3)")};
    for (size_t i = 0; i < Choices.size(); ++i) {
        const Verdict verdict = Choices[i];
        auto *action = new QAction(buttonText(verdict), this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(i))));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tips.at(int(i)));
        connect(action, &QAction::triggered, this, [this, verdict] { choose(verdict); });
        m_actions[i] = action;
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(tr("Verdict: %1").arg(verdictText(verdict)));
        button->setFocusPolicy(Qt::StrongFocus);
        m_buttons[i] = button;
        row->addWidget(button);
    }
    verdictLabel->setBuddy(m_buttons[0]);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Note on this call (saved as you type)"));
    m_note->setAccessibleName(tr("Note on this call"));
    m_note->setClearButtonEnabled(true);
    m_note->setMaxLength(4000);
    row->addStretch(1);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("secondaryText"));
    m_problem->hide();

    // Every edit is kept at once (a write on the history thread): nothing waits for a Save,
    // a crash or an export right after typing.
    connect(m_note, &QLineEdit::textEdited, this, &VerdictPanel::saveNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(3);
    layout->addWidget(m_expected);
    layout->addLayout(row);
    // The note on its own line: room to write, and the detail pane stays narrow enough for the
    // calls table beside it (the German buttons alone are long).
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    updateEnabled();
}

QToolButton *VerdictPanel::button(Verdict verdict) const
{
    for (size_t i = 0; i < Choices.size(); ++i) {
        if (Choices[i] == verdict)
            return m_buttons[i];
    }
    return nullptr;
}

QList<QAction *> VerdictPanel::verdictActions() const
{
    return {m_actions.begin(), m_actions.end()};
}

void VerdictPanel::setStore(VerdictStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &VerdictStore::canSaveChanged, this, &VerdictPanel::updateEnabled);
    updateEnabled();
}

int VerdictPanel::runId() const
{
    return m_call.isValid() ? m_call.parent().data(SimulationModel::IdRole).toInt() : -1;
}

QString VerdictPanel::callKey() const
{
    return m_call.isValid() ? m_call.data(SimulationModel::CallKeyRole).toString() : QString();
}

void VerdictPanel::showCall(const QModelIndex &recording)
{
    const QModelIndex call = recording.isValid() ? recording.siblingAtColumn(0) : QModelIndex();
    const bool sameCall = call.isValid() && m_call.isValid() && runId() == call.parent().data(SimulationModel::IdRole).toInt()
        && callKey() == call.data(SimulationModel::CallKeyRole).toString();
    m_call = call;
    const QString expected = call.data(SimulationModel::ExpectedResultRole).toString();
    m_expected->setText(expected.isEmpty() ? tr("Expected result: not given for this call's scenario.")
                                           : tr("Expected result: %1").arg(untrusted::forDisplay(expected)));
    m_expected->setToolTip(expected.isEmpty() ? QString() : untrusted::forDisplay(expected));
    const auto verdict = Verdict(call.data(SimulationModel::VerdictRole).toInt());
    for (size_t i = 0; i < Choices.size(); ++i)
        m_actions[i]->setChecked(Choices[i] == verdict);
    // The note is not replaced under the reviewer's fingers (the cursor would jump).
    const QString note = call.data(SimulationModel::VerdictNoteRole).toString();
    if ((!sameCall || !m_note->hasFocus()) && m_note->text() != note)
        m_note->setText(note);
    updateEnabled();
}

void VerdictPanel::choose(Verdict verdict)
{
    if (!m_store || !m_call.isValid())
        return;
    const auto current = Verdict(m_call.data(SimulationModel::VerdictRole).toInt());
    m_store->setCallVerdict(runId(), callKey(), current == verdict ? Verdict::None : verdict);
    showCall(m_call); // the checks follow the store, also when it refused
}

void VerdictPanel::saveNote()
{
    if (!m_store || !m_call.isValid())
        return;
    if (m_note->text() != m_call.data(SimulationModel::VerdictNoteRole).toString())
        m_store->setCallNote(runId(), callKey(), m_note->text());
}

void VerdictPanel::updateEnabled()
{
    const bool canSave = m_store && m_store->canSave();
    const bool editable = canSave && m_call.isValid();
    for (QAction *action : m_actions)
        action->setEnabled(editable);
    m_note->setEnabled(editable);
    m_problem->setVisible(!canSave && m_store);
    if (m_store)
        m_problem->setText(m_store->problem());
}

} // namespace simwatch
