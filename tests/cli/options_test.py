#!/usr/bin/python3
"""End-to-end tests of the options every command shares (README, "Options every command shares"):
the filter matrix on a small fixture graph, --timings, and how inputs are gathered and refused.

Usage: options_test.py KGRAPH REPO_ROOT CASE   (CASE: matrix, timings, inputs)

The fixture (fixtures/options.statements.jsonl), without co-mentions and news outlets:
  Alma - Bruno (meets, 2 statements), Alma -> Dario (appoints), Bruno -> Orvik (member_of),
  Cora -> Orvik (member_of, hedged), Orvik -> Port Selwyn, Harbor Summit -> Port Selwyn
  (located_in); Dario - Cora (co_mention); Dario -> Daily Wren (communicates; an outlet);
  Ester alone.
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

KGRAPH, ROOT, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
FIXTURE = os.path.join(ROOT, "tests", "cli", "fixtures", "options.statements.jsonl")
failures = []


def run(*args, stdin=None):
    p = subprocess.run([KGRAPH, *args], capture_output=True, text=True, input=stdin, timeout=300)
    return p.returncode, p.stdout, p.stderr


def check(cond, message):
    print(("PASS " if cond else "FAIL ") + message)
    if not cond:
        failures.append(message)


def graph(tmp, command, *options):
    """The node labels and (source label, relation, target label) links of a written graph."""
    out = os.path.join(tmp, "g.json")
    if os.path.exists(out):
        os.remove(out)
    rc, _, err = run(command, FIXTURE, "-o", out, *options)
    if rc != 0:
        return None, None, err
    d = json.load(open(out, encoding="utf-8"))
    label = {n["id"]: n["label"] for n in d["nodes"]}
    links = sorted((label[l["source"]], l["type"], label[l["target"]]) for l in d["links"])
    return sorted(label.values()), links, err


def stats(*options):
    rc, out, err = run("stats", FIXTURE, *options)
    first = out.splitlines()[0] if out else err
    words = first.split()
    return (int(words[0]), int(words[2])) if rc == 0 else (rc, err)


def degrees(*options):
    rc, out, err = run("centrality", FIXTURE, "--format", "csv", "--measure", "degree", "--top", "0", *options)
    if rc != 0:
        return {"exit": rc, "err": err}
    return {r["label"]: int(r["degree"]) for r in csv.DictReader(io.StringIO(out))}


def hops(src, dst, *options):
    rc, out, err = run("path", FIXTURE, src, dst, "--format", "json", *options)
    if rc != 0:
        return ("exit", rc, err.strip())
    d = json.loads(out)
    return [n["label"] for n in d["paths"][0]["nodes"]] if d["found"] else "no path"


def reached(name, *options):
    rc, out, err = run("neighbors", FIXTURE, name, *options)
    return int(out.split(": ")[1].split()[0]) if rc == 0 else ("exit", rc, err.strip())


EVERYONE = ["Alma Varga", "Bruno Kest", "Cora Lind", "Daily Wren", "Dario Fenn", "Ester Moll",
            "Harbor Summit", "Orvik Trading", "Port Selwyn"]


def matrix(tmp):
    for command in ("build", "export"):
        nodes, links, _ = graph(tmp, command)
        check(nodes == EVERYONE and len(links) == 7 and all(r != "co_mention" for _, r, _ in links),
              f"{command}: every entity (outlets too), no co_mention link by default: {links}")
        nodes, links, _ = graph(tmp, command, "--co-mentions")
        check(len(links) == 8, f"{command} --co-mentions keeps the co_mention link")
        nodes, links, _ = graph(tmp, command, "--type", "PERSON", "--type", "event")
        check(nodes == ["Alma Varga", "Bruno Kest", "Cora Lind", "Dario Fenn", "Ester Moll", "Harbor Summit"]
              and links == [("Alma Varga", "appoints", "Dario Fenn"), ("Alma Varga", "meets", "Bruno Kest")],
              f"{command} --type PERSON --type event (any case, repeatable): {nodes} {links}")
        nodes, links, _ = graph(tmp, command, "--relations", "member_of,meets")
        check(nodes == EVERYONE and sorted(r for _, r, _ in links) == ["meets", "member_of", "member_of"],
              f"{command} --relations member_of,meets: {links}")
        nodes, links, _ = graph(tmp, command, "--exclude", "orvik trading", "--exclude", "Ester Moll")
        check("Orvik Trading" not in nodes and "Ester Moll" not in nodes and len(links) == 4,
              f"{command} --exclude twice: {nodes} {links}")
        nodes, links, _ = graph(tmp, command, "--no-hedged")
        check(("Cora Lind", "member_of", "Orvik Trading") not in links and len(links) == 6,
              f"{command} --no-hedged drops the hedged link")
        nodes, links, _ = graph(tmp, command, "--min-degree", "2")
        check(nodes == ["Alma Varga", "Bruno Kest", "Orvik Trading", "Port Selwyn"] and len(links) == 3,
              f"{command} --min-degree 2: {nodes}")
        nodes, links, _ = graph(tmp, command, "--drop-isolates")
        check(nodes == [n for n in EVERYONE if n not in ("Daily Wren", "Ester Moll")],
              f"{command} --drop-isolates (an outlet's link counts only with --include-media): {nodes}")
        nodes, links, _ = graph(tmp, command, "--drop-isolates", "--include-media")
        check(nodes == [n for n in EVERYONE if n != "Ester Moll"], f"{command} --drop-isolates --include-media: {nodes}")
        # The order: type before degree (among people Alma has 2 neighbours, Bruno and Dario 1).
        nodes, _, _ = graph(tmp, command, "--type", "person", "--min-degree", "2")
        check(nodes == ["Alma Varga"], f"{command}: --type applies before --min-degree: {nodes}")
        # Exclusions before components: without Orvik the largest component is Alma, Bruno, Dario.
        nodes, _, _ = graph(tmp, command, "--exclude", "Orvik Trading", "--largest-component")
        check(nodes == ["Alma Varga", "Bruno Kest", "Dario Fenn"], f"{command}: --exclude before components: {nodes}")
        # Components before top: the top 2 of the largest component.
        nodes, _, _ = graph(tmp, command, "--exclude", "Orvik Trading", "--largest-component", "--top", "2")
        check(nodes == ["Alma Varga", "Bruno Kest"], f"{command}: components before --top (ties by label): {nodes}")

    check(stats() == (8, 6), f"stats: outlets out of the counts by default: {stats()}")
    check(stats("--include-media") == (9, 7), "stats --include-media counts the outlet and its link")
    check(stats("--type", "person") == (5, 2), "stats --type person")
    check(stats("--relations", "meets") == (8, 1), "stats --relations meets")
    check(stats("--exclude", "Alma") == (7, 4), f"stats --exclude Alma (a unique first name): {stats('--exclude', 'Alma')}")
    check(stats("--no-hedged") == (8, 5), "stats --no-hedged")
    check(stats("--min-degree", "2") == (4, 3), "stats --min-degree 2")
    check(stats("--drop-isolates") == (7, 6), "stats --drop-isolates")
    rc, out, _ = run("stats", FIXTURE, "--top", "2")
    listed = out.split("top entities by degree:\n")[1].split("\n")[:2] if rc == 0 else []
    check([l.split(None, 1)[1] for l in listed if l.strip()] == ["Orvik Trading (Organization)", "Alma Varga (Person)"],
          f"stats --top 2: the 2 highest, ties by label: {listed}")

    d = degrees()
    check("Daily Wren" not in d and d.get("Orvik Trading") == 3 and d.get("Dario Fenn") == 1 and len(d) == 8,
          f"centrality: no outlet row by default: {d}")
    d = degrees("--include-media")
    check(d.get("Daily Wren") == 1 and d.get("Dario Fenn") == 2, "centrality --include-media")
    d = degrees("--co-mentions")
    check(d.get("Dario Fenn") == 2 and d.get("Cora Lind") == 2, "centrality --co-mentions")
    d = degrees("--type", "Person")
    check(d == {"Alma Varga": 2, "Bruno Kest": 1, "Dario Fenn": 1, "Cora Lind": 0, "Ester Moll": 0},
          f"centrality --type Person: the measures of the persons' graph: {d}")
    d = degrees("--relations", "member_of")
    check(d.get("Orvik Trading") == 2 and d.get("Alma Varga") == 0, "centrality --relations member_of")
    d = degrees("--exclude", "Orvik Trading")
    check("Orvik Trading" not in d and d.get("Bruno Kest") == 1, "centrality --exclude")
    d = degrees("--no-hedged")
    check(d.get("Orvik Trading") == 2 and d.get("Cora Lind") == 0, "centrality --no-hedged")
    d = degrees("--min-degree", "2")
    check(sorted(d) == ["Alma Varga", "Bruno Kest", "Orvik Trading", "Port Selwyn"], f"centrality --min-degree 2: {d}")
    d = degrees("--drop-isolates")
    check(len(d) == 7 and "Ester Moll" not in d, "centrality --drop-isolates")
    rc, out, _ = run("centrality", FIXTURE, "--format", "json", "--measure", "degree", "--top", "3")
    rows = json.loads(out) if rc == 0 else []
    check([r["label"] for r in rows] == ["Orvik Trading", "Alma Varga", "Bruno Kest"],
          f"centrality --top 3: the 3 highest rows, ties by label: {rows}")

    alma_cora = ["Alma Varga", "Bruno Kest", "Orvik Trading", "Cora Lind"]
    check(hops("Alma", "Cora Lind") == alma_cora, f"path by default: {hops('Alma', 'Cora Lind')}")
    check(hops("Alma", "Cora Lind", "--no-hedged") == "no path", "path --no-hedged: no path")
    check(hops("Alma", "Cora Lind", "--co-mentions") == ["Alma Varga", "Dario Fenn", "Cora Lind"], "path --co-mentions")
    check(hops("Alma", "Cora Lind", "--exclude", "Bruno Kest") == "no path", "path --exclude")
    check(hops("Alma", "Cora Lind", "--exclude", "Bruno Kest", "--co-mentions") == ["Alma Varga", "Dario Fenn", "Cora Lind"],
          "path --exclude --co-mentions")
    check(hops("Alma", "Cora Lind", "--relations", "meets,member_of") == alma_cora, "path --relations meets,member_of")
    check(hops("Alma", "Cora Lind", "--relations", "meets") == "no path", "path --relations meets")
    check(hops("Alma", "Cora Lind", "--type", "person") == "no path", "path --type person (no organisation to pass)")
    check(hops("Alma", "Cora Lind", "--drop-isolates") == alma_cora, "path --drop-isolates")
    r = hops("Alma", "Cora Lind", "--min-degree", "2")
    check(r[:2] == ("exit", 1) and "left out by the filters" in r[2], f"path --min-degree 2 leaves Cora out: {r}")
    r = hops("Alma", "Daily Wren")
    check(r[:2] == ("exit", 1) and "--include-media" in r[2], f"path to an outlet needs --include-media: {r}")
    check(hops("Alma", "Daily Wren", "--include-media") == ["Alma Varga", "Dario Fenn", "Daily Wren"],
          "path --include-media")
    rc, _, err = run("path", FIXTURE, "Alma", "Cora Lind", "--exclude", "Alma")
    check(rc == 2 and "one end of the path" in err, "path --exclude of an end is a usage error")

    check(reached("Orvik Trading") == 3, "neighbors by default")
    check(reached("Orvik Trading", "--no-hedged") == 2, "neighbors --no-hedged")
    check(reached("Orvik Trading", "--type", "organization,person") == 2, "neighbors --type")
    check(reached("Orvik Trading", "--relations", "member_of") == 2, "neighbors --relations")
    check(reached("Orvik Trading", "--exclude", "Bruno Kest") == 2, "neighbors --exclude")
    check(reached("Orvik Trading", "--min-degree", "2") == 2, "neighbors --min-degree 2 (Cora has 1)")
    check(reached("Orvik Trading", "--drop-isolates") == 3, "neighbors --drop-isolates")
    check(reached("Dario Fenn") == 1 and reached("Dario Fenn", "--include-media") == 2, "neighbors --include-media")
    check(reached("Dario Fenn", "--co-mentions") == 2, "neighbors --co-mentions")

    for command, extra in (("build", ["-o", os.path.join(tmp, "x.json")]), ("centrality", []),
                           ("path", ["Alma", "Bruno Kest"]), ("neighbors", ["Alma"]), ("stats", [])):
        rc, _, err = run(command, FIXTURE, *extra, "--type", "Persn")
        check(rc == 2 and "valid values: Person, Organization, Place, Event, Other" in err,
              f"{command} --type Persn names the valid types: {err.strip()[:120]}")
        rc, _, err = run(command, FIXTURE, *extra, "--relations", "meet")
        check(rc == 2 and "valid values: role, member_of" in err and "co_mention" in err,
              f"{command} --relations meet names the valid relations")


def timings(tmp):
    def phases(*args):
        rc, _, err = run(*args, "--timings")
        lines = [l for l in err.splitlines() if l.startswith("{")]
        parsed = [json.loads(l) for l in lines]
        ok = rc == 0 and all(set(p) == {"phase", "seconds"} and isinstance(p["phase"], str)
                             and isinstance(p["seconds"], (int, float)) and p["seconds"] >= 0 for p in parsed)
        return ok, [p["phase"] for p in parsed]

    ok, got = phases("centrality", FIXTURE, "--format", "csv")
    want = ["load", "build", "filter", "connection", "degree", "betweenness", "closeness", "harmonic",
            "pagerank", "eigenvector", "core", "write"]
    check(ok and got == want, f"centrality --timings: {got}")
    ok, got = phases("centrality", FIXTURE, "--measure", "community,pagerank")
    check(ok and got == ["load", "build", "filter", "connection", "pagerank", "community", "write"],
          f"centrality --measure community,pagerank --timings: {got}")
    ok, got = phases("path", FIXTURE, "Alma", "Cora Lind")
    check(ok and got == ["load", "build", "filter", "path", "write"], f"path --timings: {got}")
    ok, got = phases("neighbors", FIXTURE, "Alma")
    check(ok and got == ["load", "build", "filter", "neighbors", "write"], f"neighbors --timings: {got}")
    ok, got = phases("stats", FIXTURE)
    check(ok and got == ["load", "build", "filter", "stats"], f"stats --timings: {got}")
    graphml = os.path.join(tmp, "t.graphml")
    ok, got = phases("export", FIXTURE, "-o", graphml, "--analyze")
    check(ok and got[:3] == ["load", "build", "filter"] and "betweenness" in got and "community" in got
          and got[-1] == "write", f"export --analyze --timings: {got}")
    ok, got = phases("stats", graphml)
    check(ok and got == ["load", "filter", "stats"], f"a saved graph loads without a build: {got}")
    ok, got = phases("build", os.path.join(ROOT, "samples", "seed-kislyak.txt"), "-o", graphml, "-q")
    check(ok and got == ["load", "models", "extract", "build", "filter", "write"], f"build ARTICLE --timings: {got}")
    rc, _, err = run("stats", FIXTURE)
    check(rc == 0 and "phase" not in err, "no timings without --timings")


def inputs(tmp):
    rc, _, err = run("stats", os.path.join(tmp, "missing.jsonl"))
    check(rc == 1 and "missing.jsonl: no such file" in err, f"a missing file: {err.strip()}")
    odd = os.path.join(tmp, "odd.dat")
    with open(odd, "w") as f:
        f.write('{"colour": "blue"}\n')
    rc, _, err = run("stats", odd)
    check(rc == 1 and 'odd.dat: not an article, statements or graph file (first bytes: "{"colour": "blue"...)' in err,
          f"an unknown kind names its first bytes: {err.strip()}")
    if os.geteuid() != 0:  # root reads every file
        locked = os.path.join(tmp, "locked.jsonl")
        shutil.copy(FIXTURE, locked)
        os.chmod(locked, 0)
        rc, _, err = run("stats", locked)
        check(rc == 1 and "locked.jsonl: permission denied" in err, f"an unreadable file: {err.strip()}")
    # A folder gives its statements and graphs (and articles), and names what it skipped.
    folder = os.path.join(tmp, "in")
    os.makedirs(os.path.join(folder, "sub"))
    shutil.copy(FIXTURE, os.path.join(folder, "sub", "s.jsonl"))
    extra = os.path.join(tmp, "extra.statements.jsonl")
    with open(extra, "w") as f:
        f.write('{"subject": {"name": "Ines Tarr", "type": "Person"}, "relation": "meets", '
                '"object": {"name": "Otto Brenn", "type": "Person"}, "article": "o9"}\n')
    rc, _, _ = run("build", extra, "-o", os.path.join(folder, "g.graphml"), "-q")
    for name in ("notes.pdf", "picture.png"):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(b"\x89PNG\r\n")
    out = os.path.join(tmp, "folder.json")
    rc, _, err = run("build", folder, "-o", out, "-q")
    labels = sorted(n["label"] for n in json.load(open(out))["nodes"]) if rc == 0 else []
    check(rc == 0 and "Orvik Trading" in labels and "Ines Tarr" in labels,
          f"a folder gives its statements (sub/s.jsonl) and its graphs (g.graphml): {labels} {err}")
    check("skipped 2 files" in err and "notes.pdf" in err and "picture.png" in err,
          f"a folder names the files it skipped: {err.strip()}")
    # Standard input is read once, whatever it holds.
    text = open(FIXTURE, encoding="utf-8").read()
    rc, out, _ = run("stats", "-", stdin=text)
    check(rc == 0 and out.startswith("8 entities, 6 relations"), f"statements on standard input: {out[:40]}")
    rc, _, err = run("stats", "-", "-", stdin=text)
    check(rc == 1 and "given twice" in err, "'-' twice is refused")


tmp = tempfile.mkdtemp()
try:
    {"matrix": matrix, "timings": timings, "inputs": inputs}[CASE](tmp)
finally:
    shutil.rmtree(tmp, ignore_errors=True)
print(f"{CASE}: {len(failures)} failed" if failures else f"{CASE}: all passed")
sys.exit(1 if failures else 0)
