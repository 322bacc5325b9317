#!/usr/bin/env bash
# The long kill test: 1,000 SIGKILLs of the real waymark-cli at random moments inside every
# command that writes (CI runs 100), then `backup restore` killed at 100 moments spread over its
# run (CI: 24). Prints a figure table per command (durations, kills, acknowledged writes checked,
# lost, leftovers); exits non-zero if anything was lost, left behind or failed to verify.
#   tests/kill-loop.sh [KILLS] [SEED] [RESTORE_KILLS]      (after scripts/test.sh has built build/ci)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="$here/build/ci/tests/cli/TestKillLoop"
[[ -x "$binary" ]] || { echo "build first: scripts/test.sh" >&2; exit 2; }
export WAYMARK_KILLS="${1:-1000}" WAYMARK_KILL_SEED="${2:-$RANDOM}" WAYMARK_RESTORE_KILLS="${3:-100}"
export LANG=en_GB.UTF-8 LC_ALL=C.UTF-8 TZ=Europe/London WAYMARK_TEST_TMP="$here/build/ci/test-tmp"
export WAYMARK_CONFIG_DIR="$WAYMARK_TEST_TMP/config/kill-loop" # audit anchors: never the real home
export QTEST_FUNCTION_TIMEOUT=36000000 # ten hours: Qt Test would stop the loop after five minutes
mkdir -p "$WAYMARK_TEST_TMP"
exec "$binary"
