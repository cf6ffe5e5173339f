#!/usr/bin/python3
"""Trains the relation classifier at each link margin of a grid and keeps the one the
development sets score best (models/README.md, "Retraining").

  pick_link_margin.py --kgraph BIN --kgraph-train BIN --models DIR [--corpus DIR] [--shared DIR]
                      [--margins 0,10,...]

The link margin decides how many pairs of names the classifier states as linked; it is in the
model's own units, so each trained model needs its own. Each margin's model is trained with
`kgraph-train relations` (deterministic, the same epoch and typed margin whatever the link
margin) and scored through `kgraph build` on news-dev (micro over its articles) and on the
Reuters development stories (tests/extract/devset), pair and relation F1, and on CoNLL04 dev;
the margin with the highest sum of the four news-dev and Reuters F1 is kept (a tie goes to the
higher margin, which states fewer links), and its model is written to DIR/relations.kgm. The
sample article is scored and printed, never used to choose. DIR holds the other four models.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def scores(cmd, env=None):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    result = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) > 6 and parts[1] == "P" and "F1" in parts:
            result[parts[0]] = float(parts[parts.index("F1") + 1])
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kgraph", required=True)
    ap.add_argument("--kgraph-train", required=True)
    ap.add_argument("--models", required=True, help="folder of the other four models; relations.kgm is written here")
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--corpus", help="default: SHARED/corpus")
    ap.add_argument("--margins", default="0,10,20,30,40,60,80")
    args = ap.parse_args()
    corpus = args.corpus or os.path.join(args.shared, "corpus")
    scorer = os.path.join(args.shared, "tools", "kg_score.py")
    tests = os.path.join(ROOT, "tests", "extract")
    crossre = os.path.join(corpus, "crossre-news")
    margins = [float(m) for m in args.margins.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kgraph-margin-") as work:
        trial = os.path.join(work, "models")
        os.makedirs(trial)
        for name in ("clusters.kgm", "tagger.kgm", "parser.kgm", "ner.kgm"):
            os.symlink(os.path.abspath(os.path.join(args.models, name)), os.path.join(trial, name))
        model = os.path.join(trial, "relations.kgm")
        best = None
        for margin in margins:
            subprocess.run([args.kgraph_train, "relations",
                            "--train", os.path.join(corpus, "conll04", "conll04_train.json"),
                            "--dev", os.path.join(corpus, "conll04", "conll04_dev.json"),
                            "--link-train", os.path.join(crossre, "news-train.json"),
                            "--link-train", os.path.join(crossre, "extension", "news-train.json"),
                            "--link-train", os.path.join(crossre, "extension", "news-dev.json"),
                            "--link-dev", os.path.join(crossre, "news-dev.json"),
                            "--models", trial, "-o", model, "--link-margin=%g" % margin],
                           check=True, stdout=subprocess.DEVNULL)
            check = ["/usr/bin/python3", os.path.join(tests, "score_check.py"), "--kgraph", args.kgraph,
                     "--scorer", scorer, "--kgraph-arg=--models=" + trial]
            news = scores(check + ["--workdir", os.path.join(work, "newsdev"), "--articles",
                                   os.path.join(corpus, "news-dev", "articles"),
                                   *sorted(glob.glob(os.path.join(corpus, "news-dev", "gold", "*.json")))])
            reuters = scores(check + ["--workdir", os.path.join(work, "devset"), "--name", "devset", "--corpus",
                                      os.path.join(corpus, "reuters21578", "reuters21578.jsonl"),
                                      *sorted(glob.glob(os.path.join(tests, "devset", "*.json")))])
            sample = scores(check + ["--workdir", os.path.join(work, "sample"), "--name", "sample", "--text",
                                     os.path.join(args.shared, "gold", "seed-kislyak.txt"),
                                     os.path.join(args.shared, "gold", "seed-kislyak.json")])
            conll = scores(["/usr/bin/python3", os.path.join(tests, "conll04_score.py"), "--kgraph", args.kgraph,
                            "--workdir", os.path.join(work, "conll04"),
                            os.path.join(corpus, "conll04", "conll04_dev.json")],
                           env=dict(os.environ, KGRAPH_MODELS=trial))
            total = news["pairs"] + news["relations"] + reuters["pairs"] + reuters["relations"]
            rows.append((margin, news, reuters, sample, conll))
            print("link margin %6g: news-dev %.3f / %.3f  Reuters %.3f / %.3f  sample %.3f / %.3f  CoNLL04 %.3f  (sum %.3f)"
                  % (margin, news["pairs"], news["relations"], reuters["pairs"], reuters["relations"],
                     sample["pairs"], sample["relations"], conll["micro"], total), flush=True)
            if best is None or total >= best[0]:
                best = (total, margin)
                shutil.copyfile(model, os.path.join(work, "best.kgm"))
        # Replaced only when complete: a failed copy leaves the earlier model.
        partial = os.path.join(args.models, ".relations.kgm.partial")
        shutil.copyfile(os.path.join(work, "best.kgm"), partial)
        os.replace(partial, os.path.join(args.models, "relations.kgm"))
    print("kept link margin %g: %s" % (best[1], os.path.join(args.models, "relations.kgm")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
