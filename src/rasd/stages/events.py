"""The events stage: who did what to whom, where, when, how many, with modality and confidence.

Reads ``tokens``, ``sentences``, ``entities``, ``quantities``, ``dates``, ``actors``, ``places`` and
(when present) ``actor_mentions``; writes ``events`` (tuple[rasd.doc.Event]).  The work is done
by `rasd.events.extract.extract_events`; this module only wires resources and attaches the layer.
"""

from __future__ import annotations

from rasd.doc import Document
from rasd.events.extract import EventResources, extract_events

__all__ = ["EventStage", "build"]


class EventStage:
    """Lexicon triggers + learned ASSAULT/PROTEST filters + rule-based arguments and modality."""

    name = "events"
    version = "events.v1"
    requires = ("tokens", "sentences", "entities", "quantities", "dates", "actors", "places")
    provides = ("events",)

    def __init__(self, resources: EventResources) -> None:
        self.resources = resources

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer("events", extract_events(doc, self.resources))


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
