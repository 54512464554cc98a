#pragma once

#include "actions/promptdiff.h"

#include <QDialog>
#include <QTextFormat>

class QLabel;
class QPushButton;
class QTextEdit;

namespace simwatch {

// Side-by-side view of the prompt before (previous_context) and after (prompt_breakdown) the
// enhance-prompt suggestion. Both panes are plain QTextDocuments filled through QTextCursor
// (never HTML): each diff row is one block on each side (an empty grey filler block faces an
// added or removed line), and the two panes scroll together. Removed text has a red background, added text a green one.
class PromptDiffView : public QDialog
{
    Q_OBJECT

public:
    // Marks every inserted run (QTextFormat::UserProperty) with its promptdiff::Segment::Kind, so
    // tests (and accessibility tools) can read what a highlight means without comparing colours.
    static constexpr int KindProperty = QTextFormat::UserProperty + 1;

    explicit PromptDiffView(QWidget *parent = nullptr);

    void setSimulationName(const QString &name);
    void setSuggestionApplied(bool applied);
    void setDiff(const QList<promptdiff::SectionDiff> &sections);
    // The suggested prompt as one text (promptdiff::promptText()), for "Copy suggested prompt".
    void setSuggestedPrompt(const QString &text);
    void copySuggestedPrompt();

    QTextEdit *beforeView() const { return m_before; }
    QTextEdit *afterView() const { return m_after; }
    QLabel *appliedLabel() const { return m_applied; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *beforeHeading() const { return m_beforeHeading; }
    QLabel *afterHeading() const { return m_afterHeading; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QLabel *m_title = nullptr;
    QLabel *m_applied = nullptr;
    QLabel *m_summary = nullptr;
    QTextEdit *m_before = nullptr;
    QTextEdit *m_after = nullptr;
    QLabel *m_beforeHeading = nullptr;
    QLabel *m_afterHeading = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_suggestedPrompt;
};

} // namespace simwatch
