#!/usr/bin/env bash
# Soak run: tools/soak.sh [cycles, default 10000] — against the stand-in behind the test fault proxy, good replies and faults
# alternating; prints RSS every 1000 cycles and fails on growth or leaked replies/timers.
# SIMWATCH_SANITIZE=1 runs it in the AddressSanitizer + UBSan build instead.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cycles=${1:-10000}
if [ "${SIMWATCH_SANITIZE:-0}" = 1 ]; then
    build=$here/build-asan
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIMWATCH_SANITIZE=ON
else
    build=${SIMWATCH_BUILD_DIR:-$here/build}
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target simwatch-soak
"$build/bin/simwatch-soak" --cycles "$cycles"
