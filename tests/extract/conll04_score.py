#!/usr/bin/python3
"""Scores kgraph's relations on CoNLL04 sentences the way issue 10 measures them.

  conll04_score.py --kgraph BIN --workdir DIR CONLL04.json [--min F1] [--errors N]

Each sentence is given to `kgraph extract` as one article (JSON Lines, one process). kgraph's
relation types are mapped by the types of both ends: role/member_of Person->Organization =
Work_For; located_in Person->Place = Live_In; located_in/part_of Organization->Place =
OrgBased_In; located_in/part_of Place->Place = Located_In. A predicted pair matches a gold pair
when each end's name or one of its aliases equals the gold entity's words, compared as
../shared/tools/kg_score.py compares names (case, punctuation, a possessive and a leading "the"
aside: kgraph's alias "Tupelo, Miss." of a town written with its state matches the gold span
"Tupelo , Miss ."), or, unless --strict, the words before the comma of such a span; and,
unless --strict, a place stated located in its state where the gold holds both as that one
span is neither right nor wrong (the gold has no entity for the state). A sentence given twice is one article to kgraph (it counts an
article once): each copy is scored with that article's statements.
Prints micro precision, recall and F1 over those four relations (Kill is not mapped), and per
relation; exits 1 when F1 is under --min.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

MAPPED = ("Work_For", "Live_In", "OrgBased_In", "Located_In")


def detokenize(tokens):
    text = " ".join(tokens)
    text = re.sub(r" ([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    text = re.sub(r" ('s|'|n't)\b", r"\1", text)
    text = text.replace("-LRB- ", "(").replace(" -RRB-", ")")
    return text


def mapped_type(relation, subject_type, object_type):
    if relation in ("role", "member_of") and (subject_type, object_type) == ("Person", "Organization"):
        return "Work_For"
    if relation == "located_in" and (subject_type, object_type) == ("Person", "Place"):
        return "Live_In"
    if relation in ("located_in", "part_of") and object_type == "Place":
        if subject_type == "Organization":
            return "OrgBased_In"
        if subject_type == "Place":
            return "Located_In"
    return None


def norm(s):
    """Names compared as ../shared/tools/kg_score.py compares them: case, punctuation, a
    possessive "'s" and a leading "the" aside ("Conn." = "conn", "Tupelo , Miss ." =
    "Tupelo, Miss.")."""
    s = unicodedata.normalize("NFKC", s).casefold().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def matches(span, names, strict):
    """A gold span (its words as written) is matched by an entity's name or alias. CoNLL04
    often spans a town with its state ("Tupelo , Miss ."); kgraph keeps them as two places and
    gives the town that written form as an alias. Unless strict, the part before the comma
    may match alone too."""
    if norm(span) in names:
        return True
    return not strict and "," in span and norm(span.split(",")[0]) in names


def within_one_span(spans, sn, on):
    """"Tupelo" located in "Miss": both ends inside the one gold span "Tupelo , Miss ."."""
    for w in spans:
        parts = [norm(p) for p in w.split(",")]
        if len(parts) == 2 and parts[0] in sn and parts[1] in on:
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kgraph", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--min", type=float, default=0.0)
    ap.add_argument("--errors", type=int, default=0, help="print this many missed and wrong pairs")
    ap.add_argument("--strict", action="store_true", help="no place-with-state spans matched by the place")
    ap.add_argument("data")
    args = ap.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    with open(args.data, encoding="utf-8") as f:
        sentences = json.load(f)

    corpus = os.path.join(args.workdir, "conll04.jsonl")
    first_copy = {}  # text -> the article of its first copy
    article_of = []
    with open(corpus, "w", encoding="utf-8") as f:
        for i, s in enumerate(sentences):
            text = detokenize(s["tokens"])
            article_of.append(first_copy.setdefault(text, "s%d" % i))
            f.write(json.dumps({"id": "s%d" % i, "text": text}) + "\n")
    statements_path = os.path.join(args.workdir, "conll04.statements.jsonl")
    subprocess.run([args.kgraph, "extract", corpus, "-o", statements_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    names = {}      # (article, entity name) -> {name, aliases}
    predicted = {}  # article -> set of (type, subject names, object names)
    with open(statements_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if "entity" in r:
                e = r["entity"]
                names[(r.get("article"), e["name"])] = {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}
            elif "subject" in r:
                t = mapped_type(r["relation"], r["subject"]["type"], r["object"]["type"])
                if t:
                    predicted.setdefault(r["article"], []).append((t, r["subject"]["name"], r["object"]["name"]))

    counts = {t: [0, 0, 0] for t in MAPPED}  # tp, system, gold
    errors = []
    for i, s in enumerate(sentences):
        article = article_of[i]
        words = [" ".join(s["tokens"][e["start"]:e["end"]]) for e in s["entities"]]
        gold = {(r["type"], r["head"], r["tail"]) for r in s["relations"] if r["type"] in MAPPED}
        for t, _, _ in gold:
            counts[t][2] += 1
        system = set()
        for t, subj, obj in predicted.get(article, []):
            sn = names.get((article, subj), {norm(subj)})
            on = names.get((article, obj), {norm(obj)})
            heads = [k for k, w in enumerate(words) if matches(w, sn, args.strict)]
            tails = [k for k, w in enumerate(words) if matches(w, on, args.strict)]
            match = next(((t, h, k) for h in heads for k in tails if (t, h, k) in gold), None)
            if not match and not args.strict and t == "Located_In" and within_one_span(words, sn, on):
                continue
            system.add(match if match else (t, subj, obj))
        for key in system:
            counts[key[0]][1] += 1
            if key in gold:
                counts[key[0]][0] += 1
            elif len(errors) < args.errors:
                errors.append("wrong  %s %s -> %s | %s" % (key[0], key[1], key[2], detokenize(s["tokens"])))
        for key in gold - system:
            if len(errors) < args.errors:
                errors.append("missed %s %s -> %s | %s" % (key[0], words[key[1]], words[key[2]],
                                                           detokenize(s["tokens"])))

    def prf(tp, sy, go):
        p = tp / sy if sy else 0.0
        r = tp / go if go else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    total = [sum(c[k] for c in counts.values()) for k in range(3)]
    for t in MAPPED:
        p, r, f1 = prf(*counts[t])
        print("%-12s P %.3f R %.3f F1 %.3f  (tp %d, system %d, gold %d)" % (t, p, r, f1, *counts[t]))
    p, r, f1 = prf(*total)
    print("%-12s P %.3f R %.3f F1 %.3f  (tp %d, system %d, gold %d)" % ("micro", p, r, f1, *total))
    for e in errors:
        print(e)
    if f1 < args.min:
        print("conll04: micro F1 %.3f is under the floor %.3f" % (f1, args.min), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
