#include "domain/untrustedtext.h"

#include <QChar>

namespace simwatch::untrusted {

namespace {

constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

bool isRightToLeft(char32_t c)
{
    switch (QChar::direction(c)) {
    case QChar::DirR:
    case QChar::DirAL:
    case QChar::DirAN:
        return true;
    default:
        return false;
    }
}

void append(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

// Calls `f` with each code point of `text` (a lone surrogate is passed as itself).
template<typename F>
void forEachCodePoint(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            f(char32_t(c.unicode()));
        }
    }
}

QString hex(char32_t c, int width)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

} // namespace

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

bool isInvisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x180E;
}

QString forTerminal(QStringView text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&out](char32_t c) {
        switch (c) {
        case '\n': out += QLatin1String("\\n"); return;
        case '\r': out += QLatin1String("\\r"); return;
        case '\t': out += QLatin1String("\\t"); return;
        default: break;
        }
        if (c < 0x100 && isControl(c))
            out += QLatin1String("\\x") + hex(c, 2).toLower();
        else if (isControl(c) || isBidiControl(c) || isInvisible(c))
            out += QLatin1String("\\u") + hex(c, 4);
        else
            append(out, c);
    });
    return out;
}

QString showHidden(QStringView text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&out](char32_t c) {
        if (isBidiControl(c) || isInvisible(c))
            out += QStringLiteral("\u2039U+") + hex(c, 4) + QStringLiteral("\u203A");
        else
            append(out, c);
    });
    return out;
}

QString forDisplay(QStringView text)
{
    QString out = showHidden(text);
    bool reorders = false;
    forEachCodePoint(out, [&reorders](char32_t c) { reorders = reorders || isRightToLeft(c); });
    if (reorders)
        out = QChar(FirstStrongIsolate) + out + QChar(PopDirectionalIsolate);
    return out;
}

} // namespace simwatch::untrusted
