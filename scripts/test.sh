#!/usr/bin/env bash
# Installs what is missing, builds Waymark (CI preset: warnings are errors) and runs every test.
# Idempotent. Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
