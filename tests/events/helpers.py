"""Shared builders for the events tests: run the text stages and add hand-made layers."""

from __future__ import annotations

from collections.abc import Sequence

import rasd
from rasd.doc import Actor, ActorMention, Document, Place, Quantity, TimeExpr
from rasd.registry import build_pipeline

TEXT_PIPE = build_pipeline(("normalize", "tokenize", "sentences"))


def span_of(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def make_doc(
    text: str,
    *,
    actors: Sequence[tuple[str, str]] = (),
    places: Sequence[tuple[str, str, int]] = (),
    dates: Sequence[tuple[str, str, int]] = (),
    quantities: Sequence[tuple[str, int, str]] = (),
    date: str | None = None,
) -> Document:
    """``actors``: (surface, actor id); ``places``: (surface, id, precision);
    ``dates``: (surface, iso, precision); ``quantities``: (surface, value, unit)."""
    doc = TEXT_PIPE(text, date=date)
    mentions = [ActorMention(*span_of(text, s), actor_id=a) for s, a in actors]
    ids = sorted({a for _, a in actors})
    doc = doc.with_layer(
        "actors", tuple(Actor(a, a, a, "group", None, None, (), True) for a in ids)
    )
    doc = doc.with_layer("actor_mentions", tuple(mentions))
    doc = doc.with_layer(
        "places",
        tuple(
            Place(
                pid,
                *span_of(text, s),
                name=s,
                lat=None,
                lon=None,
                country="SYR",
                admin1=None,
                admin2=None,
                feature="city",
                geo_precision=prec,
                confidence=0.9,
            )
            for s, pid, prec in places
        ),
    )
    doc = doc.with_layer(
        "dates", tuple(TimeExpr(*span_of(text, s), date=iso, precision=p) for s, iso, p in dates)
    )
    doc = doc.with_layer(
        "quantities", tuple(Quantity(v, u, *span_of(text, s)) for s, v, u in quantities)
    )
    return doc.with_layer("entities", ())


def event_roles(text: str, etype: str) -> list[tuple[str | None, str | None]]:
    """(actor1, actor2) of every event of type ``etype`` the full pipeline finds in ``text``."""
    doc = rasd.analyze(text)
    return [(e.actor1, e.actor2) for e in doc.get("events") if e.type == etype]


def event_triggers(text: str) -> list[tuple[str, str, str]]:
    """(type, modality, trigger surface) of every event the events stage (news profile) finds."""
    from rasd.events.evaluate import analyse_text

    doc = analyse_text(text)
    return [(e.type, e.modality, text[e.trigger.start : e.trigger.end]) for e in doc.get("events")]


def _unfiltered_stage():  # type: ignore[no-untyped-def]
    """The events stage with the ASSAULT / PROTEST filter thresholds at 0: every lexicon
    candidate passes, so a modality or role test does not depend on a retrained threshold."""
    from dataclasses import replace

    from rasd.stages.events import EventStage, default_resources

    res = default_resources()
    return EventStage(
        replace(res, filters={t: replace(f, threshold=0.0) for t, f in res.filters.items()})
    )


def candidate_triggers(text: str) -> list[tuple[str, str, str]]:
    """(type, modality, trigger surface) of every candidate event, filters switched off."""
    from rasd.events.evaluate import analyse_text

    doc = analyse_text(text)
    doc = _unfiltered_stage()(doc.with_layer("events", ()))
    return [(e.type, e.modality, text[e.trigger.start : e.trigger.end]) for e in doc.get("events")]


def candidate_roles(text: str, etype: str) -> list[tuple[str | None, str | None]]:
    """(actor1, actor2) of every candidate event of type ``etype`` (full pipeline, filters off)."""
    doc = _unfiltered_stage()(rasd.analyze(text))
    return [(e.actor1, e.actor2) for e in doc.get("events") if e.type == etype]
