#include "api/httpdate.h"

#include <QRegularExpression>

namespace simwatch {

namespace {

int monthFromName(QStringView name)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime parseHttpDate(QByteArrayView text, const QDateTime &now)
{
    const QString value = QString::fromLatin1(text).trimmed();
    // IMF-fixdate, and RFC 2822 dates with a numeric zone or "UT"/"GMT".
    static const QRegularExpression imf(QStringLiteral(
        R"(^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+(GMT|UTC|UT|Z|[+-]\d{4})$)"));
    // RFC 850: a full weekday name and a two-digit year.
    static const QRegularExpression rfc850(QStringLiteral(
        R"(^[A-Za-z]+,\s*(\d{2})-([A-Za-z]{3})-(\d{2})\s+(\d{2}):(\d{2}):(\d{2})\s+GMT$)"));
    // asctime: the day is space-padded and the zone implied (UTC).
    static const QRegularExpression asctime(QStringLiteral(
        R"(^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})$)"));

    if (const auto m = imf.match(value); m.hasMatch()) {
        QDateTime when = utc(m.capturedView(3).toInt(), monthFromName(m.capturedView(2)), m.capturedView(1).toInt(),
                             m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt());
        const QStringView zone = m.capturedView(7);
        if (when.isValid() && (zone.startsWith(u'+') || zone.startsWith(u'-'))) {
            const int sign = zone.startsWith(u'-') ? -1 : 1;
            const int offset = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60);
            when = when.addSecs(-offset);
        }
        return when;
    }
    if (const auto m = rfc850.match(value); m.hasMatch()) {
        // RFC 9110: a two-digit year that looks more than 50 years in the future is in the past.
        int year = now.date().year() / 100 * 100 + m.capturedView(3).toInt();
        if (year > now.date().year() + 50)
            year -= 100;
        return utc(year, monthFromName(m.capturedView(2)), m.capturedView(1).toInt(),
                   m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt());
    }
    if (const auto m = asctime.match(value); m.hasMatch()) {
        return utc(m.capturedView(6).toInt(), monthFromName(m.capturedView(1)), m.capturedView(2).toInt(),
                   m.capturedView(3).toInt(), m.capturedView(4).toInt(), m.capturedView(5).toInt());
    }
    return {};
}

} // namespace simwatch
