#!/usr/bin/env bash
# Generates the large and binary hostile inputs of tests/robust (too big, or too odd, to
# commit): make_inputs.sh DIR. With KGRAPH_SANITIZED=1 the huge files are smaller (the
# sanitizer run is slow), as issue 5 allows.
set -euo pipefail
dir="$1"
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"

if [ "${KGRAPH_SANITIZED:-0}" = 1 ]; then big_mib=64; article_mib=16; else big_mib=1024; article_mib=100; fi

good='{"subject": {"name": "Andrei Anvarov", "type": "Person"}, "relation": "succeeds", "object": {"name": "Serafim Kivelko", "type": "Person"}, "article": "a1", "sentence": 1}'

# n copies of a string, without a trailing newline.
repeat() { head -c "$(( ${#1} * $2 ))" < <(yes -- "$1" | tr -d '\n'); }

# Every byte value, repeated: binary content for readers that expect text.
binary() { for _ in $(seq 1 "$1"); do printf "$(printf '\\%03o' $(seq 0 255))"; done; }

# ---- statements -----------------------------------------------------------------------------
{ echo "$good"; repeat '[' 1000000; echo; echo "$good"; } > stmt_deep.jsonl
{ echo "$good"; repeat '{"a": ' 100000; echo; } > stmt_deep_objects.jsonl
{ echo "$good"; printf '{"subject": {"name": "'; head -c $((20 << 20)) /dev/zero | tr '\0' 'x'; echo '"}}'; echo "$good"; } > stmt_long_line.jsonl
binary 12 > stmt_binary.jsonl

# About big_mib MiB: lines over the 16 MiB limit between good lines. Reading must stream it
# (memory stays far below the file's size); every long line is skipped with a message.
head -c $((17 << 20)) /dev/zero | tr '\0' 'y' > long.part
{
  for _ in $(seq 1 $(( big_mib / 17 ))); do
    for _ in $(seq 1 20); do echo "$good"; done
    cat long.part; echo
  done
  echo "$good"
} > stmt_big.jsonl
rm long.part

# ---- JSON graphs -------------------------------------------------------------------------------
{ printf '{"nodes": [{"id": "a", "x": '; repeat '[' 1000000; } > g_deep.json
binary 4 > g_binary.json
# Over the 1 GiB limit of a JSON graph: a sparse file, refused by its size before it is read.
printf '{"nodes": [' > g_over_limit.json
truncate -s 1100M g_over_limit.json

# ---- GraphML -------------------------------------------------------------------------------------
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
  echo '<key id="d0" for="node" attr.name="note" attr.type="string"/>'
  echo '<graph id="G" edgedefault="directed"><node id="a"><data key="d0">'
  repeat '<x>' 200000
  repeat '</x>' 200000
  echo '</data></node></graph></graphml>'
} > gm_deep.graphml

# ---- articles ----------------------------------------------------------------------------------
binary 16 > art_binary.txt
{ echo "Serafim Kivelko met Jesper Sessford in Westerholt."; head -c $((article_mib << 20)) /dev/zero | tr '\0' 'w'; echo; } > art_long_line.txt
mkdir -p art_dir/sub
echo "Serafim Kivelko met Jesper Sessford in Westerholt." > art_dir/good.txt
binary 16 > art_dir/binary.txt
: > art_dir/empty.txt
ln -s .. art_dir/sub/loop  # a symlink loop
ln -s missing.txt art_dir/dangling.txt
echo "generated" > stamp
