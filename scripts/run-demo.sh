#!/usr/bin/env bash
# Installs what is missing, builds Waymark and opens it on a demo casebook of synthetic
# people (generated on the first run). Idempotent.
# Usage: scripts/run-demo.sh [path/to/demo.waymark]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release -DWAYMARK_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release
demo="${1:-${XDG_DATA_HOME:-$HOME/.local/share}/Waymark/demo.waymark}"
mkdir -p "$(dirname "$demo")"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat >&2 <<MSG
No display found, so the Waymark window cannot open here.
  - On a machine without a screen, run it inside a virtual one:
      xvfb-run -a -s "-screen 0 1280x800x24" build/release/app/waymark --demo "$demo"
  - Or use the command-line tool on the same demo casebook:
      build/release/app/cli/waymark-cli --casebook "$demo" --user demo demo --scale small
      WAYMARK_PASSWORD=sample-password-2026 build/release/app/cli/waymark-cli --casebook "$demo" --user demo person list
MSG
    exit 2
fi
exec build/release/app/waymark --demo "$demo"
