"""Print the dev-half errors of the events stage on the news gold (sentence, gold, predicted).

    PYTHONPATH=src python benchmarks/experiments/events_news_errors.py [TYPE]

Dev half only (article MD5 mod 10 >= 3); never run on the test half.
"""

import json
import sys
from pathlib import Path

from rasd.events.evaluate import analyse_text
from rasd.events.oeda import is_heldout
from rasd.events.scoring import load_news

GOLD = Path("benchmarks/data/events_gold.jsonl")
rows = [json.loads(x) for x in GOLD.read_text("utf-8").splitlines() if x.strip()]
rows = [r for r in rows if not is_heldout(r["article_id"])]
news = load_news(
    Path("../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"), {r["article_id"] for r in rows}
)
only = sys.argv[1] if len(sys.argv) > 1 else None
for aid in sorted(news):
    art = news[aid]
    text = art["text"]
    doc = analyse_text(text, date=art.get("date"))
    for r in (r for r in rows if r["article_id"] == aid):
        pred = [e for e in doc.get("events") if r["start"] <= e.trigger.start < r["end"]]
        gt = {(g["type"], g["modality"]) for g in r["events"]}
        pt = {(e.type, e.modality) for e in pred}
        gtypes = {g["type"] for g in r["events"]}
        ptypes = {e.type for e in pred}
        bad = gtypes != ptypes or gt != pt
        if not bad:
            continue
        if only and only not in gtypes | ptypes:
            continue
        print("=" * 80)
        print(aid, r["start"], text[r["start"] : r["end"]])
        for g in r["events"]:
            s, e = g["trigger"]
            print("  GOLD", g["type"], g["modality"], text[s:e])
        for e in pred:
            mark = "" if e.type in gtypes else "  <FP>"
            print(
                "  PRED",
                e.type,
                e.modality,
                text[e.trigger.start : e.trigger.end],
                e.confidence,
                mark,
            )
