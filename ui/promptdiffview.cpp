#include "promptdiffview.h"

#include "domain/numbertext.h"
#include "theme.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace simwatch {

namespace {

using promptdiff::LinePair;
using promptdiff::SectionDiff;
using promptdiff::Segment;


QTextEdit *makePane(QWidget *parent, const QString &name)
{
    auto *edit = new QTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setAcceptRichText(false);
    edit->setUndoRedoEnabled(false);
    edit->setLineWrapMode(QTextEdit::WidgetWidth);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}

QTextCharFormat runFormat(Segment::Kind kind)
{
    QTextCharFormat format;
    format.setProperty(PromptDiffView::KindProperty, int(kind));
    if (kind == Segment::Kind::Removed) {
        format.setBackground(theme::diffColours().removedWord);
        format.setFontStrikeOut(true);
    } else if (kind == Segment::Kind::Added) {
        format.setBackground(theme::diffColours().addedWord);
    }
    return format;
}

void startBlock(QTextCursor &cursor, bool first, const QColor &background, qreal topMargin = 0)
{
    QTextBlockFormat block;
    if (background.isValid())
        block.setBackground(background);
    block.setTopMargin(topMargin);
    block.setLeftMargin(4);
    block.setRightMargin(4);
    if (first)
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block);
}

void insertRuns(QTextCursor &cursor, const QList<Segment> &segments)
{
    for (const Segment &segment : segments)
        cursor.insertText(segment.text, runFormat(segment.kind));
}

} // namespace

PromptDiffView::PromptDiffView(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Enhanced prompt suggestion"));
    setObjectName(QStringLiteral("promptDiffView"));
    resize(1100, 720);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_applied = new QLabel(this);
    m_applied->setObjectName(QStringLiteral("appliedLabel"));
    m_applied->setTextFormat(Qt::PlainText);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_before = makePane(this, QStringLiteral("beforeView"));
    m_after = makePane(this, QStringLiteral("afterView"));
    m_before->setAccessibleName(tr("Current prompt"));
    m_after->setAccessibleName(tr("Suggested prompt"));

    // Words for people; the API's names stay in the tooltips for those who read the API.
    m_beforeHeading = new QLabel(tr("Current prompt"), this);
    m_beforeHeading->setToolTip(tr("The agent's prompt as it is now (previous_context in the API)"));
    m_afterHeading = new QLabel(tr("Suggested prompt"), this);
    m_afterHeading->setToolTip(tr("The prompt the server suggests (prompt_breakdown in the API)"));
    for (QLabel *label : {m_beforeHeading, m_afterHeading}) {
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    auto *legend = new QLabel(tr("Red: removed from the current prompt.  Green: added by the suggestion."), this);
    legend->setTextFormat(Qt::PlainText);

    auto *panes = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_beforeHeading);
    left->addWidget(m_before);
    auto *right = new QVBoxLayout;
    right->addWidget(m_afterHeading);
    right->addWidget(m_after);
    panes->addLayout(left);
    panes->addLayout(right);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy suggested prompt"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copySuggestedPrompt"));
    m_copy->setToolTip(tr("Copy the whole suggested prompt, section by section, to paste it into the agent"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, &PromptDiffView::copySuggestedPrompt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_applied);
    layout->addWidget(m_summary);
    layout->addLayout(panes, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);

    // Synchronized scrolling, proportional: both sides have the same rows, but a wrapped row can
    // be taller on one side, so follow the position as a fraction.
    auto follow = [](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, to, [from, to](int value) {
            if (from->maximum() <= 0)
                return;
            const QSignalBlocker blocker(to);
            to->setValue(qRound(double(value) / from->maximum() * to->maximum()));
        });
    };
    follow(m_before->verticalScrollBar(), m_after->verticalScrollBar());
    follow(m_after->verticalScrollBar(), m_before->verticalScrollBar());
    setSuggestionApplied(false);
}

void PromptDiffView::setSimulationName(const QString &name)
{
    m_title->setText(tr("Prompt suggestion for \u201c%1\u201d").arg(name));
}

void PromptDiffView::setSuggestionApplied(bool applied)
{
    m_applied->setText(applied ? tr("The prompt suggestion has been applied to the agent.")
                               : tr("The prompt suggestion has not been applied to the agent."));
}

void PromptDiffView::setSuggestedPrompt(const QString &text)
{
    m_suggestedPrompt = text;
    m_copy->setEnabled(!text.trimmed().isEmpty());
}

void PromptDiffView::copySuggestedPrompt()
{
    if (m_suggestedPrompt.trimmed().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_suggestedPrompt);
    // Said on the button itself, where the eye is, for a moment.
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(2000, m_copy, [this] { m_copy->setText(tr("&Copy suggested prompt")); });
}

void PromptDiffView::setDiff(const QList<promptdiff::SectionDiff> &sections)
{
    m_before->clear();
    m_after->clear();
    QTextCursor left(m_before->document());
    QTextCursor right(m_after->document());
    bool first = true;
    int changed = 0, added = 0, removed = 0;
    for (const SectionDiff &section : sections) {
        QString suffix;
        QColor titleBackground = theme::diffColours().titleLine;
        switch (section.kind) {
        case SectionDiff::Kind::Unchanged:
            suffix = tr(" (unchanged)");
            break;
        case SectionDiff::Kind::Changed:
            ++changed;
            suffix = tr(" (changed)");
            break;
        case SectionDiff::Kind::Added:
            ++added;
            suffix = tr(" (new section)");
            titleBackground = theme::diffColours().addedWord;
            break;
        case SectionDiff::Kind::Removed:
            ++removed;
            suffix = tr(" (section removed)");
            titleBackground = theme::diffColours().removedWord;
            break;
        }
        QTextCharFormat titleFormat;
        titleFormat.setFontWeight(QFont::Bold);
        const qreal gap = first ? 0 : 12;
        // The side a section is missing from shows a grey filler row, not the colour.
        startBlock(left, first, section.kind == SectionDiff::Kind::Added ? theme::diffColours().filler : titleBackground, gap);
        startBlock(right, first, section.kind == SectionDiff::Kind::Removed ? theme::diffColours().filler : titleBackground, gap);
        first = false;
        const QString title = section.title.isEmpty() ? tr("Untitled section") : section.title;
        left.insertText(section.kind == SectionDiff::Kind::Added ? QString() : title + suffix, titleFormat);
        right.insertText(section.kind == SectionDiff::Kind::Removed ? QString() : title + suffix, titleFormat);

        for (const LinePair &line : section.lines) {
            const bool hasLeft = line.kind != LinePair::Kind::Added;
            const bool hasRight = line.kind != LinePair::Kind::Removed;
            const bool differs = line.kind != LinePair::Kind::Same;
            startBlock(left, false, !hasLeft ? theme::diffColours().filler : differs ? theme::diffColours().removedLine : QColor());
            startBlock(right, false, !hasRight ? theme::diffColours().filler : differs ? theme::diffColours().addedLine : QColor());
            if (hasLeft)
                insertRuns(left, line.leftSegments);
            if (hasRight)
                insertRuns(right, line.rightSegments);
        }
    }
    if (sections.isEmpty()) {
        left.insertText(tr("The server sent no prompt sections."));
        right.insertText(tr("The server sent no prompt sections."));
    }
    m_summary->setText(tr("%1 sections: %2 changed, %3 added, %4 removed.")
                           .arg(numberText(sections.size()), numberText(changed), numberText(added), numberText(removed)));
    m_before->moveCursor(QTextCursor::Start);
    m_after->moveCursor(QTextCursor::Start);
}

} // namespace simwatch
