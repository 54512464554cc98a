#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>

#include <optional>

// A structural reader of JSON text: it finds where values begin and end without building them,
// so that the parser can cut a large reply into its recordings and read (or skip) each on its own.
// It does not validate: every piece it cuts must still be read by QJsonDocument (or be equal to a
// piece read before). On anything it does not expect it gives up (nullopt / -1), and the caller
// reads the whole text the ordinary way, which also reports any error properly.
namespace simwatch::json {

// The end (one past the last byte) of the value starting at `pos` (no leading blanks), or -1.
qsizetype valueEnd(QByteArrayView text, qsizetype pos);

// An array of a document cut out of the rest of it.
struct SplitArray
{
    QByteArray envelope;          // the document with the array emptied: ..."key": [] ...
    QList<QByteArrayView> items;  // the array's elements as written (views into the text)
};

// Cuts out the array at `path` (object keys from the top level, e.g. {"simulation",
// "simulation_call_recording"}). nullopt when the text is not objects of that shape, when a key
// on the way appears twice or a key of those objects is written with escapes, when nesting is
// deeper than any real reply, or when the text is malformed.
std::optional<SplitArray> splitArray(QByteArrayView text, const QList<QLatin1StringView> &path);

// Member `key` of the JSON object `object`, read alone: undefined when absent. nullopt when the
// object cannot be read this way (a key written with escapes, `key` twice, malformed text).
// For text QJsonDocument has read before (a Recording's json): its UTF-8 is not checked again.
std::optional<QJsonValue> member(QByteArrayView object, QLatin1StringView key);

// One JSON value of any type read by QJsonDocument (which reads only objects and arrays, so the
// value is read as the element of an array of its own); nullopt when it is not valid JSON.
std::optional<QJsonValue> readValue(QByteArrayView value);

} // namespace simwatch::json
