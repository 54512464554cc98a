#pragma once

#include <QList>
#include <QTextCursor>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace simwatch {

// A small find bar for a read-only text view: type to highlight every match (extra selections),
// Enter / F3 for the next match, Shift+Enter / Shift+F3 for the previous one, "3 of 7", Esc closes.
// Matching is case-insensitive and literal (the text is never a pattern).
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit *target, QWidget *parent = nullptr);

    // Shows the bar, focuses the field and selects its text (what Ctrl+F does).
    void open();
    void close();
    void setText(const QString &text);

    void findNext();
    void findPrevious();

    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // 0-based, -1 when none
    QLineEdit *edit() const { return m_edit; }
    QLabel *countLabel() const { return m_count; }

    static constexpr int MaxMatches = 1000; // enough to read, cheap on a 1 MB text

private:
    void search();
    void showCurrent();
    void updateHighlights();

    QTextEdit *m_target = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QList<QTextCursor> m_matches;
    int m_current = -1;
    bool m_truncated = false;
};

} // namespace simwatch
