"""Scores on the OEDA gold and on rasd's own events gold (benchmarks/data/events_gold.jsonl)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rasd.doc import Document, Event
from rasd.events.evaluate import (
    Counts,
    analyse_text,
    asserted_of,
    calibration_table,
    expected_calibration_error,
)
from rasd.events.lexicon import variants
from rasd.events.oeda import is_heldout, load_detection, load_spans
from rasd.text.normalize import normalize_key

__all__ = ["argument_accuracy", "oeda_detection", "own_gold_scores"]


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
    out["calibration"] = calibration_table(conf, right)
    return out


def _words(text: str) -> set[str]:
    return {v for w in normalize_key(text).split() for v, _ in variants(w) if len(v) >= 3}


def _overlaps(doc: Document, mention_text: str | None, gold: str) -> bool:
    return bool(mention_text) and bool(_words(mention_text or "") & _words(gold))


def argument_accuracy(
    spans_path: Path,
    layers: Callable[[Document], Document],
    event_type: str,
    split: str = "heldout",
) -> dict[str, Any]:
    """Share of gold source/target actors found as actor1/actor2 of the sentence's event."""
    stats = {"source": [0, 0, 0, 0, 0], "target": [0, 0, 0, 0, 0]}
    # [correct, with event, gold total, with event and a candidate mention, correct among those]
    for sid, gold in load_spans(spans_path).items():
        if split == "heldout" and not is_heldout(sid):
            continue
        doc = analyse_text(gold["text"], profile="oeda", layers=layers)
        events = [e for e in doc.get("events") if e.type == event_type]
        ev = _pick(events, gold["verb"], doc)
        for role, slot in (("source", "actor1"), ("target", "actor2")):
            if not gold[role].strip():
                continue
            stats[role][2] += 1
            if ev is None:
                continue
            stats[role][1] += 1
            ok = _overlaps(doc, _mention_text(doc, getattr(ev, slot), ev), gold[role])
            stats[role][0] += ok
            if any(
                _overlaps(doc, doc.text[m.start : m.end], gold[role])
                for m in doc.get("actor_mentions")
            ):
                stats[role][3] += 1
                stats[role][4] += ok
    return {
        role: {
            "correct": c,
            "with_event": w,
            "gold": g,
            "with_candidate": wc,
            "accuracy_given_event": c / w if w else 0.0,
            "accuracy_end_to_end": c / g if g else 0.0,
            "accuracy_given_candidate": cc / wc if wc else 0.0,
        }
        for role, (c, w, g, wc, cc) in stats.items()
    }


def _pick(events: list[Event], verb: str, doc: Document) -> Event | None:
    for e in events:
        if verb and _words(verb) & _words(doc.text[e.trigger.start : e.trigger.end]):
            return e
    return events[0] if events else None


def _mention_text(doc: Document, actor_id: str | None, ev: Event) -> str | None:
    """Text of the mention of ``actor_id`` nearest the event's trigger."""
    if actor_id is None:
        return None
    ms = [m for m in doc.get("actor_mentions") if m.actor_id == actor_id]
    m = min(ms, key=lambda m: abs(m.start - ev.trigger.start))
    return doc.text[m.start : m.end]


def load_news(path: Path, wanted: set[str]) -> dict[str, dict[str, Any]]:
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in wanted:
                out[art["id"]] = art
    return out


def own_gold_scores(gold_path: Path, news_path: Path, split: str = "all") -> dict[str, Any]:
    """Per-type P/R/F1 over annotated sentences, and (gold, predicted) modality pairs.

    ``split``: "dev" or "test" (by the MD5 of the article id, as for OEDA), or "all"."""
    rows = [json.loads(x) for x in gold_path.read_text("utf-8").splitlines() if x.strip()]
    if split != "all":
        rows = [r for r in rows if is_heldout(r["article_id"]) == (split == "test")]
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
