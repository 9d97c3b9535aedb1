"""Annotation helper for batches 2 and 3: print candidates [a, b) of cands2.jsonl (or of
cands<batch>.jsonl), the sentence text only, with the article's opening sentence for context (no
output of rasd's events stage).
``PYTHONPATH=$PWD/src python benchmarks/data/events_gold_src/show2.py 0 50 [batch]``."""

from __future__ import annotations

import gzip
import json
import sys

from rasd.registry import build_pipeline

NEWS = "../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"
CANDS = "benchmarks/data/events_gold_src/cands{}.jsonl"


def main() -> None:
    a, b = int(sys.argv[1]), int(sys.argv[2])
    batch = sys.argv[3] if len(sys.argv) > 3 else "2"
    cands = [json.loads(x) for x in open(CANDS.format(batch))][a:b]
    need = {c["article_id"] for c in cands}
    arts = {}
    for line in gzip.open(NEWS, "rt"):
        art = json.loads(line)
        if art["id"] in need:
            arts[art["id"]] = art["text"]
    p = build_pipeline(("normalize", "tokenize", "sentences"))
    for c in cands:
        text = arts[c["article_id"]]
        first = p(text).layer("sentences")[0]
        head = text[first.start : first.end].replace("\n", " ")
        sent = text[c["start"] : c["end"]].replace("\n", " ")
        print(f"{c['i']}\t[{c['article_id']}] CTX: {head[:300]}")
        print(f"{c['i']}\tSENT: {sent}\n")


if __name__ == "__main__":
    main()
