#pragma once

#include <QColor>
#include <QSplitter>

class QLabel;
class QPalette;
class QWidget;

// The dashboard's quiet look in palette colours, fonts and a few self-painted widgets. Not an
// application-wide style sheet: that would turn every widget's style into a QStyleSheetStyle,
// which costs a fifth of the start-up in polishing and makes every size hint slower.
namespace simwatch::theme {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB);
QColor borderColor(const QPalette &palette);        // cards
QColor secondaryTextColor(const QPalette &palette); // headings, hints, empty states
QColor trackColor(const QPalette &palette);         // the empty part of a progress bar
QColor accentColor();                               // the filled part
QColor warningColor();                              // text that warns (with a sign, never alone)
// The sentiment slices' colours in chart order (positive, negative, neutral): the report's, so
// that the window's pie and the PDF's look the same.
QList<QColor> sentimentColors();

// Fonts and colours by object name, for `root` and every widget in it: "cardTitle" (small
// capitals, semi-bold, secondary colour), "secondaryText" (secondary colour), "emptyState"
// (italic, secondary colour).
void polishTree(QWidget *root);

// Word wrap for a label that is a page of a stack (an empty state, a placeholder): the page's
// height is the stack's, so the label need not report a height for each width. One that does
// makes every enclosing layout ask heights for candidate widths, and QStackedLayout asks hidden
// pages too: 4.6 M instructions of start-up (2%) for the seven placeholders.
void wrapStackPageLabel(QLabel *label);

} // namespace simwatch::theme

namespace simwatch {

// A splitter whose handles are a gap with a short grip in the middle (the accent colour under
// the mouse): easy to find, no heavy rule.
class QuietSplitter : public QSplitter
{
public:
    using QSplitter::QSplitter;

protected:
    QSplitterHandle *createHandle() override;
};

} // namespace simwatch
