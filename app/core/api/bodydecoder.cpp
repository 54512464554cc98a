#include "api/bodydecoder.h"

#include <zlib.h>

namespace simwatch {

struct BodyDecoder::Inflater
{
    z_stream stream{};
    bool mayBeRaw = false; // "deflate": some servers send a bare deflate stream (no zlib header)
    bool ended = false;

    Inflater(int windowBits, bool rawAllowed)
        : mayBeRaw(rawAllowed)
    {
        inflateInit2(&stream, windowBits);
    }
    ~Inflater() { inflateEnd(&stream); }

    void restartRaw()
    {
        inflateEnd(&stream);
        stream = z_stream{};
        inflateInit2(&stream, -15);
        mayBeRaw = false;
    }
};

// QByteArray doubles its capacity as it grows: a body just under a 64 MiB cap could hold 128 MiB.
// Growth is bounded by the cap instead (the append itself was checked against it).
void BodyDecoder::appendBounded(QByteArray &out, const char *data, qsizetype size) const
{
    const qsizetype needed = out.size() + size;
    if (needed > out.capacity())
        out.reserve(qsizetype(qMin<qint64>(m_maxBytes, qMax<qint64>(needed, qint64(out.capacity()) * 2))));
    out.append(data, size);
}

BodyDecoder::BodyDecoder(QByteArrayView contentEncoding, qint64 maxBytes)
    : m_maxBytes(maxBytes)
{
    const QByteArray encoding = contentEncoding.trimmed().toByteArray().toLower();
    if (encoding.isEmpty() || encoding == "identity")
        return;
    if (encoding == "gzip" || encoding == "x-gzip")
        m_inflater = std::make_unique<Inflater>(15 + 16, false);
    else if (encoding == "deflate")
        m_inflater = std::make_unique<Inflater>(15, true); // zlib-wrapped, as RFC 9110 says
    else
        m_state = State::Unsupported; // only gzip and deflate are asked for
}

BodyDecoder::~BodyDecoder() = default;

bool BodyDecoder::feed(QByteArrayView input, QByteArray &out)
{
    if (m_state != State::Ok)
        return false;
    if (!m_inflater) {
        if (out.size() + input.size() > m_maxBytes) {
            m_state = State::TooLarge;
            return false;
        }
        appendBounded(out, input.data(), input.size());
        return true;
    }
    Inflater &z = *m_inflater;
    if (z.ended)
        return true; // bytes after the end of the stream are ignored
    const bool firstInput = z.stream.total_in == 0;
    z.stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    z.stream.avail_in = uInt(input.size());
    char buffer[64 * 1024];
    // Output is taken in pieces so that the cap is checked before more is inflated.
    do {
        z.stream.next_out = reinterpret_cast<Bytef *>(buffer);
        z.stream.avail_out = sizeof buffer;
        const int result = inflate(&z.stream, Z_NO_FLUSH);
        if (result == Z_DATA_ERROR && z.mayBeRaw && firstInput && z.stream.total_out == 0) {
            z.restartRaw();
            z.stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
            z.stream.avail_in = uInt(input.size());
            z.stream.avail_out = 0; // go round again
            continue;
        }
        if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR) {
            m_state = State::Corrupt;
            return false;
        }
        const qsizetype produced = qsizetype(sizeof buffer - z.stream.avail_out);
        if (out.size() + produced > m_maxBytes) {
            m_state = State::TooLarge;
            return false;
        }
        appendBounded(out, buffer, produced);
        if (result == Z_STREAM_END) {
            z.ended = true;
            break;
        }
    } while (z.stream.avail_out == 0);
    return true;
}

} // namespace simwatch
