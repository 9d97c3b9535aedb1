"""The event-location scorer: matching by type and trigger, right by name or span, the halves."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from rasd.doc import Document
from rasd.events.locscore import location_scores
from rasd.stages.events import build

from .helpers import make_doc, span_of

TEXT = "قصفت الطائرات مواقع المسلحين في محيط مدينة حلب امس. وقال مسؤول في دمشق إن الحكومة ترفض الاتفاق."


def _analyse(text: str, date: str | None) -> Document:
    doc = make_doc(text, places=[("حلب", "p1", 2), ("دمشق", "p2", 1)], date=date)
    return build()(doc)


def _files(tmp_path: Path, rows: list[dict[str, object]]) -> tuple[Path, Path]:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    news = tmp_path / "news.jsonl.gz"
    with gzip.open(news, "wt", encoding="utf-8") as fh:
        for art_id in ("a1", "a2"):  # a1: dev half, a2: test half
            fh.write(json.dumps({"id": art_id, "text": TEXT, "date": "2015-08-01"}) + "\n")
    return gold, news


def _row(art: str, etype: str, trigger: str, place: str | None, name: str | None, prec: int | None):  # type: ignore[no-untyped-def]
    return {
        "article_id": art,
        "type": etype,
        "trigger": list(span_of(TEXT, trigger)),
        "location": list(span_of(TEXT, place)) if place else None,
        "name": name,
        "geo_precision": prec,
    }


def test_scorer_counts_place_precision_and_halves(tmp_path: Path) -> None:
    rows = [
        _row("a1", "ASSAULT", "قصفت", "حلب", "Aleppo", 2),  # right by span, precision right
        _row("a1", "REJECT", "ترفض", "دمشق", "Damascus", 2),  # right by span, precision wrong
        _row("a1", "CONSULT", "وقال", "دمشق", "Damascus", 1),  # no rasd CONSULT: unmatched
        _row("a2", "ASSAULT", "قصفت", None, None, None),  # test half, no place in gold
    ]
    gold, news = _files(tmp_path, rows)
    dev = location_scores(gold, news, _analyse, "dev").as_dict()
    assert (dev["gold_with_place"], dev["matched"]) == (3, 2)
    assert (dev["place_accuracy"], dev["precision_agreement"]) == (1.0, 0.5)
    test = location_scores(gold, news, _analyse, "test").as_dict()
    assert (test["gold_with_place"], test["matched_no_place"], test["no_place_right"]) == (
        0,
        1,
        0.0,
    )
