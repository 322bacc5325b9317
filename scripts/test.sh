#!/usr/bin/env bash
# Installs what is missing, builds Waymark (CI preset: warnings are errors), runs the libFuzzer
# targets for a bounded time (scripts/fuzz.sh; WAYMARK_FUZZ_SECONDS per target, default 20;
# WAYMARK_FUZZ=0 skips them), the core and CLI tests again built with AddressSanitizer and
# UndefinedBehaviorSanitizer (asan preset, two at a time, without the tests that only repeat
# paths; WAYMARK_ASAN=0 skips it), then every test — last,
# so ctest's summary closes the output.
# Idempotent. Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
if [ "${WAYMARK_FUZZ:-1}" != "0" ]; then
    bash scripts/fuzz.sh "${WAYMARK_FUZZ_SECONDS:-20}"
fi
if [ "${WAYMARK_ASAN:-1}" != "0" ]; then
    started=$(date +%s)
    cmake --preset asan
    cmake --build --preset asan --target core_cli_tests waymark-cli
    # The sanitizers look for memory and undefined-behaviour faults in our code paths; the
    # tests that only repeat paths others cover (kill loops, crash retries, demo building) run
    # in the main run alone, and the fault injection tries every 8th failure point here (all of
    # them in the main run). That keeps this stage near 25 minutes on two cores.
    WAYMARK_FAULT_STRIDE=8 WAYMARK_KILLS=10 WAYMARK_RESTORE_KILLS=10 \
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        ctest --preset asan -L "core|cli" \
        -E "^(TestKillLoop|TestCliCrash|TestRestoreIntoKill|TestDemoGenerator|TestDemoCasework|test_storage_cli)$" \
        --output-on-failure
    echo "sanitizer run (ASan+UBSan, core and CLI tests): $(( $(date +%s) - started )) s"
fi
ctest --preset ci "$@"
