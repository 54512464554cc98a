#!/usr/bin/env bash
# Fuzz the parse entry point with libFuzzer (clang):  tools/fuzz.sh [seconds, default 60]
# New crashes are written to build-fuzz/artifacts/; turn each into a fixture under
# tests/testdata/fuzz-regressions/ (the parser test replays every file there).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
build=${SIMWATCH_FUZZ_BUILD_DIR:-$here/build-fuzz}

if ! command -v clang++-14 >/dev/null || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIMWATCH_FUZZ=ON
cmake --build "$build" --target fuzz_parse

corpus=$build/corpus
mkdir -p "$corpus" "$build/artifacts"
cp "$here"/tests/testdata/*.json "$corpus"/
[ -d "$here/tests/testdata/fuzz-regressions" ] && cp "$here"/tests/testdata/fuzz-regressions/* "$corpus"/ 2>/dev/null || true

# Qt's own code is not instrumented; the dictionary steers the fuzzer to the API's keys.
ASAN_OPTIONS=detect_leaks=1 "$build/bin/fuzz_parse" "$corpus" \
    -dict="$here/tests/fuzz/parse.dict" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -artifact_prefix="$build/artifacts/" -print_final_stats=1 2>&1 | tee "$build/fuzz.log" | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR)" || true
if ls "$build"/artifacts/crash-* "$build"/artifacts/timeout-* "$build"/artifacts/leak-* >/dev/null 2>&1; then
    echo "fuzz_parse found a failure: see $build/artifacts/ and $build/fuzz.log" >&2
    exit 1
fi
grep -q "stat::number_of_executed_units" "$build/fuzz.log" || { echo "fuzz_parse did not run to the end; see $build/fuzz.log" >&2; exit 1; }
