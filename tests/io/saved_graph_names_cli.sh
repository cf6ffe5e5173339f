#!/usr/bin/env bash
# A saved graph's names take part in resolution when it is fed back in (README, "Saved graphs
# as inputs"): `build a.graphml b.jsonl` joins names as `build a.jsonl b.jsonl` does, edge by
# edge. In a.jsonl alone "VGE" is the only body whose initials spell it (Varnholt Grain
# Exporters) and joins it; b.jsonl brings a second (Velmar Gas Exchange), so a build of both
# keeps "VGE" apart, and so must a build of a's saved graph with b. Invented names throughout.
# Usage: saved_graph_names_cli.sh KGRAPH
set -u
kgraph=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > a.jsonl <<'JSONL'
{"article": {"id": "a1", "title": "Grain"}}
{"entity": {"name": "Varnholt Grain Exporters", "type": "Organization"}, "article": "a1"}
{"subject": {"name": "Varnholt Grain Exporters", "type": "Organization"}, "relation": "located_in", "label": "in", "object": {"name": "Port Kessa", "type": "Place"}, "article": "a1", "sentence": 1, "evidence": "Varnholt Grain Exporters is based in Port Kessa."}
{"subject": {"name": "Varnholt Grain Exporters", "type": "Organization"}, "relation": "supports", "label": "backed", "object": {"name": "Tilde Marsh", "type": "Person"}, "article": "a1", "sentence": 2, "evidence": "Varnholt Grain Exporters backed Tilde Marsh."}
{"article": {"id": "a2", "title": "Shipping"}}
{"subject": {"name": "VGE", "type": "Organization"}, "relation": "supports", "label": "backed", "object": {"name": "Tilde Marsh", "type": "Person"}, "article": "a2", "sentence": 1, "evidence": "VGE backed Tilde Marsh."}
{"subject": {"name": "VGE", "type": "Organization"}, "relation": "supports", "label": "backed", "object": {"name": "Tilde Marsh", "type": "Person"}, "article": "a2", "sentence": 3, "evidence": "VGE again backed Tilde Marsh."}
JSONL
cat > b.jsonl <<'JSONL'
{"article": {"id": "b1", "title": "Gas"}}
{"subject": {"name": "Velmar Gas Exchange", "type": "Organization"}, "relation": "located_in", "label": "in", "object": {"name": "Port Kessa", "type": "Place"}, "article": "b1", "sentence": 1, "evidence": "Velmar Gas Exchange opened in Port Kessa."}
{"subject": {"name": "Tilde Marsh", "type": "Person"}, "relation": "role", "label": "chairs", "object": {"name": "Velmar Gas Exchange", "type": "Organization"}, "article": "b1", "sentence": 2, "evidence": "Tilde Marsh chairs Velmar Gas Exchange."}
JSONL
failed=0
"$kgraph" build a.jsonl -o a.graphml -o a.json -q || { echo "FAIL: build a"; exit 1; }
"$kgraph" build a.jsonl b.jsonl -o ab.json -q || { echo "FAIL: build a b"; exit 1; }
"$kgraph" build a.graphml a.graphml -o aa.graphml -q && cmp -s a.graphml aa.graphml &&
  echo "ok: build a.graphml a.graphml is a.graphml" || { echo "FAIL: build a.graphml a.graphml differs"; failed=1; }
for saved in a.graphml a.json; do
  "$kgraph" build "$saved" b.jsonl -o saved_b.json -q || { echo "FAIL: build $saved b.jsonl"; failed=1; continue; }
  /usr/bin/python3 - a.json ab.json saved_b.json "$saved" <<'PY' || failed=1
import json, sys
def edges(path):
    g = json.load(open(path))
    label = {n["id"]: n["label"] for n in g["nodes"]}
    return {(label[e["source"]], label[e["target"]], e["type"]): (e["weight"], e["articles"]) for e in g["links"]}
alone, want, got, saved = edges(sys.argv[1]), edges(sys.argv[2]), edges(sys.argv[3]), sys.argv[4]
# The case is real: a alone joins VGE to Varnholt Grain Exporters, a and b together do not.
assert alone[("Varnholt Grain Exporters", "Tilde Marsh", "supports")] == (3.0, 2), alone
assert want[("Varnholt Grain Exporters", "Tilde Marsh", "supports")] == (1.0, 1), want
assert want[("VGE", "Tilde Marsh", "supports")] == (2.0, 1), want
assert got == want, f"{saved} b.jsonl: {sorted(set(got.items()) ^ set(want.items()))}"
print(f"ok: build {saved} b.jsonl: {len(got)} edges as build a.jsonl b.jsonl, VGE apart")
PY
done
exit $failed
