"""Which gazetteer place a mention means: filtering and context ranking.

`resolve(mentions, gazetteer)` keeps the mentions that look like places (a strong name,
a cue word, a LOC entity, or coordination with another place) and picks for each one the entry
that best fits the article: the match score, the article's country focus, closeness to the
other places of the article (a misspelt village next to Douma is near Douma), admin context
("بريف إدلب", "في محافظة حمص"), and feature kind and population as weak priors.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.geo.detect import (
    ADMIN_CUES,
    AREA_CUES,
    BIG_POPULATION,
    DISTRICT_CUES,
    FACILITY_CUES,
    SETTLEMENT_CUES,
    Mention,
)
from rasd.geo.distance import haversine_km
from rasd.geo.gazetteer import Gazetteer, GeoEntry
from rasd.text.normalize import normalize_key

__all__ = ["Resolved", "resolve"]

_FEATURE_PRIOR = {
    "country": 0.3,
    "governorate": 0.25,
    "region": 0.3,
    "city": 0.3,
    "town": 0.2,
    "base": 0.2,
    "village": 0.05,
    "hamlet": 0.0,
}
_LOCAL = frozenset({"city", "town", "village", "hamlet", "region", "base"})
_STRONG_CUES = SETTLEMENT_CUES | ADMIN_CUES | AREA_CUES | FACILITY_CUES
FREQUENT_WORD = 50  # news uses: above this a small place needs a settlement cue


@dataclass(frozen=True, slots=True)
class Resolved:
    """A kept mention with its chosen entry, score margin and confidence."""

    mention: Mention
    entry: GeoEntry
    confidence: float


_key = lru_cache(maxsize=4096)(normalize_key)


def _big(e: GeoEntry) -> bool:
    return e.broad or e.population >= 100_000


def _strong(e: GeoEntry) -> bool:
    return e.broad or e.population >= 10_000 or (e.source == "osm" and e.feature == "city")


def _wordy(m: Mention, g: Gazetteer) -> bool:
    """A name the news mostly use as a word, or a frequent word that is not a big place's name."""
    if any(e.broad for e, _ in _candidates(m, g)) and len(m.key) >= 4:
        return g.is_common_noun(m.key, ratio=0.5)  # 'مالي' (financial) beside 'المالي'
    if g.is_common_noun(m.key):
        return True
    if m.prefix.lstrip("وف") in ("ب", "ل") and any(_big(e) for e, _ in _candidates(m, g)):
        return False  # 'بدوما' is never the adverb 'دوما'
    if g.is_common_word(m.key):
        return True
    if g.word_freq(m.key) < FREQUENT_WORD:
        return False
    return not _any_strong(m, g)


def _candidates(m: Mention, g: Gazetteer) -> list[tuple[GeoEntry, float]]:
    """Entries the mention's keys name, with their match score (computed once per mention)."""
    cands = m.notes.get("cands")
    if cands is None:
        cands = m.notes["cands"] = [(e, score) for key, score in m.keys for e in g.lookup(key)]
    return cands  # type: ignore[return-value]


def _any_strong(m: Mention, g: Gazetteer) -> bool:
    return any(_strong(e) for e, _ in _candidates(m, g))


def _plausible(m: Mention, g: Gazetteer) -> bool:
    """First filter: does this mention look like a place on its own?"""
    if m.fuzzy:
        return bool(m.cue) or m.entity
    if m.entity or m.cue in SETTLEMENT_CUES:
        return True
    strong = _any_strong(m, g)
    if _wordy(m, g):  # an ordinary word too: only a town or bigger, 4+ letters, after a cue
        big = any(_big(e) for e, _ in _candidates(m, g))
        return (
            bool(m.cue) and len(m.key) >= 4 and (big or m.cue in _STRONG_CUES and _any_strong(m, g))
        )
    if m.cue in _STRONG_CUES:
        return True
    located = bool(m.cue) or "ب" in m.prefix
    if g.is_common_word(m.key):
        return strong and located
    return strong or located


def _coordinated(mentions: Sequence[Mention], kept: list[bool], g: Gazetteer) -> None:
    """'X وY' / 'بين X وY': a mention joined by و to a kept place is kept too."""
    changed = True
    while changed:
        changed = False
        for a in range(len(mentions) - 1):
            m, n = mentions[a], mentions[a + 1]
            if m.last != n.first or not n.prefix.startswith("و") or kept[a] == kept[a + 1]:
                continue
            lone = n if kept[a] else m
            if (not _wordy(lone, g) or _any_strong(lone, g)) and not _weak_first(m):
                kept[a] = kept[a + 1] = True
                changed = True


def _weak_first(m: Mention) -> bool:
    return m.fuzzy and not m.cue


def _focus(chosen: list[GeoEntry | None]) -> Counter[str]:
    return Counter(e.country for e in chosen if e is not None)


def _admin_hint(i: int, mentions: Sequence[Mention], chosen: list[GeoEntry | None]) -> str | None:
    """Admin-1 named right after a mention ('X بريف إدلب', 'X في محافظة حمص')."""
    nxt = chosen[i + 1] if i + 1 < len(mentions) else None
    if nxt is not None:
        n = mentions[i + 1]
        if n.first - mentions[i].last <= 2 and (n.cue in ADMIN_CUES or nxt.broad):
            return _key(nxt.admin1_ar or "")
    return None


def _score(
    e: GeoEntry, base: float, focus: Mapping[str, float], anchors: list[GeoEntry], hint: str | None
) -> float:
    total = sum(focus.values()) or 1
    s = base + 0.6 * focus.get(e.country, 0.0) / total + _FEATURE_PRIOR.get(e.feature, 0.0)
    s += 0.1 * math.log10(e.population + 1)
    if anchors and not e.broad:
        s += _proximity(_nearest_km(e, anchors))
    if hint and _key(e.admin1_ar or "") == hint:
        s += 0.8
    return s


def _pick(
    cands: list[tuple[GeoEntry, float]],
    focus: Mapping[str, float],
    anchors: list[GeoEntry],
    hint: str | None,
) -> tuple[GeoEntry, float, float]:
    """Best entry, its score and the margin over the runner-up."""
    scored = sorted(
        ((_score(e, b, focus, anchors, hint), e) for e, b in cands), key=lambda x: -x[0]
    )
    best_s, best = scored[0]
    runner = next(
        (s for s, e in scored[1:] if haversine_km(e.lat, e.lon, best.lat, best.lon) > 10), None
    )
    return best, best_s, best_s - runner if runner is not None else 2.0


def _nearest_km(e: GeoEntry, anchors: list[GeoEntry]) -> float:
    """Distance to the closest other local place of the article (inf if none)."""
    best, coslat = math.inf, math.cos(math.radians(e.lat))
    for a in anchors:
        if a.id != e.id and a.feature in _LOCAL:
            dy, dx = a.lat - e.lat, (a.lon - e.lon) * coslat
            best = min(best, dy * dy + dx * dx)
    return 111.2 * math.sqrt(best)  # equirectangular: fine at these distances


def _proximity(d: float) -> float:
    return 0.8 if d <= 25 else 0.4 if d <= 75 else 0.0


def _anchors(chosen: list[GeoEntry | None], mentions: Sequence[Mention]) -> list[GeoEntry]:
    """The exactly-matched places of the article, each entry once (a place is never its own
    anchor: `_nearest_km` skips the same entry)."""
    seen: dict[int, GeoEntry] = {}
    for m, e in zip(mentions, chosen, strict=True):
        if e is not None and not m.fuzzy:
            seen.setdefault(e.id, e)
    return list(seen.values())


def _initial_focus(cands: list[list[tuple[GeoEntry, float]]], kept: list[bool]) -> dict[str, float]:
    """Country votes: each kept mention spreads one vote over its candidates' countries."""
    focus: dict[str, float] = defaultdict(float)
    for cs, k in zip(cands, kept, strict=True):
        countries = sorted({e.country for e, _ in cs})
        if k and countries:
            for c in countries:
                focus[c] += 1 / len(countries)
    return focus


def _confidence(m: Mention, base: float, margin: float, supported: bool) -> float:
    start = 0.96 if base >= 1.0 else 0.88 if base >= 0.85 else 0.8
    conf = start * (0.75 + 0.25 * min(1.0, margin))
    if m.fuzzy and not supported:
        conf *= 0.7
    return round(max(0.05, min(0.99, conf)), 4)


def _supported(e: GeoEntry, anchors: list[GeoEntry], hint: str | None) -> bool:
    """Another place of the article lies within 75 km, or the admin context names its admin-1."""
    near = _nearest_km(e, anchors) <= 75
    return near or (hint is not None and _key(e.admin1_ar or "") == hint)


def _big_typo(m: Mention, e: GeoEntry) -> bool:
    """A typo of a big place's long name ('طهرن'): kept without a nearby place to support it."""
    return bool(m.notes.get("big")) and (e.broad or e.population >= BIG_POPULATION)


def _unsupported(m: Mention, e: GeoEntry, others: int, g: Gazetteer) -> bool:
    """A place in a country no other name of the article is in, with no settlement cue or LOC
    entity: kept only when it is broad or a big city whose name is not also a common word."""
    if e.broad or m.entity or m.cue in SETTLEMENT_CUES or m.cue in DISTRICT_CUES or others > 0:
        return False
    return e.population < 100_000 or _wordy(m, g)


def _country_keys(resolved: list[tuple[Mention, GeoEntry]]) -> dict[str, set[str]]:
    """Country -> the distinct names of the article's local places in it."""
    keys: dict[str, set[str]] = {}
    for m, e in resolved:
        if e.feature != "country":
            keys.setdefault(e.country, set()).add(m.key)
    return keys


def _others(keys: dict[str, set[str]], e: GeoEntry, key: str) -> int:
    """How many other names of the article lie in e's country (a repeated word counts once)."""
    return len(keys.get(e.country, set()) - {key})


def _first_pass(
    mentions: Sequence[Mention], g: Gazetteer
) -> tuple[list[bool], list[GeoEntry | None]]:
    """Which mentions look like places, and a context-free first choice for each."""
    cands = [_candidates(m, g) for m in mentions]
    kept = [bool(c) and _plausible(m, g) for m, c in zip(mentions, cands, strict=True)]
    _coordinated(mentions, kept, g)
    focus = _initial_focus(cands, kept)
    chosen = [_pick(c, focus, [], None)[0] if k else None for c, k in zip(cands, kept, strict=True)]
    return kept, chosen


def _second_pass(
    mentions: Sequence[Mention], kept: list[bool], chosen: list[GeoEntry | None], g: Gazetteer
) -> dict[int, tuple[GeoEntry, float, bool]]:
    """Re-rank with the article's context: index -> (entry, margin, supported by context)."""
    focus = _focus(chosen)
    anchors = _anchors(chosen, mentions)
    picks: dict[int, tuple[GeoEntry, float, bool]] = {}
    for i in (i for i, k in enumerate(kept) if k):
        hint = _admin_hint(i, mentions, chosen)
        mine = chosen[i]
        own = Counter({mine.country: 1}) if mine is not None else Counter()
        entry, _, margin = _pick(_candidates(mentions[i], g), focus - own, anchors, hint)
        picks[i] = (entry, margin, _supported(entry, anchors, hint))
    return picks


def resolve(mentions: Sequence[Mention], g: Gazetteer) -> list[Resolved]:
    """Keep the mentions that are places and choose an entry for each, with a confidence."""
    kept, chosen = _first_pass(mentions, g)
    picks = _second_pass(mentions, kept, chosen, g)
    keys = _country_keys([(mentions[i], e) for i, (e, _, _) in picks.items()])
    out: list[Resolved] = []
    for i, (entry, margin, supported) in picks.items():
        m = mentions[i]
        if (m.fuzzy and not supported and not _big_typo(m, entry)) or _unsupported(
            m, entry, _others(keys, entry, m.key), g
        ):
            continue
        base = max(b for e, b in _candidates(m, g) if e.id == entry.id)
        out.append(Resolved(m, entry, _confidence(m, base, margin, supported)))
    return out
