"""Shared fixtures: the small hand-written test registry and a helper that runs the text stages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from rasd.actors.registry import Registry, load_registry
from rasd.doc import Document, Entity
from rasd.registry import build_pipeline
from rasd.stages.actors import ActorStage

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def test_registry() -> Registry:
    return load_registry(DATA / "registry")


@pytest.fixture(scope="session")
def text_pipeline():  # type: ignore[no-untyped-def]
    return build_pipeline(("normalize", "tokenize", "sentences"))


@pytest.fixture(scope="session")
def analyze(test_registry: Registry, text_pipeline) -> Callable[..., Document]:  # type: ignore[no-untyped-def]
    """analyze(text, entities=(), date=None) -> Document after the actors stage (test registry)."""
    stage = ActorStage(test_registry)

    def run(text: str, entities: Sequence[Entity] = (), date: str | None = None) -> Document:
        doc = text_pipeline.run(Document(text=text, date=date)).with_layer(
            "entities", tuple(entities)
        )
        return stage(doc)

    return run


def ent(text: str, surface: str, label: str, eid: str, occurrence: int = 0) -> Entity:
    """A hand-made NER entity over the ``occurrence``-th copy of ``surface`` in ``text``."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(surface, pos + 1)
    return Entity(eid, label, pos, pos + len(surface), 0.9)


@pytest.fixture(scope="session")
def make_entity() -> Callable[..., Entity]:
    return ent


def mentions(doc: Document) -> list[tuple[str, str]]:
    return [(doc.text[m.start : m.end], m.actor_id) for m in doc.layer("actor_mentions")]


@pytest.fixture(scope="session")
def surface_ids() -> Callable[[Document], list[tuple[str, str]]]:
    return mentions


@pytest.fixture(scope="module")
def bundled_mentions(text_pipeline):  # type: ignore[no-untyped-def]
    """mentions(text) -> [(surface, actor id)] with the bundled registry (generic actors too)."""
    stage = ActorStage()

    def run(text: str) -> list[tuple[str, str]]:
        doc = stage(text_pipeline.run(Document(text=text)).with_layer("entities", ()))
        return [(text[m.start : m.end], m.actor_id) for m in doc.get("actor_mentions")]

    return run
