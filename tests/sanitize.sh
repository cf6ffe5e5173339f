#!/usr/bin/env bash
# Builds kgraph and its tests with AddressSanitizer and UndefinedBehaviorSanitizer and runs
# the whole suite; any report fails the run.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$repo/build-asan"
# -O1 -g1: quick to compile, still fast enough to run and with line numbers in reports.
cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" -DKGRAPH_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export KGRAPH_SANITIZED=1  # tests use smaller versions of their huge inputs
ctest --test-dir "$build" --output-on-failure -j2
