#include "findbar.h"

#include "domain/numbertext.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace simwatch {

FindBar::FindBar(QTextEdit *target, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
{
    setObjectName(QStringLiteral("findBar"));
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Find in text\u2026"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Find in text"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("secondaryText"));
    m_count->setTextFormat(Qt::PlainText);
    m_previous = new QToolButton(this);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next = new QToolButton(this);
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_close = new QToolButton(this);
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    // The document is replaced or edited when a poll brings new text: search it again.
    connect(m_target->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible() && !m_edit->text().isEmpty())
            search();
    });

    const auto addShortcut = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::Key_Escape), &FindBar::close);
    addShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), &FindBar::findPrevious);
    addShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Enter), &FindBar::findPrevious);
    addShortcut(QKeySequence::FindNext, &FindBar::findNext);
    addShortcut(QKeySequence::FindPrevious, &FindBar::findPrevious);

    setFocusProxy(m_edit);
    hide();
    search();
}

void FindBar::open()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    search();
}

void FindBar::close()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    m_matches.clear();
    m_current = -1;
    updateHighlights();
    if (hadFocus)
        m_target->setFocus(Qt::OtherFocusReason);
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text); // searches through textChanged
}

void FindBar::search()
{
    // Keep the reader near where they were: the current match is the first one at or after the
    // start of the previous match (or of the cursor).
    const int from = m_current >= 0 && m_current < m_matches.size() ? m_matches.at(m_current).selectionStart()
                                                                     : m_target->textCursor().selectionStart();
    m_matches.clear();
    m_current = -1;
    m_truncated = false;
    const QString needle = m_edit->text();
    if (!needle.isEmpty()) {
        QTextDocument *doc = m_target->document();
        QTextCursor cursor(doc);
        while (true) {
            cursor = doc->find(needle, cursor); // literal, case-insensitive by default
            if (cursor.isNull())
                break;
            if (m_matches.size() >= MaxMatches) {
                m_truncated = true;
                break;
            }
            m_matches.append(cursor);
        }
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches.at(i).selectionStart() >= from) {
                m_current = i;
                break;
            }
        }
        if (m_current < 0 && !m_matches.isEmpty())
            m_current = 0;
    }
    showCurrent();
}

void FindBar::findNext()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current + 1) % int(m_matches.size());
    showCurrent();
}

void FindBar::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current - 1 + int(m_matches.size())) % int(m_matches.size());
    showCurrent();
}

void FindBar::showCurrent()
{
    const bool any = !m_matches.isEmpty();
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    if (m_edit->text().isEmpty())
        m_count->clear();
    else if (!any)
        m_count->setText(tr("No matches"));
    else if (m_truncated)
        m_count->setText(tr("%1 of more than %2").arg(numberText(m_current + 1), numberText(m_matches.size())));
    else
        m_count->setText(tr("%1 of %2").arg(numberText(m_current + 1), numberText(m_matches.size())));
    updateHighlights();
    if (any) {
        // Selecting the match scrolls it into view without taking focus from the field.
        m_target->setTextCursor(m_matches.at(m_current));
        m_target->ensureCursorVisible();
    }
}

void FindBar::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (isVisible() || !m_matches.isEmpty()) {
        QTextCharFormat all;
        all.setBackground(QColor(0xFF, 0xE0, 0x82));
        all.setForeground(QColor(0x20, 0x20, 0x20));
        QTextCharFormat current = all;
        current.setBackground(QColor(0xFF, 0xA7, 0x26));
        selections.reserve(m_matches.size());
        for (int i = 0; i < m_matches.size(); ++i)
            selections.append({m_matches.at(i), i == m_current ? current : all});
    }
    m_target->setExtraSelections(selections);
}

} // namespace simwatch
