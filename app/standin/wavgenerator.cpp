#include "wavgenerator.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace simwatch::standin {

namespace {

void appendLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void appendLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// About six seconds of turns: beeps of 150-400 ms separated by 80-200 ms pauses, "agent" turns
// higher than "customer" ones. 8-bit PCM is unsigned: 128 is silence. Ends in a pause, so the
// repeats join without a click.
QByteArray beepPattern(quint32 seed, int sampleRate)
{
    QRandomGenerator rng(seed ^ 0x5eedc0deu);
    const double agentHz = 660.0 + rng.bounded(8) * 20.0;
    const double customerHz = 440.0 + rng.bounded(8) * 15.0;
    const double twoPi = 2.0 * std::numbers::pi;
    const int fade = std::max(1, sampleRate / 100); // 10 ms ramps, no clicks
    QByteArray out;
    out.reserve(7 * sampleRate);
    bool agent = true;
    while (out.size() < 6 * sampleRate) {
        const int toneLen = int(sampleRate * (0.15 + rng.bounded(26) / 100.0));
        const int gapLen = int(sampleRate * (0.08 + rng.bounded(13) / 100.0));
        const double hz = agent ? agentHz : customerHz;
        for (int k = 0; k < toneLen; ++k) {
            double env = 1.0;
            if (k < fade)
                env = double(k) / fade;
            else if (toneLen - k < fade)
                env = double(toneLen - k) / fade;
            const double v = 0.35 * env * std::sin(twoPi * hz * k / sampleRate);
            out.append(char(quint8(128 + std::lround(v * 127.0))));
        }
        out.append(gapLen, char(128));
        agent = !agent;
    }
    return out;
}

} // namespace

WavRecording::WavRecording(quint32 seed, int seconds)
    : m_pattern(beepPattern(seed, SampleRate))
    , m_dataBytes(qint64(std::clamp(seconds, 1, MaxSeconds)) * SampleRate)
{
    const quint32 dataBytes = quint32(m_dataBytes);
    m_header.reserve(HeaderSize);
    m_header.append("RIFF", 4);
    appendLe32(m_header, 36 + dataBytes);
    m_header.append("WAVE", 4);
    m_header.append("fmt ", 4);
    appendLe32(m_header, 16);                   // PCM fmt chunk size
    appendLe16(m_header, 1);                    // PCM
    appendLe16(m_header, 1);                    // mono
    appendLe32(m_header, quint32(SampleRate));
    appendLe32(m_header, quint32(SampleRate));  // byte rate: one byte per sample
    appendLe16(m_header, 1);                    // block align
    appendLe16(m_header, 8);                    // bits per sample
    m_header.append("data", 4);
    appendLe32(m_header, dataBytes);
}

QByteArray WavRecording::bytes(qint64 offset, qint64 length) const
{
    offset = std::clamp<qint64>(offset, 0, size());
    length = std::clamp<qint64>(length, 0, size() - offset);
    QByteArray out;
    out.reserve(length);
    qint64 pos = offset;
    const qint64 end = offset + length;
    if (pos < HeaderSize) {
        const qint64 n = std::min(end, HeaderSize) - pos;
        out.append(m_header.constData() + pos, n);
        pos += n;
    }
    const qint64 period = m_pattern.size();
    while (pos < end) {
        const qint64 inPattern = (pos - HeaderSize) % period;
        const qint64 n = std::min(end - pos, period - inPattern);
        out.append(m_pattern.constData() + inPattern, n);
        pos += n;
    }
    return out;
}

} // namespace simwatch::standin
