"""Prior for the lexicon calibration (rasd.events.lexcal.PRIOR_RIGHT / PRIOR_N): how often a
lexicon-scored event is right on the news-gold *dev* half with the lexicon as it was before any
entry was chosen on errors of that half (commit 176dfd8).  Dev half only; the test half is not read.

    mkdir -p /tmp/evcal/v1 && git archive 176dfd8 src | tar -x -C /tmp/evcal/v1
    cd /tmp/evcal/v1 && PYTHONPATH=/tmp/evcal/v1/src python /work/wt-evcal/benchmarks/experiments/events_calibration/lexicon_prior.py
    # -> lexicon events [202, 114] 0.564 filter events [75, 62]   (current lexicon: [157, 119] 0.758)
"""

import json
from pathlib import Path

from rasd.events.evaluate import analyse_text
from rasd.events.model import load_filters
from rasd.events.oeda import is_heldout
from rasd.events.scoring import load_news

ROOT = Path("/work/wt-evcal")
GOLD = ROOT / "benchmarks/data/events_gold.jsonl"
NEWS = ROOT.parent / "shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"
rows = [json.loads(x) for x in GOLD.read_text("utf-8").splitlines() if x.strip()]
rows = [r for r in rows if not is_heldout(r["article_id"])]
arts = load_news(NEWS, {r["article_id"] for r in rows})
filters = load_filters("news")
lex = [0, 0]
fil = [0, 0]
for aid, art in arts.items():
    ev = analyse_text(art["text"], date=art.get("date")).get("events")
    for r in (r for r in rows if r["article_id"] == aid):
        types = {e["type"] for e in r["events"]}
        for e in ev:
            if r["start"] <= e.trigger.start < r["end"]:
                k = fil if (e.type in filters and e.modality == "asserted") else lex
                k[0] += 1
                k[1] += e.type in types
print("lexicon events", lex, f"{lex[1] / max(1, lex[0]):.3f}", "filter events", fil)
