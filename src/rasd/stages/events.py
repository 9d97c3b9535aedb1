"""The events stage: who did what to whom, where, when, how many, with modality and confidence.

Reads ``tokens``, ``sentences``, ``entities``, ``quantities``, ``dates``, ``actors``, ``places`` and
(when present) ``actor_mentions``; writes ``events`` (tuple[rasd.doc.Event]) and adds to
``actors`` / ``actor_mentions`` the generic argument candidates (state bodies of the article's
country, attacked objects: `rasd.events.generic_args`) that an event names.  The work is done by
`rasd.events.extract.extract_events`; this module only wires resources and attaches the layers.
"""

from __future__ import annotations

from rasd.doc import Document
from rasd.events.extract import EventResources, extract_events
from rasd.events.generic_args import keep_used, with_generic_candidates

__all__ = ["EventStage", "build"]


class EventStage:
    """Lexicon triggers + learned ASSAULT/PROTEST filters + rule-based arguments and modality."""

    name = "events"
    version = "events.v1"
    requires = ("tokens", "sentences", "entities", "quantities", "dates", "actors", "places")
    provides = ("events", "actors", "actor_mentions")

    def __init__(self, resources: EventResources) -> None:
        self.resources = resources

    def __call__(self, doc: Document) -> Document:
        candidates = with_generic_candidates(doc)
        events = extract_events(candidates, self.resources)
        return keep_used(doc, candidates, events).with_layer("events", events)


def default_resources(profile: str = "news") -> EventResources:
    """The bundled lexicons, filters (calibrated for ``profile``) and fatality words (cached)."""
    from rasd.events.context import load_fatality_words
    from rasd.events.lexicon import load_lexicon
    from rasd.events.model import load_calibration, load_filters

    return EventResources(
        load_lexicon(), load_filters(profile), load_fatality_words(), load_calibration()
    )


def build(profile: str = "news") -> EventStage:
    """The registry's factory: news-calibrated filters; ``profile="oeda"`` for that benchmark."""
    return EventStage(default_resources(profile))
