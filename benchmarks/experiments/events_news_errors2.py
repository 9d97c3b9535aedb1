"""Dev-half error listing of the events stage on the news gold, per gold event.

    PYTHONPATH=src python benchmarks/experiments/events_news_errors2.py [--batch 1|2] [--all] [TYPE]

For each dev sentence with an error: every gold event with the system event matched to it (same
type, overlapping trigger, else same type anywhere in the sentence) and its type / modality /
trigger, marked ``TYPE`` (no system event of the type) or ``MOD`` (wrong modality); then the
system events of types the sentence has no gold event of (``FP``).  ``--all`` prints every
sentence.  Dev half only (article MD5 mod 10 >= 3); never run on the test half.
"""

import argparse
from pathlib import Path

from rasd.events.evaluate import analyse_text
from rasd.events.scoring import gold_rows, load_news

GOLD = Path("benchmarks/data/events_gold.jsonl")
NEWS = Path("../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")


def _match(g, pred):  # type: ignore[no-untyped-def]
    gs, ge = g["trigger"]
    same = [e for e in pred if e.type == g["type"]]
    over = [e for e in same if e.trigger.start < ge and gs < e.trigger.end]
    return (over or same or [None])[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=None)
    ap.add_argument("--all", action="store_true")
    ap.add_argument("type", nargs="?", default=None)
    args = ap.parse_args()
    rows = gold_rows(GOLD, "dev", args.batch)
    news = load_news(NEWS, {r["article_id"] for r in rows})
    docs = {}
    for r in rows:
        aid = r["article_id"]
        if aid not in docs:
            art = news[aid]
            docs[aid] = analyse_text(art["text"], date=art.get("date"))
        text = news[aid]["text"]
        pred = [e for e in docs[aid].get("events") if r["start"] <= e.trigger.start < r["end"]]
        gtypes = {g["type"] for g in r["events"]}
        lines = []
        bad = False
        for g in r["events"]:
            hit = _match(g, pred)
            s, e = g["trigger"]
            if hit is None:
                mark, sys_ = "TYPE", "-"
            else:
                mark = "" if hit.modality == g["modality"] else "MOD"
                sys_ = f"{hit.type} {hit.modality} «{text[hit.trigger.start : hit.trigger.end]}» {hit.confidence}"
            bad |= bool(mark)
            lines.append(f"  GOLD {g['type']} {g['modality']} «{text[s:e]}» -> {sys_} {mark}")
        for e in pred:
            if e.type not in gtypes:
                bad = True
                trig = text[e.trigger.start : e.trigger.end]
                lines.append(f"  FP   {e.type} {e.modality} «{trig}» {e.confidence}")
        if args.type and args.type not in gtypes | {e.type for e in pred}:
            continue
        if bad or args.all:
            print("=" * 80)
            print(f"{aid} {r['start']} b{r.get('batch', 1)}", text[r["start"] : r["end"]])
            print("\n".join(lines))


if __name__ == "__main__":
    main()
