#include "domain/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>
#include <functional>

namespace simwatch::json {

namespace {

// Far deeper than any reply of the API, and well within QJsonDocument's own limit, so that a piece
// read alone can never pass where the whole document would have been refused as too deep.
constexpr int kMaxDepth = 256;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipBlanks(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && isBlank(text[pos]))
        ++pos;
    return pos;
}

// The position of the closing quote of the string whose opening quote is at `pos`, or -1.
// `escaped` tells whether the string holds a backslash. Strings are most of a reply (transcripts),
// so this jumps from quote to quote with memchr instead of looking at every byte.
qsizetype closingQuote(QByteArrayView text, qsizetype pos, bool *escaped = nullptr)
{
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    const char *p = begin + pos + 1;
    while (p < end) {
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', end - p));
        if (!quote)
            return -1;
        const auto *backslash = static_cast<const char *>(std::memchr(p, '\\', quote - p));
        if (!backslash)
            return quote - begin;
        if (escaped)
            *escaped = true;
        p = backslash + 2; // the escaped character, whatever it is, does not end the string
    }
    return -1;
}

// The end of the object or array opening at `pos`.
qsizetype containerEnd(QByteArrayView text, qsizetype pos)
{
    int depth = 0;
    for (qsizetype i = pos; i < text.size(); ++i) {
        switch (text[i]) {
        case '"':
            i = closingQuote(text, i);
            if (i < 0)
                return -1;
            break;
        case '{':
        case '[':
            if (++depth > kMaxDepth)
                return -1;
            break;
        case '}':
        case ']':
            if (--depth == 0)
                return i + 1;
            break;
        default:
            break;
        }
    }
    return -1;
}

// Calls `onMember(key, valueBegin)` for each member of the object opening at `pos`; it returns
// where the value ends (having skipped or read it), or -1 to give up. Returns the object's end.
// Gives up on a key written with escapes: it might spell a key the caller looks for.
qsizetype forEachMember(QByteArrayView text, qsizetype pos,
                        const std::function<qsizetype(QByteArrayView, qsizetype)> &onMember)
{
    if (pos >= text.size() || text[pos] != '{')
        return -1;
    qsizetype i = skipBlanks(text, pos + 1);
    if (i < text.size() && text[i] == '}')
        return i + 1;
    while (i < text.size() && text[i] == '"') {
        bool escaped = false;
        const qsizetype keyEnd = closingQuote(text, i, &escaped);
        if (keyEnd < 0 || escaped)
            return -1;
        const QByteArrayView key = text.sliced(i + 1, keyEnd - i - 1);
        i = skipBlanks(text, keyEnd + 1);
        if (i >= text.size() || text[i] != ':')
            return -1;
        i = skipBlanks(text, i + 1);
        if (i >= text.size())
            return -1;
        const qsizetype valueEnd = onMember(key, i);
        if (valueEnd < 0)
            return -1;
        i = skipBlanks(text, valueEnd);
        if (i >= text.size())
            return -1;
        if (text[i] == '}')
            return i + 1;
        if (text[i] != ',')
            return -1;
        i = skipBlanks(text, i + 1);
    }
    return -1;
}

struct Cut
{
    qsizetype open = -1;  // the array's '['
    qsizetype close = -1; // its ']'
    QList<QByteArrayView> items;
};

// Reads the elements of the array opening at `pos` into `cut`; returns the array's end.
qsizetype readArray(QByteArrayView text, qsizetype pos, Cut &cut)
{
    cut.open = pos;
    qsizetype i = skipBlanks(text, pos + 1);
    if (i < text.size() && text[i] == ']') {
        cut.close = i;
        return i + 1;
    }
    while (i < text.size()) {
        const qsizetype end = valueEnd(text, i);
        if (end < 0)
            return -1;
        cut.items.append(text.sliced(i, end - i));
        i = skipBlanks(text, end);
        if (i >= text.size())
            return -1;
        if (text[i] == ']') {
            cut.close = i;
            return i + 1;
        }
        if (text[i] != ',')
            return -1;
        i = skipBlanks(text, i + 1);
    }
    return -1;
}

// Walks the object at `pos` down `path`, filling `cut` with the array at its end.
qsizetype findArray(QByteArrayView text, qsizetype pos, QList<QLatin1StringView> path, Cut &cut, int depth)
{
    if (depth > kMaxDepth)
        return -1;
    const QLatin1StringView wanted = path.takeFirst();
    int seen = 0;
    return forEachMember(text, pos, [&](QByteArrayView key, qsizetype valueBegin) -> qsizetype {
        if (key != QByteArrayView(wanted.data(), wanted.size()))
            return valueEnd(text, valueBegin);
        if (++seen > 1)
            return -1; // which one counts is QJsonDocument's business: read the whole text
        if (path.isEmpty())
            return text[valueBegin] == '[' ? readArray(text, valueBegin, cut) : -1;
        return findArray(text, valueBegin, path, cut, depth + 1);
    });
}

} // namespace

qsizetype valueEnd(QByteArrayView text, qsizetype pos)
{
    if (pos >= text.size())
        return -1;
    switch (text[pos]) {
    case '"': {
        const qsizetype quote = closingQuote(text, pos);
        return quote < 0 ? -1 : quote + 1;
    }
    case '{':
    case '[':
        return containerEnd(text, pos);
    default: {
        // A number, true, false or null: up to the next delimiter. QJsonDocument checks the spelling.
        qsizetype i = pos;
        while (i < text.size() && !isBlank(text[i]) && text[i] != ',' && text[i] != ']' && text[i] != '}'
               && text[i] != ':' && text[i] != '"' && text[i] != '{' && text[i] != '[')
            ++i;
        return i == pos ? -1 : i;
    }
    }
}

std::optional<SplitArray> splitArray(QByteArrayView text, const QList<QLatin1StringView> &path)
{
    if (path.isEmpty())
        return std::nullopt;
    Cut cut;
    const qsizetype start = skipBlanks(text, 0);
    const qsizetype end = findArray(text, start, path, cut, 1);
    if (end < 0 || cut.close < 0 || skipBlanks(text, end) != text.size())
        return std::nullopt;
    SplitArray split;
    split.envelope.reserve(text.size() - (cut.close - cut.open - 1));
    split.envelope.append(text.first(cut.open + 1));
    split.envelope.append(text.sliced(cut.close));
    split.items = std::move(cut.items);
    return split;
}

std::optional<QJsonValue> member(QByteArrayView object, QLatin1StringView key)
{
    qsizetype begin = -1;
    qsizetype end = -1;
    int seen = 0;
    const qsizetype objectEnd = forEachMember(object, skipBlanks(object, 0), [&](QByteArrayView name, qsizetype valueBegin) {
        const qsizetype valueEnd = json::valueEnd(object, valueBegin);
        if (name == QByteArrayView(key.data(), key.size())) {
            ++seen;
            begin = valueBegin;
            end = valueEnd;
        }
        return valueEnd;
    });
    if (objectEnd < 0 || seen > 1)
        return std::nullopt;
    if (seen == 0)
        return QJsonValue(QJsonValue::Undefined);
    if (object[begin] == '"') {
        // Text without escapes is its own value: no parser needed (the search reads every call's
        // transcript this way). The caller's object was read by QJsonDocument before, so its UTF-8
        // is known to be valid.
        const QByteArrayView inner = object.sliced(begin + 1, end - begin - 2);
        if (!inner.contains('\\'))
            return QJsonValue(QString::fromUtf8(inner));
    }
    return readValue(object.sliced(begin, end - begin));
}

std::optional<QJsonValue> readValue(QByteArrayView value)
{
    QByteArray wrapped;
    wrapped.reserve(value.size() + 2);
    wrapped.append('[').append(value).append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

} // namespace simwatch::json
