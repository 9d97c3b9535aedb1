"""`rasd bench`: documents/s per stage and end to end, on any articles (one process)."""

from __future__ import annotations

import resource
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["BenchResult", "bench_pipeline"]


@dataclass
class BenchResult:
    documents: int
    words: int
    seconds: float
    stage_seconds: dict[str, float]
    load_seconds: float
    peak_rss_mb: float

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def bench_pipeline(articles: Iterable[dict[str, Any]]) -> BenchResult:
    """Run the default pipeline over ``articles`` and time each stage."""
    from rasd.registry import build_pipeline

    arts = list(articles)
    t0 = time.perf_counter()
    import gc

    pipe = build_pipeline()
    pipe("تحميل")  # load models and data once
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    load = time.perf_counter() - t0
    pipe.timings = {k: 0.0 for k in pipe.timings}
    words = 0
    t0 = time.perf_counter()
    for art in arts:
        doc = pipe(art["text"], date=art.get("date"), id=art.get("id"))
        doc.to_json()
        words += len(art["text"].split())
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(len(arts), words, elapsed, dict(pipe.timings), load, peak)
