#pragma once

#include "domain/simulation.h"

#include <QIcon>
#include <QModelIndex>
#include <QWidget>

#include <array>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace simwatch {

class SafeTextBrowser;

// The four review texts of a run (summary, what went wrong, suggestions, prompt suggestion) as
// tabs. Text is rendered as Markdown with HTML disabled; a missing text says so in grey italics.
class ReviewPanes : public QWidget
{
    Q_OBJECT

public:
    enum Pane { Summary, WhatWentWrong, Suggestions, PromptSuggestion, PaneCount };

    explicit ReviewPanes(QWidget *parent = nullptr);

    void refresh(const QModelIndex &simulation, const QList<int> &roles = {});
    void clear();

    QTabWidget *tabs() const { return m_tabs; }
    SafeTextBrowser *browser(Pane pane) const { return m_panes[pane].browser; }
    QLabel *placeholder(Pane pane) const { return m_panes[pane].placeholder; }
    QLabel *promptAppliedLabel() const { return m_promptApplied; }
    bool isPlaceholderShown(Pane pane) const;
    bool hasText(Pane pane) const { return m_panes[pane].review.hasText(); }
    // What a reader sees in the pane: the placeholder's text or the rendered document as text.
    QString shownText(Pane pane) const;

    static QString placeholderText(ReviewText::State state);

private:
    struct PaneWidgets
    {
        QStackedWidget *stack = nullptr;
        QLabel *placeholder = nullptr;
        SafeTextBrowser *browser = nullptr;
        ReviewText review;
        bool shown = false;
    };

    void setReview(Pane pane, const ReviewText &review);
    void setPromptApplied(bool applied, bool known);

    QTabWidget *m_tabs = nullptr;
    std::array<PaneWidgets, PaneCount> m_panes;
    QLabel *m_promptApplied = nullptr;
    QIcon m_hasTextIcon;
};

} // namespace simwatch
