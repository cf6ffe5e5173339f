#!/usr/bin/env bash
# End-to-end tests of the kgraph program: cli_test.sh KGRAPH SHARED_DIR CASE
# Each CASE is one CTest test; it prints what it checks and exits non-zero on a failure.
set -u
kgraph="$1"; shared="$2"; case_name="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
sample="$repo/samples/seed-kislyak.statements.jsonl"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export KG_PYTHON=/usr/bin/python3
failures=0

ok()   { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
# expect STATUS MESSAGE-SUBSTRING -- COMMAND...: exit status and a stderr substring
expect() {
  local want="$1" msg="$2"; shift 3
  timeout 60 "$@" >"$work/out" 2>"$work/err"; local rc=$?
  if [ "$rc" -ne "$want" ]; then fail "'$*' exited $rc, want $want: $(head -c 300 "$work/err")"
  elif ! grep -qF -- "$msg" "$work/err"; then fail "'$*' stderr lacks '$msg': $(head -c 300 "$work/err")"
  else ok "'$*' -> $rc, '$msg'"; fi
}

case "$case_name" in
validate_sample)
  "$kgraph" build "$sample" -o "$work/k.graphml" -o "$work/k.gexf" -o "$work/k.dot" -o "$work/k.json" -q || fail build
  "$shared/tools/validate_exports.sh" -q "$work/k.graphml" "$work/k.gexf" "$work/k.dot" "$work/k.json" || fail "validate_exports.sh on the sample"
  ;;
nasty_names)
  in="$here/fixtures/nasty-names.statements.jsonl"
  "$kgraph" build "$in" -o "$work/n.graphml" -o "$work/n.gexf" -o "$work/n.dot" -o "$work/n.json" -o "$work/n.svg" -q || fail build
  /usr/bin/python3 "$here/check_names.py" "$here/fixtures/nasty-names.expected.json" "$work/n.graphml" "$work/n.json" "$work/n.gexf" || fail "names differ"
  "$shared/tools/validate_exports.sh" -q "$work/n.graphml" "$work/n.gexf" "$work/n.dot" "$work/n.json" || fail "validate_exports.sh on nasty names"
  xmllint --noout "$work/n.svg" || fail "SVG not well-formed"
  ;;
round_trip)
  "$kgraph" build "$sample" -o "$work/a.graphml" -o "$work/a.json" -q || fail build
  "$kgraph" build "$work/a.graphml" -o "$work/b.graphml" -q || fail "read graphml"
  cmp "$work/a.graphml" "$work/b.graphml" && ok "GraphML -> kgraph -> GraphML byte-identical" || fail "GraphML round trip differs"
  "$kgraph" export "$work/a.json" -o "$work/b.json" || fail "read json"
  cmp "$work/a.json" "$work/b.json" && ok "JSON -> kgraph -> JSON byte-identical (all evidence kept)" || fail "JSON round trip differs"
  "$kgraph" export "$work/a.json" -o "$work/c.graphml" || fail "read json"
  cmp "$work/a.graphml" "$work/c.graphml" && ok "JSON -> GraphML byte-identical" || fail "JSON round trip differs"
  "$kgraph" build "$sample" -o "$work/d.graphml" -o "$work/d.gexf" -o "$work/d.dot" -q --threads 1 || fail build
  "$kgraph" build "$sample" -o "$work/e.graphml" -o "$work/e.gexf" -o "$work/e.dot" -q --threads 2 || fail build
  for f in graphml gexf dot; do cmp "$work/d.$f" "$work/e.$f" && ok "$f identical at 1 and 2 threads" || fail "$f differs by thread count"; done
  ;;
merge)
  "$kgraph" build "$here/fixtures/merge.statements.jsonl" -o "$work/m.json" -q || fail build
  /usr/bin/python3 - "$work/m.json" <<'PY' || fail "alias/repeat/symmetric merge"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["nodes"]) == 2, d["nodes"]
assert len(d["links"]) == 1, d["links"]
l = d["links"][0]
assert l["type"] == "meets" and l["weight"] == 2 and l["articles"] == 2, l
labels = sorted(n["label"] for n in d["nodes"])
assert labels == ["Jeff Sessions", "Sergey Kislyak"], labels
print("PASS alias, exact repeat and reversed symmetric statement: 2 nodes, 1 edge, weight 2")
PY
  ;;
exit_status)
  expect 2 "unrecognised option" -- "$kgraph" build --bogus "$sample" -o "$work/x.graphml"
  expect 2 "output" -- "$kgraph" build "$sample"
  expect 2 "needs --format" -- "$kgraph" build "$sample" -o -
  expect 2 "cannot tell the format" -- "$kgraph" build "$sample" -o "$work/x.foo"
  expect 2 "unknown output format" -- "$kgraph" build "$sample" -o - --format pdf
  expect 2 "unknown command" -- "$kgraph" frobnicate
  expect 1 "nope.jsonl" -- "$kgraph" build "$work/nope.jsonl" -o "$work/x.graphml"
  printf '{"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}}\n{"subject": \n' > "$work/bad.jsonl"
  expect 1 "bad.jsonl:2" -- "$kgraph" build --strict "$work/bad.jsonl" -o "$work/x.graphml"
  expect 0 "skipped" -- "$kgraph" build "$work/bad.jsonl" -o "$work/x.graphml"
  printf '<graphml><graph edgedefault="directed"><node id="a">\n</graphml>\n' > "$work/bad.graphml"
  expect 1 "bad.graphml:2" -- "$kgraph" stats "$work/bad.graphml"
  expect 1 "does not exist" -- "$kgraph" build "$sample" -o "$work/no/such/folder/x.graphml"
  if [ -w /dev/full ]; then expect 1 "" -- "$kgraph" build "$sample" -o /dev/full --format graphml; fi
  "$kgraph" build "$sample" -o - --format json -q | /usr/bin/python3 -c 'import json,sys; json.load(sys.stdin)' \
    && ok "-o - --format json writes JSON to stdout" || fail "-o - --format json"
  ;;
atomic_outputs)
  echo "precious" > "$work/keep.graphml"
  printf '<graphml>broken\n' > "$work/broken.graphml"
  "$kgraph" export "$work/broken.graphml" -o "$work/keep.graphml" 2>/dev/null
  [ "$(cat "$work/keep.graphml")" = "precious" ] && ok "a failed run leaves the earlier file intact" || fail "earlier output was replaced"
  left=$(find "$work" -name '.keep.graphml.tmp*' | wc -l)
  [ "$left" -eq 0 ] && ok "no temporary file left behind" || fail "$left temporary files left"
  "$kgraph" build "$sample" -o "$work/keep.graphml" -q && grep -q "<graphml" "$work/keep.graphml" && ok "a successful run replaces it" || fail "not replaced"
  ;;
foreign_graphml)
  # GraphML written by NetworkX and igraph (with their own attribute names and types) reads in,
  # keeps its unknown attributes, and is written back so that NetworkX reads the same graph.
  /usr/bin/python3 - "$work" <<'PY' || fail "writing the foreign files"
import sys, networkx as nx, igraph as ig
w = sys.argv[1]
g = nx.karate_club_graph()
for n in g.nodes: g.nodes[n]["label"] = f"Member {n}"; g.nodes[n]["rank"] = n * 0.5
# A foreign file's own display columns are its data, not kgraph's derived size and colour.
for n in g.nodes: g.nodes[n]["size"] = 100.0 + n; g.nodes[n]["color"] = "#0a0b0c" if n else "red"
nx.write_graphml(g, f"{w}/nx.graphml")
h = ig.Graph.Famous("Zachary"); h.vs["name"] = [f"v{i}" for i in range(h.vcount())]; h.es["strength"] = list(range(h.ecount()))
h.write_graphml(f"{w}/ig.graphml")
PY
  for f in nx ig; do
    "$kgraph" export "$work/$f.graphml" -o "$work/$f.out.graphml" -o "$work/$f.out.gexf" || fail "kgraph reads $f.graphml"
  done
  /usr/bin/python3 - "$work" <<'PY' || fail "foreign GraphML not kept"
import sys, networkx as nx
w = sys.argv[1]
a = nx.read_graphml(f"{w}/nx.graphml"); b = nx.read_graphml(f"{w}/nx.out.graphml")
assert (a.number_of_nodes(), a.number_of_edges()) == (b.number_of_nodes(), b.number_of_edges()), "counts"
assert sorted(d["label"] for _, d in a.nodes(data=True)) == sorted(d["label"] for _, d in b.nodes(data=True)), "labels"
assert sorted(d["rank"] for _, d in a.nodes(data=True)) == sorted(d["rank"] for _, d in b.nodes(data=True)), "rank kept"
assert all(d["weight"] > 0 for _, _, d in b.edges(data=True)), "weights"
assert sorted(d["size"] for _, d in b.nodes(data=True)) == [100.0 + n for n in range(34)], "own size kept"
assert sorted(d["color"] for _, d in b.nodes(data=True)) == ["#0a0b0c"] * 33 + ["red"], "own color kept"
gexf = open(f"{w}/nx.out.gexf", encoding="utf-8").read()
assert gexf.count('<viz:color r="10" g="11" b="12"') == 33, "GEXF colour from the file's own"
assert '<viz:size value="133"' in gexf, "GEXF size from the file's own"
c = nx.read_graphml(f"{w}/ig.out.graphml")
assert c.number_of_nodes() == 34 and c.number_of_edges() == 78, (c.number_of_nodes(), c.number_of_edges())
assert sorted(d["strength"] for _, _, d in c.edges(data=True)) == list(range(78)), "edge attribute kept"
assert sorted(d["name"] for _, d in c.nodes(data=True))[:2] == ["v0", "v1"], "node attribute kept"
print("PASS NetworkX and igraph GraphML read, unknown attributes kept, written back")
PY
  "$shared/tools/validate_exports.sh" -q "$work/nx.out.graphml" "$work/nx.out.gexf" || fail "re-exported NetworkX graph invalid"
  ;;
*) echo "unknown case $case_name"; exit 2 ;;
esac
[ "$failures" -eq 0 ] && echo "$case_name: all passed" || echo "$case_name: $failures failed"
exit $((failures > 0))
