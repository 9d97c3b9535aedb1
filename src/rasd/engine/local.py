"""The local engine: analyse articles in this process or in a pool of worker processes.

Each worker builds the pipeline once (in its initializer), then analyses many articles.  Results
come back in input order, so ``--workers N`` gives exactly the output of one process.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from rasd import __version__

__all__ = ["Result", "analyze_local", "analyze_one", "warm_up"]

CHUNKSIZE = 4


@dataclass
class Result:
    """One article's outcome: its analysis and the versions that made it, or an error line."""

    article: dict[str, Any]
    analysis: dict[str, Any] | None
    versions: dict[str, str]
    error: str | None = None


def warm_up() -> None:
    """Build the default pipeline (loads models and gazetteer) once in this process."""
    from rasd.pipeline import default_pipeline

    default_pipeline()


def analyze_one(article: dict[str, Any]) -> Result:
    """Analyse one input article; an exception becomes an error line (the batch goes on)."""
    from rasd.errors import RasdError
    from rasd.pipeline import default_pipeline

    pipeline = default_pipeline()
    versions = {"rasd": __version__, **pipeline.versions()}
    origin = article.get("_origin") or article.get("id") or "article"
    try:
        doc = pipeline(article["text"], date=article.get("date"), id=article.get("id"))
        return Result(article, doc.to_json(), versions)
    except RasdError as err:
        return Result(article, None, versions, f"{origin}: {err.line()}")
    except Exception as ex:  # one bad article must not stop a corpus run
        return Result(article, None, versions,
                      f"rasd: error[E999]: {origin}: analysis failed: {type(ex).__name__}: {ex}")


def analyze_local(articles: Iterable[dict[str, Any]], workers: int = 1) -> Iterator[Result]:
    """Results in input order, from this process (workers=1) or a pool of ``workers``."""
    if workers <= 1:
        warm_up()
        for article in articles:
            yield analyze_one(article)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers, initializer=warm_up) as pool:
        yield from pool.imap(analyze_one, articles, chunksize=CHUNKSIZE)
