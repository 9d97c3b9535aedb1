"""The local engine: analyse articles in this process or in a pool of worker processes.

Each worker builds the pipeline once (in its initializer), then analyses many articles.  Results
come back in input order, so ``--workers N`` gives exactly the output of one process.
``stages`` names a pipeline from the registry (None = the default pipeline).
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing as mp
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from rasd import __version__

__all__ = ["Result", "analyze_local", "analyze_one", "pipeline_for", "warm_up"]

CHUNKSIZE = 4
WINDOW = 128  # articles in flight per worker
Stages = tuple[str, ...] | None


@dataclass
class Result:
    """One article's outcome: its analysis and the versions that made it, or an error line."""

    article: dict[str, Any]
    analysis: dict[str, Any] | None
    versions: dict[str, str]
    error: str | None = None


def pipeline_for(stages: Stages = None) -> Any:
    """The process-wide pipeline: the default one (shared with `rasd.analyze`) or a named one."""
    from rasd.pipeline import default_pipeline

    return default_pipeline(stages) if stages else default_pipeline()


def warm_up(stages: Stages = None) -> None:
    """Build the pipeline (loads models and gazetteer) once in this process.

    A failure here is not raised: it is reported again, per article, by `analyze_one` (a pool
    initializer that raises would make the pool respawn workers for ever).
    """
    try:
        pipeline_for(stages)
    except Exception:  # reported per article by analyze_one
        return


def analyze_one(article: dict[str, Any], stages: Stages = None) -> Result:
    """Analyse one input article; an exception becomes an error line (the batch goes on)."""
    from rasd.errors import RasdError

    origin = article.get("_origin") or article.get("id") or "article"
    versions = {"rasd": __version__}
    try:
        pipeline = pipeline_for(stages)
        versions.update(pipeline.versions())
        doc = pipeline(article["text"], date=article.get("date"), id=article.get("id"))
        return Result(article, doc.to_json(), versions)
    except RasdError as err:
        return Result(article, None, versions, f"rasd: error[{err.code}]: {origin}: {err.message}")
    except Exception as ex:  # one bad article must not stop a corpus run
        return Result(
            article,
            None,
            versions,
            f"rasd: error[E999]: {origin}: analysis failed: {type(ex).__name__}: {ex}",
        )


def analyze_local(
    articles: Iterable[dict[str, Any]], workers: int = 1, stages: Stages = None
) -> Iterator[Result]:
    """Results in input order, from this process (workers=1) or a pool of ``workers``.

    Nothing is built when there is nothing to analyse (e.g. a rerun where all is stored).
    """
    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return
    articles = itertools.chain([first], stream)
    if workers <= 1:
        warm_up(stages)
        for article in articles:
            yield analyze_one(article, stages)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    run = functools.partial(analyze_one, stages=stages)
    with ctx.Pool(workers, initializer=warm_up, initargs=(stages,)) as pool:
        # bounded windows: the pool's feeder would otherwise queue the whole corpus in memory
        while window := list(itertools.islice(articles, WINDOW * workers)):
            yield from pool.imap(run, window, chunksize=CHUNKSIZE)
