"""Counts of batch 2 or 3 of the events gold (rows with ``"batch": 2`` or 3 in ../events_gold.jsonl): per
split (MD5 of the article id), per type, per modality, no-event sentences, and per sampling
stratum (a sentence drawn because the trigger lexicon found a type, or one of the no-trigger
sentences).  Run from the repository root after convert2.py:
``PYTHONPATH=$PWD/src python benchmarks/data/events_gold_src/stats2.py [batch]`` (default 2)."""

from __future__ import annotations

import collections
import gzip
import json
import sys

from rasd.events.lexicon import load_lexicon
from rasd.events.oeda import is_heldout
from rasd.registry import build_pipeline

GOLD = "benchmarks/data/events_gold.jsonl"
NEWS = "../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"


def lexicon_types(rows: list[dict]) -> dict[tuple[str, int], set[str]]:
    """The types the trigger lexicon finds in each gold sentence (the sampling criterion)."""
    need = {r["article_id"] for r in rows}
    lex, p = load_lexicon(), build_pipeline(("normalize", "tokenize", "sentences"))
    out: dict[tuple[str, int], set[str]] = {}
    for line in gzip.open(NEWS, "rt"):
        a = json.loads(line)
        if a["id"] not in need:
            continue
        d = p(a["text"])
        toks = d.layer("tokens")
        for s in d.layer("sentences"):
            found = lex.find_triggers(toks, s.first_token, s.last_token)
            out[(a["id"], s.start)] = {m.entry.type for m in found}
    return out


def main() -> None:
    rows = [json.loads(x) for x in open(GOLD) if x.strip()]
    batch = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    rows = [r for r in rows if r.get("batch") == batch]
    lex = lexicon_types(rows)
    for half in ("dev", "test", "all"):
        part = [r for r in rows if half == "all" or is_heldout(r["article_id"]) == (half == "test")]
        evs = [e for r in part for e in r["events"]]
        sent_types = collections.Counter(t for r in part for t in {e["type"] for e in r["events"]})
        print(
            f"== {half}: {len(part)} sentences, {len(evs)} events, "
            f"{sum(not r['events'] for r in part)} with no event"
        )
        print(
            "  events per type:", dict(sorted(collections.Counter(e["type"] for e in evs).items()))
        )
        print("  sentences per type:", dict(sorted(sent_types.items())))
        print("  modality:", dict(collections.Counter(e["modality"] for e in evs).most_common()))
        plain = [r for r in part if not lex.get((r["article_id"], r["start"]))]
        print(
            f"  no-trigger stratum: {len(plain)} sentences, "
            f"{sum(bool(r['events']) for r in plain)} with an event, types "
            f"{dict(collections.Counter(e['type'] for r in plain for e in r['events']))}"
        )


if __name__ == "__main__":
    main()
