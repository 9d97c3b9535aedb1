"""Annotation helper: print each gold event of events_gold.jsonl with its sentence, the article's
opening (dateline) and the places rasd finds, for writing the location gold (ann.txt)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rasd.events.oeda import is_heldout
from rasd.events.scoring import load_news
from rasd.registry import build_pipeline

ROOT = Path(__file__).resolve().parents[3]
NEWS = ROOT.parent / "shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"


def main() -> None:
    rows = [json.loads(x) for x in (ROOT / "benchmarks/data/events_gold.jsonl").open()]
    news = load_news(NEWS, {r["article_id"] for r in rows})
    pipe = build_pipeline()
    docs = {}
    for i, r in enumerate(rows):
        if not r["events"]:
            continue
        art = news[r["article_id"]]
        if r["article_id"] not in docs:
            docs[r["article_id"]] = pipe(art["text"], date=art.get("date"))
        doc = docs[r["article_id"]]
        text = art["text"]
        half = "TEST" if is_heldout(r["article_id"]) else "dev"
        print(f"=== row {i} {r['article_id']} {half}")
        print("HEAD:", text[:90].replace("\n", " "))
        s, e = r["start"], r["end"]
        print("SENT:", text[s:e].replace("\n", " "))
        pl = [p for p in doc.get("places") if p.start < 90 or s <= p.start < e]
        print(
            "PLACES:",
            "; ".join(f"{p.start}:{text[p.start : p.end]}={p.name}/{p.geo_precision}" for p in pl),
        )
        for j, g in enumerate(r["events"]):
            ts, te = g["trigger"]
            pred = [
                x
                for x in doc.get("events")
                if x.type == g["type"] and x.trigger.start < te and ts < x.trigger.end
            ]
            loc = f"{pred[0].location}/{pred[0].geo_precision}" if pred else "-"
            print(f"  ev {i}.{j} {g['type']} [{text[ts:te]}] rasd={loc}")


if __name__ == "__main__":
    sys.exit(main())
