#!/usr/bin/env bash
# A saved graph keeps its articles' text fingerprints (graph-level "article_texts"), so that an
# article given again under another id counts once whether the first came as an article or in
# a saved graph: `build a.graphml b.jsonl` equals `build a.jsonl b.jsonl` edge by edge. b2
# repeats a1's text word for word. Without the fingerprints (stripped from the GraphML) b2
# counts again, as before. Invented names throughout.
# Usage: saved_graph_articles_cli.sh KGRAPH
set -u
kgraph=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
talks='Marta Quellbrook, chief of Zendrix Labs, met Oskar Villanerth in Brambleton on Monday.\n\nOskar Villanerth said the talks went well.'
cat > a.jsonl <<JSONL
{"id": "a1", "title": "Talks", "text": "$talks"}
{"id": "a2", "title": "Plant", "text": "Pellwick Foods opened a plant in Brambleton. Marta Quellbrook, chief of Zendrix Labs, praised the plant."}
JSONL
cat > b.jsonl <<JSONL
{"id": "b1", "title": "Again", "text": "Oskar Villanerth met Marta Quellbrook again in Dunmarrow on Friday."}
{"id": "b2", "title": "Talks (repeat)", "text": "$talks"}
JSONL
failed=0
"$kgraph" build a.jsonl -o a.graphml -o a.json -q || { echo "FAIL: build a"; exit 1; }
"$kgraph" build a.jsonl b.jsonl -o ab.json -q 2>/dev/null || { echo "FAIL: build a b"; exit 1; }
grep -v 'article_texts' a.graphml > bare.graphml
grep -q 'for="graph" attr.name="article_texts"' a.graphml || { echo "FAIL: a.graphml has no article_texts"; failed=1; }
for saved in a.graphml a.json bare.graphml; do
  "$kgraph" build "$saved" b.jsonl -o saved_b.json -q 2> saved_b.err || { echo "FAIL: build $saved b.jsonl"; failed=1; continue; }
  /usr/bin/python3 - ab.json saved_b.json "$saved" saved_b.err <<'PY' || failed=1
import json, sys
def edges(path):
    g = json.load(open(path))
    label = {n["id"]: n["label"] for n in g["nodes"]}
    return {(label[e["source"]], label[e["target"]], e["type"]): (e["weight"], e["articles"]) for e in g["links"]}
want, got, saved, err = edges(sys.argv[1]), edges(sys.argv[2]), sys.argv[3], open(sys.argv[4]).read()
meets = ("Marta Quellbrook", "Oskar Villanerth", "meets")
# The case is real: a1 and b1 tell of the meeting, b2 (a1 again) does not count.
assert want[meets] == (2.0, 2), want
if saved == "bare.graphml":
    # A graph without fingerprints behaves as before: b2 counts a second time.
    assert got[meets] == (3.0, 3), got
    assert "same text" not in err, err
    print("ok: a saved graph without article_texts counts b2 again, as before")
else:
    assert got == want, f"{saved} b.jsonl: {sorted(set(got.items()) ^ set(want.items()))}"
    assert "b.jsonl:2: same text as an article read before; counted once" in err, err
    print(f"ok: build {saved} b.jsonl: {len(got)} edges as build a.jsonl b.jsonl, b2 counted once")
PY
done
# The fingerprints pass on: a graph built from a saved graph keeps them.
"$kgraph" build a.graphml b.jsonl -o ab.graphml -q 2>/dev/null &&
  grep -q '\["a1","[0-9a-f]\{16\}"\]' ab.graphml && grep -q '\["b1","[0-9a-f]\{16\}"\]' ab.graphml &&
  echo "ok: build a.graphml b.jsonl keeps a's and b's fingerprints" || { echo "FAIL: fingerprints not kept"; failed=1; }
exit $failed
