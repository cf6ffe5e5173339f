#!/usr/bin/python3
"""Times kgraph beside igraph, graph-tool, NetworkX and a plain Boost.Graph program on generated
news-shaped graphs (bench/graphs/generate_news_graph.cpp), checks that they agree, and prints one
table (Markdown) with seconds, ratios to kgraph and peak memory. A benchmark, not a test.

    /usr/bin/python3 bench/graphs/run_graph_bench.py --build BUILD_DIR [--sizes M,L,XL]
        [--work DIR] [--kgraph-base PATH] [--tools kgraph,bgl,igraph,graph-tool,networkx]

Needs Debian's python3-igraph, python3-graph-tool and python3-networkx (.ci/setup-debian.sh).
Every tool runs in its own process per size under /usr/bin/time -v (peak memory = its maximum
resident set size over all its tasks at that size). Library times are in-process; kgraph's come
from --timings (one JSON line per phase on stderr) and, for whole commands, the process's wall
time. Everything runs on one thread unless a row says otherwise (graph-tool's OpenMP is set to
one thread). What each tool computes is normalised as NetworkX does, so values can be compared:
exact measures must agree to 1e-6 (relative to the largest value); 256-source betweenness samples
different sources in every tool, so there the Pearson correlation with kgraph's values is shown.
"""
import argparse
import json
import math
import os
import platform
import re
import subprocess
import sys
import time

SAMPLES = 256

# Tasks per size: exact all-pairs measures only at M (hours at L on one thread for every tool),
# NetworkX only at M and without the exact all-pairs measures (each would take an hour or more).
def tasks_for(size, tool):
    base = ["load", "write", "degree", "components", "betweenness_256", "pagerank", "eigenvector", "path"]
    small = size not in ("L", "XL")  # M, or NODES:EDGES for a quick try
    if small:
        base += ["betweenness", "closeness"]
    if tool == "networkx":
        if not small:
            return []
        base = [t for t in base if t not in ("betweenness", "closeness")]
    if tool == "bgl":
        base = [t for t in base if t in ("load", "degree", "components", "betweenness", "closeness", "pagerank")]
    if size == "XL" and tool in ("graph-tool",):
        base = [t for t in base if t not in ("eigenvector", "write")]
    return base


# ---------------------------------------------------------------- library workers (in-process)

def path_ends(n_nodes_in_file_order, membership):
    """The two ends of the one shortest path asked of every tool: the first and the last node (in
    file order) of the largest component."""
    sizes = {}
    for c in membership:
        sizes[c] = sizes.get(c, 0) + 1
    giant = max(sizes, key=lambda c: (sizes[c], -c))
    members = [i for i, c in enumerate(membership) if c == giant]
    return members[0], members[-1]


def wf_closeness(raw, membership, n):
    """Wasserman-Faust: (r-1)/sum * (r-1)/(n-1), from a per-component (r-1)/sum."""
    size = {}
    for c in membership:
        size[c] = size.get(c, 0) + 1
    return [x * (size[c] - 1) / (n - 1) if n > 1 else 0.0 for x, c in zip(raw, membership)]


def unit_norm(v):
    s = math.sqrt(sum(x * x for x in v)) or 1.0
    return [x / s for x in v]


def worker(tool, graph, tasks, out_dir, size):
    """Runs in a child process: prints {"task", "seconds", ...} lines; values to OUT/tool.task.txt."""
    def emit(task, seconds, values=None, **extra):
        if values is not None:
            with open(os.path.join(out_dir, f"{tool}.{task}.txt"), "w") as f:
                f.write("\n".join(repr(float(x)) for x in values) + "\n")
        print(json.dumps(dict(task=task, seconds=seconds, **extra)), flush=True)

    def timed(fn):
        t = time.perf_counter()
        r = fn()
        return r, time.perf_counter() - t

    tmp_out = os.path.join(out_dir, f"{tool}.written.graphml")
    if tool == "igraph":
        import igraph as ig
        g, s = timed(lambda: ig.Graph.Read_GraphML(graph))
        emit("load", s)
        if "write" in tasks:
            _, s = timed(lambda: g.write_graphml(tmp_out))
            emit("write", s)
        g.to_undirected(mode="collapse")
        n = g.vcount()
        comps, s = timed(lambda: g.connected_components())
        membership = comps.membership
        emit("components", s, count=len(comps))
        if "degree" in tasks:
            d, s = timed(lambda: g.degree())
            emit("degree", s, d)
        scale = 2.0 / ((n - 1) * (n - 2))
        if "betweenness" in tasks:
            b, s = timed(lambda: g.betweenness(directed=False))
            emit("betweenness", s, [x * scale for x in b])
        # betweenness_256: python-igraph 0.10 offers no betweenness from chosen sources.
        if "closeness" in tasks:
            c, s = timed(lambda: g.closeness())
            emit("closeness", s, wf_closeness([0.0 if math.isnan(x) else x for x in c], membership, n))
        if "pagerank" in tasks:
            p, s = timed(lambda: g.pagerank(directed=False))
            emit("pagerank", s, p)
        if "eigenvector" in tasks:
            e, s = timed(lambda: g.eigenvector_centrality(directed=False, scale=True))
            emit("eigenvector", s, unit_norm(e))
        if "path" in tasks:
            a, b = path_ends(n, membership)
            p, s = timed(lambda: g.get_shortest_paths(a, to=b, output="vpath")[0])
            emit("path", s, hops=len(p) - 1)
    elif tool == "graph-tool":
        import graph_tool.all as gt
        gt.openmp_set_num_threads(1)
        g, s = timed(lambda: gt.load_graph(graph, fmt="graphml"))
        emit("load", s)
        if "write" in tasks:
            _, s = timed(lambda: g.save(tmp_out, fmt="graphml"))
            emit("write", s)
        g.set_directed(False)
        n = g.num_vertices()
        (comp, hist), s = timed(lambda: gt.label_components(g))
        membership = list(comp.a)
        emit("components", s, count=len(hist))
        if "degree" in tasks:
            d, s = timed(lambda: g.get_total_degrees(g.get_vertices()))
            emit("degree", s, list(d))
        if "betweenness" in tasks:
            (vb, _), s = timed(lambda: gt.betweenness(g, norm=True))
            emit("betweenness", s, list(vb.a))
        if "betweenness_256" in tasks:
            import random
            import numpy as np
            pivots = np.array(sorted(random.Random(2).sample(range(n), SAMPLES)), dtype=np.uint64)
            (vb, _), s = timed(lambda: gt.betweenness(g, pivots=pivots, norm=False))
            scale = 1.0 / ((n - 1) * (n - 2)) * n / SAMPLES
            emit("betweenness_256", s, [x * scale for x in vb.a])
        if "closeness" in tasks:
            c, s = timed(lambda: gt.closeness(g))
            emit("closeness", s, wf_closeness([0.0 if math.isnan(x) else x for x in c.a], membership, n))
        if "pagerank" in tasks:
            p, s = timed(lambda: gt.pagerank(g))
            emit("pagerank", s, list(p.a))
        if "eigenvector" in tasks:
            (_, e), s = timed(lambda: gt.eigenvector(g))
            emit("eigenvector", s, unit_norm(list(e.a)))
        if "path" in tasks:
            a, b = path_ends(n, membership)
            (vl, _), s = timed(lambda: gt.shortest_path(g, g.vertex(a), g.vertex(b)))
            emit("path", s, hops=len(vl) - 1)
    elif tool == "networkx":
        import networkx as nx
        g, s = timed(lambda: nx.read_graphml(graph))
        emit("load", s)
        if "write" in tasks:
            _, s = timed(lambda: nx.write_graphml(g, tmp_out))
            emit("write", s)
        g = g.to_undirected()
        nodes = list(g.nodes())
        index = {v: i for i, v in enumerate(nodes)}
        n = len(nodes)
        comps, s = timed(lambda: list(nx.connected_components(g)))
        membership = [0] * n
        for c, members in enumerate(comps):
            for v in members:
                membership[index[v]] = c
        emit("components", s, count=len(comps))
        as_list = lambda d: [d[v] for v in nodes]
        if "degree" in tasks:
            d, s = timed(lambda: dict(g.degree()))
            emit("degree", s, as_list(d))
        if "betweenness_256" in tasks:
            b, s = timed(lambda: nx.betweenness_centrality(g, k=SAMPLES, seed=3))
            emit("betweenness_256", s, as_list(b))
        if "pagerank" in tasks:
            p, s = timed(lambda: nx.pagerank(g, weight=None))
            emit("pagerank", s, as_list(p))
        if "eigenvector" in tasks:
            e, s = timed(lambda: nx.eigenvector_centrality(g, weight=None, max_iter=100, tol=1e-6))
            emit("eigenvector", s, as_list(e))
        if "path" in tasks:
            a, b = path_ends(n, membership)
            p, s = timed(lambda: nx.shortest_path(g, nodes[a], nodes[b]))
            emit("path", s, hops=len(p) - 1)


# ---------------------------------------------------------------- running and measuring

def timed_process(cmd, env=None):
    """Runs cmd under /usr/bin/time -v: (wall seconds, peak KB, stdout, stderr)."""
    t = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    if r.returncode != 0:
        sys.stderr.write(f"  ! {' '.join(cmd[:4])}...: exit {r.returncode}\n{r.stderr[-2000:]}\n")
    return wall, int(peak.group(1)) if peak else 0, r.stdout, r.stderr, r.returncode


def phases(stderr):
    """kgraph --timings lines: {"phase": NAME, "seconds": S} -> {NAME: S} (summed)."""
    out = {}
    for line in stderr.splitlines():
        line = line.strip()
        if line.startswith("{") and '"phase"' in line:
            try:
                d = json.loads(line)
                out[d["phase"]] = out.get(d["phase"], 0.0) + float(d["seconds"])
            except (ValueError, KeyError):
                pass
    return out


def read_kgraph_csv(text, order, measure, out_path):
    rows = text.splitlines()
    header = rows[0].split(",")
    col = header.index(measure)
    values = {}
    for row in rows[1:]:
        parts = row.split(",")
        values[parts[0]] = float(parts[col])
    with open(out_path, "w") as f:
        f.write("\n".join(repr(values[i]) for i in order) + "\n")


def kgraph_runs(tool, binary, graph, tasks, out_dir, order, labels, membership, threads_list):
    """kgraph, one command per task (as a person would run it). Returns rows and peak KB."""
    results, peak = {}, 0
    has_timings = None

    def run(args, threads=1):
        nonlocal peak, has_timings
        cmd = [binary] + args + ["--threads", str(threads)]
        if has_timings is not False:
            cmd.append("--timings")
        wall, kb, out, err, rc = timed_process(cmd)
        if rc == 2 and has_timings is None:  # an older kgraph without --timings
            has_timings = False
            return run(args, threads)
        if has_timings is None:
            has_timings = bool(phases(err))
        peak = max(peak, kb)
        return wall, phases(err), out

    # In-process seconds come from --timings; an older kgraph without it gets only the
    # commands' wall times ("process"), which the before/after table compares.
    def phase(ph, *names):
        return sum(ph.get(n, 0.0) for n in names) if has_timings else None

    wall, ph, _ = run(["stats", graph])
    # A saved graph is read ("load") and rebuilt from its statements ("build").
    results["load"] = dict(seconds=phase(ph, "load", "build"), process=wall, command="stats")
    if "components" in tasks:
        results["components"] = dict(seconds=phase(ph, "stats"), process=None)
    if "write" in tasks:
        wall, ph, _ = run(["export", graph, "-o", os.path.join(out_dir, f"{tool}.written.graphml")])
        results["write"] = dict(seconds=phase(ph, "write"), process=wall, command="export")
    # The cheap measures in one command (one load), each timed by its phase.
    cheap = [("degree", "degree"), ("pagerank", "pagerank"), ("eigenvector", "eigenvector"),
             ("betweenness_256", "betweenness")]
    cheap = [c for c in cheap if c[0] in tasks]
    command = ["centrality", graph, "--measure", ",".join(m for _, m in cheap), "--format", "csv",
               "--samples", str(SAMPLES)]
    wall, ph, out = run(command)
    results["measures"] = dict(seconds=None, process=wall, command="centrality " + ",".join(t for t, _ in cheap))
    for task, measure in cheap:
        read_kgraph_csv(out, order, measure, os.path.join(out_dir, f"{tool}.{task}.txt"))
        results[task] = dict(seconds=phase(ph, measure), process=None)
    for task in ("betweenness", "closeness"):
        if task not in tasks:
            continue
        for threads in threads_list:
            wall, ph, out = run(["centrality", graph, "--measure", task, "--format", "csv"], threads)
            key = task if threads == 1 else f"{task}@{threads}"
            results[key] = dict(seconds=phase(ph, task), process=wall, command=f"centrality {task} --threads {threads}")
            if threads == 1:
                read_kgraph_csv(out, order, task, os.path.join(out_dir, f"{tool}.{task}.txt"))
    if "path" in tasks:
        a, b = path_ends(len(order), membership)
        wall, ph, out = run(["path", graph, labels[a], labels[b], "--format", "json"])
        hops = json.loads(out)["paths"][0]["hops"] if out.strip() else None
        results["path"] = dict(seconds=phase(ph, "path"), process=wall, hops=hops, command="path")
    return results, peak, bool(has_timings)


def node_order(graph):
    """Node ids and labels in file order, and the components (for the path's ends)."""
    ids, labels = [], []
    pat = re.compile(r'<node id="([^"]+)"><data key="n_label">([^<]*)<')
    edges = []
    epat = re.compile(r'<edge id="[^"]*" source="([^"]+)" target="([^"]+)"')
    with open(graph) as f:
        for line in f:
            m = pat.search(line)
            if m:
                ids.append(m.group(1))
                labels.append(m.group(2))
                continue
            m = epat.search(line)
            if m:
                edges.append((m.group(1), m.group(2)))
    index = {v: i for i, v in enumerate(ids)}
    parent = list(range(len(ids)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for s, t in edges:
        a, b = find(index[s]), find(index[t])
        if a != b:
            parent[max(a, b)] = min(a, b)
    membership = [find(i) for i in range(len(ids))]
    return ids, labels, membership


def load_values(path):
    with open(path) as f:
        return [float(x) for x in f.read().split()]


def agreement(out_dir, tool, task, reference="kgraph"):
    a = os.path.join(out_dir, f"{tool}.{task}.txt")
    b = os.path.join(out_dir, f"{reference}.{task}.txt")
    if tool == reference or not (os.path.exists(a) and os.path.exists(b)):
        return ""
    x, y = load_values(a), load_values(b)
    if len(x) != len(y):
        return "size?"
    if task == "betweenness_256":
        mx, my = sum(x) / len(x), sum(y) / len(y)
        sxy = sum((p - mx) * (q - my) for p, q in zip(x, y))
        sxx = sum((p - mx) ** 2 for p in x)
        syy = sum((q - my) ** 2 for q in y)
        return f"r={sxy / math.sqrt(sxx * syy):.3f}" if sxx > 0 and syy > 0 else "r=?"
    scale = max(abs(q) for q in y) or 1.0
    err = max(abs(p - q) for p, q in zip(x, y)) / scale
    if task == "pagerank" and tool == "bgl":
        return f"~{err:.0e} (no dangling)"
    if err < 1e-6:
        return "="
    # Power iterations stop at different points (tolerance n * 1e-6 on the L1 change).
    return f"≈{err:.0e}" if task in ("pagerank", "eigenvector") and err < 1e-2 else f"~{err:.0e}"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(here, "..", "..", "build"))
    ap.add_argument("--sizes", default="M,L")
    ap.add_argument("--work", default="/tmp/kgraph-graph-bench")
    ap.add_argument("--tools", default="kgraph,bgl,igraph,graph-tool,networkx")
    ap.add_argument("--kgraph-base", help="an earlier kgraph binary, timed beside (before/after)")
    ap.add_argument("--threads", default="1,2", help="thread counts for kgraph's exact measures")
    ap.add_argument("--worker", nargs=4, metavar=("TOOL", "GRAPH", "TASKS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        tool, graph, tasks, out = args.worker
        worker(tool, graph, tasks.split(","), out, None)
        return
    build = os.path.abspath(args.build)
    kgraph = os.path.join(build, "cli", "kgraph")
    generator = os.path.join(build, "bench", "generate_news_graph")
    bgl = os.path.join(build, "bench", "bgl_reference")
    tools = args.tools.split(",")
    if args.kgraph_base:
        tools.insert(1, "kgraph-base")
    threads_list = [int(t) for t in args.threads.split(",")]
    os.makedirs(args.work, exist_ok=True)
    table = []  # (size, task, tool, seconds, note)
    peaks = {}
    notes = []
    processes = []  # (size, command, kgraph or kgraph-base, wall seconds)
    for size in args.sizes.split(","):
        graph = os.path.join(args.work, f"news-{size}.graphml")
        if not os.path.exists(graph):
            subprocess.run([generator, size, graph], check=True)
        out_dir = os.path.join(args.work, f"out-{size}")
        os.makedirs(out_dir, exist_ok=True)
        for old in os.listdir(out_dir):
            os.remove(os.path.join(out_dir, old))
        ids, labels, membership = node_order(graph)
        for tool in tools:
            tasks = tasks_for(size, "kgraph" if tool == "kgraph-base" else tool)
            if not tasks:
                notes.append(f"{tool} skipped at {size} (too slow: minutes to hours per task)")
                continue
            sys.stderr.write(f"{size} {tool}: {','.join(tasks)}\n")
            if tool in ("kgraph", "kgraph-base"):
                binary = kgraph if tool == "kgraph" else args.kgraph_base
                res, kb, has_timings = kgraph_runs(tool, binary, graph, tasks, out_dir, ids, labels, membership,
                                                   threads_list)
                peaks[(size, tool)] = kb
                if not has_timings:
                    notes.append(f"{tool} at {size}: no --timings (whole commands only)")
                for task, r in res.items():
                    if r["seconds"] is not None:
                        table.append((size, task, tool, r["seconds"], r.get("hops")))
                    if task == "load":
                        table.append((size, "stats (whole process)", tool, r["process"], None))
                    if r.get("command"):
                        processes.append((size, r["command"], tool, r["process"]))
                continue
            if tool == "bgl":
                cmd = [bgl, graph, ",".join(t for t in tasks if t != "load"), "--values", out_dir]
            else:
                cmd = ["/usr/bin/python3", os.path.abspath(__file__), "--worker", tool, graph, ",".join(tasks), out_dir]
            env = dict(os.environ, OMP_NUM_THREADS="1")
            wall, kb, out, err, rc = timed_process(cmd, env)
            peaks[(size, tool)] = kb
            for line in out.splitlines():
                if line.startswith("{"):
                    d = json.loads(line)
                    table.append((size, d["task"], tool, d["seconds"], d.get("hops")))
        # agreement, per task and tool
        for i, (sz, task, tool, secs, hops) in enumerate(table):
            if sz != size:
                continue
            note = agreement(out_dir, tool, task)
            if task == "path" and hops is not None:
                note = f"{hops} hops"
            table[i] = (sz, task, tool, secs, note)
    print_table(table, peaks, tools, notes)
    if args.kgraph_base:
        print_before_after(processes)
    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump(dict(table=table, processes=processes, peaks={f"{k[0]} {k[1]}": v for k, v in peaks.items()}), f,
                  indent=1)


def print_table(table, peaks, tools, notes):
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = re.search(r"model name\s*: (.*)", f.read()).group(1)
    except (OSError, AttributeError):
        pass
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {os.cpu_count()} cores, {cpu}; "
          f"{platform.platform()}; load average {os.getloadavg()[0]:.1f}")
    print()
    print("| size | task | " + " | ".join(tools) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in tools) + " |")
    order = []
    for sz, task, *_ in table:
        if (sz, task) not in order:
            order.append((sz, task))
    for sz, task in order:
        cells = []
        ref = next((s for z, t, tool, s, _ in table if z == sz and t == task and tool == "kgraph"), None)
        for tool in tools:
            row = next(((s, n) for z, t, tl, s, n in table if z == sz and t == task and tl == tool), None)
            if row is None or row[0] is None:
                cells.append("")
                continue
            s, note = row
            cell = f"{s:.3g} s" if s < 100 else f"{s:.0f} s"
            if tool != "kgraph" and ref and not task.endswith("@2"):
                cell += f" ({s / ref:.2g}x)"
            if note:
                cell += f" {note}"
            cells.append(cell)
        print(f"| {sz} | {task} | " + " | ".join(cells) + " |")
    for sz in dict.fromkeys(z for z, *_ in table):
        cells = []
        for tool in tools:
            kb = peaks.get((sz, tool))
            cells.append(f"{kb / 1024:.0f} MB" if kb else "")
        print(f"| {sz} | peak memory | " + " | ".join(cells) + " |")
    print()
    print("Seconds in-process (kgraph: --timings phase; `stats (whole process)`: the command's wall time);"
          " (Nx): that tool's time / kgraph's; `=`: values equal kgraph's within 1e-6 of the largest;"
          " `≈e`: power iterations within their tolerance (largest difference e); `~e`: largest difference; r: correlation of 256-source estimates (different samples).")
    for n in notes:
        print(f"- {n}")


def print_before_after(processes):
    print()
    print("kgraph before (--kgraph-base) and after, whole commands (wall seconds, one thread unless said):")
    print()
    print("| size | command | before | after | speed-up |")
    print("| --- | --- | --- | --- | --- |")
    for size, command, tool, secs in processes:
        if tool != "kgraph":
            continue
        before = next((s for z, c, t, s in processes if z == size and c == command and t == "kgraph-base"), None)
        if before is None:
            continue
        print(f"| {size} | {command} | {before:.3g} s | {secs:.3g} s | {before / secs:.2f}x |")


if __name__ == "__main__":
    main()
