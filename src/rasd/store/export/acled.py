"""ACLED-style rows (ACLED's column names and codes) from export records.

``admin3`` is the place's sub-district where the gazetteer knows it (Syria); ``source_scale``
comes from `rasd.store.export.sources`, ``assoc_actor_1/2`` from `rasd.store.export.assoc`.
"""

from __future__ import annotations

import time
from typing import Any

from rasd.store.export.assoc import associated_actors
from rasd.store.export.records import country_info
from rasd.store.export.sources import source_scale

__all__ = ["ACLED_COLUMNS", "acled_row", "notes_text"]

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "timestamp",
)
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
NOTES_MAX = 600


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, smaller first (10 x inter1 when alone)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return 10 * inter1
    lo, hi = sorted((inter1, inter2))
    return 10 * lo + hi


def notes_text(record: dict[str, Any]) -> str:
    """The evidence passage of the speaking article (original text, whitespace folded)."""
    arts = {a["id"]: a for a in record.get("articles") or []}
    art = arts.get(record["article_id"])
    ev = record.get("evidence") or {}
    if not art or ev.get("start") is None:
        return ""
    return " ".join(art["text"][ev["start"] : ev["end"]].split())[:NOTES_MAX]


def _actor(record: dict[str, Any], key: str) -> tuple[str, int | None]:
    row = (record.get("actor_rows") or {}).get(key) or {}
    name = record.get(f"{key}_name") or row.get("name") or record.get(key) or ""
    inter = row.get("acled_inter")
    return name, int(inter) if inter is not None else None


def acled_row(record: dict[str, Any], timestamp: int | None = None) -> dict[str, Any]:
    place = record.get("place") or {}
    cinfo = country_info(place.get("country"))
    date = record.get("date") or ""
    actor1, inter1 = _actor(record, "actor1")
    actor2, inter2 = _actor(record, "actor2")
    articles = record.get("articles") or []
    sources = [a.get("source") for a in articles if a.get("source")]
    return {
        "event_id_cnty": f"{cinfo.get('alpha3', 'XXX')}{record['record_seq']}",
        "event_date": date,
        "year": int(date[:4]) if date[:4].isdigit() else None,
        "time_precision": record.get("time_precision"),
        "disorder_type": _DISORDER.get(record.get("acled_event_type") or "", ""),
        "event_type": record.get("acled_event_type") or "",
        "sub_event_type": record.get("acled_sub_event_type") or "",
        "actor1": actor1,
        "assoc_actor_1": associated_actors(record, "actor1"),
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": associated_actors(record, "actor2"),
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "iso": int(cinfo["numeric"]) if cinfo else None,
        "region": cinfo.get("region", ""),
        "country": cinfo.get("name", place.get("country") or ""),
        "admin1": place.get("admin1") or "",
        "admin2": place.get("admin2") or "",
        "admin3": place.get("admin3") or "",
        "location": place.get("name") or "",
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": record.get("geo_precision"),
        "source": "; ".join(dict.fromkeys(sources)),
        "source_scale": source_scale(articles, place.get("country"), place.get("admin1")),
        "notes": notes_text(record),
        "fatalities": record["fatalities"]["best"],
        "timestamp": timestamp if timestamp is not None else int(time.time()),
    }
