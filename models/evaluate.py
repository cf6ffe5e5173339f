#!/usr/bin/python3
"""Scores `kgraph annotate` output as the field does, on the development splits.

  evaluate.py conllu GOLD.conllu PREDICTED.conllu   UPOS, XPOS, UAS, LAS (universal labels:
                                                     the subtype after ':' stripped) and
                                                     LAS with full labels, on word lines
  evaluate.py conll2003 GOLD PREDICTED              entity micro P/R/F1 (conlleval: exact span
                                                     and type; gold IOB1 or IOB2)
"""
import sys


def conllu_words(path):
    words = []
    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            words.append(cols)
    return words


def score_conllu(gold_path, pred_path):
    gold, pred = conllu_words(gold_path), conllu_words(pred_path)
    if len(gold) != len(pred):
        sys.exit("word counts differ: %d gold, %d predicted" % (len(gold), len(pred)))
    n = len(gold)
    upos = sum(g[3] == p[3] for g, p in zip(gold, pred))
    xpos = sum(g[4] == p[4] for g, p in zip(gold, pred))
    uas = sum(g[6] == p[6] for g, p in zip(gold, pred))
    las = sum(g[6] == p[6] and g[7].split(":")[0] == p[7].split(":")[0] for g, p in zip(gold, pred))
    las_full = sum(g[6] == p[6] and g[7] == p[7] for g, p in zip(gold, pred))
    print("words %d  UPOS %.4f  XPOS %.4f  UAS %.4f  LAS %.4f  (full labels %.4f)" %
          (n, upos / n, xpos / n, uas / n, las / n, las_full / n))


def spans(tags):
    """Entities (start, end, type) from IOB1 or IOB2 tags."""
    out, start, kind = [], None, None
    for i, t in enumerate(tags + ["O"]):
        prefix, _, k = t.partition("-")
        begins = t != "O" and (prefix == "B" or k != kind or start is None)
        if start is not None and (t == "O" or begins):
            out.append((start, i, kind))
            start, kind = None, None
        if begins:
            start, kind = i, k
    return set(out)


def conll_tags(path):
    """Tags of the words, with one "O" for each sentence break (entities never cross it)."""
    tags = []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if tags and tags[-1] != "|":
                tags.append("|")
        else:
            tags.append(cols[-1])
    while tags and tags[-1] == "|":
        tags.pop()
    return ["O" if t == "|" else t for t in tags]


def score_conll2003(gold_path, pred_path):
    gold_tags, pred_tags = conll_tags(gold_path), conll_tags(pred_path)
    if len(gold_tags) != len(pred_tags):
        sys.exit("word and sentence counts differ: %d gold, %d predicted" % (len(gold_tags), len(pred_tags)))
    gs, ps = spans(gold_tags), spans(pred_tags)
    tp = len(gs & ps)
    p = tp / len(ps) if ps else 0.0
    r = tp / len(gs) if gs else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("entities %d gold, %d found, %d right  P %.4f  R %.4f  F1 %.4f" % (len(gs), len(ps), tp, p, r, f))


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("conllu", "conll2003"):
        sys.exit(__doc__)
    (score_conllu if sys.argv[1] == "conllu" else score_conll2003)(sys.argv[2], sys.argv[3])
