#!/bin/bash
# The accessibility tree test: tests/a11y/walk_tree.py walking the running window over AT-SPI,
# in a session of its own (session.sh) and a throwaway home. Usage: run.sh <simwatch binary> [args]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# A throwaway home: the demo's window state and history stay out of the user's.
HOME=$(mktemp -d)
export HOME XDG_RUNTIME_DIR=$HOME/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
"$here/session.sh" /usr/bin/python3 "$here/walk_tree.py" "$@"
