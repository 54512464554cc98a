// libFuzzer target over the parse entry point: any byte string must give a value or an error
// value, never a crash, hang or sanitizer report; and a reply read cut into its calls must mean
// what it means read whole (a difference aborts, so libFuzzer keeps the input).

#include "domain/parse.h"
#include "support/parsecomparison.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

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
    const auto whole = simwatch::parse::simulationResponse(simwatch::testing::readWhole(body));
    if (!simwatch::testing::sameMeaning(result, whole)) {
        std::fprintf(stderr, "cut and whole readings differ\n");
        std::abort();
    }
    if (result.simulation) {
        const auto again = simwatch::parse::simulationResponse(body, result.simulation->recordings);
        if (!again.simulation || !(*again.simulation == *result.simulation)) {
            std::fprintf(stderr, "reading with the previous calls differs\n");
            std::abort();
        }
    }
    (void)simwatch::parse::errorDescription(body);
    return 0;
}
