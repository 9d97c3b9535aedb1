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
from rasd.actors.index import fold_first, name_key
from rasd.actors.matcher import Match, TokenView
from rasd.actors.orgcoref import org_short_forms
from rasd.actors.registry import Registry
from rasd.actors.schema import load_schema
from rasd.doc import Entity
from rasd.text.tokenize import stem_candidates

__all__ = ["Mention", "resolve_matches", "attach_entities", "unknown_id"]

CONFIDENCE = {
    "alias": 0.95,
    "ambiguous": 0.75,
    "state": 0.7,
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


def _stems(word: str) -> set[str]:
    """A word without its clitics, in every segmentation ("وعاصمتها" -> "عاصمه", ...)."""
    out = {word}
    for plen, slen in stem_candidates(word):
        stem = word[plen : len(word) - slen]
        out.update((stem, fold_first(stem)))
    return out


def _is_place(m: Match, tv: TokenView, cues: Cues) -> bool:
    """A bare country or capital name used as a place: after a locative preposition or a place
    noun ("في روسيا", "بروسيا", "بمحافظة دمشق", "وعاصمتها بغداد"), or before a direction word."""
    if "ب" in m.prefix or "في" in m.prefix:
        return True
    if m.last < tv.sent_end[m.first] and tv.tokens[m.last].norm in cues.directions:
        return True
    if m.first == 0 or tv.sent_end[m.first - 1] <= m.first:
        return False
    before = _stems(tv.tokens[m.first - 1].norm)
    return not before.isdisjoint(cues.locative) or not before.isdisjoint(cues.place_heads)


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
    # a compound ("طيران التحالف", "غارات التحالف") names a force; the bare word is also "alliance"
    return _by_theatre(m.ids, countries) if m.last - m.first > 1 else None


def _by_theatre(ids: Sequence[str], countries: Counter[str]) -> str | None:
    """The candidate whose theatre (schema.toml) holds most of the document's countries
    ("طيران التحالف" next to Houthis -> the Saudi-led coalition); None on a tie or no evidence."""
    theatres = load_schema().theatres
    scored = sorted(
        ((sum(countries.get(c, 0) for c in theatres.get(i, ())), i) for i in ids), reverse=True
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


_PATRONYMIC = frozenset({"بن", "ابن", "بنت"})


def _titled_surnames_ok(matches: Sequence[Match], tv: TokenView, registry: Registry) -> list[Match]:
    """Keep a title + surname match ("القائد علوش") when the person was named in full earlier, or
    when the surname is a rare word that no patronymic follows ("اللواء محسن مخلوف" is not
    "علي محسن"; "الأمير مشعل بن عبد الله" is not "خالد مشعل")."""
    first_full: dict[str, int] = {}
    for m in matches:
        if m.source == "alias" and len(m.ids) == 1:
            first_full.setdefault(m.ids[0], m.start)
    out = []
    for m in matches:
        if m.source == "title":
            named = [i for i in m.ids if first_full.get(i, m.start) < m.start]
            nxt = tv.tokens[m.last].norm if m.last < tv.sent_end[m.first] else ""
            rare = tv.tokens[m.first].norm not in registry.index.common and nxt not in _PATRONYMIC
            if not named and not rare:
                continue
            if named and len(m.ids) > 1:
                m = replace(m, ids=tuple(named[:1]))
        out.append(m)
    return out


def _main_country(countries: Counter[str]) -> str | None:
    """The document's country: named at least twice and more often than any other."""
    top = countries.most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    return None


def _branch(actor: str, country: str | None, registry: Registry, date: str | None) -> str:
    """The country branch of a transnational group ("داعش" in a Libyan story -> IS Libya Province)."""
    if country is None:
        return actor
    rec = registry.get(actor)
    if rec is None or rec.country == country or rec.is_person:
        return actor
    found = [b for b in registry.branches.get(actor, ()) if b[1] == country and b[2].valid_on(date)]
    return found[0][0] if len(found) == 1 else actor


def _mention(m: Match, actor: str, source: str, person: bool, label: str) -> Mention:
    return Mention(
        m.first, m.last, m.start, m.end, actor, source, CONFIDENCE[source], person, label=label
    )


def resolve_matches(
    matches: Sequence[Match], tv: TokenView, registry: Registry, cues: Cues, date: str | None = None
) -> list[Mention]:
    """Registry matches -> mentions with one actor each, plus surname coreference."""
    kept = [m for m in matches if not (m.entry.state_name and _is_place(m, tv, cues))]
    kept = _titled_surnames_ok(kept, tv, registry)
    countries = _countries(kept, registry)
    main = _main_country(countries)
    seen = {m.ids[0] for m in kept if len(m.ids) == 1}
    out: list[Mention] = []
    for m in kept:
        if not m.ids:  # a title + kunya that the registry does not know: an unknown person
            surface = " ".join(t.norm for t in tv.tokens[m.first : m.last])
            out.append(_mention(m, unknown_id(surface), "kunya", True, "PER"))
            continue
        single = len(m.ids) == 1 and not m.entry.ambiguous
        actor = m.ids[0] if single else _choose(m, countries, seen, registry)
        if actor is None:
            continue
        actor = _branch(actor, main, registry, date)
        rec = registry.get(actor)
        person = bool(rec and rec.is_person)
        label = "PER" if person else ("LOC" if m.entry.state_name else "ORG")
        out.append(_mention(m, actor, _source(m), person, label))
    out.extend(surname_corefs(tv, out, person_surnames(out, registry), CONFIDENCE["coref"]))
    out.extend(kunya_corefs(tv, out, person_kunyas(out, tv, registry), CONFIDENCE["coref"]))
    out.extend(org_short_forms(tv, registry.index, out, cues, CONFIDENCE["short"]))
    out.sort(key=lambda x: x.start)
    return out


def _overlapping(ent: Entity, mentions: Sequence[Mention]) -> list[int]:
    return [k for k, m in enumerate(mentions) if m.start < ent.end and ent.start < m.end]


def _token_range(tv: TokenView, start: int, end: int) -> tuple[int, int]:
    starts = tv.starts
    first = max(0, bisect_right(starts, start) - 1)
    last = max(first + 1, bisect_right(starts, end - 1))
    return first, last


def _is_name(surface: str) -> bool:
    """An entity worth an unknown actor: at least three letters."""
    return sum(ch.isalpha() for ch in surface) >= 3


def _ner_mention(tv: TokenView, ent: Entity, actor: str, source: str) -> Mention:
    first, last = _token_range(tv, ent.start, ent.end)
    conf = round(ent.confidence * CONFIDENCE["ner"], 4)
    return Mention(
        first, last, ent.start, ent.end, actor, source, conf, ent.label == "PER", ent.id, ent.label
    )


def _registry_entities(ents: list[Entity], mentions: list[Mention]) -> None:
    """Give every mention without an entity a new entity (source "registry"), in place."""
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


def _overlap(ent: Entity, m: Mention) -> int:
    return min(ent.end, m.end) - max(ent.start, m.start)


def attach_entities(
    text: str, tv: TokenView, entities: Sequence[Entity], mentions: list[Mention]
) -> tuple[list[Entity], list[Mention]]:
    """Join NER entities and registry mentions; returns (entities, mentions), both by position."""
    ents: list[Entity] = []
    used: set[int] = set()
    unk_surnames: dict[str, str] = {}
    extra: list[Mention] = []
    for ent in sorted(entities, key=lambda e: e.start):
        overlapping = _overlapping(ent, mentions)
        hits = [k for k in overlapping if k not in used]
        if overlapping and not hits:  # a second entity inside an already joined name
            ents.append(replace(ent, actor_id=mentions[overlapping[0]].actor_id))
        elif hits:
            best = max(hits, key=lambda k: _overlap(ent, mentions[k]))
            used.add(best)
            m = mentions[best] = replace(mentions[best], entity_id=ent.id)
            # a registry name is exact: an entity cut inside it takes the name's span
            inside = m.start <= ent.start and ent.end <= m.end
            ents.append(
                replace(
                    ent,
                    actor_id=m.actor_id,
                    start=m.start if inside else ent.start,
                    end=m.end if inside else ent.end,
                )
            )
        elif ent.label in ("PER", "ORG") and _is_name(text[ent.start : ent.end]):
            actor, src = _unknown_actor(text[ent.start : ent.end], ent.label, unk_surnames)
            extra.append(_ner_mention(tv, ent, actor, src))
            ents.append(replace(ent, actor_id=actor))
        else:
            ents.append(ent)
    _registry_entities(ents, mentions)
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
