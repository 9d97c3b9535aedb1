"""ECE of lexicon-scored and filter-scored events on one half of the news gold.

PYTHONPATH=src python benchmarks/experiments/events_ece_split.py dev|test
"""

import json
import sys
from pathlib import Path

from rasd.events.evaluate import analyse_text, expected_calibration_error
from rasd.events.oeda import is_heldout
from rasd.events.scoring import load_news

half = sys.argv[1]
rows = [
    json.loads(x)
    for x in Path("benchmarks/data/events_gold.jsonl").read_text().splitlines()
    if x.strip()
]
rows = [r for r in rows if is_heldout(r["article_id"]) == (half == "test")]
arts = load_news(
    Path("../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"), {r["article_id"] for r in rows}
)
parts = {"lexicon": ([], []), "filter": ([], [])}
for aid, art in arts.items():
    evs = analyse_text(art["text"], date=art.get("date")).get("events")
    for r in (r for r in rows if r["article_id"] == aid):
        types = {e["type"] for e in r["events"]}
        for e in evs:
            if r["start"] <= e.trigger.start < r["end"]:
                k = (
                    "filter"
                    if e.type in ("ASSAULT", "PROTEST") and e.modality == "asserted"
                    else "lexicon"
                )
                parts[k][0].append(e.confidence)
                parts[k][1].append(e.type in types)
for k, (c, y) in parts.items():
    print(
        f"{half} {k}: n={len(c)} mean conf={sum(c) / len(c):.3f} accuracy={sum(y) / len(y):.3f} ECE={expected_calibration_error(c, y):.3f}"
    )
