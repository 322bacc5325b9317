#!/usr/bin/env bash
# Installs what is missing, builds Waymark (CI preset: warnings are errors), runs the libFuzzer
# targets for a bounded time (scripts/fuzz.sh; WAYMARK_FUZZ_SECONDS per target, default 20;
# WAYMARK_FUZZ=0 skips them), then every test — last, so ctest's summary closes the output.
# Idempotent. Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
if [ "${WAYMARK_FUZZ:-1}" != "0" ]; then
    bash scripts/fuzz.sh "${WAYMARK_FUZZ_SECONDS:-20}"
fi
ctest --preset ci "$@"
