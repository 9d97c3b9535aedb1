"""Geocoding benchmark: accuracy on benchmarks/data/geo_gold.jsonl, speed, load time, false positives.

Run: python benchmarks/geo.py [--news PATH] [--fp-articles N]

For every gold mention the article (news, looked up by id) or the written sentence is geocoded
with `rasd.geo.locate`; the predicted place whose span overlaps the gold span (for "between"
items: the midpoint record) is compared with the gold point.  Prints accuracy within 10 km
(overall and per kind), admin-1 accuracy, precision-code agreement, resolutions per second,
stage time per article, gazetteer cold-load time, and places per 1,000 words on news.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from rasd.doc import Place
from rasd.geo.distance import haversine_km
from rasd.geo.gazetteer import Gazetteer
from rasd.geo.locate import locate_text

GOLD = Path(__file__).parent / "data" / "geo_gold.jsonl"
NEWS = Path("../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")


def _match(places: tuple[Place, ...], g: dict) -> Place | None:
    hits = [p for p in places if p.start < g["end"] and g["start"] < p.end]
    if g["kind"] == "between":
        hits = [p for p in hits if p.feature == "between"]
    else:
        hits = [p for p in hits if p.feature != "between"]
    return hits[0] if hits else None


def score(
    gold: list[dict], articles: dict[str, str], gaz: Gazetteer
) -> dict[str, dict[str, float]]:
    cache: dict[str, tuple[Place, ...]] = {}
    by_kind: dict[str, list[tuple[bool, bool | None, bool]]] = defaultdict(list)
    calib: dict[float, list[tuple[float, bool]]] = defaultdict(list)
    for g in gold:
        text = articles[g["article_id"]] if g["article_id"] else g["text"]
        key = g["article_id"] or g["id"]
        if key not in cache:
            cache[key] = locate_text(text, gaz)
        p = _match(cache[key], g)
        ok = (
            p is not None
            and p.lat is not None
            and haversine_km(p.lat, p.lon, g["lat"], g["lon"]) <= 10
        )
        adm = None if not g.get("admin1") else (p is not None and p.admin1 == g["admin1"])
        prec = p is not None and p.geo_precision == g["geo_precision"]
        by_kind[g["kind"]].append((ok, adm, prec))
        by_kind["all"].append((ok, adm, prec))
        if p is not None:
            calib[min(0.9, int(p.confidence * 10) / 10)].append((p.confidence, ok))
        if not ok and "-v" in sys.argv:
            got = None if p is None else (p.name, p.lat, p.lon, text[p.start : p.end])
            print("MISS", g["id"], g["kind"], g["surface"], "->", got, file=sys.stderr)
    out: dict[str, dict[str, float]] = {}
    for lo, rows in sorted(calib.items()):
        out[f"conf>={lo:.1f}"] = {
            "n": len(rows),
            "mean_conf": sum(c for c, _ in rows) / len(rows),
            "accuracy": sum(o for _, o in rows) / len(rows),
        }
    for kind, rows in by_kind.items():
        adm = [a for _, a, _ in rows if a is not None]
        out[kind] = {
            "n": len(rows),
            "within_10km": sum(o for o, _, _ in rows) / len(rows),
            "admin1": sum(adm) / len(adm) if adm else float("nan"),
            "precision_code": sum(p for _, _, p in rows) / len(rows),
        }
    return out


def speed(gaz: Gazetteer, texts: list[str]) -> dict[str, float]:
    """CPU time per article (detect + resolve + geometry) and resolutions per CPU second
    (process time, so other jobs on a shared machine disturb it less than wall time)."""
    from rasd.geo.detect import detect
    from rasd.geo.geometry import to_places
    from rasd.geo.resolve import resolve
    from rasd.text.normalize import normalize
    from rasd.text.tokenize import tokenize

    words = sum(len(t.split()) for t in texts)
    views = [normalize(t) for t in texts]
    prepared = [(v, tokenize(v)) for v in views]
    gc.collect()  # a collection of earlier garbage must not land in one timed phase
    t0 = time.process_time()
    found = [(detect(toks, v, gaz), toks) for v, toks in prepared]
    t_detect = time.process_time() - t0
    gc.collect()
    t1 = time.process_time()
    resolved = [(resolve(ms, gaz), toks) for ms, toks in found]
    t2 = time.process_time()
    n = sum(len(to_places(rs, toks)) for rs, toks in resolved)
    t3 = time.process_time()
    t0 = t1 - t_detect  # end-to-end time without the collection between the phases
    mentions = sum(len(ms) for ms, _ in found)
    return {
        "articles": len(texts),
        "ms_per_article": 1000 * (t3 - t0) / len(texts),
        "ms_per_400_words": 1000 * (t3 - t0) / words * 400,
        "places_per_1000_words": 1000 * n / words,
        "candidate_mentions": mentions,
        "resolutions_per_s": mentions / (t2 - t1),
        "places_per_s_end_to_end": n / (t3 - t0),
    }


def print_sample(arts: list[dict], gaz: Gazetteer, n: int, seed: int) -> None:
    """Print n random place records (with context) from 400 random articles, for hand judging."""
    import random

    rng = random.Random(seed)
    rows = []
    for a in rng.sample(arts, min(400, len(arts))):
        t = a["text"]
        for p in locate_text(t, gaz):
            if p.feature != "between":
                ctx = f"{t[max(0, p.start - 25) : p.start]}[[{t[p.start : p.end]}]]{t[p.end : p.end + 12]}"
                rows.append(
                    f"{a['id']} | {ctx.replace(chr(10), ' ')} => {p.name} {p.country} {p.feature}"
                )
    for row in rng.sample(rows, min(n, len(rows))):
        print(row)


def cold_load_s() -> float:
    code = "import time;t=time.perf_counter();from rasd.geo.gazetteer import Gazetteer;Gazetteer.load();print(time.perf_counter()-t)"
    return float(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--speed-articles", type=int, default=300)
    ap.add_argument("-v", action="store_true")
    ap.add_argument(
        "--sample", type=int, default=0, help="print N random detections to judge by hand"
    )
    ap.add_argument("--seed", type=int, default=23)
    args = ap.parse_args()
    with gzip.open(args.news, "rt", encoding="utf-8") as f:
        arts = [json.loads(line) for line in f]
    articles = {a["id"]: a["text"] for a in arts}
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    gaz = Gazetteer.load()
    if args.sample:
        print_sample(arts, gaz, args.sample, args.seed)
        return
    for kind, s in sorted(score(gold, articles, gaz).items()):
        if kind.startswith("conf"):
            print(
                f"{kind:12s} n={s['n']:4.0f}  mean_conf={s['mean_conf']:.3f}  accuracy={s['accuracy']:.3f}"
            )
            continue
        print(
            f"{kind:12s} n={s['n']:4d}  within10km={s['within_10km']:.3f}  admin1={s['admin1']:.3f}  "
            f"precision_code={s['precision_code']:.3f}"
        )
    sp = speed(gaz, [a["text"] for a in arts[:: max(1, len(arts) // args.speed_articles)]])
    print(" ".join(f"{k}={v:.2f}" for k, v in sp.items()))
    print(f"cold_load_s={cold_load_s():.3f}")


if __name__ == "__main__":
    main()
