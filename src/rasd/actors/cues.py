"""Word lists for titles, locative prepositions and relation cues (``resources/actors/matching``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.text.normalize import normalize_key

__all__ = ["Cues", "load_cues"]


@dataclass(frozen=True)
class Cues:
    """Normalised cue words; relation cues are word tuples keyed by relation type."""

    titles: frozenset[str]
    locative: frozenset[str]
    place_heads: frozenset[str]
    directions: frozenset[str]
    coref_stop_heads: frozenset[str]
    force_nouns: frozenset[str]
    before_org: dict[str, tuple[tuple[str, ...], ...]]  # type -> cues, longest first
    after_org: dict[str, tuple[tuple[str, ...], ...]]
    between_orgs: tuple[tuple[str, ...], ...]


def _keys(words: list[str]) -> tuple[tuple[str, ...], ...]:
    keys = {tuple(normalize_key(w).split()) for w in words if w.strip()}
    return tuple(sorted(keys, key=lambda k: (-len(k), k)))


def _folded(words: list[str]) -> frozenset[str]:
    keys = {normalize_key(w) for w in words}
    return frozenset(keys | {k[2:] for k in keys if k.startswith("ال") and len(k) >= 4})


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Read ``cues.toml`` once (on first use, never at import)."""
    path = resources.files("rasd.resources").joinpath("actors", "matching", "cues.toml")
    data = tomllib.loads(path.read_text("utf-8"))
    rel = data.get("relations", {})
    return Cues(
        titles=frozenset(normalize_key(w) for w in data.get("titles", [])),
        locative=frozenset(normalize_key(w) for w in data.get("locative", [])),
        place_heads=_folded(data.get("place_heads", [])),
        directions=frozenset(normalize_key(w) for w in data.get("directions", [])),
        coref_stop_heads=frozenset(normalize_key(w) for w in data.get("coref_stop_heads", [])),
        force_nouns=frozenset(normalize_key(w) for w in data.get("force_nouns", [])),
        before_org={
            t: _keys(v.get("before_org", [])) for t, v in rel.items() if v.get("before_org")
        },
        after_org={t: _keys(v.get("after_org", [])) for t, v in rel.items() if v.get("after_org")},
        between_orgs=_keys(rel.get("part_of", {}).get("between_orgs", [])),
    )
