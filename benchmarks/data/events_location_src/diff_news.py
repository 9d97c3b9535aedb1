"""Event locations on 200 unlabelled news articles (not in the events gold), for a before/after
diff: ``PYTHONPATH=<tree>/src python diff_news.py OUT.json``.  Also times the events stage alone
on these documents (all layers present), in sentences/s."""

from __future__ import annotations

import gzip
import json
import random
import sys
import time
from pathlib import Path

from rasd.registry import DEFAULT_PIPELINE, build_pipeline, create_stage

ROOT = Path(__file__).resolve().parents[3]
NEWS = ROOT.parent / "shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"


def main() -> None:
    gold = {
        json.loads(x)["article_id"] for x in (ROOT / "benchmarks/data/events_gold.jsonl").open()
    }
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        arts = [a for a in map(json.loads, fh) if a["id"] not in gold]
    random.Random(2026).shuffle(arts)
    arts = arts[:200]
    upstream = build_pipeline(tuple(n for n in DEFAULT_PIPELINE if n != "events"))
    docs = [upstream(a["text"], date=a.get("date")) for a in arts]
    stage = create_stage("events")
    t0 = time.perf_counter()
    out_docs = [stage(d) for d in docs]
    dt = time.perf_counter() - t0
    n = sum(len(d.layer("sentences")) for d in docs)
    print(f"{len(docs)} articles, {n} sentences: events stage {n / dt:.0f} sentences/s")
    rows = []
    for a, d in zip(arts, out_docs, strict=True):
        places = {p.id: p for p in d.get("places")}
        for e in d.get("events"):
            p = places.get(e.location) if e.location else None
            rows.append(
                {
                    "article_id": a["id"],
                    "type": e.type,
                    "trigger": [e.trigger.start, e.trigger.end],
                    "place": p.name if p else None,
                    "span": [p.start, p.end] if p else None,
                    "geo_precision": e.geo_precision,
                }
            )
    Path(sys.argv[1]).write_text(json.dumps(rows, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
