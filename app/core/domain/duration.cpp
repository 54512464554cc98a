#include "domain/duration.h"

namespace simwatch {

QString formatDuration(int seconds)
{
    if (seconds < 0)
        return {};
    const int h = seconds / 3600;
    const int m = (seconds / 60) % 60;
    const int s = seconds % 60;
    // h:mm:ss is the duration pattern of English, German and Hindi alike (CLDR); %L gives the
    // digits of the locale in use, zero-padded with its own zero.
    if (h > 0)
        return QStringLiteral("%L1:%L2:%L3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%L1:%L2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace simwatch
