#!/bin/bash
# The accessibility tree test: a session bus of its own (dbus-run-session, which also starts the
# AT-SPI bus on demand), an X server of its own (xvfb-run), Qt's AT-SPI bridge switched on, and
# tests/a11y/walk_tree.py walking the running window. Usage: run.sh <simwatch binary> [args]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export QT_QPA_PLATFORM=xcb
export NO_AT_BRIDGE=0
# A throwaway home: the demo's window state and history stay out of the user's.
HOME=$(mktemp -d)
export HOME XDG_RUNTIME_DIR=$HOME/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
dbus-run-session -- xvfb-run -a -s '-screen 0 1440x900x24' /usr/bin/python3 "$here/walk_tree.py" "$@"
