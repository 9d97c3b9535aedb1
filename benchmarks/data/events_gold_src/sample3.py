"""Batch 3 of the events gold: draw the candidate sentences (cands3.jsonl).

Same news file, seed-2015 shuffle and sentence filter as sample2.py (whose ``candidates`` is
reused), but articles arts[1400:2400] (batches 1 and 2 used the first 1400).  Aimed at the types
that still had too few gold events: up to 14 sentences for each RARE type in which the trigger
lexicon (at the time of sampling) finds that type, 4 for each other type, and 20 sentences with
no trigger at all; then the whole list is shuffled (seed 2017) so that any prefix is an unbiased
subset.  Only article id and offsets are written.  Run from the repository root:
``PYTHONPATH=$PWD/src python benchmarks/data/events_gold_src/sample3.py``."""

from __future__ import annotations

import gzip
import json
import random

from sample2 import NEWS, Item, candidates, write

OUT = "benchmarks/data/events_gold_src/cands3.jsonl"
RARE = frozenset(
    "SANCTION PROTEST MOBILIZE THREATEN CONCEDE RETREAT COOPERATE REJECT AGREE SUPPORT".split()
)
PER_RARE, PER_OTHER, PLAIN = 14, 4, 20


def choose(by_type: dict[str, list[Item]], plain: list[Item], rng: random.Random) -> list[Item]:
    """Per type (rare types first, each group in name order) a fresh quota, then the plain ones."""
    chosen: list[Item] = []
    seen: set[Item] = set()
    for t in sorted(by_type, key=lambda t: (t not in RARE, t)):
        pool = by_type[t][:]
        rng.shuffle(pool)
        fresh = [it for it in pool if it not in seen][: PER_RARE if t in RARE else PER_OTHER]
        chosen += fresh
        seen.update(fresh)
    plain = plain[:]
    rng.shuffle(plain)
    return chosen + plain[:PLAIN]


def main() -> None:
    arts = [json.loads(line) for line in gzip.open(NEWS, "rt")]
    rng = random.Random(2015)
    rng.shuffle(arts)
    by_type, plain = candidates(arts[1400:2400])
    chosen = choose(by_type, plain, rng)
    random.Random(2017).shuffle(chosen)
    write(chosen, by_type, OUT)


if __name__ == "__main__":
    main()
