"""Looking actors up by name or id (`rasd actors search`, `rasd actors show`, the API)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rasd.actors.index import within_one_edit
from rasd.actors.registry import ActorRecord, Registry, iter_names
from rasd.text.normalize import normalize_key

__all__ = ["record_json", "search"]


def _key(text: str) -> str:
    return " ".join(
        w[2:] if w.startswith("ال") and len(w) >= 4 else w
        for w in normalize_key(text).lower().split()
    )


def _score(query: str, name: str) -> float:
    key = _key(name)
    if key == query:
        return 1.0
    if query in key.split() or (len(query) >= 3 and query in key):
        return 0.8
    if len(query) >= 5 and within_one_edit(query, key):
        return 0.6
    return 0.0


def search(registry: Registry, query: str, limit: int = 10) -> list[tuple[float, ActorRecord]]:
    """Actors whose id, Arabic or English names match ``query``, best first (score in [0, 1])."""
    q = _key(query)
    if not q:
        return []
    best: dict[str, tuple[float, ActorRecord]] = {}
    for name, rec in iter_names(registry):
        score = 1.0 if rec.id == query.strip() else _score(q, name)
        if score > best.get(rec.id, (0.0, rec))[0]:
            best[rec.id] = (score, rec)
    ranked = sorted(best.values(), key=lambda p: (-p[0], p[1].id))
    return ranked[:limit]


def record_json(rec: ActorRecord) -> dict[str, Any]:
    """The registry entry as a JSON object (the registry's own field names)."""
    data = asdict(rec)
    for key in ("memberships", "leaders", "roles"):
        data[key] = [
            {"id": x["id"], "rel": x["rel"], "from": x["start"], "to": x["end"]} for x in data[key]
        ]
    data.pop("bad_inter", None)
    return data
