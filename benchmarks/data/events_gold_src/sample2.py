"""Batch 2 of the events gold: draw the candidate sentences (cands2.jsonl).

Same news file and seed-2015 shuffle as sample.py, but articles arts[600:1400] (batch 1 used the
first 600).  Sentences of 6 to 60 tokens; for each PLOVER type up to 10 sentences in which the
trigger lexicon (at the time of sampling) finds that type, plus 40 sentences with no trigger at
all; then the whole list is shuffled (seed 2016) so that any prefix is an unbiased subset.
Only article id and offsets are written.  Run from the repository root:
``PYTHONPATH=$PWD/src python benchmarks/data/events_gold_src/sample2.py``."""

from __future__ import annotations

import collections
import gzip
import json
import random
import sys

from rasd.events.lexicon import load_lexicon
from rasd.registry import build_pipeline

NEWS = "../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"
OUT = "benchmarks/data/events_gold_src/cands2.jsonl"
PER_TYPE = 10
PLAIN = 40

Item = tuple[str, int, int]


def candidates(arts: list[dict]) -> tuple[dict[str, list[Item]], list[Item]]:
    lex = load_lexicon()
    p = build_pipeline(("normalize", "tokenize", "sentences"))
    by_type: dict[str, list[Item]] = collections.defaultdict(list)
    plain: list[Item] = []
    for a in arts:
        d = p(a["text"])
        toks = d.layer("tokens")
        for s in d.layer("sentences"):
            n = s.last_token - s.first_token
            if n < 6 or n > 60:
                continue
            found = lex.find_triggers(toks, s.first_token, s.last_token)
            types = {m.entry.type for m in found}
            item = (a["id"], s.start, s.end)
            if not types:
                plain.append(item)
            for t in types:
                by_type[t].append(item)
    return by_type, plain


def main() -> None:
    arts = [json.loads(line) for line in gzip.open(NEWS, "rt")]
    rng = random.Random(2015)
    rng.shuffle(arts)
    by_type, plain = candidates(arts[600:1400])
    chosen: list[Item] = []
    seen: set[Item] = set()
    for t in sorted(by_type):
        pool = by_type[t][:]
        rng.shuffle(pool)
        fresh = [it for it in pool if it not in seen][:PER_TYPE]
        chosen += fresh
        seen.update(fresh)
    rng.shuffle(plain)
    chosen += plain[:PLAIN]
    random.Random(2016).shuffle(chosen)
    write(chosen, by_type, OUT)


def write(chosen: list[Item], by_type: dict[str, list[Item]], out: str) -> None:
    """The candidates file (one JSON line per sentence) and a count per type on stderr."""
    with open(out, "w") as f:
        for i, (aid, s, e) in enumerate(chosen):
            f.write(json.dumps({"i": i, "article_id": aid, "start": s, "end": e}) + "\n")
    print(
        len(chosen), "candidates;", {t: len(v) for t, v in sorted(by_type.items())}, file=sys.stderr
    )


if __name__ == "__main__":
    main()
