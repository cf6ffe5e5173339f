#!/usr/bin/env bash
# GEXF that its readers open: the sample's GEXF 1.3 against the GEXF 1.3 schema (../shared), its
# --gexf-version 1.2 export against the 1.2draft schema (tests/io/schemas) and through Debian's
# NetworkX 2.8 read_gexf, each with the node and edge counts of the sample's GraphML.
# Usage: gexf_readers.sh KGRAPH SHARED_DIR
set -u
kgraph=$1 shared=$2
here=$(cd "$(dirname "$0")" && pwd)
sample="$here/../../samples/seed-kislyak.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
ok() { echo "ok: $*"; }
fail() { echo "FAIL: $*"; failed=1; }

"$kgraph" build "$sample" -o "$work/g.graphml" -o "$work/g.gexf" -q || { echo "FAIL: build"; exit 1; }
"$kgraph" export "$work/g.graphml" -o "$work/g12.gexf" --gexf-version 1.2 || { echo "FAIL: export 1.2"; exit 1; }
"$kgraph" export "$work/g.graphml" -o "$work/bad.gexf" --gexf-version 1.1 2>/dev/null
[ $? -eq 2 ] && ok "--gexf-version 1.1 is a usage error" || fail "--gexf-version 1.1 accepted"

if [ -f "$shared/schemas/gexf/1.3/patched/gexf.xsd" ]; then
  xmllint --noout --nonet --schema "$shared/schemas/gexf/1.3/patched/gexf.xsd" "$work/g.gexf" 2>&1 | tail -1
  [ "${PIPESTATUS[0]}" -eq 0 ] && ok "GEXF 1.3 valid" || fail "GEXF 1.3 invalid"
else
  echo "skipped: GEXF 1.3 schema check ($shared/schemas not found)"
fi
xmllint --noout --nonet --schema "$here/schemas/gexf-1.2draft/gexf.xsd" "$work/g12.gexf" 2>&1 | tail -1
[ "${PIPESTATUS[0]}" -eq 0 ] && ok "GEXF 1.2draft valid" || fail "GEXF 1.2draft invalid"
# The schema must be able to fail: a 1.3 file is not 1.2draft.
xmllint --noout --nonet --schema "$here/schemas/gexf-1.2draft/gexf.xsd" "$work/g.gexf" >/dev/null 2>&1 &&
  fail "the 1.2draft schema accepts a 1.3 file" || ok "the 1.2draft schema refuses a 1.3 file"

/usr/bin/python3 - "$work" <<'PY' || failed=1
import sys
import networkx as nx
w = sys.argv[1]
g = nx.read_graphml(f"{w}/g.graphml")
symmetric = sum(1 for *_, d in g.edges(data=True) if d["type"] in ("meets", "family", "co_mention"))
assert symmetric > 0, "the sample should have a symmetric relation"
x = nx.read_gexf(f"{w}/g12.gexf")
assert x.is_directed(), "read as undirected"
assert (x.number_of_nodes(), x.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges()), \
    f"networkx {nx.__version__} read_gexf: {x.number_of_nodes()}/{x.number_of_edges()} vs GraphML " \
    f"{g.number_of_nodes()}/{g.number_of_edges()}"
assert sorted(d["type"] for *_, d in x.edges(data=True)) == sorted(d["type"] for *_, d in g.edges(data=True))
assert {n: d["label"] for n, d in x.nodes(data=True)} == {n: d["label"] for n, d in g.nodes(data=True)}
print(f"ok: networkx {nx.__version__} reads the 1.2draft GEXF: {x.number_of_nodes()} nodes, "
      f"{x.number_of_edges()} edges ({symmetric} symmetric), as the GraphML")
PY
# NetworkX 3 reads GEXF 1.3; CI's Debian has only 2.8, so this runs where a python3 on PATH has 3.x.
nx3=$(python3 -c 'import networkx; print(networkx.__version__)' 2>/dev/null)
if [ "${nx3%%.*}" -ge 3 ] 2>/dev/null; then
  python3 - "$work" <<'PY' || failed=1
import sys
import networkx as nx
w = sys.argv[1]
g = nx.read_graphml(f"{w}/g.graphml")
for name in ("g.gexf", "g12.gexf"):
    x = nx.read_gexf(f"{w}/{name}")
    assert x.is_directed() and (x.number_of_nodes(), x.number_of_edges()) == \
        (g.number_of_nodes(), g.number_of_edges()), f"networkx {nx.__version__} read {name} differently"
print(f"ok: networkx {nx.__version__} reads GEXF 1.3 and 1.2draft with the GraphML's counts")
PY
else
  echo "skipped: NetworkX 3 check (no python3 with networkx 3 on PATH)"
fi
exit $failed
