"""Hand-made articles and analyses (CONTRACT shape) for the store tests."""

from __future__ import annotations

from typing import Any

PLACES = {
    "douma": {
        "name": "Douma",
        "text": "دوما",
        "lat": 33.5711,
        "lon": 36.4053,
        "country": "SYR",
        "admin1": "Rif Dimashq",
        "admin2": "Douma",
        "geo_precision": 1,
    },
    "harasta": {
        "name": "Harasta",
        "text": "حرستا",
        "lat": 33.5586,
        "lon": 36.3650,
        "country": "SYR",
        "admin1": "Rif Dimashq",
        "admin2": "Douma",
        "geo_precision": 1,
    },
    "aleppo": {
        "name": "Aleppo",
        "text": "حلب",
        "lat": 36.2021,
        "lon": 37.1343,
        "country": "SYR",
        "admin1": "Aleppo",
        "admin2": "Jebel Saman",
        "geo_precision": 1,
    },
    "mosul": {
        "name": "Mosul",
        "text": "الموصل",
        "lat": 36.335,
        "lon": 43.1189,
        "country": "IRQ",
        "admin1": "Nineveh",
        "admin2": "Mosul",
        "geo_precision": 1,
    },
}
ACTORS = {
    "syr-army": ("Military Forces of Syria", "الجيش السوري", "state_forces", "SYR", 1),
    "syr-jaysh-al-islam": ("Jaysh al-Islam", "جيش الإسلام", "rebel_group", "SYR", 2),
    "isis": ("Islamic State", "داعش", "rebel_group", None, 2),
    "irq-army": ("Military Forces of Iraq", "الجيش العراقي", "state_forces", "IRQ", 1),
}


def make_event(
    eid: str,
    etype: str = "ASSAULT",
    *,
    actor1: str | None = None,
    actor2: str | None = None,
    place: str | None = None,
    date: str = "2015-07-25",
    modality: str = "asserted",
    killed: int = 0,
    confidence: float = 0.8,
    acled: str | None = "Battles",
) -> dict[str, Any]:
    return {
        "id": eid,
        "type": etype,
        "mode": None,
        "acled_event_type": acled,
        "acled_sub_event_type": "Armed clash" if acled == "Battles" else None,
        "cameo": "190",
        "actor1": actor1,
        "actor2": actor2,
        "location": place and f"p-{place}",
        "geo_precision": 1 if place else None,
        "date": date,
        "time_precision": 1,
        "modality": modality,
        "fatalities": {"low": killed, "best": killed, "high": killed, "start": None, "end": None},
        "quantities": [],
        "trigger": {"start": 0, "end": 4},
        "evidence": {"start": 0, "end": 20},
        "confidence": confidence,
    }


def make_analysis(
    text: str, events: list[dict[str, Any]], date: str = "2015-07-25", art_id: str | None = None
) -> dict[str, Any]:
    used_places = {e["location"][2:] for e in events if e.get("location")}
    used_actors = {a for e in events for a in (e["actor1"], e["actor2"]) if a}
    return {
        "id": art_id,
        "rasd_version": "0.1.0",
        "language": "ar",
        "publication_date": date,
        "entities": [],
        "quantities": [],
        "relations": [],
        "events": events,
        "places": [
            {
                "id": f"p-{p}",
                "start": 0,
                "end": 4,
                "feature": "city",
                "confidence": 0.9,
                "geonameid": None,
                "pcode": None,
            }
            | PLACES[p]
            for p in sorted(used_places)
        ],
        "actors": [
            {
                "id": a,
                "name": ACTORS[a][0],
                "name_ar": ACTORS[a][1],
                "kind": ACTORS[a][2],
                "country": ACTORS[a][3],
                "acled_inter": ACTORS[a][4],
                "mentions": [[0, 4]],
                "in_registry": True,
            }
            for a in sorted(used_actors)
        ],
    }


def make_article(
    text: str, *, source: str = "alriyadh", date: str = "2015-07-25", art_id: str | None = None
) -> dict[str, Any]:
    return {
        "id": art_id,
        "text": text,
        "date": date,
        "source": source,
        "url": f"http://example.org/{abs(hash(text)) % 10**6}",
        "title": text[:20],
    }


VERSIONS = {"rasd": "0.1.0", "events": "events.test"}
