#pragma once

#include <QDateTime>
#include <QString>

namespace simwatch {

// How every date and time in the window reads: the locale's short date and time format, in UTC
// (the API's dates carry no zone and are read as UTC; converting them would show a guess as fact).
// Empty for an invalid time. Where no heading already says so, dateTimeTextUtc() adds " UTC".
QString dateTimeText(const QDateTime &time);
QString dateTimeTextUtc(const QDateTime &time); // "5/8/26 9:10 AM UTC"
// The time of day alone, in the locale's short format, in UTC ("9:10 AM"): for a list whose
// rows are from one run, where the date would only repeat (it stays in the tooltip).
QString timeText(const QDateTime &time);

} // namespace simwatch
