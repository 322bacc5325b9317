#!/usr/bin/env bash
# Builds and runs the benchmarks (figures, not pass/fail). Usage: scripts/bench.sh [small|medium|large]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --target bench_people
build/ci/tests/bench/bench_people --scale "${1:-large}" --dir "${WAYMARK_BENCH_DIR:-/tmp/waymark-bench}"
