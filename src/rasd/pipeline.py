"""Stages and the pipeline that runs them.

A stage is a small object with one job and a declared contract::

    name: str            registry name, e.g. "ner"
    version: str         versioned implementation, e.g. "ner.crf.v1"
    requires: tuple      layers it reads
    provides: tuple      layers it writes
    __call__(doc) -> doc

`Pipeline` checks, when it is built, that every stage's requirements are provided by an earlier
stage, and names what is missing.  The stage list itself lives in `rasd.registry`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

from rasd.doc import Document
from rasd.errors import PipelineError

__all__ = ["Pipeline", "Stage", "default_pipeline"]


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """An ordered list of stages whose contracts were checked at construction."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        self._check()
        self.timings: dict[str, float] = {s.name: 0.0 for s in self.stages}

    def _check(self) -> None:
        have: set[str] = set()
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} ({stage.version}) requires {missing}, "
                    f"which no earlier stage provides (available: {sorted(have)})",
                    hint="reorder the stages or add the stage that provides it",
                )
            have.update(stage.provides)

    @property
    def provides(self) -> set[str]:
        return {p for s in self.stages for p in s.provides}

    def versions(self) -> dict[str, str]:
        """Stage name -> implementation version, recorded with every stored analysis."""
        return {s.name: s.version for s in self.stages}

    def run(self, doc: Document) -> Document:
        for stage in self.stages:
            t0 = time.perf_counter()
            doc = stage(doc)
            self.timings[stage.name] += time.perf_counter() - t0
        return doc

    def __call__(
        self, text: str, *, date: str | None = None, id: str | None = None, **meta: Any
    ) -> Document:
        return self.run(Document(text=text, id=id, date=date, meta=meta))

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self.run(doc)


@lru_cache(maxsize=4)
def default_pipeline(names: tuple[str, ...] | None = None) -> Pipeline:
    """The shared default pipeline, built once per process (models load lazily here)."""
    import gc

    from rasd.registry import DEFAULT_PIPELINE, build_pipeline

    pipe = build_pipeline(names or DEFAULT_PIPELINE)
    pipe("تحميل")  # load lazily built models and tables now
    gc.freeze()  # long-lived models and tables: keep them out of every later collection
    return pipe
