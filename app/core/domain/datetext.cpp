#include "domain/datetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace simwatch {

QString dateTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toUTC(), QLocale::ShortFormat);
}

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toUTC().time(), QLocale::ShortFormat);
}

QString dateTimeTextUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QCoreApplication::translate("simwatch::DateText", "%1 UTC").arg(dateTimeText(time));
}

} // namespace simwatch
