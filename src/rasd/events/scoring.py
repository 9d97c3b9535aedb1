"""Scores on the OEDA gold and on rasd's own events gold (benchmarks/data/events_gold.jsonl)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rasd.doc import Document
from rasd.events.evaluate import (
    Counts,
    analyse_text,
    asserted_of,
    calibration_table,
    expected_calibration_error,
    perfect_ece,
)
from rasd.events.oeda import is_heldout, load_detection

__all__ = ["gold_rows", "load_news", "oeda_detection", "own_gold_scores"]


def oeda_detection(path: Path, event_type: str, split: str = "heldout") -> dict[str, Any]:
    """P/R/F1 of 'the sentence has an asserted event of this type', plus calibration."""
    counts = Counts()
    conf: list[float] = []
    right: list[bool] = []
    for s in load_detection(path):
        if split == "heldout" and not is_heldout(s.id) or split == "train" and is_heldout(s.id):
            continue
        found = asserted_of(analyse_text(s.text, profile="oeda").get("events"), event_type)
        counts.add(bool(found), s.positive)
        if found:
            conf.append(max(e.confidence for e in found))
            right.append(s.positive)
    out: dict[str, Any] = counts.as_dict()
    out["ece"] = expected_calibration_error(conf, right)
    out["ece_perfect"] = perfect_ece(conf)
    out["calibration"] = calibration_table(conf, right)
    return out


def load_news(path: Path, wanted: set[str]) -> dict[str, dict[str, Any]]:
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in wanted:
                out[art["id"]] = art
    return out


def own_gold_scores(
    gold_path: Path, news_path: Path, split: str = "all", batch: int | None = None
) -> dict[str, Any]:
    """Per-type P/R/F1 over annotated sentences, and (gold, predicted) modality pairs.

    ``split``: "dev" or "test" (by the MD5 of the article id, as for OEDA), or "all".
    ``batch``: only the rows of that annotation batch (1: rows without the field; 2 or 3: rows
    with ``"batch": 2`` / ``"batch": 3``)."""
    rows = gold_rows(gold_path, split, batch)
    news = load_news(news_path, {r["article_id"] for r in rows})
    per_type: dict[str, Counts] = {}
    modality_pairs: list[tuple[str, str]] = []
    for art_id, art_rows in _by_article(rows).items():
        art = news[art_id]
        doc = analyse_text(art["text"], date=art.get("date"))
        for r in art_rows:
            _score_sentence(doc, r, per_type, modality_pairs)
    return {
        "per_type": {t: c.as_dict() for t, c in sorted(per_type.items())},
        "modality_pairs": modality_pairs,
    }


def gold_rows(
    gold_path: Path, split: str = "all", batch: int | None = None
) -> list[dict[str, Any]]:
    """Rows of the news gold, of one half ("dev" / "test") or "all", of one batch or all."""
    rows = [json.loads(x) for x in gold_path.read_text("utf-8").splitlines() if x.strip()]
    if split != "all":
        rows = [r for r in rows if is_heldout(r["article_id"]) == (split == "test")]
    if batch is not None:
        rows = [r for r in rows if r.get("batch", 1) == batch]
    return rows


def _by_article(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r["article_id"], []).append(r)
    return out


def _score_sentence(
    doc: Document, row: dict[str, Any], per_type: dict[str, Counts], pairs: list[tuple[str, str]]
) -> None:
    pred = [e for e in doc.get("events") if row["start"] <= e.trigger.start < row["end"]]
    gold = row["events"]
    for t in {e.type for e in pred} | {g["type"] for g in gold}:
        per_type.setdefault(t, Counts()).add(
            any(e.type == t for e in pred), any(g["type"] == t for g in gold)
        )
    for g in gold:
        gs, ge = g["trigger"]
        hit = next(
            (
                e
                for e in pred
                if e.type == g["type"] and e.trigger.start < ge and gs < e.trigger.end
            ),
            None,
        )
        if hit is None:
            hit = next((e for e in pred if e.type == g["type"]), None)
        if hit is not None:
            pairs.append((g["modality"], hit.modality))
