"""From a Document with its layers to a tuple of `Event` records (compute only; the stage attaches)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rasd.doc import (
    ActorMention,
    Document,
    Event,
    Fatalities,
    Quantity,
    Sentence,
    Span,
    Token,
)
from rasd.events.arguments import ActorSlots, assign_actors
from rasd.events.context import (
    FatalityWords,
    event_date,
    event_fatalities,
)
from rasd.events.detect import Candidate, detect_sentence
from rasd.events.lexicon import Lexicon, TriggerEntry
from rasd.events.location import ArticlePlaces
from rasd.events.mapping import map_event
from rasd.events.modality import NOT_EVENT
from rasd.events.model import LinearFilter
from rasd.events.sides import Sides, read_sides

__all__ = ["EventResources", "extract_events"]


@dataclass(frozen=True)
class EventResources:
    lexicon: Lexicon
    filters: Mapping[str, LinearFilter]
    fatality_words: FatalityWords
    calibration: tuple[float, float] = (1.0, 0.0)


@dataclass(frozen=True)
class _Article:
    """What every event of one document needs: its layers, prepared once."""

    doc: Document
    tokens: Sequence[Token]
    starts: Sequence[int]
    mentions: Sequence[ActorMention]
    places: ArticlePlaces
    res: EventResources
    sides: Sides


def extract_events(doc: Document, res: EventResources) -> tuple[Event, ...]:
    """Events of every sentence of ``doc``, numbered ev1, ev2 … in text order."""
    tokens: Sequence[Token] = doc.get("tokens")
    known = {a.id for a in doc.get("actors")}
    mentions = [m for m in doc.get("actor_mentions") if m.actor_id in known]
    art = _Article(
        doc,
        tokens,
        [t.start for t in tokens],
        mentions,
        ArticlePlaces(doc),
        res,
        read_sides(doc, mentions),
    )
    events: list[Event] = []
    for sent in doc.get("sentences"):
        cands = detect_sentence(
            tokens, sent.first_token, sent.last_token, res.lexicon, res.filters, res.calibration
        )
        near = _near(art, sent) if cands else []
        for cand in cands:
            if cand.modality not in NOT_EVENT:  # a demand or a casualty tally
                events.append(_event(art, sent, cand, len(events) + 1, near))
    return tuple(events)


def _near(art: _Article, sent: Sentence) -> list[ActorMention]:
    """The mentions `assign_actors` can use for a trigger of ``sent`` (those that start in it
    or reach into it), in document order: the others never change its answer."""
    tokens = art.tokens
    lo = tokens[sent.first_token].start if 0 < sent.first_token < len(tokens) else -1
    if sent.last_token >= len(tokens):
        return [m for m in art.mentions if m.end >= lo]
    hi = tokens[sent.last_token].start  # a mention starting here belongs to the next sentence
    return [m for m in art.mentions if m.end >= lo and m.start < hi]


def _by_side(slots: ActorSlots, sides: Sides, event_type: str) -> ActorSlots:
    """A group, not its leader, attacks; a leader and his group are never on both sides."""
    a1, a2 = slots.actor1, slots.actor2
    if a1 is not None and event_type == "ASSAULT":
        a1 = sides.organisation(a1)
    if a1 is not None and a2 is not None and sides.same_side(a1.actor_id, a2.actor_id):
        a2 = None
    return ActorSlots(a1, a2)


def _event(
    art: _Article, sent: Sentence, cand: Candidate, number: int, mentions: Sequence[ActorMention]
) -> Event:
    entry = cand.match.entry
    assert isinstance(entry, TriggerEntry)
    tokens, doc = art.tokens, art.doc
    trig = Span(tokens[cand.match.first].start, tokens[cand.match.last - 1].end)
    slots = assign_actors(
        tokens,
        art.starts,
        mentions,
        (cand.match.first, cand.match.last),
        (sent.first_token, sent.last_token),
        cand.type,
        entry.pos,
    )
    slots = _by_side(slots, art.sides, cand.type)
    clause = (tokens[cand.clause[0]].start, tokens[cand.clause[1] - 1].end)
    location, geo = art.places.locate(
        (sent.start, sent.end), clause, (trig.start, trig.end), cand.type
    )
    date, tprec = event_date(doc.get("dates"), (sent.start, sent.end), trig.start, doc.date)
    fat, fat_q = _fatalities(art, sent, cand)
    mapped = map_event(cand.type, cand.mode)
    return Event(
        id=f"ev{number}",
        type=cand.type,
        mode=cand.mode,
        acled_event_type=mapped.acled_event_type,
        acled_sub_event_type=mapped.acled_sub_event_type,
        cameo=mapped.cameo,
        actor1=slots.actor1.actor_id if slots.actor1 else None,
        actor2=slots.actor2.actor_id if slots.actor2 else None,
        location=location,
        geo_precision=geo,
        date=date,
        time_precision=tprec,
        modality=cand.modality,
        fatalities=fat,
        quantities=_other_quantities(doc.get("quantities"), sent, fat_q),
        trigger=trig,
        evidence=_evidence(tokens, cand, trig, slots.actor1, slots.actor2, fat),
        confidence=cand.confidence,
    )


def _other_quantities(
    quantities: Sequence[Quantity], sent: Sentence, fat_q: Quantity | None
) -> tuple[Quantity, ...]:
    return tuple(
        q for q in quantities if sent.start <= q.start and q.end <= sent.end and q is not fat_q
    )


def _fatalities(
    art: _Article, sent: Sentence, cand: Candidate
) -> tuple[Fatalities, Quantity | None]:
    if cand.type != "ASSAULT":
        return Fatalities(0, 0, 0), None
    return event_fatalities(
        art.tokens,
        (sent.first_token, sent.last_token),
        art.doc.get("quantities"),
        art.res.fatality_words,
    )


def _evidence(
    tokens: Sequence[Token],
    cand: Candidate,
    trig: Span,
    a1: ActorMention | None,
    a2: ActorMention | None,
    fat: Fatalities,
) -> Span:
    """The smallest span holding the trigger, its cue and its arguments (else the trigger's clause)."""
    parts = [(trig.start, trig.end)]
    parts += [(m.start, m.end) for m in (a1, a2) if m is not None]
    if fat.start is not None and fat.end is not None:
        parts.append((fat.start, fat.end))
    if cand.cue is not None:
        parts.append((tokens[cand.cue.first].start, tokens[cand.cue.last - 1].end))
    if len(parts) == 1:
        first, last = cand.clause
        return Span(tokens[first].start, tokens[last - 1].end)
    return Span(min(s for s, _ in parts), max(e for _, e in parts))
