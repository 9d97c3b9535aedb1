"""Draw the candidate sentences of the extra PROTEST set (issue 6); run from the repo root:

    PYTHONPATH=src python benchmarks/experiments/protest_extra/draw.py > /tmp/cands.txt

Two draws, both deterministic: draw 1 (seed 6) 380 sentences over the three tiers of
``rasd.events.extra_data.SHARES``; draw 2 (seed 7) 100 more "act" sentences (tier 2), added
because draw 1 gave fewer than 100 "yes".  Writes ``candidates.csv`` next to this script (id,
article id, offsets, lexicon hit, tier, draw) and prints the sentences for annotation.
"""

from __future__ import annotations

import csv
from pathlib import Path

from rasd.events.extra_data import Candidate, _articles, select_candidates

NEWS = Path("../shared/data/news/saudinewsnet_2015_all.jsonl.gz")
GOLD = (
    Path("benchmarks/data/events_gold.jsonl"),
    Path("../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"),
)
OUT = Path("benchmarks/experiments/protest_extra/candidates.csv")


def _write(draws: list[list[Candidate]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "article_id", "start", "end", "lexicon_hit", "tier", "draw"])
        for k, cands in enumerate(draws, 1):
            for c in cands:
                w.writerow([c.id, c.article_id, c.start, c.end, int(c.lexicon_hit), c.tier, k])


def main() -> None:
    texts = {a["id"]: a["text"] for a in _articles(NEWS)}
    first = select_candidates(NEWS, GOLD, 380, seed=6)
    seen = frozenset(texts[c.article_id][c.start : c.end].strip() for c in first)
    second = select_candidates(NEWS, GOLD, 100, seed=7, shares=(0.0, 0.0, 1.0), exclude=seen)
    _write([first, second], OUT)
    for i, c in enumerate(first + second):
        text = texts[c.article_id][c.start : c.end].replace("\n", " ")
        print(f"{i}\t{c.id}\t{c.tier}{int(c.lexicon_hit)}\t{text}")


if __name__ == "__main__":
    main()
