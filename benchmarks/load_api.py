"""Load test of `rasd serve` (issue 10): concurrent readers and writers against a real server.

Builds a SQLite store with N synthetic events through the store interface (`Store.add_article`
with hand-made analysis dicts; no pipeline), starts `rasd serve` as a subprocess on localhost,
then runs ``--readers`` threads doing filtered event queries (and actor / event look-ups) and
``--writers`` threads posting reviews with a bearer token, for ``--seconds``.  Prints
requests/s, p50/p99 latency and errors per kind of request.

    python benchmarks/load_api.py --events 10000 --readers 50 --writers 5 --seconds 60
    python benchmarks/load_api.py ... --workers 2      # rasd serve --workers 2
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

TYPES = ["ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "THREATEN", "AGREE", "ACCUSE", "AID"]
MODALITIES = ["asserted", "asserted", "asserted", "negated", "intended", "reported_uncertain"]
PLACES = [("دوما", "Douma", 33.57, 36.40, "SYR"), ("حلب", "Aleppo", 36.20, 37.16, "SYR"),
          ("الموصل", "Mosul", 36.34, 43.13, "IRQ"), ("تعز", "Taiz", 13.58, 44.02, "YEM"),
          ("بنغازي", "Benghazi", 32.12, 20.07, "LBY"), ("غزة", "Gaza", 31.50, 34.47, "PSE")]  # fmt: skip
ACTORS = [("syr-army", "الجيش السوري"), ("syr-jaysh-al-islam", "جيش الإسلام"),
          ("isis", "تنظيم داعش"), ("irq-army", "القوات العراقية"), ("yem-houthis", "الحوثيون")]  # fmt: skip
EVENTS_PER_ARTICLE = 5


def synthetic(i: int, rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    """Article ``i`` and its analysis: EVENTS_PER_ARTICLE events with places, actors, dates."""
    place = PLACES[i % len(PLACES)]
    a1, a2 = rng.sample(ACTORS, 2)
    text = f"{a1[1]} هاجم {a2[1]} في {place[0]} يوم {i}. خبر تجريبي رقم {i} للاختبار."
    date = f"{2015 + i % 8}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    places = [{"id": "p1", "text": place[0], "start": text.index(place[0]),
               "end": text.index(place[0]) + len(place[0]), "name": place[1], "lat": place[2],
               "lon": place[3], "country": place[4], "admin1": None, "admin2": None,
               "feature": "city", "geo_precision": 1, "confidence": 0.9, "geonameid": None}]  # fmt: skip
    actors = [{"id": a[0], "name": a[0], "name_ar": a[1], "kind": "state_forces", "country": None,
               "acled_inter": 1, "mentions": [[text.index(a[1]), text.index(a[1]) + len(a[1])]],
               "in_registry": True} for a in (a1, a2)]  # fmt: skip
    events = [{"id": f"ev{k}", "type": rng.choice(TYPES), "mode": None, "cameo": None,
               "acled_event_type": None, "acled_sub_event_type": None, "actor1": a1[0],
               "actor2": a2[0], "location": "p1", "geo_precision": 1, "date": date,
               "time_precision": 1, "modality": rng.choice(MODALITIES), "quantities": [],
               "fatalities": {"low": k, "best": k, "high": k, "start": None, "end": None},
               "trigger": {"start": 0, "end": 4}, "evidence": {"start": 0, "end": len(text)},
               "confidence": round(rng.random(), 3)} for k in range(EVENTS_PER_ARTICLE)]  # fmt: skip
    analysis = {"id": f"syn{i}", "rasd_version": "0.1.0", "language": "ar",
                "publication_date": date, "entities": [], "quantities": [], "relations": [],
                "actors": actors, "places": places, "events": events}  # fmt: skip
    return {"id": f"syn{i}", "text": text, "date": date, "source": "load-test"}, analysis


def build_store(url: str, n_events: int) -> tuple[str, list[str]]:
    """Fill the store; returns a reviewer token and some event uids."""
    from rasd.store import open_store

    rng = random.Random(10)
    with open_store(url) as store:
        for i in range(n_events // EVENTS_PER_ARTICLE):
            article, analysis = synthetic(i, rng)
            store.add_article(article, analysis, {"bench": "load_api.v1"})
        token = store.add_user(f"loader{time.time_ns()}", "reviewer")
        events, _ = store.query_events(limit=1000)
        info = store.info()
    print(f"store: {info['articles']} articles, {info['events']} events", file=sys.stderr)
    return token, [e["uid"] for e in events]


def read_paths(rng: random.Random, uids: list[str]) -> tuple[str, str]:
    """One read request: (kind, path).  Most are filtered event queries."""
    place = rng.choice(PLACES)
    filters = [
        {"type": rng.choice(TYPES), "country": place[4]},
        {"actor": rng.choice(ACTORS)[0], "modality": "asserted"},
        {"date_from": "2017-01-01", "date_to": "2018-12-31", "type": rng.choice(TYPES)},
        {"bbox": f"{place[3] - 1},{place[2] - 1},{place[3] + 1},{place[2] + 1}"},
        {"q": place[0]},
        {"place": place[1], "order": "-confidence"},
    ]
    roll = rng.random()
    if roll < 0.8:
        query = rng.choice(filters) | {"limit": 50, "offset": rng.choice([0, 50, 100])}
        return "events?filtered", "/api/events?" + urllib.parse.urlencode(query)
    if roll < 0.9:
        return "events/{id}", f"/api/events/{rng.choice(uids)}"
    return "actors", "/api/actors?" + urllib.parse.urlencode({"q": rng.choice(ACTORS)[1][:3]})


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = {}
        self.errors: dict[str, list[str]] = {}

    def add(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)
            if error:
                self.errors.setdefault(kind, []).append(error)


def request(conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None,
            headers: dict[str, str], ok: int) -> str | None:  # fmt: skip
    try:
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        r.read()
        return None if r.status == ok else f"HTTP {r.status} {path[:60]}"
    except (OSError, http.client.HTTPException) as ex:
        conn.close()
        return f"{type(ex).__name__}: {ex}"


def reader(port: int, stop: float, seed: int, uids: list[str], rec: Recorder) -> None:
    rng, conn = random.Random(seed), http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.monotonic() < stop:
        kind, path = read_paths(rng, uids)
        t0 = time.perf_counter()
        error = request(conn, "GET", path, None, {}, 200)
        rec.add(kind, time.perf_counter() - t0, error)
    conn.close()


def writer(port: int, stop: float, seed: int, uids: list[str], token: str, rec: Recorder) -> None:
    rng, conn = random.Random(seed), http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    while time.monotonic() < stop:
        verdict = rng.choice(["confirm", "reject", "edit"])
        body = {"verdict": verdict, "changes": {"modality": "negated"} if verdict == "edit" else {}}
        t0 = time.perf_counter()
        path = f"/api/events/{rng.choice(uids)}/review"
        error = request(conn, "POST", path, json.dumps(body).encode(), headers, 201)
        rec.add("review (POST)", time.perf_counter() - t0, error)
    conn.close()


def start_server(url: str, workers: int = 1) -> tuple[subprocess.Popen, int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "rasd.cli.main", "serve", "--db", url, "--port", str(port),
           "--workers", str(workers)]  # fmt: skip
    server = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server, port
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("rasd serve did not start")


def report(rec: Recorder, seconds: float) -> None:
    total = sum(len(v) for v in rec.latencies.values())
    errors = sum(len(v) for v in rec.errors.values())
    print("| request | n | req/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|")
    for kind, lat in sorted(rec.latencies.items()):
        q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
        print(f"| {kind} | {len(lat)} | {len(lat) / seconds:.1f} | {q[49] * 1000:.0f} | "
              f"{q[98] * 1000:.0f} | {len(rec.errors.get(kind, []))} |")  # fmt: skip
    print(f"| **all** | {total} | {total / seconds:.1f} | | | {errors} |")
    for kind, errs in rec.errors.items():
        print(f"errors in {kind}: {sorted(set(errs))[:5]}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--readers", type=int, default=50)
    ap.add_argument("--writers", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--workers", type=int, default=1, help="rasd serve --workers (processes)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'load.db'}"
        t0 = time.perf_counter()
        token, uids = build_store(url, args.events)
        print(f"built in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        server, port = start_server(url, args.workers)
        time.sleep(2.0 if args.workers > 1 else 0.0)  # the port opens before every worker is up
        try:
            rec, stop = Recorder(), time.monotonic() + args.seconds
            threads = [threading.Thread(target=reader, args=(port, stop, i, uids, rec))
                       for i in range(args.readers)]  # fmt: skip
            threads += [threading.Thread(target=writer, args=(port, stop, 1000 + i, uids, token, rec))
                        for i in range(args.writers)]  # fmt: skip
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            report(rec, args.seconds)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
