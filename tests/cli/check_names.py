#!/usr/bin/env python3
"""Checks that every export of the nasty-names graph gives back exactly the input names.

Usage: check_names.py EXPECTED.json OUT.graphml OUT.json OUT.gexf
GraphML and node-link JSON are read with NetworkX; GEXF with ElementTree (NetworkX 2.8's GEXF
reader does not know GEXF 1.3). Prints what differs and exits 1 on a mismatch.
"""
import json
import sys
import xml.etree.ElementTree as ET

import networkx as nx

expected_path, graphml, node_link, gexf = sys.argv[1:5]
expected = json.load(open(expected_path, encoding="utf-8"))
failures = 0


def check(what, labels):
    global failures
    if sorted(labels) != expected:
        failures += 1
        print(f"FAIL {what}: {sorted(set(labels) ^ set(expected))!r}")
    else:
        print(f"PASS {what}: {len(labels)} names identical")


g = nx.read_graphml(graphml)
check("graphml via networkx", [d["label"] for _, d in g.nodes(data=True)])
data = json.load(open(node_link, encoding="utf-8"))
h = nx.node_link_graph(data)
check("json via networkx", [d["label"] for _, d in h.nodes(data=True)])
ns = {"g": "http://gexf.net/1.3"}
root = ET.parse(gexf).getroot()
check("gexf labels", [n.get("label") for n in root.iter("{http://gexf.net/1.3}node")])
sys.exit(1 if failures else 0)
