"""Cross-article deduplication: reports of one incident become one incident row.

Two events are reports of the same incident when they come from different articles and have the
same type and modality, compatible actors (each side equal or unknown; sides may be swapped for
battles), dates at most one day apart, and places at most 10 km apart (or, when either place is
imprecise, the same admin2; never more than 50 km apart).  An event joins an incident only if it
is compatible with *every* event already in it, so chains of near matches never drift.  Merging
is incremental: `assign_incidents` runs inside the transaction that stores an article.
"""

from __future__ import annotations

import math
import statistics
import zlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, or_, select, text, update

from rasd.store import schema as s
from rasd.store.rows import now

__all__ = [
    "MAX_KM",
    "assign_incidents",
    "compatible",
    "haversine_km",
    "lock_incidents",
    "rebuild_incidents",
]

MAX_KM = 10.0
FAR_KM = 50.0
MAX_DAYS = 1
_SYMMETRIC = {"Battles"}
_LOCK_NS = 7263002  # advisory lock namespace of dedup (7263001: migrations)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def _same(x: Any, y: Any) -> bool:
    return x is None or y is None or x == y


def _actors_reason(a: Mapping[str, Any], b: Mapping[str, Any]) -> str | None:
    if _same(a["actor1"], b["actor1"]) and _same(a["actor2"], b["actor2"]):
        return "compatible actors"
    if (
        a.get("acled_event_type") in _SYMMETRIC
        and _same(a["actor1"], b["actor2"])
        and _same(a["actor2"], b["actor1"])
    ):
        return "compatible actors (sides swapped)"
    return None


def _place_reason(a: Mapping[str, Any], b: Mapping[str, Any]) -> str | None:
    dist = None
    if None not in (a["lat"], a["lon"], b["lat"], b["lon"]):
        dist = haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])
        if dist <= MAX_KM:
            return f"{dist:.1f} km apart"
        if dist > FAR_KM:
            return None
    imprecise = dist is None or (a["geo_precision"] or 1) > 1 or (b["geo_precision"] or 1) > 1
    if (
        imprecise
        and a["admin2"]
        and a["admin2"] == b["admin2"]
        and _same(a["country"], b["country"])
    ):
        return f"same admin2 {a['admin2']}"
    return None


def _days_apart(d1: str | None, d2: str | None) -> int | None:
    if not d1 or not d2:
        return None
    try:
        return abs((date.fromisoformat(d1) - date.fromisoformat(d2)).days)
    except ValueError:
        return None


def compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> str | None:
    """The merge reason when events ``a`` and ``b`` report one incident, else None."""
    if (
        a["article_id"] == b["article_id"]
        or a["type"] != b["type"]
        or a["modality"] != b["modality"]
    ):
        return None
    days = _days_apart(a["date"], b["date"])
    if days is None or days > MAX_DAYS:
        return None
    actors = _actors_reason(a, b)
    place = actors and _place_reason(a, b)
    if not place:
        return None
    when = "same day" if days == 0 else "1 day apart"
    return f"same type {a['type']}; {actors}; {place}; {when}"


def _shift(d: str, days: int) -> str:
    return (date.fromisoformat(d) + timedelta(days=days)).isoformat()


def _near(ev: Mapping[str, Any]) -> ColumnElement[bool] | None:
    """Incidents whose place could be compatible: the FAR_KM box around the event, or its admin2."""
    inc = s.incidents
    same_admin2 = inc.c.admin2 == ev["admin2"] if ev["admin2"] else None
    if ev["lat"] is None or ev["lon"] is None:
        return same_admin2
    dlat = FAR_KM / 111.0
    dlon = dlat / max(0.1, math.cos(math.radians(ev["lat"])))
    box = and_(
        inc.c.lat.between(ev["lat"] - dlat, ev["lat"] + dlat),
        inc.c.lon.between(ev["lon"] - dlon, ev["lon"] + dlon),
    )
    return box if same_admin2 is None else or_(box, same_admin2)


def _candidates(conn: Connection, ev: Mapping[str, Any]) -> dict[int, list[dict[str, Any]]]:
    """Members of the incidents that the event could join, by incident number."""
    inc, e = s.incidents, s.events
    near = _near(ev)
    if near is None or _days_apart(ev["date"], ev["date"]) is None:
        return {}
    cond = and_(
        inc.c.type == ev["type"],
        inc.c.modality == ev["modality"],
        inc.c.date_first <= _shift(ev["date"], MAX_DAYS),
        inc.c.date_last >= _shift(ev["date"], -MAX_DAYS),
        near,
    )
    rows = conn.execute(
        select(e).join(inc, e.c.incident_id == inc.c.seq).where(cond).order_by(e.c.seq)
    ).mappings()
    members: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        members.setdefault(r["incident_id"], []).append(dict(r))
    return members


def _choose(
    ev: Mapping[str, Any], members: dict[int, list[dict[str, Any]]]
) -> tuple[int, str] | None:
    best: tuple[int, int, str] | None = None
    for inc_id, group in members.items():
        reasons = [compatible(ev, m) for m in group]
        if all(reasons) and (best is None or len(group) > best[0]):
            best = (len(group), inc_id, str(reasons[0]))
    return (best[1], best[2]) if best else None


def _aggregate(group: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    dates = sorted(d for d in (m["date"] for m in group) if d)
    located = sorted(
        (m for m in group if m["lat"] is not None),
        key=lambda m: (m["geo_precision"] or 9, m["seq"]),
    )
    first = located[0] if located else group[0]
    return {
        "date_first": dates[0] if dates else None,
        "date_last": dates[-1] if dates else None,
        "country": first["country"],
        "admin2": first["admin2"],
        "lat": first["lat"],
        "lon": first["lon"],
        "actor1": next((m["actor1"] for m in group if m["actor1"]), None),
        "actor2": next((m["actor2"] for m in group if m["actor2"]), None),
        "fatalities_low": min(m["fatalities_low"] for m in group),
        "fatalities_best": int(statistics.median_low([m["fatalities_best"] for m in group])),
        "fatalities_high": max(m["fatalities_high"] for m in group),
        "n_events": len(group),
        "n_articles": len({m["article_id"] for m in group}),
        "updated_at": now(),
    }


def _join(
    conn: Connection, ev: Mapping[str, Any], inc_id: int, reason: str, group: list[dict[str, Any]]
) -> None:
    conn.execute(
        update(s.events)
        .where(s.events.c.seq == ev["seq"])
        .values(incident_id=inc_id, dedup_reason=reason)
    )
    conn.execute(
        update(s.incidents)
        .where(s.incidents.c.seq == inc_id)
        .values(**_aggregate([*group, dict(ev)]))
    )


def _new_incident(conn: Connection, ev: Mapping[str, Any]) -> None:
    values = _aggregate([ev]) | {"type": ev["type"], "modality": ev["modality"]}
    inc_id = conn.execute(s.incidents.insert().values(**values)).inserted_primary_key[0]
    conn.execute(
        update(s.events)
        .where(s.events.c.seq == ev["seq"])
        .values(incident_id=inc_id, dedup_reason=None)
    )


def lock_incidents(conn: Connection, types: Iterable[str]) -> None:
    """PostgreSQL: serialise dedup between writers, per event type, until this transaction ends.

    Without it two transactions storing reports of one incident at once cannot see each other's
    uncommitted events and both start a new incident.  The locks are taken in sorted order (no
    deadlock).  SQLite needs nothing: it has one writer at a time.
    """
    if conn.dialect.name != "postgresql":
        return
    for t in sorted(set(types)):
        key = zlib.crc32(t.encode("utf-8")) & 0x7FFFFFFF
        conn.execute(text("SELECT pg_advisory_xact_lock(:ns, :key)"), {"ns": _LOCK_NS, "key": key})


def assign_incidents(conn: Connection, new_events: Sequence[Mapping[str, Any]]) -> None:
    """Put each newly stored event (rows with ``seq``) into an existing incident or a new one."""
    lock_incidents(conn, (ev["type"] for ev in new_events))
    for ev in new_events:
        members = _candidates(conn, ev)
        choice = _choose(ev, members)
        if choice is None:
            _new_incident(conn, ev)
        else:
            _join(conn, ev, choice[0], choice[1], members[choice[0]])


def rebuild_incidents(conn: Connection) -> int:
    """Recompute every incident from scratch, in storage order; returns the number of incidents."""
    lock_incidents(conn, [r[0] for r in conn.execute(select(s.events.c.type).distinct())])
    conn.execute(update(s.events).values(incident_id=None, dedup_reason=None))
    conn.execute(s.incidents.delete())
    for ev in conn.execute(select(s.events).order_by(s.events.c.seq)).mappings().all():
        assign_incidents(conn, [dict(ev)])
    return len(conn.execute(select(s.incidents.c.seq)).all())
