"""The typed document model.

A `Document` holds the original text, which never changes, and keyed *layers*.  Every layer is a
tuple of frozen records whose ``start``/``end`` are half-open character offsets into
``Document.text``.  Stages add layers with `Document.with_layer`; nothing is mutated in place.
`Document.to_json()` produces the output object of CONTRACT.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from rasd import __version__

__all__ = [
    "Actor",
    "ActorMention",
    "Clitic",
    "Document",
    "Entity",
    "Event",
    "Fatalities",
    "Place",
    "Quantity",
    "Relation",
    "Sentence",
    "Span",
    "TimeExpr",
    "Token",
]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character span into the original text."""

    start: int
    end: int

    def as_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Clitic:
    """A clitic or stem inside a token: ``kind`` is 'prefix', 'stem' or 'suffix'."""

    start: int
    end: int
    form: str  # normalised form, e.g. "و", "ال", "ها"
    kind: str


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its normalised form and clitic segmentation (sub-spans of the token)."""

    start: int
    end: int
    norm: str  # normalised surface of the whole token
    kind: str = "word"  # word | number | punct | latin | symbol
    parts: tuple[Clitic, ...] = ()

    @property
    def stem(self) -> Clitic:
        for p in self.parts:
            if p.kind == "stem":
                return p
        return Clitic(self.start, self.end, self.norm, "stem")

    @property
    def stem_form(self) -> str:
        """The clitic-free form: the stem part's form, else the normalised token (no new Clitic)."""
        for p in self.parts:
            if p.kind == "stem":
                return p.form
        return self.norm

    @property
    def prefixes(self) -> tuple[Clitic, ...]:
        return tuple(p for p in self.parts if p.kind == "prefix")

    @property
    def suffixes(self) -> tuple[Clitic, ...]:
        return tuple(p for p in self.parts if p.kind == "suffix")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: character span plus the half-open range of its tokens in the tokens layer."""

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    label: str  # PER | ORG | LOC | MISC
    start: int
    end: int
    confidence: float
    actor_id: str | None = None
    source: str = "ner"  # which component proposed it


@dataclass(frozen=True, slots=True)
class Quantity:
    value: int
    unit: str  # fighter | civilian | killed | wounded | displaced | person | vehicle | ...
    start: int
    end: int
    low: int | None = None
    high: int | None = None
    number_start: int | None = None  # the numeral part
    number_end: int | None = None


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    date: str  # ISO yyyy-mm-dd (first day of week/month for coarser precision)
    precision: int  # ACLED: 1 day, 2 week, 3 month
    kind: str = "absolute"  # absolute | relative | hijri | publication


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    name_ar: str
    kind: str
    country: str | None
    acled_inter: int | None
    mentions: tuple[tuple[int, int], ...]
    in_registry: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "name_ar": self.name_ar,
            "kind": self.kind,
            "country": self.country,
            "acled_inter": self.acled_inter,
            "mentions": [[s, e] for s, e in self.mentions],
            "in_registry": self.in_registry,
        }


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor in the text (layer ``actor_mentions``), resolved to ``actor_id``."""

    start: int
    end: int
    actor_id: str
    entity_id: str | None = None  # the entity it came from, if any
    source: str = "alias"  # alias | ner | coref | fuzzy | title
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin2: str | None
    feature: str | None
    geo_precision: int | None
    confidence: float
    geonameid: int | None = None
    pcode: str | None = None
    admin1_ar: str | None = None
    admin2_ar: str | None = None
    source: str | None = None
    admin3: str | None = None  # sub-district (nahiya) where the gazetteer knows it


@dataclass(frozen=True, slots=True)
class Relation:
    type: str  # leader_of | member_of | part_of | spokesperson_of
    head: str  # entity id
    tail: str  # entity id
    evidence: Span
    source: str = "text"  # text | registry


@dataclass(frozen=True, slots=True)
class Fatalities:
    low: int
    best: int
    high: int
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    cameo: str | None
    actor1: str | None
    actor2: str | None
    location: str | None
    geo_precision: int | None
    date: str | None
    time_precision: int | None
    modality: str
    fatalities: Fatalities
    quantities: tuple[Quantity, ...]
    trigger: Span
    evidence: Span
    confidence: float

    def to_json(self) -> dict[str, Any]:
        f = self.fatalities
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "cameo": self.cameo,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "location": self.location,
            "geo_precision": self.geo_precision,
            "date": self.date,
            "time_precision": self.time_precision,
            "modality": self.modality,
            "fatalities": {
                "low": f.low,
                "best": f.best,
                "high": f.high,
                "start": f.start,
                "end": f.end,
            },
            "quantities": [
                {"value": q.value, "unit": q.unit, "start": q.start, "end": q.end}
                for q in self.quantities
            ],
            "trigger": self.trigger.as_dict(),
            "evidence": self.evidence.as_dict(),
            "confidence": round(float(self.confidence), 4),
        }


_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Document:
    """The original text, its metadata and the layers stages have added."""

    text: str
    id: str | None = None
    date: str | None = None  # publication date, ISO yyyy-mm-dd
    meta: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    layers: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)

    def with_layer(self, name: str, value: Any) -> Document:
        """A new Document with layer ``name`` set (the text is shared, never copied or changed)."""
        new = dict(self.layers)
        new[name] = value
        return replace(self, layers=MappingProxyType(new))

    def layer(self, name: str) -> Any:
        try:
            return self.layers[name]
        except KeyError:
            raise KeyError(f"layer {name!r} not present; have {sorted(self.layers)}") from None

    def get(self, name: str, default: Any = ()) -> Any:
        return self.layers.get(name, default)

    def surface(self, start: int, end: int) -> str:
        return self.text[start:end]

    # ---- output -------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The CONTRACT.md object: all keys present, empty lists where a layer is absent."""
        t = self.text
        return {
            "id": self.id,
            "rasd_version": __version__,
            "language": "ar",
            "publication_date": self.date,
            "entities": [
                {
                    "id": e.id,
                    "text": t[e.start : e.end],
                    "label": e.label,
                    "start": e.start,
                    "end": e.end,
                    "actor_id": e.actor_id,
                    "confidence": round(float(e.confidence), 4),
                }
                for e in self.get("entities")
            ],
            "actors": [a.to_json() for a in self.get("actors")],
            "places": [_place_json(p, t) for p in self.get("places")],
            "quantities": [
                {
                    "value": q.value,
                    "unit": q.unit,
                    "text": t[q.start : q.end],
                    "start": q.start,
                    "end": q.end,
                }
                | ({"low": q.low, "high": q.high} if q.low is not None else {})
                for q in self.get("quantities")
            ],
            "relations": [
                {
                    "type": r.type,
                    "head": r.head,
                    "tail": r.tail,
                    "evidence": r.evidence.as_dict(),
                    "source": r.source,
                }
                for r in self.get("relations")
            ],
            "events": [ev.to_json() for ev in self.get("events")],
        }


def _place_json(p: Place, text: str) -> dict[str, Any]:
    return {
        "id": p.id,
        "text": text[p.start : p.end],
        "start": p.start,
        "end": p.end,
        "name": p.name,
        "geonameid": p.geonameid,
        "pcode": p.pcode,
        "lat": p.lat,
        "lon": p.lon,
        "country": p.country,
        "admin1": p.admin1,
        "admin2": p.admin2,
        "admin3": p.admin3,
        "feature": p.feature,
        "geo_precision": p.geo_precision,
        "confidence": round(float(p.confidence), 4),
    }
