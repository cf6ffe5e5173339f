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

# The exports' validator: ../shared's (schemas, NetworkX, igraph, graph-tool, Graphviz) where
# it is beside the clone, else the suite's own (tests/tools/check_exports.py: well-formed, read
# by NetworkX, igraph and Graphviz, the same counts everywhere).
validate_exports() {
  if [ -x "$shared/tools/validate_exports.sh" ]; then "$shared/tools/validate_exports.sh" -q "$@"
  else
    echo "NOTE no $shared/tools/validate_exports.sh: checking with tests/tools/check_exports.py (no schema validation)"
    /usr/bin/python3 "$repo/tests/tools/check_exports.py" "$@"
  fi
}

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
  validate_exports "$work/k.graphml" "$work/k.gexf" "$work/k.dot" "$work/k.json" || fail "validate_exports.sh on the sample"
  ;;
nasty_names)
  in="$here/fixtures/nasty-names.statements.jsonl"
  "$kgraph" build "$in" -o "$work/n.graphml" -o "$work/n.gexf" -o "$work/n.dot" -o "$work/n.json" -o "$work/n.svg" -q || fail build
  /usr/bin/python3 "$here/check_names.py" "$here/fixtures/nasty-names.expected.json" "$work/n.graphml" "$work/n.json" "$work/n.gexf" || fail "names differ"
  validate_exports "$work/n.graphml" "$work/n.gexf" "$work/n.dot" "$work/n.json" || fail "validate_exports.sh on nasty names"
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
assert labels == ["Jesper Sessford", "Serafim Kivelko"], labels
print("PASS alias, exact repeat and reversed symmetric statement: 2 nodes, 1 edge, weight 2")
PY
  ;;
explain)
  # kgraph explain: each name of a node with its rule and evidence, the same from statements,
  # GraphML and JSON; an unknown name lists the closest ones.
  in="$here/fixtures/explain.statements.jsonl"
  "$kgraph" explain "$in" okafor > "$work/x.txt" || fail "explain on statements"
  grep -qF "surname" "$work/x.txt" && grep -qF 'article t1, sentence 2: "Okafor said the club was ready."' "$work/x.txt" \
    && ok "explain shows the rule and the evidence of a declared short form" || fail "explain output: $(cat "$work/x.txt")"
  grep -qF "unique_surname" "$work/x.txt" && grep -qF "article t2, sentence 1" "$work/x.txt" \
    && ok "explain shows the join across articles with its evidence" || fail "explain across articles: $(cat "$work/x.txt")"
  "$kgraph" build "$in" -o "$work/e.graphml" -o "$work/e.json" -q || fail build
  for f in e.graphml e.json; do
    "$kgraph" explain "$work/$f" "Ines Okafor" > "$work/y.txt" || fail "explain on $f"
    cmp -s "$work/x.txt" "$work/y.txt" && ok "explain on $f as on the statements" || fail "explain on $f differs: $(diff "$work/x.txt" "$work/y.txt" | head -5)"
  done
  "$kgraph" explain "$work/e.graphml" NGB | grep -qF "acronym" && ok "explain an acronym" || fail "explain NGB"
  # The extractor's own records: a town written with its state, a name after an honorific.
  printf 'Title\n\nThe plant in Tarnby, Minn., closed on Monday, said Mrs. Ana Lindqvist.\n' > "$work/w.txt"
  "$kgraph" build "$work/w.txt" -o "$work/w.json" -q || fail "build w.txt"
  "$kgraph" explain "$work/w.json" "Tarnby, Minn." | grep -qF "with_state" && ok "explain a town written with its state" \
    || fail "explain Tarnby, Minn."
  "$kgraph" explain "$work/w.json" "Mrs. Ana Lindqvist" | grep -qF "honorific" && ok "explain a name after an honorific" \
    || fail "explain Mrs. Ana Lindqvist"
  expect 1 "closest" -- "$kgraph" explain "$work/e.graphml" "Okafur"
  expect 2 "expected GRAPH NAME" -- "$kgraph" explain "$work/e.graphml"
  "$kgraph" explain --help | grep -qF "GRAPH NAME" && ok "explain --help" || fail "explain --help"
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
  validate_exports "$work/nx.out.graphml" "$work/nx.out.gexf" || fail "re-exported NetworkX graph invalid"
  ;;
annotate)
  # Plain text: CoNLL-U out, one tree per sentence, entities in MISC.
  cat > "$work/t.txt" <<'TEXT'
The committee approved the new budget on Tuesday.
Maria Lopez, a spokeswoman for the World Health Organization, said the team didn't arrive in Geneva.
TEXT
  "$kgraph" annotate "$work/t.txt" -o "$work/t.conllu" || fail "annotate text"
  /usr/bin/python3 - "$work/t.conllu" <<'PY' || fail "annotate text output"
import sys
sents, cur = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        sents.append(cur); cur = []
    elif not line.startswith("#"):
        cols = line.split("\t")
        assert len(cols) == 10, cols
        cur.append(cols)
assert len(sents) == 2, len(sents)
for s in sents:
    heads = [int(c[6]) for c in s]
    assert heads.count(0) == 1, heads
    assert all(0 <= h <= len(s) for h in heads)
    assert all(c[3] != "_" and c[4] != "_" and c[7] != "_" for c in s)
    assert all("NER=" in c[9] for c in s)
words = [c[1] for c in sents[1]]
assert "n't" in words, words  # treebank words: "did" "n't"
tags = {c[1]: c[9] for c in sents[1]}
assert "NER=B-PER" in tags["Maria"] and "NER=I-PER" in tags["Lopez"], tags
assert "NER=B-LOC" in tags["Geneva"], tags
print("PASS annotate text: 2 sentences, one root each, every column filled, entities in MISC")
PY
  # CoNLL-U: every non-word line kept; only FORM read.
  cat > "$work/in.conllu" <<'CONLLU'
# sent_id = x1
# text = We can't stop.
1	We	_	_	_	_	_	_	_	_
2-3	can't	_	_	_	_	_	_	_	_
2	ca	_	_	_	_	_	_	_	_
3	n't	_	_	_	_	_	_	_	_
4	stop	_	_	_	_	_	_	_	SpaceAfter=No
5	.	_	_	_	_	_	_	_	_

CONLLU
  "$kgraph" annotate "$work/in.conllu" --format conllu -o "$work/out.conllu" || fail "annotate conllu"
  /usr/bin/python3 - "$work/in.conllu" "$work/out.conllu" <<'PY' || fail "annotate conllu output"
import sys
a = open(sys.argv[1], encoding="utf-8").read().splitlines()
b = open(sys.argv[2], encoding="utf-8").read().splitlines()
assert len(a) == len(b), (a, b)
for x, y in zip(a, b):
    if not x or x.startswith("#") or "-" in x.split("\t")[0]:
        assert x == y, (x, y)
    else:
        xs, ys = x.split("\t"), y.split("\t")
        assert xs[:3] == ys[:3] and ys[3] != "_" and ys[6] != "_", ys
assert [l.split("\t")[9] for l in b if l[:1] == "4"] == ["SpaceAfter=No|NER=O"], b
print("PASS annotate conllu: comments and multiword lines kept, word lines annotated, MISC items kept")
PY
  # CoNLL-2003: WORD TAG, -DOCSTART- and blank lines kept.
  printf -- '-DOCSTART- -X- -X- O\n\nMaria NNP\nLopez NNP\nvisited VBD\nGeneva NNP\n. .\n\n' > "$work/in.conll"
  "$kgraph" annotate "$work/in.conll" --format conll2003 -o "$work/out.conll" || fail "annotate conll2003"
  expected=$'-DOCSTART- O\n\nMaria B-PER\nLopez I-PER\nvisited O\nGeneva B-LOC\n. O'
  [ "$(cat "$work/out.conll")" = "$expected" ] && ok "annotate conll2003: WORD TAG lines" || fail "annotate conll2003 gave: $(cat "$work/out.conll")"
  expect 1 "t.txt:1: expected 10 tab-separated columns, found 1" -- "$kgraph" annotate "$work/t.txt" --format conllu -o "$work/none.conllu"
  [ ! -e "$work/none.conllu" ] && ok "no output file after a bad line" || fail "half-written output"
  expect 2 "--format must be" -- "$kgraph" annotate "$work/t.txt" --format xml
  ;;
models)
  # A missing folder, a missing file, a truncated and a foreign model: exit 1, the file named.
  models="$repo/models"
  echo "Ann Lee met Bo Chan in Paris." > "$work/a.txt"
  expect 1 "no such models folder" -- "$kgraph" extract "$work/a.txt" --models "$work/nowhere"
  mkdir "$work/m1"; cp "$models"/*.kgm "$work/m1/"; rm "$work/m1/parser.kgm"
  expect 1 "m1/parser.kgm: model file not found" -- "$kgraph" build "$work/a.txt" -o "$work/a.json" --models "$work/m1"
  [ ! -e "$work/a.json" ] && ok "no output written" || fail "output written despite a bad model"
  mkdir "$work/m2"; cp "$models"/*.kgm "$work/m2/"; head -c 1000 "$models/ner.kgm" > "$work/m2/ner.kgm"
  expect 1 "m2/ner.kgm: truncated" -- "$kgraph" annotate "$work/a.txt" --models "$work/m2"
  mkdir "$work/m3"; cp "$models"/*.kgm "$work/m3/"; cp "$models/tagger.kgm" "$work/m3/parser.kgm"
  expect 1 "m3/parser.kgm: holds a tagger model, expected a parser model" -- "$kgraph" extract "$work/a.txt" --models "$work/m3"
  mkdir "$work/m4"; cp "$models"/*.kgm "$work/m4/"; echo "not a model" > "$work/m4/clusters.kgm"
  expect 1 "m4/clusters.kgm: not a kgraph model file" -- "$kgraph" extract "$work/a.txt" --models "$work/m4"
  mkdir "$work/m5"; cp "$models"/*.kgm "$work/m5/"; cp "$models/ner.kgm" "$work/m5/relations.kgm"
  expect 1 "m5/relations.kgm: holds a ner model, expected a relations model" -- "$kgraph" extract "$work/a.txt" --models "$work/m5"
  "$kgraph" extract "$work/a.txt" --models "$models" -o "$work/s1.jsonl" && "$kgraph" extract "$work/a.txt" -o "$work/s2.jsonl" &&
    cmp -s "$work/s1.jsonl" "$work/s2.jsonl" && ok "--models DIR with the shipped folder = the default" || fail "--models shipped differs from default"
  ;;
*) echo "unknown case $case_name"; exit 2 ;;
esac
[ "$failures" -eq 0 ] && echo "$case_name: all passed" || echo "$case_name: $failures failed"
exit $((failures > 0))
