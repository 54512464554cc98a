#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace simwatch {

// Undoes the Content-Encoding of a reply as its bytes arrive, and enforces the size cap on what
// comes out: a 2 MB gzip body that inflates to 2 GiB stops at the cap instead of being inflated
// whole first (Qt's own decoder inflates eagerly and reports its bomb check as a generic error).
class BodyDecoder
{
public:
    enum class State { Ok, TooLarge, Corrupt, Unsupported };

    // `contentEncoding` is the header's value ("", "identity", "gzip", "x-gzip", "deflate").
    BodyDecoder(QByteArrayView contentEncoding, qint64 maxBytes);
    ~BodyDecoder();
    BodyDecoder(const BodyDecoder &) = delete;
    BodyDecoder &operator=(const BodyDecoder &) = delete;

    // Appends the decoded bytes of `input` to `out`. False once the state is not Ok (nothing
    // more is appended then).
    bool feed(QByteArrayView input, QByteArray &out);
    State state() const { return m_state; }
    bool isIdentity() const { return !m_inflater; }

private:
    void appendBounded(QByteArray &out, const char *data, qsizetype size) const;

    struct Inflater;
    std::unique_ptr<Inflater> m_inflater; // null for identity
    qint64 m_maxBytes = 0;
    State m_state = State::Ok;
};

} // namespace simwatch
