#pragma once

#include "domain/simulation.h"

#include <QIcon>
#include <QModelIndex>
#include <QSet>
#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace simwatch {

class FindBar;
class RunNoteEditor;
class SafeTextBrowser;

// The four review texts of a run (summary, what went wrong, suggestions, prompt suggestion) as
// tabs, and a fifth for the reviewer's own notes on the run. Text is rendered as Markdown with HTML disabled; a missing text says so in grey italics.
// Each pane has a Copy button (the text exactly as the server sent it, not the rendering) and a
// find bar (Ctrl+F while the review has focus).
class ReviewPanes : public QWidget
{
    Q_OBJECT

public:
    enum Pane { Summary, WhatWentWrong, Suggestions, PromptSuggestion, PaneCount };

    explicit ReviewPanes(QWidget *parent = nullptr);

    void refresh(const QModelIndex &simulation, const QList<int> &roles = {});
    void clear();

    QTabWidget *tabs() const { return m_tabs; }
    RunNoteEditor *runNoteEditor() const { return m_runNote; } // the last tab: the reviewer's own
    SafeTextBrowser *browser(Pane pane) const { return m_panes[pane].browser; }
    QLabel *placeholder(Pane pane) const { return m_panes[pane].placeholder; }
    QLabel *promptAppliedLabel() const { return m_promptApplied; }
    QToolButton *copyButton(Pane pane) const { return m_panes[pane].copy; }
    FindBar *findBar(Pane pane) const { return m_panes[pane].findBar; }
    QAction *findAction() const { return m_findAction; }
    // Puts the pane's text, as sent, on the clipboard; false when it has none.
    bool copyText(Pane pane);
    // Opens the find bar of the pane shown; false when it has no text to search.
    bool openFindBar();
    bool isPlaceholderShown(Pane pane) const;
    bool hasText(Pane pane) const { return m_panes[pane].review.hasText(); }
    // What a reader sees in the pane: the placeholder's text or the rendered document as text.
    QString shownText(Pane pane) const;

    static QString placeholderText(ReviewText::State state, Status status);

Q_SIGNALS:
    // A "Call #70004" reference in a review text was followed.
    void callLinkActivated(int callId);

private:
    struct PaneWidgets
    {
        QStackedWidget *stack = nullptr;
        QLabel *placeholder = nullptr;
        SafeTextBrowser *browser = nullptr;
        QToolButton *copy = nullptr;
        FindBar *findBar = nullptr;
        ReviewText review;
        bool shown = false;
    };

    void setReview(Pane pane, const ReviewText &review);
    void setPromptApplied(bool applied, bool known);

    QTabWidget *m_tabs = nullptr;
    std::array<PaneWidgets, PaneCount> m_panes;
    QLabel *m_promptApplied = nullptr;
    RunNoteEditor *m_runNote = nullptr;
    Status m_status = Status::Unknown; // of the run shown: the placeholders say what is true for it
    QSet<int> m_callIds;               // of the run shown: the calls its texts may link to
    QString m_noDataReason;            // why the run shown has no data at all; empty when it has
    QAction *m_findAction = nullptr;
    QIcon m_hasTextIcon;
};

} // namespace simwatch
