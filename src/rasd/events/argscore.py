"""Argument accuracy on rasd's own news gold (benchmarks/data/events_gold.jsonl).

Each gold event gives ``actor1`` / ``actor2`` as character spans (or null).  A predicted event
matches a gold one when it has the same type and its trigger overlaps the gold trigger; its
actor is right when one mention of the predicted actor id overlaps the gold span.  Actor
mentions come from ``layers`` (e.g. the shipped ner + actors stages).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rasd.doc import Document, Event
from rasd.events.evaluate import analyse_text
from rasd.events.oeda import is_heldout
from rasd.events.scoring import load_news

__all__ = ["news_argument_accuracy"]


def _match(doc: Document, g: dict[str, Any]) -> Event | None:
    gs, ge = g["trigger"]
    return next(
        (
            e
            for e in doc.get("events")
            if e.type == g["type"] and e.trigger.start < ge and gs < e.trigger.end
        ),
        None,
    )


def _right(doc: Document, actor_id: str | None, span: list[int]) -> bool:
    return actor_id is not None and any(
        m.actor_id == actor_id and m.start < span[1] and span[0] < m.end
        for m in doc.get("actor_mentions")
    )


def news_argument_accuracy(
    gold_path: Path,
    news_path: Path,
    layers: Callable[[Document], Document],
    half: str = "dev",
) -> dict[str, dict[str, int]]:
    """Per role: gold spans, those whose event was found, and those found right."""
    rows = [json.loads(x) for x in gold_path.read_text("utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if is_heldout(r["article_id"]) == (half == "test")]
    news = load_news(news_path, {r["article_id"] for r in rows})
    stats = {r: {"gold": 0, "with_event": 0, "correct": 0} for r in ("actor1", "actor2")}
    docs: dict[str, Document] = {}
    for r in rows:
        art = news[r["article_id"]]
        if r["article_id"] not in docs:
            docs[r["article_id"]] = analyse_text(art["text"], date=art.get("date"), layers=layers)
        doc = docs[r["article_id"]]
        for g in r["events"]:
            ev = _match(doc, g)
            for role in ("actor1", "actor2"):
                if g.get(role) is None:
                    continue
                stats[role]["gold"] += 1
                if ev is not None:
                    stats[role]["with_event"] += 1
                    stats[role]["correct"] += _right(doc, getattr(ev, role), g[role])
    return stats
