"""Batch runners: local processes (`analyze_local`) and Apache Spark (`analyze_spark`).

`run_extract` backs ``rasd extract --engine/--workers``; `rasd.engine.ingest` backs ``rasd ingest``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rasd.engine.local import Result, analyze_local

if TYPE_CHECKING:
    from rasd.extract import ExtractSummary
    from rasd.io.readers import InputItem

__all__ = ["Result", "analyze", "analyze_local", "good_articles", "run_extract"]


def analyze(
    articles: Iterable[dict[str, Any]],
    *,
    engine: str = "local",
    workers: int = 1,
    master: str | None = None,
    stages: tuple[str, ...] | None = None,
) -> Iterator[Result]:
    """Analyses in input order from the chosen engine ('local' or 'spark').

    ``stages`` names registry stages for a shorter pipeline (None = the default pipeline).
    """
    if engine == "spark":
        from rasd.engine.spark import analyze_spark

        return analyze_spark(articles, master=master, stages=stages)
    return analyze_local(articles, workers=workers, stages=stages)


def good_articles(
    items: Iterable[InputItem],
    failed: list[str],
    warnings: list[str],
    on_error: Callable[[str], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """The readable articles; each bad input is reported (line added to ``failed``) and skipped."""
    for item in items:
        for w in item.warnings:
            warnings.append(w)
            if on_error:
                on_error(f"rasd: warning: {w}")
        if item.error is not None or item.article is None:
            line = (
                item.error.line() if item.error else f"rasd: error[E000]: {item.origin}: unreadable"
            )
            failed.append(line)
            if on_error:
                on_error(line)
            continue
        yield item.article | {"_origin": item.origin}


def run_extract(
    items: Iterable[InputItem],
    summary: ExtractSummary,
    *,
    engine: str = "local",
    workers: int = 1,
    master: str | None = None,
    on_error: Callable[[str], None] | None = None,
    stages: tuple[str, ...] | None = None,
) -> Iterator[dict[str, Any]]:
    """``rasd extract`` on an engine: CONTRACT objects in input order, failures in ``summary``."""
    articles = good_articles(items, summary.failed, summary.warnings, on_error)
    for result in analyze(articles, engine=engine, workers=workers, master=master, stages=stages):
        if result.analysis is None:
            summary.failed.append(str(result.error))
            if on_error:
                on_error(str(result.error))
            continue
        summary.done += 1
        yield result.analysis
