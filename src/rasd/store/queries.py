"""Reading events, incidents and actors: the filters the API, the web page and exports share."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, and_, func, or_, select

from rasd.store import schema as s
from rasd.store.fts import fts_match_seqs
from rasd.text.normalize import normalize_key

__all__ = ["LIKE_ESCAPE", "QueryMixin", "event_filters", "like_pattern"]

LIKE_ESCAPE = "\\"

_ORDERS = {
    "date": (s.events.c.date.asc(), s.events.c.seq.asc()),
    "-date": (s.events.c.date.desc(), s.events.c.seq.desc()),
    "confidence": (s.events.c.confidence.asc(), s.events.c.seq.asc()),
    "-confidence": (s.events.c.confidence.desc(), s.events.c.seq.asc()),
    "stored": (s.events.c.seq.asc(),),
}


def like_pattern(q: str) -> str:
    """A LIKE pattern matching ``q`` anywhere, its ``%``, ``_`` and escape characters taken
    literally (use with ``escape=LIKE_ESCAPE``)."""
    for ch in (LIKE_ESCAPE, "%", "_"):
        q = q.replace(ch, LIKE_ESCAPE + ch)
    return f"%{q}%"


def _bbox(bbox: Any) -> list[ColumnElement[bool]]:
    if isinstance(bbox, str):
        bbox = [float(x) for x in bbox.split(",")]
    w, so, e, n = (float(x) for x in bbox)
    return [s.events.c.lon >= w, s.events.c.lon <= e, s.events.c.lat >= so, s.events.c.lat <= n]


def event_filters(
    dialect: str,
    *,
    type: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    place: str | None = None,
    modality: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    bbox: Any = None,
    q: str | None = None,
    reviewed: bool | None = None,
) -> list[ColumnElement[bool]]:
    """SQL conditions on ``events`` for the API / export filters (all optional, AND-ed)."""
    e = s.events
    conds: list[ColumnElement[bool]] = []
    if type:
        conds.append(e.c.type.in_([t.strip().upper() for t in type.split(",")]))
    if actor:
        conds.append(or_(e.c.actor1 == actor, e.c.actor2 == actor))
    if country:
        conds.append(e.c.country == country.strip().upper())  # stored upper-case (migration 4)
    if place:
        conds.append(
            or_(
                e.c.place_name == place,
                e.c.admin1 == place,
                e.c.admin2 == place,
                e.c.place_key == normalize_key(place),
            )
        )
    if modality:
        conds.append(e.c.modality.in_(modality.split(",")))
    if date_from:
        conds.append(e.c.date >= date_from)
    if date_to:
        conds.append(e.c.date <= date_to)
    if bbox:
        conds.extend(_bbox(bbox))
    if q:
        art = select(s.articles.c.id).where(s.articles.c.seq.in_(fts_match_seqs(dialect, q)))
        conds.append(e.c.article_id.in_(art))
    if reviewed is not None:
        has = e.c.uid.in_(select(s.reviews.c.event_uid))
        conds.append(has if reviewed else ~has)
    return conds


def _reviews_for(conn: Connection, uids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {u: [] for u in uids}
    if not uids:
        return out
    rows = conn.execute(
        select(s.reviews).where(s.reviews.c.event_uid.in_(uids)).order_by(s.reviews.c.seq)
    ).mappings()
    for r in rows:
        out[r["event_uid"]].append(review_dict(r))
    return out


def review_dict(r: Any) -> dict[str, Any]:
    return {
        "id": r["seq"],
        "event_uid": r["event_uid"],
        "reviewer": r["reviewer"],
        "verdict": r["verdict"],
        "changes": json.loads(r["changes"]),
        "created_at": r["created_at"],
    }


def event_dict(row: Any, reviews: list[dict[str, Any]]) -> dict[str, Any]:
    """A stored event: CONTRACT fields + article_id, uid, place, actor names, dedup_group, reviews."""
    return json.loads(row["data"]) | {
        "article_id": row["article_id"],
        "uid": row["uid"],
        "dedup_group": f"inc{row['incident_id']}" if row["incident_id"] is not None else None,
        "dedup_reason": row["dedup_reason"],
        "reviews": reviews,
    }


class QueryMixin:
    engine: Engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def query_events(
        self, *, order: str = "date", limit: int = 100, offset: int = 0, **filters: Any
    ) -> tuple[list[dict[str, Any]], int]:
        """(events, total) matching the filters; see `event_filters`."""
        conds = event_filters(self.dialect, **filters)
        where = and_(True, *conds)
        stmt = select(s.events).where(where).order_by(*_ORDERS.get(order, _ORDERS["date"]))
        with self.engine.connect() as conn:
            total = conn.execute(
                select(func.count()).select_from(s.events).where(where)
            ).scalar_one()
            rows = conn.execute(stmt.limit(limit).offset(offset)).mappings().all()
            reviews = _reviews_for(conn, [r["uid"] for r in rows])
        return [event_dict(r, reviews[r["uid"]]) for r in rows], total

    def iter_event_rows(self, **filters: Any) -> list[dict[str, Any]]:
        """All matching event rows (raw columns), in storage order: for exports and statistics."""
        where = and_(True, *event_filters(self.dialect, **filters))
        with self.engine.connect() as conn:
            rows = (
                conn.execute(select(s.events).where(where).order_by(s.events.c.seq))
                .mappings()
                .all()
            )
        return [dict(r) for r in rows]

    def get_event(self, uid: str) -> dict[str, Any] | None:
        """One event with its reviews, its incident and all the articles that report it."""
        e = s.events
        with self.engine.connect() as conn:
            row = conn.execute(select(e).where(e.c.uid == uid)).mappings().first()
            if row is None:
                return None
            out = event_dict(row, _reviews_for(conn, [uid])[uid])
            out["article_ids"] = [row["article_id"]]
            if row["incident_id"] is not None:
                members = conn.execute(
                    select(e.c.uid, e.c.article_id)
                    .where(e.c.incident_id == row["incident_id"])
                    .order_by(e.c.seq)
                ).all()
                out["article_ids"] = list(dict.fromkeys(m.article_id for m in members))
                out["incident_events"] = [m.uid for m in members]
                out["incident"] = self._incident(conn, row["incident_id"])
        return out

    def _incident(self, conn: Connection, inc_id: int) -> dict[str, Any]:
        r = conn.execute(select(s.incidents).where(s.incidents.c.seq == inc_id)).mappings().one()
        return {
            "id": f"inc{inc_id}",
            "type": r["type"],
            "date_first": r["date_first"],
            "date_last": r["date_last"],
            "n_articles": r["n_articles"],
            "n_events": r["n_events"],
            "fatalities": {
                "low": r["fatalities_low"],
                "best": r["fatalities_best"],
                "high": r["fatalities_high"],
            },
        }

    def review_queue(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Unreviewed events, lowest confidence first."""
        events, _ = self.query_events(
            reviewed=False, order="confidence", limit=limit, offset=offset
        )
        return events

    # ---- actors ---------------------------------------------------------------------------
    def _event_counts(self, conn: Connection, ids: list[str]) -> Counter[str]:
        counts: Counter[str] = Counter()
        if not ids:
            return counts
        for col in (s.events.c.actor1, s.events.c.actor2):
            for actor_id, n in conn.execute(
                select(col, func.count()).where(col.in_(ids)).group_by(col)
            ):
                counts[actor_id] += n
        return counts

    def _aliases(self, conn: Connection, ids: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {i: [] for i in ids}
        if ids:
            for actor_id, alias in conn.execute(
                select(s.actor_aliases.c.actor_id, s.actor_aliases.c.alias)
                .where(s.actor_aliases.c.actor_id.in_(ids))
                .order_by(s.actor_aliases.c.alias)
            ):
                out[actor_id].append(alias)
        return out

    def list_actors(
        self, q: str | None = None, limit: int = 100, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """Actors seen in stored articles, with their aliases and event counts."""
        a = s.actors
        where = and_(True)
        if q:
            like = like_pattern(q)
            where = or_(
                a.c.id.ilike(like, escape=LIKE_ESCAPE),
                a.c.name.ilike(like, escape=LIKE_ESCAPE),
                a.c.name_ar.like(like, escape=LIKE_ESCAPE),
                a.c.id.in_(
                    select(s.actor_aliases.c.actor_id).where(
                        s.actor_aliases.c.alias.like(like, escape=LIKE_ESCAPE)
                    )
                ),
            )
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(a).where(where)).scalar_one()
            rows = (
                conn.execute(select(a).where(where).order_by(a.c.id).limit(limit).offset(offset))
                .mappings()
                .all()
            )
            ids = [r["id"] for r in rows]
            counts, aliases = self._event_counts(conn, ids), self._aliases(conn, ids)
        return [
            dict(r) | {"event_count": counts[r["id"]], "aliases": aliases[r["id"]]} for r in rows
        ], total

    def get_actor(self, actor_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.actors).where(s.actors.c.id == actor_id)).mappings().first()
            if row is None:
                return None
            count = self._event_counts(conn, [actor_id])[actor_id]
            aliases = self._aliases(conn, [actor_id])[actor_id]
        return dict(row) | {"event_count": count, "aliases": aliases}

    # ---- aggregates -----------------------------------------------------------------------
    def network(self, **filters: Any) -> dict[str, Any]:
        """Actor network: nodes (actors) and edges actor1 -> actor2 weighted by event count."""
        rows = self.iter_event_rows(**filters)
        edges: Counter[tuple[str, str, str]] = Counter()
        nodes: Counter[str] = Counter()
        for r in rows:
            for a in (r["actor1"], r["actor2"]):
                if a:
                    nodes[a] += 1
            if r["actor1"] and r["actor2"]:
                edges[(r["actor1"], r["actor2"], r["type"])] += 1
        names = {a["id"]: a for a in (self.get_actor(n) for n in nodes) if a}
        return {
            "nodes": [
                {
                    "id": n,
                    "name": (names.get(n) or {}).get("name"),
                    "kind": (names.get(n) or {}).get("kind"),
                    "events": c,
                }
                for n, c in sorted(nodes.items())
            ],
            "edges": [
                {"source": a, "target": b, "type": t, "weight": w}
                for (a, b, t), w in sorted(edges.items())
            ],
        }

    def timeline(self, bucket: str = "day", **filters: Any) -> list[dict[str, Any]]:
        """Event counts per period ('day' or 'week', weeks start on Monday) and type."""
        counts: Counter[tuple[str, str]] = Counter()
        for r in self.iter_event_rows(**filters):
            if not r["date"]:
                continue
            period = r["date"]
            if bucket == "week":
                d = date.fromisoformat(period)
                period = (d - timedelta(days=d.weekday())).isoformat()
            counts[(period, r["type"])] += 1
        return [{"period": p, "type": t, "count": c} for (p, t), c in sorted(counts.items())]
