"""From an analysis (CONTRACT JSON) to store rows: article, events, actors, aliases."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from rasd.text.normalize import normalize_key

__all__ = [
    "article_id_for",
    "content_hash",
    "country_code",
    "event_rows",
    "now",
    "place_summary",
]

ARTICLE_ID_LEN = 20


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    """The article key: SHA-256 of the text exactly as given (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_id_for(text: str) -> str:
    return content_hash(text)[:ARTICLE_ID_LEN]


def country_code(code: str | None) -> str | None:
    """Country codes are stored upper-case and trimmed (the country filter compares directly)."""
    return code.strip().upper() or None if code else None


def place_summary(place: dict[str, Any] | None) -> dict[str, Any] | None:
    if not place:
        return None
    keys = (
        "name",
        "text",
        "lat",
        "lon",
        "country",
        "admin1",
        "admin2",
        "admin3",
        "geo_precision",
        "geonameid",
    )
    return {k: place.get(k) for k in keys}


def _fatalities(ev: dict[str, Any]) -> tuple[int, int, int]:
    f = ev.get("fatalities") or {}
    best = int(f.get("best") or 0)
    return (
        int(f.get("low") if f.get("low") is not None else best),
        best,
        int(f.get("high") if f.get("high") is not None else best),
    )


def event_rows(article_id: str, analysis: dict[str, Any]) -> list[dict[str, Any]]:
    """One ``events`` row per event, with the place and actor names denormalised into ``data``."""
    places = {p.get("id"): p for p in analysis.get("places") or []}
    actor_names = {a.get("id"): a.get("name") for a in analysis.get("actors") or []}
    rows = []
    for ev in analysis.get("events") or []:
        place = place_summary(places.get(ev.get("location")))
        low, best, high = _fatalities(ev)
        data = dict(
            ev,
            place=place,
            actor1_name=actor_names.get(ev.get("actor1")),
            actor2_name=actor_names.get(ev.get("actor2")),
        )
        rows.append(
            {
                "uid": f"{article_id}-{ev['id']}",
                "article_id": article_id,
                "event_id": str(ev["id"]),
                "type": ev.get("type") or "",
                "mode": ev.get("mode"),
                "acled_event_type": ev.get("acled_event_type"),
                "modality": ev.get("modality") or "asserted",
                "date": ev.get("date") or analysis.get("publication_date"),
                "time_precision": ev.get("time_precision"),
                "actor1": ev.get("actor1"),
                "actor2": ev.get("actor2"),
                "place_name": place and place.get("name"),
                "place_key": place and place.get("text") and normalize_key(place["text"]),
                "country": country_code(place and place.get("country")),
                "admin1": place and place.get("admin1"),
                "admin2": place and place.get("admin2"),
                "lat": place and place.get("lat"),
                "lon": place and place.get("lon"),
                "geo_precision": ev.get("geo_precision"),
                "confidence": float(ev.get("confidence") or 0.0),
                "fatalities_low": low,
                "fatalities_best": best,
                "fatalities_high": high,
                "data": json.dumps(data, ensure_ascii=False),
            }
        )
    return rows


def actor_rows(
    analysis: dict[str, Any], text: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Actor rows and (actor_id, alias) rows from the article's actors and their mention spans."""
    actors, aliases = [], []
    for a in analysis.get("actors") or []:
        actors.append(
            {k: a.get(k) for k in ("id", "name", "name_ar", "kind", "acled_inter")}
            | {"country": country_code(a.get("country")), "in_registry": bool(a.get("in_registry"))}
        )
        seen = set()
        for start, end in a.get("mentions") or []:
            alias = text[start:end].strip()
            if alias and alias not in seen:
                seen.add(alias)
                aliases.append({"actor_id": a["id"], "alias": alias})
    return actors, aliases
