#!/usr/bin/env bash
# Runs one case of cases.txt through the kgraph program and checks its outcome:
#   run_case.sh KGRAPH CASES_FILE INPUTS GENERATED TESTS_DIR WORK_DIR CASE
# A case passes when the program
#   - ends within the time limit (timeout; a guard against hangs, not a speed test),
#   - is not ended by a signal,
#   - exits with the expected status, printing the expected substring (stdout or stderr),
#   - leaves no partial output: the output folder starts with previous.graphml, a file from
#     an "earlier run"; after a failure it must hold exactly that file, unchanged; after a
#     success it may hold only previous.graphml and the outputs the command names, no
#     temporary files, and every named output must exist and be non-empty.
set -u
kgraph="$1"; cases="$2"; inputs="$3"; generated="$4"; tests="$5"; work="$6"; name="$7"

line="$(grep -E "^${name}[[:space:]]*\|" "$cases" | head -n 1)"
[ -n "$line" ] || { echo "FAIL no case '$name' in $cases"; exit 1; }
IFS='|' read -r _ want_status want_text command options <<<"$line"
trim() { local s="$1"; s="${s#"${s%%[![:space:]]*}"}"; printf '%s' "${s%"${s##*[![:space:]]}"}"; }
want_status="$(trim "$want_status")"; want_text="$(trim "$want_text")"
command="$(trim "$command")"; options="$(trim "${options:-}")"

out="$work/$name"
rm -rf "$out"; mkdir -p "$out"
previous="$out/previous.graphml"
printf 'previous content: must survive a failed run\n' > "$previous"

expand() {
  local a="$1"
  a="${a//@IN@/$inputs}"; a="${a//@GEN@/$generated}"; a="${a//@TESTS@/$tests}"; a="${a//@OUT@/$out}"
  printf '%s' "$a"
}
want_text="$(expand "$want_text")"
read -r -a words <<<"$command"
args=()
for w in "${words[@]}"; do args+=("$(expand "$w")"); done

time_limit=120
stdin_file=/dev/null
mem_kib=""
for opt in $options; do
  case "$opt" in
    stdin=*) stdin_file="$(expand "${opt#stdin=}")" ;;
    timeout=*) time_limit="${opt#timeout=}" ;;
    mem=*) mem_kib="${opt#mem=}" ;;
    pending) ;;  # registered as a disabled test by CMake
    *) echo "FAIL unknown option '$opt'"; exit 1 ;;
  esac
done
# Address space caps do not mix with AddressSanitizer's shadow memory.
[ "${KGRAPH_SANITIZED:-0}" = 1 ] && mem_kib=""

fail() { echo "FAIL $name: $*"; echo "--- output:"; head -c 2000 "$out.log"; echo; exit 1; }

(
  [ -n "$mem_kib" ] && ulimit -v "$mem_kib"
  exec timeout -k 5 "$time_limit" "$kgraph" "${args[@]}" <"$stdin_file"
) >"$out.log" 2>&1
status=$?

[ "$status" -eq 124 ] || [ "$status" -eq 137 ] && fail "did not finish within ${time_limit}s"
[ "$status" -gt 128 ] && fail "ended by signal $((status - 128))"
[ "$status" -eq "$want_status" ] || fail "exit status $status, want $want_status"
if [ -n "$want_text" ] && [ "$want_text" != "-" ]; then
  grep -qF -- "$want_text" "$out.log" || fail "output lacks '$want_text'"
fi

# No partial output.
for f in "$out"/* "$out"/.[!.]*; do
  [ -e "$f" ] || [ -L "$f" ] || continue
  base="${f##*/}"
  if [ "$status" -ne 0 ]; then
    [ "$base" = previous.graphml ] || fail "left '$base' behind after failing"
  else
    [ "${base:0:1}" != . ] || fail "left temporary file '$base' behind"
    [ "$base" = previous.graphml ] && continue
    named=0
    for a in "${args[@]}"; do [ "$a" = "$f" ] && named=1; done
    [ "$named" = 1 ] || fail "left '$base', which the command does not name"
  fi
done
if [ "$status" -ne 0 ] || ! printf '%s\n' "${args[@]}" | grep -qxF -- "$previous"; then
  grep -qx 'previous content: must survive a failed run' "$previous" 2>/dev/null ||
    fail "previous.graphml was changed or removed"
fi
if [ "$status" -eq 0 ]; then
  for a in "${args[@]}"; do
    case "$a" in "$out"/*) [ -s "$a" ] || fail "output '$a' is missing or empty" ;; esac
  done
fi
echo "PASS $name: exit $status${want_text:+, '$want_text'}"
