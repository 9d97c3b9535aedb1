"""HTTP API latency on a synthetic store (no network: FastAPI's in-process TestClient).

    python benchmarks/api.py [--articles 2000] [--repeat 20]

Fills a temporary SQLite store with N synthetic articles made from the three hand-made test
articles of tests/api/api_sample.py (dates spread over 60 days, ids and texts made unique),
so about 1.7 events per article, then times each read route the web interface calls.
Prints the median and 95th percentile milliseconds per request, and the fill rate.
The figures measure the API + store, not the NLP pipeline (see benchmarks/throughput.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "api"))
import api_sample
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.store import open_store

ROUTES = (
    "/api/events?limit=100",
    "/api/events?limit=500&type=ASSAULT&country=SYR",
    "/api/events?limit=100&q=دوما",
    "/api/events?limit=100&bbox=43,12,45,16&date_from=2015-07-10&date_to=2015-07-20",
    "/api/events.geojson",
    "/api/timeline?bucket=day",
    "/api/timeline?bucket=week&actor=yem-houthis",
    "/api/network",
    "/api/actors?limit=1000",
    "/api/review-queue?limit=50",
)


def fill(store: object, n: int) -> float:
    """Store ``n`` synthetic articles; returns articles per second."""
    makers = (api_sample.taiz, api_sample.douma, api_sample.hostile)
    start, t0 = dt.date(2015, 7, 1), time.perf_counter()
    for i in range(n):
        article, analysis = makers[i % 3]()
        day = (start + dt.timedelta(days=i % 60)).isoformat()
        article = {
            **article,
            "id": f"synthetic-{i}",
            "text": f"{article['text']} ({i})",
            "date": day,
        }
        for ev in analysis["events"]:
            ev["date"] = day
        store.add_article(article, analysis, {"bench": "api.v1"})  # type: ignore[attr-defined]
    return n / (time.perf_counter() - t0)


def time_route(client: TestClient, path: str, repeat: int) -> tuple[float, float]:
    """Median and 95th percentile latency in ms over ``repeat`` requests (after one warm-up)."""
    assert client.get(path).status_code == 200, path
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(0.95 * len(times)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        rate = fill(store, args.articles)
        total = store.query_events(limit=1)[1]
        print(f"store: {args.articles} articles, {total} events; fill {rate:.0f} articles/s")
        with TestClient(create_app(store)) as client:
            print(f"{'route':<80} {'median ms':>9} {'p95 ms':>7}")
            for path in ROUTES:
                med, p95 = time_route(client, path, args.repeat)
                print(f"{path:<80} {med:9.1f} {p95:7.1f}")
        store.close()


if __name__ == "__main__":
    main()
