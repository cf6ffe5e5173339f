#!/usr/bin/python3
"""Scores kgraph's extraction against gold annotations; exits 1 when a score is under its floor.

  score_check.py --kgraph BIN --scorer kg_score.py --workdir DIR
                 (--text FILE | --corpus JSONL | --articles DIR) GOLD.json... [--min NAME=F1 ...]

--text: the article file given to `kgraph build` as it is (the sample article).
--corpus: a JSON Lines corpus; the stories named by each gold file's "story_id" are copied
          (as they are, one line each) into a JSON Lines file under DIR, which `kgraph build`
          reads. No story text is kept in the project.
--articles: a folder holding NAME.txt for each gold file NAME.json (news-dev): each article is
          built and scored on its own, and the scores are micro-averaged (true positives,
          system and gold counts summed over the articles).
NAME is entities, entities_typed, pairs or relations.
"""
import argparse
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kgraph", required=True)
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--text")
    ap.add_argument("--corpus")
    ap.add_argument("--articles")
    ap.add_argument("--kgraph-arg", action="append", default=[],
                    help="extra argument for kgraph build (e.g. --models=DIR)")
    ap.add_argument("--min", action="append", default=[])
    ap.add_argument("--name", default="score")
    ap.add_argument("gold", nargs="+")
    args = ap.parse_args()
    os.makedirs(args.workdir, exist_ok=True)

    if args.articles:
        scores = micro_average([score_one(args, [os.path.join(args.articles, name_of(g) + ".txt")], [g],
                                          name_of(g)) for g in args.gold])
        return report(scores, args.min)
    if args.text:
        inputs = [args.text]
    else:
        wanted = {}
        for g in args.gold:
            with open(g, encoding="utf-8") as f:
                wanted[str(json.load(f)["story_id"])] = g
        found = {}
        with open(args.corpus, encoding="utf-8") as f:
            for line in f:
                story = json.loads(line)
                if str(story["id"]) in wanted:
                    found[str(story["id"])] = line if line.endswith("\n") else line + "\n"
        missing = sorted(set(wanted) - set(found))
        if missing:
            print("stories not in the corpus: " + ", ".join(missing), file=sys.stderr)
            return 1
        path = os.path.join(args.workdir, args.name + "-stories.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for sid in sorted(found, key=int):
                f.write(found[sid])
        inputs = [path]

    return report(score_one(args, inputs, args.gold, args.name), args.min)


def name_of(gold_path):
    return os.path.splitext(os.path.basename(gold_path))[0]


def score_one(args, inputs, gold, name):
    graph = os.path.join(args.workdir, name + ".graphml")
    subprocess.run([args.kgraph, "build", *inputs, "-o", graph, "-q", *args.kgraph_arg], check=True)
    out = subprocess.run(["/usr/bin/python3", args.scorer, graph, *gold, "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def micro_average(per_article):
    total = {}
    for scores in per_article:
        for k, v in scores.items():
            t = total.setdefault(k, {"tp": 0, "system": 0, "gold": 0})
            for c in ("tp", "system", "gold"):
                t[c] += v[c]
    for t in total.values():
        t["precision"] = t["tp"] / t["system"] if t["system"] else 0.0
        t["recall"] = t["tp"] / t["gold"] if t["gold"] else 0.0
        p, r = t["precision"], t["recall"]
        t["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return total


def report(scores, floors):
    for k, v in scores.items():
        print("%-15s P %.3f  R %.3f  F1 %.3f  (tp %d, system %d, gold %d)" %
              (k, v["precision"], v["recall"], v["f1"], v["tp"], v["system"], v["gold"]))
    failed = False
    for spec in floors:
        name, _, floor = spec.partition("=")
        f1 = scores[name]["f1"]
        if f1 < float(floor):
            print("FAIL: %s F1 %.3f is under %s" % (name, f1, floor))
            failed = True
    if not failed:
        print("all floors met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
