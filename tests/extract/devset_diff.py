#!/usr/bin/python3
"""What the extractor misses and adds, story by story, on the development set (a tool, not a test).

  devset_diff.py KGRAPH [GOLD.json ...] [--text]

Each story named by a gold file is built alone and scored with ../shared/tools/kg_score.py;
missed and extra entities, pairs and relations are printed under its id (--text: the story too).
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "shared")
CORPUS = os.path.join(SHARED, "corpus", "reuters21578", "reuters21578.jsonl")
sys.path.insert(0, os.path.join(SHARED, "tools"))
import kg_score  # noqa: E402


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_text = "--text" in sys.argv
    kgraph, golds = args[0], args[1:] or sorted(glob.glob(os.path.join(HERE, "devset", "*.json")))
    wanted = {}
    for g in golds:
        with open(g, encoding="utf-8") as f:
            wanted[str(json.load(f)["story_id"])] = g
    stories = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            s = json.loads(line)
            if str(s["id"]) in wanted:
                stories[str(s["id"])] = line
    totals = {}
    with tempfile.TemporaryDirectory() as tmp:
        for sid in sorted(stories, key=int):
            src, graph = os.path.join(tmp, sid + ".jsonl"), os.path.join(tmp, sid + ".graphml")
            with open(src, "w", encoding="utf-8") as f:
                f.write(stories[sid])
            subprocess.run([kgraph, "build", src, "-o", graph, "-q"], check=True)
            scores, detail = kg_score.score(graph, [wanted[sid]])
            print("=== story %s: pairs %.2f relations %.2f" % (sid, scores["pairs"]["f1"], scores["relations"]["f1"]))
            if show_text:
                print(json.loads(stories[sid])["text"])
            for k, v in detail.items():
                for item in v:
                    print("  %-17s %s" % (k, item))
            for k, v in scores.items():
                t = totals.setdefault(k, [0, 0, 0])
                t[0] += v["tp"]; t[1] += v["system"]; t[2] += v["gold"]
    for k, (tp, n_sys, n_gold) in totals.items():
        f = kg_score.prf(tp, n_sys, n_gold)
        print("%-15s P %.3f R %.3f F1 %.3f" % (k, f["precision"], f["recall"], f["f1"]))


if __name__ == "__main__":
    main()
