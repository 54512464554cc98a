#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>

#include <optional>

// Structural reading of JSON text with simdjson's On Demand API: where values begin and end,
// without building them, so that the parser can cut a large reply into its recordings and read
// (or take over) each on its own. simdjson checks the structure it walks and the text's UTF-8,
// not the values it skips: every piece cut out must still be read by QJsonDocument (or be equal
// to a piece read before), so Qt's reading stays the one that decides what a reply means. On
// anything unexpected these give up (nullopt), and the caller reads the whole text the ordinary
// way, which also reports any error as before.
namespace simwatch::json {

// An array of a document cut out of the rest of it.
struct SplitArray
{
    QByteArray envelope;          // the document with the array emptied: ..."key": [] ...
    QList<QByteArrayView> items;  // the array's elements as written (views into the text)
};

// Room after a text that lets splitArray read it in place instead of copying it: simdjson may
// read this far past the end. ApiClient reserves it after every reply body.
inline constexpr qsizetype kReadPadding = 64;

// Cuts out the array at `path` (object keys from the top level, e.g. {"simulation",
// "simulation_call_recording"}). nullopt when the text is not objects of that shape, when a key
// on the way appears twice or a key of those objects is written with escapes, or when the text is
// malformed or not UTF-8.
std::optional<SplitArray> splitArray(const QByteArray &text, const QList<QLatin1StringView> &path);

// Whether a piece cut out of a document might nest deeper than any real reply (an upper bound:
// its brackets are counted, also those in strings). Such a piece is not read alone: it might pass
// where the whole document is refused as too deep. Checked only for the pieces that are read, so
// that calls taken over from the previous poll cost nothing.
bool mayNestTooDeep(QByteArrayView piece);

// Member `key` of the JSON object `object`, read alone: undefined when absent. nullopt when the
// object cannot be read this way (a key written with escapes, `key` twice, malformed text).
// For text QJsonDocument has read before (a Recording's json).
std::optional<QJsonValue> member(QByteArrayView object, QLatin1StringView key);

// One JSON value of any type read by QJsonDocument (which reads only objects and arrays, so the
// value is read as the element of an array of its own); nullopt when it is not valid JSON.
std::optional<QJsonValue> readValue(QByteArrayView value);

} // namespace simwatch::json
