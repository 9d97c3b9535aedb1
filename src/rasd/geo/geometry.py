"""Geometry words: precision codes and 'between X and Y' midpoints.

`to_places(resolved, tokens, text)` turns resolved mentions into `rasd.doc.Place` records:
geo_precision 3 for a country, governorate or region; 2 for "محيط/أطراف/قرب/ريف/شمال X" and
"قاعدة/جبهة X" (a town's airport, "مطار X", is the town: 1);
1 for the named town.  "بين X و Y" adds one more record at the midpoint of X and Y, with
geo_precision 2 and a span over the whole phrase, so events can point at it.  Ids are "p1",
"p2"... in text order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasd.doc import Place, Token
from rasd.geo.detect import AIRPORT_CUES, AREA_CUES, DIRECTION_CUES, FACILITY_CUES
from rasd.geo.gazetteer import GeoEntry
from rasd.geo.resolve import Resolved

__all__ = ["precision", "to_places"]

_NEAR_CUES = AREA_CUES | DIRECTION_CUES | FACILITY_CUES - AIRPORT_CUES | {"ريف"}


def precision(entry: GeoEntry, cue: str) -> int:
    """ACLED geo-precision of a mention of ``entry`` after the cue word ``cue``."""
    if entry.broad:
        return 3
    return 2 if cue in _NEAR_CUES else 1


def _place(r: Resolved) -> Place:
    e = r.entry
    return Place(
        id="",
        start=r.mention.start,
        end=r.mention.end,
        name=e.name,
        lat=e.lat,
        lon=e.lon,
        country=e.country,
        admin1=e.admin1,
        admin2=e.admin2,
        feature=e.feature,
        geo_precision=precision(e, r.mention.cue),
        confidence=r.confidence,
        geonameid=e.geonameid,
        pcode=e.pcode,
        admin1_ar=e.admin1_ar,
        admin2_ar=e.admin2_ar,
        source=e.source,
        admin3=e.admin3,
    )


def _phrase_start(tok: Token) -> int:
    stem = tok.stem
    return stem.start if stem.form.endswith("بين") else tok.start


def _between(a: Resolved, b: Resolved, tokens: Sequence[Token]) -> Place | None:
    ma, mb = a.mention, b.mention
    if ma.cue != "بين" or mb.first != ma.last or not mb.prefix.startswith("و"):
        return None
    ea, eb = a.entry, b.entry
    if ea.broad or eb.broad:
        return None
    same = ea.admin1 == eb.admin1
    return Place(
        id="",
        start=_phrase_start(tokens[ma.first - 1]),
        end=mb.end,
        name=f"between {ea.name} and {eb.name}",
        lat=round((ea.lat + eb.lat) / 2, 5),
        lon=round((ea.lon + eb.lon) / 2, 5),
        country=ea.country if ea.country == eb.country else None,
        admin1=ea.admin1 if same else None,
        admin2=ea.admin2 if same and ea.admin2 == eb.admin2 else None,
        feature="between",
        geo_precision=2,
        confidence=round(min(a.confidence, b.confidence) * 0.9, 4),
        admin1_ar=ea.admin1_ar if same else None,
        source="between",
        admin3=ea.admin3 if same and ea.admin2 == eb.admin2 and ea.admin3 == eb.admin3 else None,
    )


def to_places(resolved: Sequence[Resolved], tokens: Sequence[Token]) -> tuple[Place, ...]:
    """Place records in text order with ids p1, p2, ..."""
    places = [_place(r) for r in resolved]
    for a, b in zip(resolved, resolved[1:], strict=False):
        mid = _between(a, b, tokens)
        if mid is not None:
            places.append(mid)
    places.sort(key=lambda p: (p.start, -p.end))
    return tuple(replace(p, id=f"p{i}") for i, p in enumerate(places, 1))
