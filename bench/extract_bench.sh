#!/bin/bash
# Throughput of `kgraph extract` on the Reuters-21578 corpus (one thread and all threads),
# beside wink-nlp (with wink-eng-lite-web-model) and compromise run on the same article
# texts. Whole process against whole process: each tool reads the JSON Lines file, processes
# every story and writes its result. MB/s = megabytes of story text / wall-clock seconds.
#
#   bench/extract_bench.sh [KGRAPH_BINARY]
#   PEERS="wink" bench/extract_bench.sh ...   # only some peers (default: "wink compromise";
#                                             # compromise takes minutes)
#
# The npm packages are installed into bench/node/ (not in git) the first time. This is a
# benchmark, not a test: it prints figures and never fails on them.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
kgraph=${1:-${KGRAPH:-$root/build/cli/kgraph}}
corpus=${CORPUS:-$root/../shared/corpus/reuters21578/reuters21578.jsonl}
node_dir=$here/node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x "$kgraph" ] || { echo "kgraph binary not found: $kgraph (build first, or pass its path)" >&2; exit 2; }
[ -f "$corpus" ] || { echo "corpus not found: $corpus" >&2; exit 2; }

text_mb=$(/usr/bin/python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    n += len(json.loads(line)["text"].encode("utf-8"))
print("%.2f" % (n / 1e6))' "$corpus")

# "wall cpu" seconds of a command (its output discarded). CPU time (user + system) is
# printed beside wall time because a busy machine stretches wall time.
seconds() {
    local TIMEFORMAT='%R %U %S' t
    t=$( { time "$@" > /dev/null 2>&1; } 2>&1 )
    set -- $t
    echo "$1 $(echo "$2 + $3" | bc -l)"
}

report() {  # name "wall cpu"
    set -- "$1" $2
    printf '%-34s %7.2f s wall %7.2f MB/s   %7.2f s cpu %7.2f MB/s\n' "$1" "$2" \
        "$(echo "$text_mb / $2" | bc -l)" "$3" "$(echo "$text_mb / $3" | bc -l)"
}

ratio() {  # "wall cpu" of a peer, "wall cpu" of kgraph
    set -- $1 $2
    printf 'wall %.1fx, cpu %.1fx' "$(echo "$1 / $3" | bc -l)" "$(echo "$2 / $4" | bc -l)"
}

echo "corpus: $corpus ($text_mb MB of story text), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo

t1=$(seconds "$kgraph" extract "$corpus" --threads 1 --no-progress -o "$work/one.jsonl")
tn=$(seconds "$kgraph" extract "$corpus" --threads 0 --no-progress -o "$work/all.jsonl")
report "kgraph extract, 1 thread" "$t1"
report "kgraph extract, all threads" "$tn"
if cmp -s "$work/one.jsonl" "$work/all.jsonl"; then echo "  (outputs byte-identical)"; else echo "  (OUTPUTS DIFFER)"; fi

if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
    echo "node/npm not found: peers skipped"
    exit 0
fi
if [ ! -d "$node_dir/node_modules/wink-nlp" ] || [ ! -d "$node_dir/node_modules/compromise" ]; then
    mkdir -p "$node_dir"
    (cd "$node_dir" && [ -f package.json ] || echo '{"name": "kgraph-bench", "private": true}' > package.json
     npm install --no-audit --no-fund --silent wink-nlp wink-eng-lite-web-model compromise@14 > /dev/null 2>&1) ||
        { echo "npm install failed: peers skipped"; exit 0; }
fi

cat > "$work/wink.js" <<'JS'
// wink-nlp: entities and tokens of every story (its named-entity pass).
const fs = require("fs"), readline = require("readline");
const winkNLP = require("wink-nlp"), model = require("wink-eng-lite-web-model");
const nlp = winkNLP(model), its = nlp.its;
const out = fs.createWriteStream(process.argv[3]);
const rl = readline.createInterface({input: fs.createReadStream(process.argv[2])});
rl.on("line", (line) => {
  const story = JSON.parse(line);
  const doc = nlp.readDoc(story.text);
  out.write(JSON.stringify({id: story.id, entities: doc.entities().out(its.detail),
                            sentences: doc.sentences().length()}) + "\n");
});
rl.on("close", () => out.end());
JS
cat > "$work/compromise.js" <<'JS'
// compromise: people, organisations and places of every story.
const fs = require("fs"), readline = require("readline");
const nlp = require("compromise");
const out = fs.createWriteStream(process.argv[3]);
const rl = readline.createInterface({input: fs.createReadStream(process.argv[2])});
rl.on("line", (line) => {
  const story = JSON.parse(line);
  const doc = nlp(story.text);
  out.write(JSON.stringify({id: story.id, people: doc.people().out("array"),
                            organizations: doc.organizations().out("array"),
                            places: doc.places().out("array")}) + "\n");
});
rl.on("close", () => out.end());
JS
export NODE_PATH=$node_dir/node_modules
peers=${PEERS:-wink compromise}
echo
if [[ " $peers " == *" wink "* ]]; then
    tw=$(seconds node "$work/wink.js" "$corpus" "$work/wink.jsonl")
    report "wink-nlp + lite model, 1 thread" "$tw"
    echo "  kgraph (1 thread) against wink-nlp: $(ratio "$tw" "$t1")"
fi
if [[ " $peers " == *" compromise "* ]]; then
    tc=$(seconds node "$work/compromise.js" "$corpus" "$work/compromise.jsonl")
    report "compromise, 1 thread" "$tc"
    echo "  kgraph (1 thread) against compromise: $(ratio "$tc" "$t1")"
fi
