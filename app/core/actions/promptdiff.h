#pragma once

#include <QList>
#include <QString>

// Side-by-side diff of a prompt before and after the enhance-prompt suggestion. Pure functions:
// no QObject, no I/O, so the whole algorithm is unit-tested without a GUI.
namespace simwatch::promptdiff {

struct PromptSection
{
    QString title;
    QString prompt;
    friend bool operator==(const PromptSection &, const PromptSection &) = default;
};

// A run of text in one line: kept on both sides, or only on this side.
struct Segment
{
    enum class Kind { Equal, Removed, Added };
    Kind kind = Kind::Equal;
    QString text;
    friend bool operator==(const Segment &, const Segment &) = default;
};

// One row of the side-by-side view. Removed: only `left`; Added: only `right`; Changed: both,
// with word-level segments; Same: both, equal.
struct LinePair
{
    enum class Kind { Same, Removed, Added, Changed };
    Kind kind = Kind::Same;
    QString left;
    QString right;
    QList<Segment> leftSegments;   // Equal / Removed runs that make up `left`
    QList<Segment> rightSegments;  // Equal / Added runs that make up `right`
};

struct SectionDiff
{
    enum class Kind { Unchanged, Changed, Added, Removed };
    Kind kind = Kind::Unchanged;
    QString title;                 // the after-title when both exist (titles match ignoring case/space)
    QList<LinePair> lines;
};

// Tokens for the word diff: runs of non-space and runs of space, so joining them gives the text.
QList<QString> tokenize(const QString &text);
// Word-level diff of two single lines.
void diffWords(const QString &left, const QString &right, QList<Segment> *leftOut, QList<Segment> *rightOut);
// Line-level LCS; runs of removed lines followed by added lines are paired as Changed lines.
QList<LinePair> diffLines(const QString &before, const QString &after);
// Sections matched by title (trimmed, case-insensitive, first unused match). The order is the
// suggestion's; a section only in `before` is placed where it stood relative to matched ones.
QList<SectionDiff> diffSections(const QList<PromptSection> &before, const QList<PromptSection> &after);
// A prompt as one text to paste into the agent: each section's title on a line of its own, then
// its prompt; a blank line between sections. An untitled section is its prompt alone.
QString promptText(const QList<PromptSection> &sections);

} // namespace simwatch::promptdiff
