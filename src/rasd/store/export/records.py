"""Export records: stored events with reviews applied, merged into incidents, ready to write.

A rejected event is left out; an edited one is exported as edited (the stored machine output is
never changed).  By default one record per cross-article incident: the most confident member
speaks for it, fatalities are low/best/high across its reports and all source articles are listed.
"""

from __future__ import annotations

import csv
import json
import statistics
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import select

from rasd.store import schema as s
from rasd.store.auth import apply_reviews
from rasd.store.queries import event_dict

__all__ = ["ExportFilters", "country_info", "export_records"]


@dataclass(frozen=True)
class ExportFilters:
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    type: str | None = None
    all_modalities: bool = False
    per_event: bool = False  # one record per article event instead of per incident


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, str]]:
    path = resources.files("rasd.resources.store").joinpath("countries.tsv")
    table: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for key in (row["alpha3"], row["alpha2"], row["name"].upper()):
                table[key.upper()] = row
    return table


def country_info(code: str | None) -> dict[str, str]:
    """alpha3/alpha2/numeric/name/region for an ISO code or English name ({} if unknown)."""
    return _countries().get((code or "").upper(), {})


def _effective(store: Any, f: ExportFilters) -> list[dict[str, Any]]:
    country = country_info(f.country).get("alpha3", f.country) if f.country else None
    rows = store.iter_event_rows(
        date_from=f.date_from,
        date_to=f.date_to,
        country=country,
        type=f.type,
        modality=None if f.all_modalities else "asserted",
    )
    reviews: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in store.reviews():
        reviews[r["event_uid"]].append(r)
    types = {t.strip().upper() for t in f.type.split(",")} if f.type else None
    out = []
    for row in rows:
        ev = apply_reviews(event_dict(row, reviews[row["uid"]]), reviews[row["uid"]])
        if ev is None or (types and ev["type"] not in types):
            continue
        if not f.all_modalities and ev.get("modality") != "asserted":
            continue
        out.append(ev | {"_seq": row["seq"], "_incident": row["incident_id"]})
    return out


def _articles(store: Any, ids: set[str]) -> dict[str, dict[str, Any]]:
    a = s.articles
    out: dict[str, dict[str, Any]] = {}
    id_list = sorted(ids)
    with store.engine.connect() as conn:
        for i in range(0, len(id_list), 500):
            stmt = select(a.c.id, a.c.ext_id, a.c.source, a.c.url, a.c.title, a.c.date, a.c.text)
            for r in conn.execute(stmt.where(a.c.id.in_(id_list[i : i + 500]))).mappings():
                out[r["id"]] = dict(r)
    return out


def _mentions(store: Any, ids: set[str]) -> dict[str, dict[str, list[list[int]]]]:
    """Article id -> actor id -> mention spans, from the stored analyses of ``ids``."""
    a = s.articles
    out: dict[str, dict[str, list[list[int]]]] = {}
    id_list = sorted(ids)
    with store.engine.connect() as conn:
        for i in range(0, len(id_list), 500):
            stmt = select(a.c.id, a.c.analysis).where(a.c.id.in_(id_list[i : i + 500]))
            for art_id, analysis in conn.execute(stmt):
                actors = json.loads(analysis).get("actors") or []
                out[art_id] = {x["id"]: x.get("mentions") or [] for x in actors if x.get("id")}
    return out


def _actors(store: Any) -> dict[str, dict[str, Any]]:
    with store.engine.connect() as conn:
        return {r["id"]: dict(r) for r in conn.execute(select(s.actors)).mappings()}


def _merge(group: list[dict[str, Any]]) -> dict[str, Any]:
    lead = max(group, key=lambda e: (float(e.get("confidence") or 0), -e["_seq"]))
    fats = [e.get("fatalities") or {} for e in group]
    bests = [int(f.get("best") or 0) for f in fats]
    record = dict(lead)
    record["fatalities"] = {
        "low": min(
            int(f.get("low") if f.get("low") is not None else b)
            for f, b in zip(fats, bests, strict=True)
        ),
        "best": int(statistics.median_low(bests)),
        "high": max(
            int(f.get("high") if f.get("high") is not None else b)
            for f, b in zip(fats, bests, strict=True)
        ),
    }
    record["article_ids"] = list(dict.fromkeys(e["article_id"] for e in group))
    record["event_uids"] = [e["uid"] for e in group]
    record["dedup_reasons"] = [e["dedup_reason"] for e in group if e.get("dedup_reason")]
    return record


def export_records(store: Any, f: ExportFilters) -> list[dict[str, Any]]:
    """Records in date order, each with ``article_ids``, ``articles``, ``actor_rows`` and the
    speaking article's ``actor_mentions`` attached."""
    events = _effective(store, f)
    groups: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        key = ev["uid"] if f.per_event or ev["_incident"] is None else ev["_incident"]
        groups[key].append(ev)
    records = [_merge(g) for g in groups.values()]
    arts = _articles(store, {a for r in records for a in r["article_ids"]})
    actors = _actors(store)
    mentions = _mentions(store, {r["article_id"] for r in records})
    for r in records:
        r["articles"] = [arts[a] for a in r["article_ids"] if a in arts]
        r["actor_mentions"] = mentions.get(r["article_id"], {})
        r["actor_rows"] = {k: actors.get(r.get(k) or "") for k in ("actor1", "actor2")}
        r["record_id"] = (
            r["uid"] if f.per_event or r["_incident"] is None else f"inc{r['_incident']}"
        )
        r["record_seq"] = r["_seq"] if f.per_event or r["_incident"] is None else r["_incident"]
    records.sort(key=lambda r: (r.get("date") or "", r["record_seq"]))
    return records
