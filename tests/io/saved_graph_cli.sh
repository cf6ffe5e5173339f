#!/usr/bin/env bash
# kgraph build with a saved graph among its inputs (README, "Saved graphs as inputs"): the
# sample's graph given twice is the sample's graph, byte for byte, and given with new statements
# it counts what a build from all the statements counts, edge by edge.
# Usage: saved_graph_cli.sh KGRAPH
set -u
kgraph=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
"$kgraph" extract "$here/../../samples/seed-kislyak.txt" -o a.jsonl 2>/dev/null || { echo "FAIL: extract"; exit 1; }
cat > b.jsonl <<'JSONL'
{"article": {"id": "harbour-1", "title": "Harbour talks", "date": "2024-03-02"}}
{"subject": {"name": "Ines Okafor", "type": "Person"}, "relation": "meets", "label": "met", "object": {"name": "Tam Varga", "type": "Person"}, "article": "harbour-1", "sentence": 1, "evidence": "Ines Okafor met Tam Varga."}
{"subject": {"name": "Tam Varga", "type": "Person"}, "relation": "meets", "label": "talks", "object": {"name": "Ines Okafor", "type": "Person"}, "article": "harbour-1", "sentence": 2, "evidence": "Their talks went on."}
{"subject": {"name": "Ines Okafor", "type": "Person"}, "relation": "role", "label": "director", "object": {"name": "Velen Port Authority", "type": "ORG"}, "article": "harbour-1", "sentence": 3, "evidence": "Okafor directs the Velen Port Authority."}
JSONL
"$kgraph" build a.jsonl -o a.graphml -o a.json -q || { echo "FAIL: build a"; exit 1; }
failed=0
"$kgraph" build a.graphml a.graphml -o aa.graphml -q && cmp -s a.graphml aa.graphml &&
  echo "ok: build a.graphml a.graphml is a.graphml" || { echo "FAIL: build a.graphml a.graphml differs"; failed=1; }
"$kgraph" build a.jsonl b.jsonl -o ab.graphml -q || failed=1
for saved in a.graphml a.json; do
  "$kgraph" build "$saved" b.jsonl -o saved_b.graphml -q || failed=1
  /usr/bin/python3 - ab.graphml saved_b.graphml "$saved" <<'PY' || failed=1
import sys
import networkx as nx
def counts(path):
    g = nx.read_graphml(path)
    return {(u, v, d["type"]): (d["weight"], d["articles"]) for u, v, d in g.edges(data=True)}
want, got, saved = counts(sys.argv[1]), counts(sys.argv[2]), sys.argv[3]
assert any(w > 1 for w, _ in want.values()), "the sample should have an edge of weight > 1"
assert got == want, f"{saved} b.jsonl: {sorted(set(got.items()) ^ set(want.items()))[:5]}"
print(f"ok: build {saved} b.jsonl: {len(got)} edges with the weights and articles of build a.jsonl b.jsonl")
PY
done
exit $failed
