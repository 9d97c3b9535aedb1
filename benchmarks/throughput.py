"""Throughput of rasd on the news corpus: extract with 1 and 2 workers and with Spark, ingest.

    python benchmarks/throughput.py                        # all 3,466 articles, local engines
    python benchmarks/throughput.py --limit 500 --spark 200   # + Spark on 200 articles (and a check
                                                              #   that Spark's output equals local)
    python benchmarks/throughput.py --ingest               # + ingest into a fresh SQLite store

Prints articles/s, words/s, CPU seconds (articles per CPU-second is the fair figure on a shared
machine: see load_avg_1min), the per-stage time split (one process, Pipeline.timings) and peak
memory (max RSS of this process and of its worker processes).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

NEWS = Path("/work/shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")


def load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return rows[:limit] if limit else rows


def _cpu_s() -> float:
    """CPU seconds of this process and of its finished worker processes (not Spark's JVM)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(kids, 1)


def timed(label: str, arts: list[dict[str, Any]], run: Any) -> tuple[list[Any], dict[str, Any]]:
    words = sum(len(a["text"].split()) for a in arts)
    cpu0, t0 = _cpu_s(), time.perf_counter()
    results = list(run())
    dt, cpu = time.perf_counter() - t0, _cpu_s() - cpu0
    failed = sum(1 for r in results if r.analysis is None)
    row = {
        "run": label,
        "articles": len(arts),
        "failed": failed,
        "seconds": round(dt, 2),
        "articles_per_s": round(len(arts) / dt, 1),
        "words_per_s": round(words / dt),
        "cpu_s": round(cpu, 2),
        "articles_per_cpu_s": round(len(arts) / cpu, 1) if cpu else None,
        "load_avg_1min": round(os.getloadavg()[0], 1),
        "peak_rss_mb_self_children": _peak_mb(),
    }
    print(json.dumps(row, ensure_ascii=False), flush=True)
    return results, row


def stage_split() -> dict[str, float]:
    from rasd.pipeline import default_pipeline

    timings = default_pipeline().timings
    total = sum(timings.values()) or 1.0
    return {k: round(100 * v / total, 1) for k, v in timings.items()} | {"total_s": round(total, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", type=Path, default=NEWS)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--spark", type=int, default=0, help="articles to run on Spark (0 = skip)")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--ingest", action="store_true")
    args = ap.parse_args()

    from rasd.engine import analyze

    arts = load(args.input, args.limit)
    print(f"{len(arts)} articles, {sum(len(a['text'].split()) for a in arts)} words")
    local: list[Any] = []
    for w in args.workers:
        results, _ = timed(f"extract local workers={w}", arts, lambda w=w: analyze(arts, workers=w))
        if w == 1:
            local = results
            print("stage split % (workers=1):", json.dumps(stage_split()))
    if args.spark:
        sub = arts[: args.spark]
        spark, _ = timed(
            f"extract spark {args.master}",
            sub,
            lambda: analyze(sub, engine="spark", master=args.master),
        )
        if not local:
            local = list(analyze(sub))
        same = [r.analysis for r in spark] == [r.analysis for r in local[: len(sub)]]
        print(f"spark output equals local output on {len(sub)} articles: {same}")
    if args.ingest:
        ingest_run(arts, max(args.workers))


def ingest_run(arts: list[dict[str, Any]], workers: int) -> None:
    from rasd.engine.ingest import IngestSummary, ingest_articles
    from rasd.store import open_store

    with tempfile.TemporaryDirectory() as tmp, open_store(f"sqlite:///{tmp}/b.sqlite") as st:
        t0 = time.perf_counter()
        s1 = ingest_articles(arts, st, IngestSummary(), workers=workers)
        dt = time.perf_counter() - t0
        s2 = ingest_articles(arts, st, IngestSummary(), workers=workers)
        info = st.info()
    print(
        json.dumps(
            {
                "run": f"ingest sqlite workers={workers}",
                "done": s1.done,
                "failed": len(s1.failed),
                "seconds": round(dt, 2),
                "articles_per_s": round(len(arts) / dt, 1),
                "second_run_skipped": s2.skipped,
                "articles": info["articles"],
                "events": info["events"],
                "incidents": info["incidents"],
            }
        )
    )


if __name__ == "__main__":
    main()
