#!/usr/bin/python3
"""End-to-end tests of `kgraph centrality`, `kgraph path` and `kgraph neighbors` on the sample
article's statements and text with every name replaced by an invented one
(tests/analysis/fixtures/sample-graph.statements.jsonl, sample-article.txt).

Usage: cli_analysis_test.py KGRAPH_BINARY REPO_ROOT
"""
import csv
import io
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

KGRAPH, ROOT = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(ROOT, "tests", "analysis", "fixtures", "sample-graph.statements.jsonl")
ARTICLE = os.path.join(ROOT, "tests", "analysis", "fixtures", "sample-article.txt")
failures = []


def run(*args):
    p = subprocess.run([KGRAPH, *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def check(cond, message):
    if not cond:
        failures.append(message)


def squash(s):
    return " ".join(s.split())


def people_and_sentences():
    """Person entities with every form of their name, and every sentence of the sample."""
    people = {}
    sentences = []
    stated = []  # (subject, object) of every statement, lower case
    with open(SAMPLE, encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            ent = obj.get("entity")
            if ent and ent["type"] == "Person":
                forms = {ent["name"], ent["name"].split()[-1], *ent.get("aliases", [])}
                people[ent["name"]] = {x.lower() for x in forms}
            if "evidence" in obj:
                sentences.append(obj["evidence"])
            if "subject" in obj:
                stated.append((obj["subject"]["name"].lower(), obj["object"]["name"].lower()))
    with open(ARTICLE, encoding="utf-8") as f:
        text = f.read()
    for para in re.split(r"\n\s*\n", text):
        sentences += re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", squash(para))
    return people, sentences, stated, squash(text)


def named_in(forms, sentence):
    low = sentence.lower()
    return any(re.search(r"\b" + re.escape(f) + r"\b", low) for f in forms)


def test_paths_between_people_never_in_one_sentence():
    # On the graph of the hand-checked statements, and on the one kgraph extracts from the
    # article itself (where a person the extractor missed is skipped).
    paths_between_people_never_in_one_sentence(SAMPLE)
    paths_between_people_never_in_one_sentence(ARTICLE)


def paths_between_people_never_in_one_sentence(graph_input):
    people, sentences, stated, article = people_and_sentences()
    tested = 0
    for a, b in itertools.combinations(sorted(people), 2):
        # Never named in one sentence, and no statement joins them (a pronoun can: "his
        # communications with ... Fletton" is Kivelko's).
        if any(named_in(people[a], s) and named_in(people[b], s) for s in sentences):
            continue
        if any({x, y} <= people[a] | people[b] and (x in people[a]) != (y in people[a])
               for x, y in stated):
            continue
        rc, out, err = run("path", graph_input, a, b)
        if graph_input != SAMPLE and rc == 1 and "unknown name" in err:
            continue
        check(rc == 0, f"path {a} -> {b} in {graph_input}: exit {rc}: {err}")
        if out.startswith("No path"):
            check("component" in out, f"path {a} -> {b}: no components in '{out}'")
            continue
        hops = re.findall(r"^  (\d+)\. (.*)$", out, re.M)
        check(len(hops) >= 2, f"path {a} -> {b}: {len(hops)} hops for people never in one sentence")
        # Every hop line is followed by its evidence: 'article, sentence N: "..."'.
        lines = out.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"^  \d+\. |^     \S", line) and i + 1 < len(lines):
                ev = re.match(r'^       (\S+), sentence (\d+): "(.*)"( \(\+\d+ more\))?$', lines[i + 1])
                check(ev is not None, f"path {a} -> {b}: hop without evidence: {line!r} / {lines[i + 1]!r}")
                if ev:
                    check(squash(ev.group(3)) in article,
                          f"path {a} -> {b}: quoted sentence not in the article: {ev.group(3)!r}")
        # The same path as JSON: every edge of every step carries its sentence.
        rc, out, err = run("path", graph_input, a, b, "--format", "json")
        doc = json.loads(out)
        check(doc["found"], f"path {a} -> {b} --format json: not found")
        for step in doc["paths"][0]["steps"]:
            for edge in step["edges"]:
                check(edge["evidence"] and edge["evidence"][0]["text"],
                      f"path {a} -> {b} --format json: an edge without evidence")
        tested += 1
    check(tested >= 3, f"{graph_input}: only {tested} pairs of people never named in one sentence "
                       "have a path")
    print(f"{os.path.basename(graph_input)}: paths checked between {tested} pairs of people never "
          "named in one sentence")


def test_path_options_and_answers():
    rc, out, err = run("path", SAMPLE, "fletton", "ANVAROV", "--k", "3")
    check(rc == 0 and out.startswith("Path 1 of"), f"--k 3: {rc} {out} {err}")
    rc, out, err = run("path", SAMPLE, "Fletton", "Anvarov", "--max-hops", "1")
    check(rc == 0 and out.startswith("No path") and "same" not in out and "Both are in" in out,
          f"--max-hops 1: {rc} {out}")
    rc, out, err = run("path", SAMPLE, "Fletton", "Anvarov", "--format", "dot")
    check(rc == 0 and out.startswith("graph path {") and out.rstrip().endswith("}"), "--format dot")
    if shutil.which("dot"):
        p = subprocess.run(["dot", "-Tsvg"], input=out, capture_output=True, text=True)
        check(p.returncode == 0 and "<svg" in p.stdout, f"Graphviz rejects the path DOT: {p.stderr}")
    rc, out, err = run("path", SAMPLE, "Zabelina", "Sessford", "--exclude", "kivelko",
                       "--format", "json")
    doc = json.loads(out)
    check(rc == 0 and all(n["id"] != "p_serafim_kivelko" for p in doc["paths"] for n in p["nodes"]),
          f"--exclude kivelko: {rc} {out[:200]}")
    rc, out, err = run("path", SAMPLE, "Zabelina", "Sessford", "--k", "4", "--format", "json")
    lengths = [p["hops"] for p in json.loads(out)["paths"]]
    check(len(lengths) == 4 and lengths == sorted(lengths), f"--k 4 lengths {lengths}")
    rc, out, err = run("path", SAMPLE, "Zabelina", "Sessford", "--all", "--format", "json")
    alls = json.loads(out)["paths"]
    check(alls and len({p["hops"] for p in alls}) == 1 and alls[0]["hops"] == lengths[0],
          f"--all: {[p['hops'] for p in alls]}")
    rc, out, err = run("path", SAMPLE, "Fletton", "Dorian Trusk")
    check(rc == 0 and out.startswith("No path") and "component" in out, f"no path: {rc} {out}")
    rc, out, err = run("path", SAMPLE, "Fletton", "Smith")
    check(rc == 1 and "unknown name 'Smith'" in err and "closest" in err, f"unknown name: {rc} {err}")
    rc, out, err = run("path", SAMPLE, "campaign", "Fletton")
    check(rc == 1 and "ambiguous" in err and "(Organization, " in err and ", id o_" in err,
          f"ambiguous name: {rc} {err}")
    rc, out, err = run("path", SAMPLE, "Fletton")
    check(rc == 2, f"missing TO: exit {rc}")
    rc, out, err = run("path", SAMPLE, "Fletton", "Anvarov", "--via", "Planet")
    check(rc == 2, f"bad --via: exit {rc}")


def test_centrality_outputs():
    measures = ["degree", "in_degree", "out_degree", "strength", "betweenness", "closeness",
                "harmonic", "pagerank", "eigenvector", "core"]
    rc, out, err = run("centrality", SAMPLE, "--format", "csv", "--top", "0", "--threads", "1")
    check(rc == 0, f"centrality csv: {rc} {err}")
    rows = list(csv.DictReader(io.StringIO(out)))
    check(rows and list(rows[0].keys()) == ["id", "label", "type"] + measures,
          f"csv columns: {list(rows[0].keys()) if rows else None}")
    check(len(rows) == 31, f"csv rows: {len(rows)}")
    rc2, out2, _ = run("centrality", SAMPLE, "--format", "csv", "--top", "0", "--threads", "2")
    check(out == out2, "centrality csv differs between 1 and 2 threads")
    rc, out, err = run("centrality", SAMPLE, "--format", "json", "--measure", "pagerank,community",
                       "--type", "Person", "--top", "3")
    doc = json.loads(out)
    check(len(doc) == 3 and all(d["type"] == "Person" for d in doc), "json --type Person --top 3")
    check(set(doc[0]) == {"id", "label", "type", "pagerank", "community"}, f"json keys {set(doc[0])}")
    check(doc[0]["pagerank"] >= doc[1]["pagerank"] >= doc[2]["pagerank"], "json sorted")
    a = run("centrality", SAMPLE, "--measure", "betweenness", "--samples", "10", "--seed", "3",
            "--format", "csv", "--threads", "1")[1]
    b = run("centrality", SAMPLE, "--measure", "betweenness", "--samples", "10", "--seed", "3",
            "--format", "csv", "--threads", "2")[1]
    check(a == b, "sampled betweenness differs between thread counts")
    rc, out, err = run("centrality", SAMPLE, "--measure", "fame")
    check(rc == 2, f"unknown measure: exit {rc}")
    rc, out, err = run("centrality", "--help")
    check(rc == 0 and "Wasserman" in out and "2/((n-1)(n-2))" in out, "centrality --help")


def test_neighbors():
    rc, out, err = run("neighbors", SAMPLE, "kivelko")
    check(rc == 0 and out.startswith("Serafim Kivelko (Person):") and "evidence" in out,
          f"neighbors: {rc} {out} {err}")
    with tempfile.TemporaryDirectory() as tmp:
        paths = [os.path.join(tmp, "ego." + ext) for ext in ("graphml", "dot", "json")]
        args = ["neighbors", SAMPLE, "Kivelko", "--depth", "2"]
        for p in paths:
            args += ["-o", p]
        rc, out, err = run(*args)
        check(rc == 0, f"neighbors -o: {rc} {err}")
        with open(paths[2], encoding="utf-8") as f:
            ego = json.load(f)
        ids = {n["id"] for n in ego["nodes"]}
        check("p_serafim_kivelko" in ids and "p_michael_fletton" in ids, "ego json nodes")
        check(os.path.getsize(paths[0]) > 0 and os.path.getsize(paths[1]) > 0, "ego files")


def test_export_analyses_columns():
    """--analyze writes every measure; --color community alone computes only the community."""
    with tempfile.TemporaryDirectory() as tmp:
        full, coloured = os.path.join(tmp, "full.json"), os.path.join(tmp, "coloured.json")
        rc, _, err = run("export", SAMPLE, "--analyze", "--color", "community", "-o", full)
        check(rc == 0, f"export --analyze: {rc} {err}")
        rc, _, err = run("export", SAMPLE, "--color", "community", "-o", coloured)
        check(rc == 0, f"export --color community: {rc} {err}")
        with open(full, encoding="utf-8") as f:
            full_nodes = json.load(f)["nodes"]
        with open(coloured, encoding="utf-8") as f:
            coloured_nodes = json.load(f)["nodes"]
        check(all("betweenness" in n and "community" in n for n in full_nodes),
              "--analyze writes betweenness and community")
        check(all("community" in n and "betweenness" not in n for n in coloured_nodes),
              "--color community alone writes the community and no path measure")
        check([n["community"] for n in full_nodes] == [n["community"] for n in coloured_nodes],
              "the same communities with and without --analyze")
        check([n["color"] for n in full_nodes] == [n["color"] for n in coloured_nodes],
              "the same colours with and without --analyze")
        check(len({n["color"] for n in coloured_nodes}) > 1, "communities get several colours")


for test in [test_paths_between_people_never_in_one_sentence, test_path_options_and_answers,
             test_centrality_outputs, test_neighbors, test_export_analyses_columns]:
    try:
        test()
    except Exception as e:  # a crash is a failure with its message
        failures.append(f"{test.__name__}: {type(e).__name__}: {e}")

for f in failures:
    print("FAIL:", f)
print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
