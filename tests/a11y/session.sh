#!/bin/bash
# Runs a command as an accessibility client would find it on a desktop: inside a private session
# bus (dbus-run-session) with the AT-SPI bus already started, and an X server of its own (xvfb-run).
# Qt's bridge only connects to an AT-SPI bus that is running when it looks, so it is started first.
# Usage: session.sh <command> [args]
set -euo pipefail
if [ -z "${SIMWATCH_A11Y_INSIDE:-}" ]; then
    export SIMWATCH_A11Y_INSIDE=1
    exec dbus-run-session -- "$0" "$@"
fi
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress > /dev/null
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export QT_QPA_PLATFORM=xcb
exec xvfb-run -a -s '-screen 0 1440x900x24' "$@"
