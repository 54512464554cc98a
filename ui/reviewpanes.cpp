#include "reviewpanes.h"

#include "findbar.h"
#include "model/simulationmodel.h"
#include "roles.h"
#include "runnoteeditor.h"
#include "safetextbrowser.h"
#include "theme.h"
#include "uitext.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace simwatch {

ReviewPanes::ReviewPanes(QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Review"));
    m_tabs->setAccessibleDescription(tr("The run's summary, what went wrong, suggestions for improvement and prompt suggestion, one tab each"));
    m_hasTextIcon = QIcon(QStringLiteral(":/icons/has-text.svg"));

    const QString titles[PaneCount] = {
        tr("S&ummary"),
        tr("What went &wrong"),
        tr("Su&ggestions for improvement"),
        tr("&Prompt suggestion"),
    };
    for (int i = 0; i < PaneCount; ++i) {
        PaneWidgets &pane = m_panes[size_t(i)];
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 8, 0, 0);
        layout->setSpacing(6);

        pane.stack = new QStackedWidget(page);
        pane.placeholder = new QLabel(pane.stack);
        pane.placeholder->setObjectName(QStringLiteral("reviewPlaceholder"));
        pane.placeholder->setTextFormat(Qt::PlainText);
        pane.placeholder->setAlignment(Qt::AlignCenter);
        theme::wrapStackPageLabel(pane.placeholder);
        QFont italic = pane.placeholder->font();
        italic.setItalic(true);
        pane.placeholder->setFont(italic);
        QPalette grey = pane.placeholder->palette();
        grey.setColor(QPalette::WindowText, grey.color(QPalette::PlaceholderText));
        pane.placeholder->setPalette(grey);

        pane.browser = new SafeTextBrowser(pane.stack);
        pane.browser->setFrameShape(QFrame::NoFrame);
        pane.browser->setAccessibleName(titles[i]);
        connect(pane.browser, &SafeTextBrowser::callLinkActivated, this, &ReviewPanes::callLinkActivated);
        // Two lines at least, not the scroll area's default: at 720 px the calls need the room.
        pane.browser->setMinimumHeight(pane.browser->fontMetrics().lineSpacing() * 2 + 12);
        pane.stack->addWidget(pane.placeholder);
        pane.stack->addWidget(pane.browser);
        layout->addWidget(pane.stack, 1);
        pane.findBar = new FindBar(pane.browser, page);
        layout->addWidget(pane.findBar);

        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        if (i == PromptSuggestion) {
            m_promptApplied = new QLabel(page);
            m_promptApplied->setObjectName(QStringLiteral("secondaryText"));
            m_promptApplied->setTextFormat(Qt::PlainText);
            row->addWidget(m_promptApplied);
        }
        row->addStretch(1);
        pane.copy = new QToolButton(page);
        pane.copy->setText(tr("Copy"));
        pane.copy->setToolTip(tr("Copy the text exactly as the server sent it"));
        pane.copy->setAccessibleName(tr("Copy %1").arg(QString(titles[i]).remove(QLatin1Char('&'))));
        pane.copy->setAutoRaise(true);
        connect(pane.copy, &QToolButton::clicked, this, [this, i] { copyText(Pane(i)); });
        row->addWidget(pane.copy);
        layout->addLayout(row);
        m_tabs->addTab(page, titles[i]);
    }
    m_runNote = new RunNoteEditor(m_tabs);
    m_tabs->addTab(m_runNote, tr("&Your notes"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_findAction = new QAction(tr("Find in review text"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &ReviewPanes::openFindBar);
    addAction(m_findAction);
    clear();
}

bool ReviewPanes::copyText(Pane which)
{
    const PaneWidgets &pane = m_panes[size_t(which)];
    if (!pane.review.hasText())
        return false;
    // The raw text, so that Markdown pasted elsewhere (a ticket, the prompt editor) stays Markdown.
    QGuiApplication::clipboard()->setText(pane.review.text);
    return true;
}

bool ReviewPanes::openFindBar()
{
    const int which = m_tabs->currentIndex();
    if (which < 0 || which >= PaneCount || isPlaceholderShown(Pane(which)))
        return false;
    m_panes[size_t(which)].findBar->open();
    return true;
}

QString ReviewPanes::placeholderText(ReviewText::State state, Status status)
{
    if (state == ReviewText::State::NoText)
        return tr("Available, but the server sent no text");
    // What is true now for this run, not a promise it will not keep.
    switch (status) {
    case Status::Stopped: return tr("Not available: the run was stopped before its review was written");
    case Status::Completed: return tr("Not available: the server has no review text for this run");
    case Status::Draft: return tr("Not available: the run has not been started");
    case Status::CalculatingSummary: return tr("Being written: the run has finished and its review is being calculated");
    case Status::Pending:
    case Status::InProgress:
    case Status::Unknown: break;
    }
    return tr("Not available yet: written when the run has finished");
}

void ReviewPanes::refresh(const QModelIndex &index, const QList<int> &roles)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    using M = SimulationModel;
    if (rolesTouch(roles, {M::RunNoteRole, M::HasDataRole}))
        m_runNote->showRun(index);
    const Status status = Status(index.data(M::StatusRole).toInt());
    const QString noDataReason = index.data(M::HasDataRole).toBool()
        ? QString() : UiText::noDataReason(UiText::errorFrom(index.data(M::ErrorRole)));
    bool all = rolesTouch(roles, {M::HasDataRole}) || status != m_status || noDataReason != m_noDataReason;
    m_status = status;
    m_noDataReason = noDataReason;
    if (all || roles.contains(M::RecordingCountRole)) {
        QSet<int> ids;
        const int calls = index.model()->rowCount(index.siblingAtColumn(0));
        for (int row = 0; row < calls; ++row) {
            const int id = index.model()->index(row, 0, index.siblingAtColumn(0)).data(M::IdRole).toInt();
            if (id >= 0)
                ids.insert(id);
        }
        if (ids != m_callIds) {
            m_callIds = ids;
            all = true; // the texts' links follow the calls there are
        }
    }
    const std::pair<Pane, int> panes[] = {
        {Summary, M::SummaryRole},
        {WhatWentWrong, M::WhatWentWrongRole},
        {Suggestions, M::SuggestionsRole},
        {PromptSuggestion, M::PromptSuggestionRole},
    };
    for (const auto &[pane, role] : panes) {
        if (all || roles.contains(role)) {
            if (all)
                m_panes[size_t(pane)].shown = false; // the placeholder depends on the status too
            setReview(pane, UiText::reviewFrom(index.data(role)));
        }
    }
    if (all || roles.contains(M::PromptAppliedRole))
        setPromptApplied(index.data(M::PromptAppliedRole).toBool(), index.data(M::HasDataRole).toBool());
}

void ReviewPanes::clear()
{
    m_callIds.clear();
    m_noDataReason.clear();
    m_runNote->showRun({});
    m_status = Status::Unknown;
    for (int i = 0; i < PaneCount; ++i) {
        m_panes[size_t(i)].shown = false;
        setReview(Pane(i), ReviewText{});
    }
    setPromptApplied(false, false);
}

void ReviewPanes::setReview(Pane which, const ReviewText &review)
{
    PaneWidgets &pane = m_panes[size_t(which)];
    if (pane.shown && pane.review == review)
        return; // unchanged: keep the scroll position and the selection
    pane.review = review;
    pane.shown = true;
    pane.copy->setEnabled(review.hasText());
    if (review.hasText()) {
        pane.browser->setMarkdownSafely(review.text);
        pane.browser->linkCallReferences(m_callIds);
        pane.stack->setCurrentWidget(pane.browser);
    } else {
        pane.findBar->close();
        pane.browser->clear();
        pane.placeholder->setText(m_noDataReason.isEmpty() ? placeholderText(review.state, m_status) : m_noDataReason);
        pane.stack->setCurrentWidget(pane.placeholder);
    }

    // The tab says whether there is something to read: a green dot and normal text, or grey text.
    QTabBar *bar = m_tabs->tabBar();
    m_tabs->setTabIcon(which, review.hasText() ? m_hasTextIcon : QIcon());
    bar->setTabTextColor(which, review.hasText() ? palette().color(QPalette::WindowText)
                                                 : palette().color(QPalette::PlaceholderText));
    m_tabs->setTabToolTip(which, review.hasText() ? tr("Has text") : placeholderText(review.state, m_status));
}

void ReviewPanes::setPromptApplied(bool applied, bool known)
{
    if (!known)
        m_promptApplied->setText(tr("Applied to the agent: unknown"));
    else
        m_promptApplied->setText(applied ? tr("Applied to the agent: yes") : tr("Applied to the agent: no"));
}

bool ReviewPanes::isPlaceholderShown(Pane pane) const
{
    const PaneWidgets &p = m_panes[size_t(pane)];
    return p.stack->currentWidget() == p.placeholder;
}

QString ReviewPanes::shownText(Pane pane) const
{
    const PaneWidgets &p = m_panes[size_t(pane)];
    return isPlaceholderShown(pane) ? p.placeholder->text() : p.browser->toPlainText();
}

} // namespace simwatch
