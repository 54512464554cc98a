#include "domain/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <cstring>
#include <string>
#include <string_view>
#include <utility>

namespace ondemand = simdjson::ondemand;

namespace simwatch::json {

namespace {

// Far deeper than any reply of the API, and well within QJsonDocument's own limit, so that a piece
// read alone can never pass where the whole document would have been refused as too deep.
// (simdjson's On Demand API does not limit nesting itself.)
constexpr int kMaxDepth = 256;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// simdjson's raw views of a value run to the next token, blanks included.
std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

// A key as written, or nullopt when it is written with escapes: it might spell a key the caller
// looks for, and which member counts is then left to the whole reading. (The padded text holds
// the key's closing quote: simdjson found the string.)
std::optional<std::string_view> plainKey(const ondemand::field &field)
{
    const char *const begin = field.key().raw();
    const char *p = begin;
    while (*p != '"') {
        if (*p == '\\')
            return std::nullopt;
        ++p;
    }
    return std::string_view(begin, size_t(p - begin));
}

bool isKey(std::string_view key, QLatin1StringView wanted)
{
    return key == std::string_view(wanted.data(), size_t(wanted.size()));
}

// The text of a value as written (blanks after it trimmed); the value is consumed.
std::optional<std::string_view> rawValue(ondemand::value &value)
{
    ondemand::json_type type;
    if (value.type().get(type))
        return std::nullopt;
    std::string_view raw;
    if (type == ondemand::json_type::object) {
        ondemand::object object;
        if (value.get_object().get(object) || object.raw_json().get(raw))
            return std::nullopt;
    } else if (type == ondemand::json_type::array) {
        ondemand::array array;
        if (value.get_array().get(array) || array.raw_json().get(raw))
            return std::nullopt;
    } else {
        raw = value.raw_json_token();
    }
    raw = trimmed(raw);
    if (raw.empty())
        return std::nullopt;
    return raw;
}

// Walks a document down a path of keys to an array and notes where its elements are.
class Cutter
{
public:
    Cutter(const char *base, const QList<QLatin1StringView> &path)
        : m_base(base)
        , m_path(path)
    {
    }

    // Reads every member of `object` (a key twice on the path is refused as well as a malformed
    // object), descending along the path.
    bool find(ondemand::object object, qsizetype level)
    {
        bool found = false;
        for (auto member : object) {
            ondemand::field field;
            if (std::move(member).get(field))
                return false;
            const std::optional<std::string_view> key = plainKey(field);
            if (!key)
                return false;
            if (!isKey(*key, m_path.at(level)))
                continue;
            if (found)
                return false; // which one counts is QJsonDocument's business: read the whole text
            found = true;
            ondemand::value value = field.value();
            if (level + 1 == m_path.size()) {
                if (!cut(value))
                    return false;
            } else {
                ondemand::object inner;
                if (value.get_object().get(inner) || !find(inner, level + 1))
                    return false;
            }
        }
        return found;
    }

    qsizetype open = -1;  // the array's '['
    qsizetype close = -1; // its ']'
    QList<std::string_view> items;

private:
    bool cut(ondemand::value &value)
    {
        const std::string_view bracket = value.raw_json_token();
        ondemand::array array;
        if (!bracket.starts_with('[') || value.get_array().get(array))
            return false;
        // Each raw view ends where the next token starts: after the last one comes the ']'.
        const char *next = bracket.data() + bracket.size();
        for (auto element : array) {
            ondemand::value item;
            if (std::move(element).get(item))
                return false;
            const std::optional<std::string_view> raw = rawValue(item);
            if (!raw)
                return false;
            items.append(*raw);
            next = raw->data() + raw->size();
        }
        while (isBlank(*next))
            ++next;
        if (*next != ']')
            return false;
        open = bracket.data() - m_base;
        close = next - m_base;
        return true;
    }

    const char *m_base;
    const QList<QLatin1StringView> &m_path;
};

// One parser per thread: its buffers are as large as the largest text it read (a reply of 10,000
// calls: 15 MB, mostly untouched), and allocating them for each reply cost as much as reading it.
// The pool threads that parse large replies end after 30 s without work, and free it.
ondemand::parser &threadParser()
{
    thread_local ondemand::parser parser;
    return parser;
}

} // namespace

bool mayNestTooDeep(QByteArrayView piece)
{
    if (piece.size() <= 2 * qsizetype(kMaxDepth))
        return false; // every level takes two bytes
    int opening = 0;
    for (const char bracket : {'{', '['}) {
        const char *p = piece.data();
        const char *const end = p + piece.size();
        while ((p = static_cast<const char *>(std::memchr(p, bracket, size_t(end - p))))) {
            if (++opening > kMaxDepth)
                return true;
            ++p;
        }
    }
    return false;
}

std::optional<SplitArray> splitArray(const QByteArray &text, const QList<QLatin1StringView> &path)
{
    if (path.isEmpty())
        return std::nullopt;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end (their content does not matter):
    // in place when the allocation has that room after the text (the copy is a quarter of the
    // time for a large reply), else from a padded copy.
    static_assert(kReadPadding >= qsizetype(simdjson::SIMDJSON_PADDING));
    QByteArray shared = text; // data_ptr() is not const; this shares, it does not copy
    const qsizetype room = shared.data_ptr().freeSpaceAtEnd();
    std::optional<simdjson::padded_string> copy;
    simdjson::padded_string_view input;
    if (room >= qsizetype(simdjson::SIMDJSON_PADDING)) {
        input = simdjson::padded_string_view(text.constData(), size_t(text.size()), size_t(text.size() + room));
    } else {
        copy.emplace(text.constData(), size_t(text.size()));
        input = *copy;
    }
    const char *const base = input.data();
    ondemand::document document;
    ondemand::object top;
    if (threadParser().iterate(input).get(document) || document.get_object().get(top))
        return std::nullopt;
    Cutter cutter(base, path);
    if (!cutter.find(top, 0) || cutter.close < 0)
        return std::nullopt;
    if (!document.current_location().error())
        return std::nullopt; // text after the document
    SplitArray split;
    split.envelope.reserve(text.size() - (cutter.close - cutter.open - 1));
    split.envelope.append(text.first(cutter.open + 1));
    split.envelope.append(text.sliced(cutter.close));
    split.items.reserve(cutter.items.size());
    for (const std::string_view item : cutter.items)
        split.items.append(QByteArrayView(text).sliced(item.data() - base, qsizetype(item.size())));
    return split;
}

std::optional<QJsonValue> member(QByteArrayView object, QLatin1StringView key)
{
    // Called for every call of a simulation in a row (the transcript search): the buffer is kept
    // too, at the size of the largest call seen.
    thread_local std::string buffer;
    const size_t size = size_t(object.size());
    if (buffer.size() < size + simdjson::SIMDJSON_PADDING)
        buffer.resize(size + simdjson::SIMDJSON_PADDING);
    std::memcpy(buffer.data(), object.data(), size);
    std::memset(buffer.data() + size, 0, simdjson::SIMDJSON_PADDING);

    ondemand::document document;
    ondemand::object members;
    if (threadParser().iterate(buffer.data(), size, buffer.size()).get(document) || document.get_object().get(members))
        return std::nullopt;
    std::optional<std::string_view> found;
    for (auto member : members) {
        ondemand::field field;
        if (std::move(member).get(field))
            return std::nullopt;
        const std::optional<std::string_view> name = plainKey(field);
        if (!name)
            return std::nullopt;
        if (!isKey(*name, key))
            continue;
        if (found)
            return std::nullopt;
        found = rawValue(field.value());
        if (!found)
            return std::nullopt;
    }
    if (!document.current_location().error())
        return std::nullopt; // text after the object
    if (!found)
        return QJsonValue(QJsonValue::Undefined);
    const QByteArrayView value(found->data(), qsizetype(found->size()));
    if (value.startsWith('"')) {
        // Text without escapes is its own value: no parser needed (the search reads every call's
        // transcript this way). The caller's object was read by QJsonDocument before, and
        // simdjson has checked its UTF-8 again.
        const QByteArrayView inner = value.sliced(1, value.size() - 2);
        if (!inner.contains('\\'))
            return QJsonValue(QString::fromUtf8(inner));
    }
    return readValue(value);
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
