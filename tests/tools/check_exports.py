#!/usr/bin/python3
"""The suite's own check of graph exports, for a clone without ../shared (where CI and the team
use ../shared/tools/validate_exports.sh, which also validates against the published schemas).

  check_exports.py FILE...   (.graphml .gexf .dot/.gv .json)

Each file must be well-formed and read by the tools users open it with (Debian's NetworkX and
igraph for GraphML, NetworkX for node-link JSON and GEXF 1.2draft, Graphviz's dot for DOT), and
all files must hold the same number of nodes and edges. Prints one PASS or FAIL line per check
and "exports: N passed, M failed"; exits 1 on a failure.
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NMTOKEN = re.compile(r"^[\w.\-:]+$")
ATTR_TYPES = {"boolean", "int", "long", "float", "double", "string"}


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, fn):
        try:
            detail = fn()
            self.passed += 1
            print("PASS %s%s" % (name, " " + detail if detail else ""))
            return True
        except Exception as e:  # a failed check is reported, not raised
            self.failed += 1
            print("FAIL %s: %s" % (name, e))
            return False


def well_formed(path):
    r = subprocess.run(["xmllint", "--noout", "--nonet", path], capture_output=True, text=True)
    if r.returncode != 0:
        raise ValueError(r.stderr.strip()[:300])


def graphml_counts(path):
    import networkx as nx
    import igraph
    g = nx.read_graphml(path)
    ig = igraph.Graph.Read_GraphML(path)
    if (g.number_of_nodes(), g.number_of_edges()) != (ig.vcount(), ig.ecount()):
        raise ValueError("NetworkX reads %d/%d, igraph %d/%d" % (g.number_of_nodes(), g.number_of_edges(),
                                                               ig.vcount(), ig.ecount()))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    for key in root.findall("g:key", ns):
        if key.get("attr.type") not in ATTR_TYPES or not NMTOKEN.match(key.get("attr.name", "")):
            raise ValueError("key %s: attr.name %r, attr.type %r" % (key.get("id"), key.get("attr.name"),
                                                                  key.get("attr.type")))
    for node in root.iter("{%s}node" % ns["g"]):
        if not NMTOKEN.match(node.get("id", "")):
            raise ValueError("node id %r is no NMTOKEN" % node.get("id"))
    return g.number_of_nodes(), g.number_of_edges()


def gexf_counts(path):
    root = ET.parse(path).getroot()
    m = re.match(r"(\{http://(?:www\.)?gexf\.net/([^}]+)\})gexf$", root.tag)
    if not m or m.group(2) not in ("1.2draft", "1.3"):
        raise ValueError("root element %s is no GEXF 1.2draft or 1.3" % root.tag)
    ns = m.group(1)
    ids = {n.get("id") for n in root.iter(ns + "node")}
    edges = list(root.iter(ns + "edge"))
    for e in edges:
        if e.get("source") not in ids or e.get("target") not in ids:
            raise ValueError("edge %s ends outside the nodes" % e.get("id"))
        if e.get("type") == "undirected" and root.find(ns + "graph").get("defaultedgetype") == "directed":
            raise ValueError("edge %s undirected in a directed graph (NetworkX 3 refuses it)" % e.get("id"))
    if m.group(2) == "1.2draft":
        import networkx as nx
        g = nx.read_gexf(path)
        if g.number_of_nodes() != len(ids):
            raise ValueError("NetworkX reads %d nodes, the file has %d" % (g.number_of_nodes(), len(ids)))
    return len(ids), len(edges)


def dot_counts(path):
    r = subprocess.run(["dot", "-Tsvg", "-o", "/dev/null", path], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise ValueError(r.stderr.strip()[:300])
    r = subprocess.run(["gvpr", "-c", "N{}", path], capture_output=True, text=True)  # parses it again
    if r.returncode != 0:
        raise ValueError(r.stderr.strip()[:300])
    return None


def json_counts(path):
    import networkx as nx
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    g = nx.node_link_graph(data)
    return g.number_of_nodes(), g.number_of_edges()


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    checks = Checks()
    counts = {}
    for path in paths:
        low = path.lower()
        if low.endswith((".graphml", ".gexf")):
            checks.check("well-formed %s" % path, lambda: well_formed(path))
        reader = (graphml_counts if low.endswith(".graphml") else gexf_counts if low.endswith(".gexf") else
                  dot_counts if low.endswith((".dot", ".gv")) else json_counts if low.endswith(".json") else None)
        if reader is None:
            print("cannot tell the format of %s" % path, file=sys.stderr)
            return 2

        def read(p=path, r=reader):
            c = r(p)
            if c:
                counts[p] = c
                return "(%d nodes, %d edges)" % c
            return ""
        checks.check("read %s" % path, read)
    if len(set(counts.values())) > 1:
        checks.check("same counts", lambda: (_ for _ in ()).throw(ValueError(counts)))
    elif counts:
        checks.check("same counts", lambda: "in %d files" % len(counts))
    print("exports: %d passed, %d failed" % (checks.passed, checks.failed))
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
