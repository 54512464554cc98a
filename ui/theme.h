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

// The look: "system" keeps the desktop's style and palette; "light" and "dark" use Fusion with
// a palette of ours. Applied once at start-up, before any widget exists (every colour below is
// read from the application palette when a widget is made).
enum class Choice { System, Light, Dark };
Choice choiceFromKey(const QString &key); // "system" / "light" / "dark"; System otherwise
QString keyOf(Choice choice);
void apply(Choice choice);
QPalette lightPalette();
QPalette darkPalette();
// Whether `palette` (by default the application's) is a dark one: light text on dark windows.
bool isDark(const QPalette &palette);
bool isDark();

// WCAG 2 contrast ratio of two colours (1 to 21); AA asks 4.5 for text, 3 for graphics.
double contrastRatio(const QColor &a, const QColor &b);
// Every foreground/background pair the window draws text or marks with, in the current
// application palette: what the contrast test checks in each theme.
struct ColourPair
{
    QString name;
    QColor foreground;
    QColor background;
    double minimum; // 4.5 text, 3.0 graphics
};
QList<ColourPair> colourPairs();

QColor mix(const QColor &a, const QColor &b, qreal amountOfB);
QColor borderColor(const QPalette &palette);        // cards
QColor secondaryTextColor(const QPalette &palette); // headings, hints, empty states
QColor trackColor(const QPalette &palette);         // the empty part of a progress bar
QColor accentColor();                               // the filled part
QColor accentTextColor();                           // text drawn on the filled part
QColor warningColor();                              // text that warns (with a sign, never alone)
QColor errorTextColor();                            // text that says what is wrong (with words)
QColor agentSpeakerColor();                         // transcript: the agent's name
QColor otherSpeakerColor();                         // transcript: the caller's name
// The error banner: its background, border and text.
struct BannerColours { QColor background, border, text; };
BannerColours errorBannerColours();
// Prompt diff highlights.
struct DiffColours { QColor removedLine, removedWord, addedLine, addedWord, titleLine, filler; };
DiffColours diffColours();
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
