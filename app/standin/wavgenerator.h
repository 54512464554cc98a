#pragma once

#include <QtCore/QByteArray>

namespace simwatch::standin {

// A small, valid RIFF/WAVE file (PCM, mono, 16-bit): alternating "agent" and "customer" beeps with
// short pauses, so a player has something audible. The tone pattern depends on `seed`, so each
// recording sounds a little different; the same seed always gives the same bytes.
QByteArray makeWav(quint32 seed, double seconds = 2.0, int sampleRate = 8000);

} // namespace simwatch::standin
