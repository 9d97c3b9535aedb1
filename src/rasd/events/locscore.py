"""Event-location accuracy on benchmarks/data/events_location_gold.jsonl.

For each gold event matched to a rasd event (same type, trigger overlap): is rasd's place the
gold place (same place name, or its span overlaps the gold span), and is its geo_precision the
gold one.  Gold events with no place (the article gives none) are counted apart: rasd is right
there only when it gives no place.  ``all_right``: both together, over all matched gold events."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.doc import Document, Event, Place
from rasd.events.oeda import is_heldout
from rasd.events.scoring import load_news

__all__ = ["LocationCounts", "location_scores"]


@dataclass
class LocationCounts:
    gold: int = 0  # gold events with a place
    matched: int = 0  # of those, matched to a rasd event
    place_right: int = 0
    precision_right: int = 0  # geo_precision equal, among place_right
    null_gold: int = 0  # matched gold events with no place
    null_right: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        m = self.matched or 1
        return {
            "gold_with_place": self.gold,
            "matched": self.matched,
            "place_accuracy": self.place_right / m,
            "precision_agreement": self.precision_right / (self.place_right or 1),
            "place_and_precision": self.precision_right / m,
            "matched_no_place": self.null_gold,
            "no_place_right": self.null_right / (self.null_gold or 1),
            "all_right": (self.place_right + self.null_right)
            / ((self.matched + self.null_gold) or 1),
        }


def _match(events: tuple[Event, ...], row: dict[str, Any]) -> Event | None:
    gs, ge = row["trigger"]
    return next(
        (
            e
            for e in events
            if e.type == row["type"] and e.trigger.start < ge and gs < e.trigger.end
        ),
        None,
    )


def _right(place: Place | None, row: dict[str, Any]) -> bool:
    if place is None:
        return False
    gs, ge = row["location"]
    return place.name == row["name"] or (place.start < ge and gs < place.end)


def _score(doc: Document, rows: list[dict[str, Any]], counts: LocationCounts) -> None:
    events = doc.get("events")
    by_id = {p.id: p for p in doc.get("places")}
    for row in rows:
        ev = _match(events, row)
        if row["location"] is None:
            if ev is not None:
                counts.null_gold += 1
                counts.null_right += ev.location is None
            continue
        counts.gold += 1
        if ev is None:
            continue
        counts.matched += 1
        place = by_id.get(ev.location) if ev.location else None
        if _right(place, row):
            counts.place_right += 1
            counts.precision_right += ev.geo_precision == row["geo_precision"]
            if ev.geo_precision != row["geo_precision"]:
                got = f"{place.name}/{ev.geo_precision} (precision)" if place else None
                counts.errors.append(
                    {**row, "got": got, "trigger_text": doc.text[slice(*row["trigger"])]}
                )
        else:
            got = f"{place.name}/{ev.geo_precision}" if place else None
            counts.errors.append(
                {**row, "got": got, "trigger_text": doc.text[slice(*row["trigger"])]}
            )


def location_scores(
    gold_path: Path, news_path: Path, analyse: Callable[[str, str | None], Document], split: str
) -> LocationCounts:
    """``split``: "dev" or "test" (MD5 of the article id, rasd.events.oeda.is_heldout)."""
    rows = [json.loads(x) for x in gold_path.read_text("utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if is_heldout(r["article_id"]) == (split == "test")]
    by_art: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_art.setdefault(r["article_id"], []).append(r)
    news = load_news(news_path, set(by_art))
    counts = LocationCounts()
    for art_id in sorted(by_art):
        art = news[art_id]
        _score(analyse(art["text"], art.get("date")), by_art[art_id], counts)
    return counts
