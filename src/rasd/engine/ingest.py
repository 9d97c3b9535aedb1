"""``rasd ingest`` as a library function: read, skip what is stored, analyse, store, summarise.

Articles already in the store (same text, by content hash) are skipped before analysis, so a
rerun after a crash resumes where it stopped.  Only this process writes to the store, one
transaction per article, in input order.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasd.engine import analyze, good_articles
from rasd.store import Store, content_hash

__all__ = ["IngestSummary", "ingest", "ingest_articles"]


@dataclass
class IngestSummary:
    done: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    events: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.done / self.seconds if self.seconds else 0.0
        return (
            f"ingested {self.done} articles ({self.events} events), skipped {self.skipped} "
            f"already stored, failed {len(self.failed)}; {self.seconds:.1f} s, {rate:.1f} articles/s"
        )


def _new_only(
    articles: Iterable[dict[str, Any]],
    store: Store,
    summary: IngestSummary,
    tick: Callable[[], None],
) -> Iterator[dict[str, Any]]:
    seen: set[str] = set()
    for article in articles:
        h = content_hash(article["text"])
        if h in seen or store.has_article(h):
            summary.skipped += 1
            tick()
            continue
        seen.add(h)
        yield article


def ingest_articles(
    articles: Iterable[dict[str, Any]],
    store: Store,
    summary: IngestSummary,
    *,
    engine: str = "local",
    workers: int = 1,
    master: str | None = None,
    tick: Callable[[], None] = lambda: None,
    on_error: Callable[[str], None] | None = None,
    stages: tuple[str, ...] | None = None,
) -> IngestSummary:
    """Analyse and store the articles not yet stored; one transaction per article."""
    t0 = time.perf_counter()
    fresh = _new_only(articles, store, summary, tick)
    for result in analyze(fresh, engine=engine, workers=workers, master=master, stages=stages):
        if result.analysis is None:
            summary.failed.append(str(result.error))
            if on_error:
                on_error(str(result.error))
        else:
            _, created = store.add_article(result.article, result.analysis, result.versions)
            if created:
                summary.done += 1
                summary.events += len(result.analysis.get("events") or [])
            else:
                summary.skipped += 1
        tick()
    summary.seconds += time.perf_counter() - t0
    return summary


def _count(paths: Sequence[str], default_date: str | None) -> int | None:
    from rasd.io.readers import iter_inputs

    if not paths or "-" in paths:
        return None
    return sum(1 for _ in iter_inputs(list(paths), default_date=default_date))


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    engine: str = "local",
    workers: int = 1,
    master: str | None = None,
    default_date: str | None = None,
    progress: bool = True,
    on_error: Callable[[str], None] | None = None,
    stages: tuple[str, ...] | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths`` into ``store``; returns the run summary."""
    from rasd.engine.progress import ingest_progress
    from rasd.io.readers import iter_inputs

    summary = IngestSummary()
    total = _count(paths, default_date) if progress else None
    with ingest_progress(total, enabled=progress) as tick:
        items = iter_inputs(list(paths), default_date=default_date)

        def report(line: str) -> None:
            if not line.startswith("rasd: warning"):
                tick()
            if on_error:
                on_error(line)

        articles = good_articles(items, summary.failed, summary.warnings, report)
        ingest_articles(
            articles,
            store,
            summary,
            engine=engine,
            workers=workers,
            master=master,
            tick=tick,
            on_error=on_error,
            stages=stages,
        )
    return summary
