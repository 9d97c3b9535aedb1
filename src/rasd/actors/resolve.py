"""From registry matches and NER entities to resolved actor mentions.

Steps: drop bare country names used as places; resolve ambiguous names by the document's
countries; add coreferent surnames; attach NER entities (a registry match inside an entity gives
its actor; an unmatched ORG/PER becomes an unknown actor with a stable ``unk-`` id); give every
registry mention that the NER missed an entity of its own.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasd.actors.coref import (
    kunya_corefs,
    person_kunyas,
    person_surnames,
    surname_corefs,
    unknown_person_key,
)
from rasd.actors.cues import Cues
from rasd.actors.index import name_key
from rasd.actors.matcher import Match, TokenView
from rasd.actors.orgcoref import org_short_forms
from rasd.actors.registry import Registry
from rasd.doc import Entity

__all__ = ["Mention", "resolve_matches", "attach_entities", "unknown_id"]

CONFIDENCE = {
    "alias": 0.95,
    "ambiguous": 0.75,
    "state": 0.8,
    "fuzzy": 0.7,
    "title": 0.85,
    "coref": 0.8,
    "ner": 0.85,
    "kunya": 0.75,
    "short": 0.7,
}


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved actor mention with its token range (internal to the actors stage)."""

    first: int
    last: int
    start: int
    end: int
    actor_id: str
    source: str
    confidence: float
    person: bool
    entity_id: str | None = None
    label: str = "ORG"


def unknown_id(text: str) -> str:
    """Stable id of an actor not in the registry: 'unk-' + 10 hex digits of its normalised name."""
    key = " ".join(name_key(text)) or text.strip()
    return "unk-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _is_place(m: Match, tv: TokenView, cues: Cues) -> bool:
    """A bare country name after a locative preposition (في روسيا، بروسيا) is a place."""
    if "ب" in m.prefix or "في" in m.prefix:
        return True
    if m.first == 0:
        return False
    prev = tv.tokens[m.first - 1].norm
    if prev[:1] in "وف" and len(prev) > 3:
        prev = prev[1:]
    return prev in cues.locative or prev in cues.place_heads or prev[2:] in cues.place_heads


def _countries(matches: Sequence[Match], registry: Registry) -> Counter[str]:
    out: Counter[str] = Counter()
    for m in matches:
        if len(m.ids) == 1:
            rec = registry.get(m.ids[0])
            if rec is not None and rec.country:
                out[rec.country] += 1
    return out


def _choose(m: Match, countries: Counter[str], seen: set[str], registry: Registry) -> str | None:
    """One actor for an ambiguous match: one already named in the text, else the document's country."""
    named = [i for i in m.ids if i in seen]
    if len(named) == 1:
        return named[0]
    scored = sorted(
        ((countries.get((registry.get(i) or _NONE).country or "", 0), i) for i in m.ids),
        reverse=True,
    )
    if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


class _NoRecord:
    country = None


_NONE = _NoRecord()


def _source(m: Match) -> str:
    if m.source != "alias":
        return m.source
    if m.entry.state_name:
        return "state"
    return "ambiguous" if m.entry.ambiguous else "alias"


def resolve_matches(
    matches: Sequence[Match], tv: TokenView, registry: Registry, cues: Cues
) -> list[Mention]:
    """Registry matches -> mentions with one actor each, plus surname coreference."""
    kept = [m for m in matches if not (m.entry.state_name and _is_place(m, tv, cues))]
    countries = _countries(kept, registry)
    seen = {m.ids[0] for m in kept if len(m.ids) == 1}
    out: list[Mention] = []
    for m in kept:
        if not m.ids:  # a title + kunya that the registry does not know: an unknown person
            surface = " ".join(t.norm for t in tv.tokens[m.first : m.last])
            out.append(
                Mention(
                    m.first,
                    m.last,
                    m.start,
                    m.end,
                    unknown_id(surface),
                    "kunya",
                    CONFIDENCE["kunya"],
                    True,
                    label="PER",
                )
            )
            continue
        actor = (
            m.ids[0]
            if len(m.ids) == 1 and not m.entry.ambiguous
            else _choose(m, countries, seen, registry)
        )
        if actor is None:
            continue
        rec = registry.get(actor)
        person = bool(rec and rec.is_person)
        src = _source(m)
        label = "PER" if person else ("LOC" if m.entry.state_name else "ORG")
        out.append(
            Mention(
                m.first, m.last, m.start, m.end, actor, src, CONFIDENCE[src], person, label=label
            )
        )
    out.extend(surname_corefs(tv, out, person_surnames(out, registry), CONFIDENCE["coref"]))
    out.extend(kunya_corefs(tv, out, person_kunyas(out, tv, registry), CONFIDENCE["coref"]))
    out.extend(org_short_forms(tv, registry.index, out, cues, CONFIDENCE["short"]))
    out.sort(key=lambda x: x.start)
    return out


def _overlapping(ent: Entity, mentions: Sequence[Mention]) -> list[int]:
    return [k for k, m in enumerate(mentions) if m.start < ent.end and ent.start < m.end]


def _token_range(tv: TokenView, start: int, end: int) -> tuple[int, int]:
    starts = [t.start for t in tv.tokens]
    first = max(0, bisect_right(starts, start) - 1)
    last = max(first + 1, bisect_right(starts, end - 1))
    return first, last


def attach_entities(
    text: str, tv: TokenView, entities: Sequence[Entity], mentions: list[Mention]
) -> tuple[list[Entity], list[Mention]]:
    """Join NER entities and registry mentions; returns (entities, mentions), both by position."""
    ents: list[Entity] = []
    used: set[int] = set()
    unk_surnames: dict[str, str] = {}
    extra: list[Mention] = []
    for ent in sorted(entities, key=lambda e: e.start):
        hits = [k for k in _overlapping(ent, mentions) if k not in used]
        if hits and ent.label in ("PER", "ORG", "LOC", "MISC"):
            best = max(
                hits,
                key=lambda k: min(ent.end, mentions[k].end) - max(ent.start, mentions[k].start),
            )
            used.add(best)
            mentions[best] = replace(mentions[best], entity_id=ent.id)
            ents.append(replace(ent, actor_id=mentions[best].actor_id))
        elif ent.label in ("PER", "ORG") and text[ent.start : ent.end].strip():
            actor, src = _unknown_actor(text[ent.start : ent.end], ent.label, unk_surnames)
            first, last = _token_range(tv, ent.start, ent.end)
            extra.append(
                Mention(
                    first,
                    last,
                    ent.start,
                    ent.end,
                    actor,
                    src,
                    round(ent.confidence * CONFIDENCE["ner"], 4),
                    ent.label == "PER",
                    ent.id,
                    ent.label,
                )
            )
            ents.append(replace(ent, actor_id=actor))
        else:
            ents.append(ent)
    taken = {e.id for e in ents}
    k = len(ents)
    for pos, m in enumerate(mentions):
        if m.entity_id is None:
            k += 1
            while f"e{k}" in taken:
                k += 1
            mentions[pos] = replace(m, entity_id=f"e{k}")
            ents.append(
                Entity(f"e{k}", m.label, m.start, m.end, m.confidence, m.actor_id, "registry")
            )
    ents.sort(key=lambda e: (e.start, e.end))
    return ents, sorted(mentions + extra, key=lambda x: x.start)


def _unknown_actor(surface: str, label: str, unk_surnames: dict[str, str]) -> tuple[str, str]:
    key = unknown_person_key(surface) if label == "PER" else None
    if key and key[1] is None and key[0] in unk_surnames:
        return unk_surnames[key[0]], "coref"
    actor = unknown_id(surface)
    if key and key[1] is not None:
        unk_surnames.setdefault(key[1], actor)
    return actor, "ner"
