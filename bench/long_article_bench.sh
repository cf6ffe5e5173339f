#!/usr/bin/env bash
# Extraction time against the length of ONE article (issue 11: linear in the article's length).
# Builds three inputs in a scratch folder and times `kgraph extract` on one thread:
#   reuters-1mb.txt / reuters-8mb.txt  Reuters stories (../shared/corpus) joined into one document
#   clause-16mb.txt                    one 16 MB line of one repeated clause (no sentence end)
# Prints seconds and MB/s per input and the 8 MB / 1 MB time ratio (linear would be 8; the
# target is at most 12). Usage: bench/long_article_bench.sh [KGRAPH] [SCRATCH]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kgraph="${1:-$here/build/cli/kgraph}"
scratch="${2:-${TMPDIR:-/tmp}/kgraph-long-article}"
corpus="$here/../shared/corpus/reuters21578/reuters21578.jsonl"
mkdir -p "$scratch"

# Story bodies in file order, blank line between, cut at a story boundary once SIZE is reached.
join_stories() {  # SIZE_BYTES OUT
    /usr/bin/python3 - "$corpus" "$1" "$2" <<'PY'
import json, sys
corpus, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
parts, total = [], 0
with open(corpus, encoding="utf-8") as f:
    for line in f:
        text = json.loads(line).get("text", "").strip()
        if not text:
            continue
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        if total >= size:
            break
with open(out, "w", encoding="utf-8") as f:
    f.write("\n\n".join(parts) + "\n")
PY
}
[ -s "$scratch/reuters-1mb.txt" ] || join_stories $((1 << 20)) "$scratch/reuters-1mb.txt"
[ -s "$scratch/reuters-8mb.txt" ] || join_stories $((8 << 20)) "$scratch/reuters-8mb.txt"
if [ ! -s "$scratch/clause-16mb.txt" ]; then
    # Invented names; one line, no full stop: a single 16 MB sentence.
    clause="Ivo Marten met Lena Drost of Corvale Holdings in Tessary and "
    /usr/bin/python3 -c "import sys; c=sys.argv[1]; n=(16<<20)//len(c); open(sys.argv[2],'w').write(c*n)" \
        "$clause" "$scratch/clause-16mb.txt"
fi

run() {  # INPUT -> seconds (wall, one thread), statements count
    local start end
    start=$(date +%s.%N)
    timeout 600 "$kgraph" extract "$1" --threads 1 -o "$scratch/out.jsonl" 2>/dev/null || echo "  (exit $?)" >&2
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.2f", $2 - $1}'
}
printf '%-18s %10s %8s %8s\n' input MB seconds MB/s
declare -A secs
for f in reuters-1mb reuters-8mb clause-16mb; do
    mb=$(stat -c %s "$scratch/$f.txt" | awk '{printf "%.2f", $1 / 1048576}')
    s=$(run "$scratch/$f.txt")
    secs[$f]=$s
    printf '%-18s %10s %8s %8.2f\n' "$f" "$mb" "$s" "$(echo "$mb $s" | awk '{print ($2 > 0 ? $1 / $2 : 0)}')"
done
echo "8 MB / 1 MB time ratio: $(echo "${secs[reuters-8mb]} ${secs[reuters-1mb]}" | awk '{printf "%.1f", $1 / $2}') (linear 8, target <= 12)"
echo "16 MB one-clause line: ${secs[clause-16mb]} s (target <= 60)"
