#pragma once

#include <QtCore/QByteArray>

namespace simwatch::standin {

// A call's recording as a valid RIFF/WAVE file (PCM, mono, 8-bit, 8 kHz) exactly `seconds` long:
// alternating "agent" and "customer" beeps with short pauses, so a player has something audible.
// A few seconds of pattern (which depends on `seed`: each recording sounds a little different) repeat
// for the whole length, so any byte range is made on request and a ten-minute call (4.8 MB) never
// sits in memory beyond the reply that asked for it. The same seed always gives the same bytes.
class WavRecording
{
public:
    static constexpr int SampleRate = 8000;
    static constexpr int MaxSeconds = 3600;

    WavRecording(quint32 seed, int seconds); // seconds clamped to 1..MaxSeconds

    qint64 size() const { return HeaderSize + m_dataBytes; }
    // Bytes [offset, offset + length) of the file, cut at its end.
    QByteArray bytes(qint64 offset, qint64 length) const;
    QByteArray all() const { return bytes(0, size()); }

private:
    static constexpr qint64 HeaderSize = 44;
    QByteArray m_header;
    QByteArray m_pattern; // sample bytes, repeated for the whole data chunk
    qint64 m_dataBytes = 0;
};

} // namespace simwatch::standin
