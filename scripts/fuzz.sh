#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz preset, clang 19) and runs each for a bounded time with the
# seed corpus in tests/fuzz/corpus. New inputs libFuzzer finds go to a temporary folder, not the
# repository. A crash fails the script and leaves the crashing input in build/fuzz/artifacts.
# Usage: scripts/fuzz.sh [seconds per target, default $WAYMARK_FUZZ_SECONDS or 20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-${WAYMARK_FUZZ_SECONDS:-20}}"
if ! command -v clang++-19 >/dev/null 2>&1; then
    echo "fuzz: clang++-19 is missing (scripts/install-deps.sh installs it)" >&2
    exit 1
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_typed_date fuzz_fields_stdin fuzz_csv
mkdir -p build/fuzz/artifacts
for target in typed_date fields_stdin csv; do
    work=$(mktemp -d)
    echo "fuzz: $target for ${seconds}s"
    # -rss_limit_mb / -max_len keep one run small; -timeout catches a hang.
    if ! "build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
        -rss_limit_mb=1024 -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$target-" \
        "$work" "tests/fuzz/corpus/$target" 2>"build/fuzz/$target.log"; then
        tail -40 "build/fuzz/$target.log" >&2
        rm -rf "$work"
        echo "fuzz: $target FAILED (input saved under build/fuzz/artifacts)" >&2
        exit 1
    fi
    grep -E "stat::number_of_executed_units|stat::new_units_added|cov:" "build/fuzz/$target.log" | tail -3
    rm -rf "$work"
done
echo "fuzz: no crash, no hang, no sanitizer report"
