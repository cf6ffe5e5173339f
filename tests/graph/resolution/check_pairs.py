#!/usr/bin/env python3
"""Entity resolution on Reuters stories, checked on a list of name pairs.

pairs.tsv holds one pair a line: same|distinct, name A, name B, the Reuters story ids where
the names occur (comma-separated), a note. The stories of every pair are built into ONE graph
with `kgraph build` (so that names from different stories meet, as in the whole corpus), and
each pair is judged on that graph:

  a name's node is the node whose label is the name (case, punctuation and a leading "the"
  aside), else the one node that carries it as an alias (the most mentioned when several do);
  a pair is joined when both names find the same node.

Prints the share of distinct pairs kept apart and of same-entity pairs joined, every pair
judged wrongly, and exits 1 when a share is under its floor (--min-distinct, --min-same).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['\u2019]s\b", "", s)
    s = re.sub(r"[^\w\s]", "", s)
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def read_pairs(path):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4 or cols[0] not in ("same", "distinct"):
                sys.exit(f"{path}:{n}: expected same|distinct, name, name, story ids")
            ids = [i.strip() for i in cols[3].split(",") if i.strip()]
            pairs.append({"kind": cols[0], "a": cols[1], "b": cols[2], "ids": ids,
                          "note": cols[4] if len(cols) > 4 else "", "line": n})
    return pairs


def write_stories(corpus, ids, out):
    wanted = set(ids)
    found = set()
    with open(corpus, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            m = re.match(r'\{"id": (\d+),', line)
            if m and m.group(1) in wanted:
                o.write(line)
                found.add(m.group(1))
    missing = wanted - found
    if missing:
        sys.exit(f"stories not in {corpus}: {sorted(missing)[:10]}")


def node_finder(graph):
    by_label, by_alias = {}, {}
    for n in graph["nodes"]:
        by_label.setdefault(norm(n["label"]), []).append(n)
        aliases = n.get("aliases") or ""
        for a in (aliases.split("|") if isinstance(aliases, str) else aliases):
            if a:
                by_alias.setdefault(norm(a), []).append(n)

    def find(name):
        key = norm(name)
        hits = by_label.get(key) or by_alias.get(key) or []
        if not hits:
            return None
        return max(hits, key=lambda n: (n.get("mentions", 0), n["id"]))["id"]
    return find


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kgraph", required=True)
    ap.add_argument("--corpus", required=True, help="reuters21578.jsonl")
    ap.add_argument("--pairs", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--graph", help="judge this graph instead of building one")
    ap.add_argument("--min-distinct", type=float, default=0.0)
    ap.add_argument("--min-same", type=float, default=0.0)
    args = ap.parse_args()

    pairs = read_pairs(args.pairs)
    os.makedirs(args.workdir, exist_ok=True)
    graph_path = args.graph
    if not graph_path:
        stories = os.path.join(args.workdir, "stories.jsonl")
        write_stories(args.corpus, sorted({i for p in pairs for i in p["ids"]}, key=int), stories)
        graph_path = os.path.join(args.workdir, "resolution.json")
        subprocess.run([args.kgraph, "build", stories, "-o", graph_path, "-q"], check=True)
    with open(graph_path, encoding="utf-8") as f:
        find = node_finder(json.load(f))

    totals = {"same": [0, 0], "distinct": [0, 0]}
    wrong = []
    for p in pairs:
        na, nb = find(p["a"]), find(p["b"])
        joined = na is not None and na == nb
        right = joined if p["kind"] == "same" else not joined
        totals[p["kind"]][0] += right
        totals[p["kind"]][1] += 1
        if not right:
            wrong.append(f"  line {p['line']}: {p['kind']} '{p['a']}' ({na}) / '{p['b']}' ({nb})")

    def share(kind):
        ok, n = totals[kind]
        return ok / n if n else 1.0
    apart, joined = share("distinct"), share("same")
    print(f"distinct pairs kept apart: {totals['distinct'][0]}/{totals['distinct'][1]} = {apart:.3f}")
    print(f"same-entity pairs joined:  {totals['same'][0]}/{totals['same'][1]} = {joined:.3f}")
    if wrong:
        print("judged wrongly:")
        print("\n".join(wrong))
    failed = False
    if apart < args.min_distinct:
        print(f"FAIL distinct pairs kept apart {apart:.3f} < {args.min_distinct}")
        failed = True
    if joined < args.min_same:
        print(f"FAIL same-entity pairs joined {joined:.3f} < {args.min_same}")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
