"""The Spark engine: the same analysis, run by Spark executors (local mode or any cluster).

Articles are read on the driver and sent to executors in batches of `BATCH` (all partitions of
a batch run in parallel; the driver keeps at most one batch of results); each executor Python worker
builds the pipeline once (`default_pipeline` is cached per process and Spark reuses its Python
workers), then analyses whole partitions (``mapPartitions``).  Results come back in input order.
"""

from __future__ import annotations

import functools
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from rasd.engine.local import Result, analyze_one, warm_up

__all__ = ["analyze_partition", "analyze_spark", "spark_session"]

BATCH = 2000


def spark_session(master: str | None = None, app_name: str = "rasd") -> Any:
    """A SparkSession for ``master`` (default ``local[*]``); the Spark UI stays off."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        from rasd.errors import UsageError

        raise UsageError("--engine spark needs pyspark", hint="pip install 'rasd[spark]'") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master or os.environ.get("RASD_SPARK_MASTER", "local[*]"))
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.driver.maxResultSize", "2g")
    )
    try:
        session = builder.getOrCreate()
    except Exception as ex:  # Java missing, bad master URL, ...: one coded line, no traceback
        from rasd.errors import EngineError

        raise EngineError(
            f"cannot start Spark ({type(ex).__name__}: {str(ex).splitlines()[0][:200]})",
            hint="install Java 17 and check --master",
        ) from None
    session.sparkContext.setLogLevel(os.environ.get("RASD_SPARK_LOG_LEVEL", "ERROR"))
    return session


def analyze_partition(
    rows: Iterable[tuple[int, dict[str, Any]]], stages: tuple[str, ...] | None = None
) -> Iterator[tuple[int, Result]]:
    """Runs on an executor: the pipeline is built once per Python worker, then reused."""
    warm_up(stages)
    for index, article in rows:
        yield index, analyze_one(article, stages)


def _run_batch(
    sc: Any, batch: list[tuple[int, dict[str, Any]]], slices: int, stages: tuple[str, ...] | None
) -> Iterator[Result]:
    rdd = sc.parallelize(batch, max(1, min(slices, len(batch))))
    run = functools.partial(analyze_partition, stages=stages)
    for _index, result in sorted(rdd.mapPartitions(run).collect(), key=lambda r: r[0]):
        yield result


def analyze_spark(
    articles: Iterable[dict[str, Any]],
    master: str | None = None,
    batch_size: int = BATCH,
    session: Any = None,
    stages: tuple[str, ...] | None = None,
) -> Iterator[Result]:
    """Results in input order, computed on Spark."""
    spark = session or spark_session(master)
    sc = spark.sparkContext
    slices = max(2, sc.defaultParallelism * 2)
    numbered = enumerate(articles)
    while batch := list(itertools.islice(numbered, batch_size)):
        yield from _run_batch(sc, batch, slices, stages)
