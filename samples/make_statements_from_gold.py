#!/usr/bin/env python3
"""Writes samples/seed-kislyak.statements.jsonl from the gold annotation of the sample article.

The hand-checked gold graph (shared/gold/seed-kislyak.json) becomes the statements format of
DESIGN.md, with each relation's evidence located in the article: the sentence index (the title
line is sentence 0) and the sentence's byte span. This is the statements file the README's
first examples use; `kgraph build samples/seed-kislyak.txt` makes its own from the text.

Usage: make_statements_from_gold.py GOLD.json ARTICLE.txt > OUT.jsonl
"""
import json
import re
import sys


def sentences(text):
    """(begin, end) byte spans of the sentences: paragraphs split after . ! ? or a closing quote."""
    data = text.encode("utf-8")
    spans = []
    for para in re.finditer(rb"[^\n]+", data):
        start = para.start()
        for m in re.finditer(rb"(?<=[.!?])(\xe2\x80\x9d)?\s+(?=[A-Z\xe2])", para.group()):
            end = para.start() + m.start() + (len(m.group(1)) if m.group(1) else 0)
            spans.append((start, end))
            start = para.start() + m.end()
        spans.append((start, para.end()))
    return data, spans


def main():
    gold = json.load(open(sys.argv[1], encoding="utf-8"))
    text = open(sys.argv[2], encoding="utf-8").read()
    data, spans = sentences(text)
    article = "seed-kislyak"
    out = [{"article": {"id": article, "title": text.split("\n", 1)[0].strip()}}]
    types = {}
    for e in gold["entities"]:
        types[e["name"]] = e["type"]
        out.append({"entity": {"name": e["name"], "type": e["type"], "aliases": e["aliases"]},
                    "article": article})
    for r in gold["relations"]:
        ev = r["evidence"].encode("utf-8")
        pos = data.find(ev)
        line = {"subject": {"name": r["source"], "type": types[r["source"]]},
                "relation": r["type"], "label": r["label"],
                "object": {"name": r["target"], "type": types[r["target"]]},
                "article": article}
        if pos >= 0:
            idx = next(i for i, (b, e) in enumerate(spans) if b <= pos < e)
            b, e = spans[idx]
            line.update(sentence=idx, span=[b, e], evidence=data[b:e].decode("utf-8"))
        else:
            line["evidence"] = r["evidence"]
        flags = []
        label = r["label"]
        if "alleged" in label:
            flags.append("hedged")
        if "denied" in label:
            flags.append("negated")
        if flags:
            line["flags"] = flags
        out.append(line)
    for obj in out:
        print(json.dumps(obj, ensure_ascii=False))


main()
