#!/usr/bin/env bash
# Builds and runs the benchmarks (figures, not pass/fail; never part of ctest): bench_people,
# then bench_referrals and bench_delivery.
# Usage: scripts/bench.sh [small|medium|large] [bench_people options...]
#   e.g. scripts/bench.sh large --compare before.json
# The generated casebook is kept in $WAYMARK_BENCH_DIR (default /tmp/waymark-bench) and reused;
# results go to $WAYMARK_BENCH_DIR/bench-<scale>.json unless --json is given. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --target bench_people bench_referrals bench_delivery
scale="${1:-large}"
[ $# -gt 0 ] && shift
WAYMARK_BENCH_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || true)" \
    build/ci/tests/bench/bench_people --scale "$scale" --dir "${WAYMARK_BENCH_DIR:-/tmp/waymark-bench}" "$@"
# My work and the referral queue (docs/benchmarks.md, "Referrals").
build/ci/tests/bench/bench_referrals --scale "$scale" --dir "${WAYMARK_BENCH_DIR:-/tmp/waymark-bench}"
# Casework delivery: note search, the timeline, adding a session and a note (docs/benchmarks.md, "Delivery").
build/ci/tests/bench/bench_delivery --scale "$scale" --dir "${WAYMARK_BENCH_DIR:-/tmp/waymark-bench}"
