"""The news events gold file (benchmarks/data/events_gold.jsonl): its three annotation batches and
the readers' batch filter (rasd.events.scoring.gold_rows).  No news text is needed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rasd.events.scoring import gold_rows

GOLD = Path(__file__).resolve().parents[2] / "benchmarks/data/events_gold.jsonl"
TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)
MODALITIES = {"asserted", "negated", "intended", "threatened", "hypothetical", "reported_uncertain"}


def test_batches_and_order() -> None:
    rows = gold_rows(GOLD)
    assert len(rows) == 649
    # batch-1 rows come first, without the field (the event-location gold indexes them by row)
    assert all("batch" not in r for r in rows[:265])
    assert [r["batch"] for r in rows[265:]] == [2] * 200 + [3] * 184
    assert len(gold_rows(GOLD, batch=1)) == 265
    assert len(gold_rows(GOLD, batch=2)) == 200
    assert len(gold_rows(GOLD, batch=3)) == 184
    assert sum(len(r["events"]) for r in gold_rows(GOLD, batch=2)) == 232
    assert sum(len(r["events"]) for r in gold_rows(GOLD, batch=3)) == 247


def test_batches_use_different_articles() -> None:
    one, two, three = ({r["article_id"] for r in gold_rows(GOLD, batch=b)} for b in (1, 2, 3))
    assert one and two and three
    assert not one & two and not one & three and not two & three


def test_split_filter() -> None:
    dev, test = gold_rows(GOLD, "dev", 2), gold_rows(GOLD, "test", 2)
    assert (len(dev), len(test)) == (149, 51)
    dev, test = gold_rows(GOLD, "dev", 3), gold_rows(GOLD, "test", 3)
    assert (len(dev), len(test)) == (130, 54)
    assert len(gold_rows(GOLD, "dev")) + len(gold_rows(GOLD, "test")) == 649


def test_events_are_well_formed() -> None:
    for r in gold_rows(GOLD):
        for e in r["events"]:
            assert e["type"] in TYPES and e["modality"] in MODALITIES
            for k in ("trigger", "actor1", "actor2"):
                sp = e[k]
                assert sp is not None or k != "trigger"
                if sp is not None:
                    assert r["start"] <= sp[0] < sp[1] <= r["end"], (r["article_id"], k, sp)


def test_batch2_covers_the_weak_types() -> None:
    per = Counter(e["type"] for r in gold_rows(GOLD, "dev", 2) for e in r["events"])
    for t in ("SUPPORT", "RETREAT", "AID", "COERCE", "SANCTION"):
        assert per[t] >= 3, t


def test_batch3_covers_the_rare_types() -> None:
    per = Counter(e["type"] for r in gold_rows(GOLD, "dev", 3) for e in r["events"])
    rare = "SANCTION PROTEST MOBILIZE THREATEN CONCEDE RETREAT COOPERATE REJECT AGREE SUPPORT"
    for t in rare.split():
        assert per[t] >= 5, t
    assert sum(not r["events"] for r in gold_rows(GOLD, batch=3)) == 44
