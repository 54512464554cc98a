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

} // namespace

QByteArray makeWav(quint32 seed, double seconds, int sampleRate)
{
    sampleRate = std::clamp(sampleRate, 1000, 48000);
    seconds = std::clamp(seconds, 0.1, 60.0);
    const quint32 samples = quint32(std::lround(seconds * sampleRate));
    const quint32 dataBytes = samples * 2;

    QByteArray out;
    out.reserve(int(44 + dataBytes));
    out.append("RIFF", 4);
    appendLe32(out, 36 + dataBytes);
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    appendLe32(out, 16);                     // PCM fmt chunk size
    appendLe16(out, 1);                      // PCM
    appendLe16(out, 1);                      // mono
    appendLe32(out, quint32(sampleRate));
    appendLe32(out, quint32(sampleRate) * 2); // byte rate
    appendLe16(out, 2);                      // block align
    appendLe16(out, 16);                     // bits per sample
    out.append("data", 4);
    appendLe32(out, dataBytes);

    // Beeps of 150-400 ms separated by 80-200 ms pauses; "agent" turns are higher than "customer".
    QRandomGenerator rng(seed ^ 0x5eedc0deu);
    const double agentHz = 660.0 + rng.bounded(8) * 20.0;
    const double customerHz = 440.0 + rng.bounded(8) * 15.0;
    const double twoPi = 2.0 * std::numbers::pi;
    quint32 i = 0;
    bool agent = true;
    while (i < samples) {
        const quint32 toneLen = quint32(sampleRate * (0.15 + rng.bounded(26) / 100.0));
        const quint32 gapLen = quint32(sampleRate * (0.08 + rng.bounded(13) / 100.0));
        const double hz = agent ? agentHz : customerHz;
        const quint32 fade = std::max<quint32>(1, quint32(sampleRate / 100)); // 10 ms ramps, no clicks
        for (quint32 k = 0; k < toneLen && i < samples; ++k, ++i) {
            double env = 1.0;
            if (k < fade)
                env = double(k) / fade;
            else if (toneLen - k < fade)
                env = double(toneLen - k) / fade;
            const double v = 0.35 * env * std::sin(twoPi * hz * k / sampleRate);
            appendLe16(out, quint16(qint16(std::lround(v * 32767.0))));
        }
        for (quint32 k = 0; k < gapLen && i < samples; ++k, ++i)
            appendLe16(out, 0);
        agent = !agent;
    }
    return out;
}

} // namespace simwatch::standin
