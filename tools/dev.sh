#!/usr/bin/env bash
# One entry point for newcomers and CI:
#   tools/dev.sh run [simwatch args...]  install what is missing, build, start the dashboard
#   tools/dev.sh test                    install what is missing, build, run the test suite
#   tools/dev.sh build                   install what is missing and build
#   tools/dev.sh sanitize                the test suite in an AddressSanitizer + UBSan build
#   tools/dev.sh bench [bench args...]   build and run the benchmarks
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SIMWATCH_BUILD_DIR:-$here/build}
cmd=${1:-run}
shift || true

install_packages() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' "$here/tools/apt-packages.txt" | grep -v '^\s*$')
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build" --parallel
}

case "$cmd" in
run)
    install_packages
    configure_and_build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting under Xvfb (use a desktop session to see the window)." >&2
        exec xvfb-run -a -s '-screen 0 1440x900x24' "$build/bin/simwatch" "$@"
    fi
    exec "$build/bin/simwatch" "$@"
    ;;
build)
    install_packages
    configure_and_build "$@"
    ;;
test)
    install_packages
    configure_and_build
    ctest --test-dir "$build" --output-on-failure --timeout 300 -j2
    ;;
sanitize)
    install_packages
    build=$here/build-asan
    configure_and_build -DSIMWATCH_SANITIZE=ON -DSIMWATCH_BUILD_BENCH=OFF
    ctest --test-dir "$build" --output-on-failure --timeout 600 -j2
    ;;
bench)
    install_packages
    configure_and_build
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bin/simwatch-bench" "$@"
    ;;
*)
    echo "usage: tools/dev.sh run|test|build|sanitize|bench" >&2
    exit 1
    ;;
esac
