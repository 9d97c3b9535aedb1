"""The ``actors`` stage: registry resolution, coreference and relations.

Reads ``tokens``, ``sentences``, ``entities`` (and ``norm`` when present) and the publication
date; writes ``entities`` (the same entities with ``actor_id`` filled, plus entities with
``source="registry"`` for registry names the NER missed), ``actors`` (one `Actor` per actor with
all its mention spans), ``actor_mentions`` and ``relations``.
"""

from __future__ import annotations

from rasd.actors.analyze import ActorResolver
from rasd.actors.registry import Registry
from rasd.doc import Document
from rasd.text.normalize import normalize

__all__ = ["ActorStage", "build"]


class ActorStage:
    """Resolves actor mentions against the registry (see the module docstring)."""

    name = "actors"
    version = "actors.registry.v1"
    requires = ("tokens", "sentences", "entities")
    provides = ("entities", "actors", "actor_mentions", "relations")

    def __init__(self, registry: Registry | None = None) -> None:
        self.resolver = ActorResolver(registry)

    def __call__(self, doc: Document) -> Document:
        view = doc.get("norm", None) or normalize(doc.text)
        result = self.resolver.analyze(
            doc.text,
            view,
            doc.layer("tokens"),
            doc.layer("sentences"),
            doc.get("entities"),
            doc.date,
        )
        doc = doc.with_layer("entities", result.entities)
        doc = doc.with_layer("actors", result.actors)
        doc = doc.with_layer("actor_mentions", result.mentions)
        return doc.with_layer("relations", result.relations)


def build(registry: Registry | None = None) -> ActorStage:
    return ActorStage(registry)
