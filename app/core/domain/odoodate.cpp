#include "domain/odoodate.h"

#include <QStringView>
#include <QTimeZone>

#include <climits>

namespace simwatch::parse {

namespace {

QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads minDigits..maxDigits ASCII digits at `pos`; fails when more digits follow.
bool readNumber(QStringView text, qsizetype &pos, int minDigits, int maxDigits, int &out)
{
    int digits = 0;
    int number = 0;
    while (pos < text.size() && isAsciiDigit(text[pos])) {
        if (++digits > maxDigits)
            return false;
        number = number * 10 + (text[pos].unicode() - u'0');
        ++pos;
    }
    if (digits < minDigits)
        return false;
    out = number;
    return true;
}

// Reads exactly `digits` ASCII digits at `pos` (more digits may follow: "+0430").
bool readFixed(QStringView text, qsizetype &pos, int digits, int &out)
{
    if (text.size() - pos < digits)
        return false;
    int number = 0;
    for (int i = 0; i < digits; ++i, ++pos) {
        if (!isAsciiDigit(text[pos]))
            return false;
        number = number * 10 + (text[pos].unicode() - u'0');
    }
    out = number;
    return true;
}

bool skip(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

// "MM/DD/YYYY[ HH:MM[:SS[.fff]]]" (Odoo) or "YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:MM]]".
// No zone means UTC.
QDateTime readDateTime(QStringView text)
{
    qsizetype pos = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() > 4 && text[4] == u'-') {
        if (!readNumber(text, pos, 4, 4, year) || !skip(text, pos, u'-')
            || !readNumber(text, pos, 1, 2, month) || !skip(text, pos, u'-')
            || !readNumber(text, pos, 1, 2, day))
            return {};
    } else {
        if (!readNumber(text, pos, 1, 2, month) || !skip(text, pos, u'/')
            || !readNumber(text, pos, 1, 2, day) || !skip(text, pos, u'/')
            || !readNumber(text, pos, 4, 4, year))
            return {};
    }
    const QDate date(year, month, day); // invalid for 13/45/2026 and the like
    if (!date.isValid())
        return {};
    if (pos == text.size())
        return utcDateTime(date, QTime(0, 0));

    if (text[pos] == u'T' || text[pos] == u't') {
        ++pos;
    } else if (text[pos].isSpace()) {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
    } else {
        return {};
    }

    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    if (!readNumber(text, pos, 1, 2, hour) || !skip(text, pos, u':') || !readNumber(text, pos, 2, 2, minute))
        return {};
    if (skip(text, pos, u':')) {
        if (!readNumber(text, pos, 2, 2, second))
            return {};
        if (skip(text, pos, u'.') || skip(text, pos, u',')) {
            int digits = 0;
            while (pos < text.size() && isAsciiDigit(text[pos])) {
                if (digits < 3)
                    msec = msec * 10 + (text[pos].unicode() - u'0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return {};
            for (; digits < 3; ++digits)
                msec *= 10;
        }
    }
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return {};
    const QDateTime dateTime = utcDateTime(date, time);
    if (pos == text.size())
        return dateTime;

    if ((text[pos] == u'Z' || text[pos] == u'z') && pos + 1 == text.size())
        return dateTime;
    if (text[pos] == u'+' || text[pos] == u'-') {
        const int sign = text[pos] == u'-' ? -1 : 1;
        ++pos;
        int offsetHours = 0;
        int offsetMinutes = 0;
        if (!readFixed(text, pos, 2, offsetHours))
            return {};
        skip(text, pos, u':');
        if (pos < text.size() && !readFixed(text, pos, 2, offsetMinutes))
            return {};
        if (pos != text.size() || offsetHours > 23 || offsetMinutes > 59)
            return {};
        // The wall-clock time is at the offset: UTC = local - offset.
        return dateTime.addSecs(-sign * (offsetHours * 3600 + offsetMinutes * 60));
    }
    return {};
}

} // namespace

QDateTime odooDate(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    return readDateTime(QStringView(text).trimmed());
}

int durationText(const QString &text)
{
    const QStringView s = QStringView(text).trimmed();
    qint64 parts[3] = {};
    int count = 0;
    qsizetype pos = 0;
    for (;;) {
        if (count == 3)
            return -1;
        const qsizetype start = pos;
        qint64 part = 0;
        while (pos < s.size() && isAsciiDigit(s[pos])) {
            part = part * 10 + (s[pos].unicode() - u'0');
            if (part > INT_MAX)
                return -1;
            ++pos;
        }
        if (pos == start)
            return -1; // empty, a sign, or anything else that is not a digit
        parts[count++] = part;
        if (pos == s.size())
            break;
        if (s[pos] != u':')
            return -1;
        ++pos;
    }
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && parts[i] > 59)
            return -1; // minutes and seconds after the leading field are 0..59
        total = total * 60 + parts[i];
        if (total > INT_MAX)
            return -1;
    }
    return static_cast<int>(total);
}

} // namespace simwatch::parse
