#pragma once

#include <QString>
#include <QStringView>

// Server text shown to people, made unable to pose as something else. A name such as
// "Nightly \u202E8# DETELPMOC\u202C" renders as "Nightly COMPLETED #8" if shown raw, a newline in a
// name forges a second line of headless output, and ESC sequences reach the terminal (the
// Trojan Source class, CVE-2021-42574). Code hosts answer it by isolating such text and
// showing the hidden characters; so does SimWatch. JSON output stays raw data.
namespace simwatch::untrusted {

// Bidi embeddings, overrides, isolates and marks (they reorder what follows them).
bool isBidiControl(char32_t c);
// Characters that render as nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen.
bool isInvisible(char32_t c);

// For a terminal: one line, with every control, bidi and invisible character escaped visibly
// ("\n", "\x1b", "\u202E").
QString forTerminal(QStringView text);

// Bidi controls and invisible characters shown as "‹U+202E›", nothing else changed: for long
// texts (reviews, prompts) whose paragraphs are laid out on their own.
QString showHidden(QStringView text);

// For the window: bidi controls and invisible characters shown as "‹U+202E›"; then, when the
// text holds anything that could reorder the text around it (a right-to-left letter), wrapped in a
// first-strong isolate so it cannot. Plain left-to-right text comes back unchanged.
QString forDisplay(QStringView text);

} // namespace simwatch::untrusted
