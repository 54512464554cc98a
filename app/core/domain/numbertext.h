#pragma once

#include <QString>

namespace simwatch {

// Counts and shares as the chosen language writes them: the locale's group separator ("12,345",
// "12.345", Hindi's "12,34,567") and the percent sign where the language puts it ("42%", German
// "42 %"). Ids are not quantities: they stay plain digits, as the server and the web app write them.
QString numberText(qint64 value);
QString percentText(int value);
// The pattern behind percentText, "%1%" or "%1 %", for a widget that puts the number in itself.
QString percentPattern();

// A change: "+1,234", "−2" or "±0", in the locale's digits. `minus` is the sign of a decrease:
// U+2212 for people, '-' in the headless text mode, which scripts read.
QString changeText(qint64 delta, QChar minus = QChar(0x2212));

} // namespace simwatch
