#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-16 (ASan + UBSan) and fuzzes each for SECONDS
# (default 60), starting from the seed corpus in corpus/<target>/ (copied: the repo is not
# changed). A finding is printed with its input file and the script exits 1; copy the input
# into regressions/<target>/ to make it a regression test that the replay tests run.
#   tests/fuzz/run_fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail
seconds="${1:-60}"; shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="$repo/build-fuzz"
command -v clang++-16 >/dev/null || { echo "fuzz: clang++-16 missing (bash .ci/setup-debian.sh --fuzz)" >&2; exit 1; }
CXX=clang++-16 cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" -DKGRAPH_FUZZ=ON >/dev/null
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(statements graphml json_graph extract)
built=()
for t in "${targets[@]}"; do
  if cmake --build "$build" -j"$(nproc)" --target "fuzz_$t" >/dev/null 2>"$build/build-$t.log"; then built+=("$t")
  elif [ "$t" = extract ] && ! grep -q fuzz_extract "$build/build-$t.log"; then echo "fuzz: no extract target yet"
  else cat "$build/build-$t.log" >&2; exit 1; fi
done
# Replay the seeds and every past finding (regressions/<target>/) before fuzzing.
cmake -S "$repo" -B "$build" >/dev/null  # picks up new corpus files
ctest --test-dir "$build" -R fuzz_replay --output-on-failure
status=0
for t in "${built[@]}"; do
  work="$(mktemp -d)"
  cp -r "$here/corpus/$t/." "$work/" 2>/dev/null || true
  echo "fuzz: $t for ${seconds}s"
  if ! (cd "$work" && "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 \
          -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$work" > "$work/log" 2>&1); then
    echo "fuzz: $t FOUND A PROBLEM:"; tail -40 "$work/log"
    ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* 2>/dev/null
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$work/log" | tail -2
  fi
done
exit $status
