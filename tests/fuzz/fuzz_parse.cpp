// libFuzzer target over the parse entry point: any byte string must give a value or an error
// value, never a crash, hang or sanitizer report.

#include "domain/parse.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = simwatch::parse::simulationResponse(body);
    if (result.simulation) {
        // Touch the derived values the UI reads, so their code paths are fuzzed too.
        volatile int progress = result.simulation->progressRounded();
        volatile bool terminal = result.simulation->isTerminal();
        (void)progress;
        (void)terminal;
        for (const auto &recording : result.simulation->recordings)
            (void)simwatch::parse::durationText(recording.raw().value(QLatin1String("call_duration")).toString());
    }
    (void)simwatch::parse::errorDescription(body);
    return 0;
}
