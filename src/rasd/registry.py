"""The one place where stages are named, versioned and ordered.

Entries are import paths, so nothing is imported until a pipeline is built (no registration by
import side effect).  ``tests/test_registry.py`` pins this table: change both on purpose.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.errors import UnknownStage
from rasd.pipeline import Pipeline, Stage

__all__ = ["DEFAULT_PIPELINE", "STAGES", "StageSpec", "build_pipeline", "create_stage"]


@dataclass(frozen=True)
class StageSpec:
    factory: str  # "module:callable" returning a Stage
    version: str
    description: str


STAGES: dict[str, StageSpec] = {
    "normalize": StageSpec(
        "rasd.stages.text:NormalizeStage", "normalize.charmap.v1", "normalised view with offset map"
    ),
    "tokenize": StageSpec(
        "rasd.stages.text:TokenizeStage", "tokenize.regex-clitic.v1", "tokens with clitic sub-spans"
    ),
    "sentences": StageSpec(
        "rasd.stages.text:SentenceStage", "sentences.rules.v1", "sentence segmentation"
    ),
    "ner": StageSpec("rasd.stages.ner:build", "ner.crf.v3", "named entities PER/ORG/LOC/MISC"),
    "quantities": StageSpec(
        "rasd.stages.quantities:QuantityStage", "quantities.rules.v1", "counted quantities"
    ),
    "dates": StageSpec(
        "rasd.stages.dates:DateStage",
        "dates.rules.v1",
        "time expressions resolved against the publication date",
    ),
    "actors": StageSpec(
        "rasd.stages.actors:build",
        "actors.registry.v1",
        "actor resolution, coreference and relations",
    ),
    "places": StageSpec(
        "rasd.stages.places:build", "places.gazetteer.v1", "toponyms and geocoding"
    ),
    "events": StageSpec(
        "rasd.stages.events:build",
        "events.v1",
        "events with arguments, modality, evidence and confidence",
    ),
}

DEFAULT_PIPELINE: tuple[str, ...] = (
    "normalize",
    "tokenize",
    "sentences",
    "ner",
    "quantities",
    "dates",
    "actors",
    "places",
    "events",
)


def create_stage(name: str) -> Stage:
    try:
        spec = STAGES[name]
    except KeyError:
        raise UnknownStage(f"unknown stage {name!r}", hint=f"known: {', '.join(STAGES)}") from None
    module, _, attr = spec.factory.partition(":")
    stage: Stage = getattr(importlib.import_module(module), attr)()
    return stage


def build_pipeline(names: Sequence[str] = DEFAULT_PIPELINE) -> Pipeline:
    return Pipeline([create_stage(n) for n in names])
