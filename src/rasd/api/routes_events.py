"""Event routes: list (JSON and GeoJSON), one event, timeline, network (read only).

Reads the store given to `rasd.api.create_app` (``request.app.state.store``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request

from rasd.api.models import ErrorOut, Event, EventPage, EventType, Modality, Network, TimelineRow
from rasd.errors import NotFound, RequestInvalid

router = APIRouter(prefix="/api", tags=["events"])
ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}}


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise RequestInvalid(f"bbox must be four numbers w,s,e,n, not {value!r}") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise RequestInvalid(f"bbox {value!r} is outside -180..180 / -90..90 or has s > n")
    return (w, s, e, n)


def _vocab(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """A comma-separated list of vocabulary values, checked (422 on an unknown value)."""
    if not value:
        return None
    parts = [p.strip() for p in value.split(",") if p.strip()]
    unknown = [p for p in parts if p not in allowed]
    if unknown:
        raise RequestInvalid(f"{name} {unknown} not in {list(allowed)}")
    return ",".join(parts)


def event_filters(
    type: str | None = Query(None, description="PLOVER event type(s), comma-separated"),
    actor: str | None = Query(None, max_length=200, description="actor id (actor1 or actor2)"),
    country: str | None = Query(None, max_length=3, description="ISO 3166-1 alpha-3 code"),
    place: str | None = Query(None, max_length=200, description="place name or id"),
    modality: str | None = Query(None, description="modality(ies), comma-separated"),
    date_from: dt.date | None = Query(None, description="first day, YYYY-MM-DD"),
    date_to: dt.date | None = Query(None, description="last day, YYYY-MM-DD"),
    bbox: str | None = Query(None, description="w,s,e,n in degrees", examples=["35,32,37,34"]),
    q: str | None = Query(None, max_length=500, description="full-text search (Arabic-aware)"),
) -> dict[str, Any]:
    """The store filters of CONTRACT.md, validated; only those given are passed on."""
    if date_from and date_to and date_from > date_to:
        raise RequestInvalid("date_from is after date_to")
    found = {
        "type": _vocab("type", type, EventType.__args__), "actor": actor, "country": country, "place": place, "modality": _vocab("modality", modality, Modality.__args__),
        "date_from": date_from.isoformat() if date_from else None,
        "date_to": date_to.isoformat() if date_to else None, "bbox": _bbox(bbox), "q": q,
    }  # fmt: skip
    return {k: v for k, v in found.items() if v not in (None, "")}


@router.get("/events", response_model=EventPage, responses=ERRORS)
def list_events(
    request: Request,
    filters: dict = Depends(event_filters),
    reviewed: bool | None = Query(None, description="only reviewed / unreviewed events"),
    order: Literal["date", "-date", "confidence", "-confidence", "stored"] = "date",
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> dict:
    """Stored events matching the filters, one page (``total`` counts all matches)."""
    if reviewed is not None:
        filters["reviewed"] = reviewed
    events, total = request.app.state.store.query_events(
        **filters, order=order, limit=limit, offset=offset
    )
    return {"total": total, "limit": limit, "offset": offset, "events": events}


@router.get("/events.geojson", responses=ERRORS)
def events_geojson(
    request: Request,
    filters: dict = Depends(event_filters),
    limit: int = Query(5000, ge=1, le=50000),
    offset: int = Query(0, ge=0),
) -> dict:
    """Events with a located place as a GeoJSON FeatureCollection of points (RFC 7946)."""
    events, total = request.app.state.store.query_events(**filters, limit=limit, offset=offset)
    features = [_feature(e) for e in events if _has_point(e)]
    return {"type": "FeatureCollection", "total": total, "features": features}


def _has_point(event: dict) -> bool:
    place = event.get("place") or {}
    return place.get("lat") is not None and place.get("lon") is not None


def _feature(event: dict) -> dict:
    place = event["place"]
    return {
        "type": "Feature",
        "id": event.get("uid"),
        "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
        "properties": {k: v for k, v in event.items() if k != "reviews"},
    }


@router.get("/events/{uid}", response_model=Event, responses=ERRORS)
def get_event(request: Request, uid: str) -> dict:
    """One event with its evidence spans, reviews and the ids of the articles it came from."""
    event = request.app.state.store.get_event(uid)
    if event is None:
        raise NotFound(f"no event {uid!r}")
    return event


@router.get("/timeline", response_model=list[TimelineRow], responses=ERRORS)
def timeline(
    request: Request,
    filters: dict = Depends(event_filters),
    bucket: Literal["day", "week"] = "day",
) -> list[dict]:
    """Event counts per day or week (weeks start on Monday) and type, for the filters."""
    return request.app.state.store.timeline(bucket=bucket, **filters)


@router.get("/network", response_model=Network, responses=ERRORS)
def network(request: Request, filters: dict = Depends(event_filters)) -> dict:
    """Actors as nodes; edges actor1 -> actor2 per event type, weighted by event count."""
    return request.app.state.store.network(**filters)
