"""Dev-half listing of argument errors on the news gold (arguments round 7).

    PYTHONPATH=src python benchmarks/experiments/events_arg_errors7.py [--batch 1|2|3] [--all]

For each gold actor1 / actor2 whose event rasd found (same type, overlapping trigger, the
rule of rasd.events.argscore): the gold span text, rasd's actor id with its mention texts in the
sentence, and the actor mentions that overlap the gold span (id and text).  Class:
``ok``; ``no-mention`` (no actor mention overlaps the gold span: NER / registry / generic
candidates miss it, or the scorer cannot map the span); ``none`` (rasd gave no actor though
a mention overlaps); ``wrong`` (rasd chose another actor).  Dev half only; never the test half.
"""

import argparse
from collections import Counter
from pathlib import Path

from rasd.events.argscore import _match, _right
from rasd.events.evaluate import analyse_text
from rasd.events.scoring import gold_rows, load_news

GOLD = Path("benchmarks/data/events_gold.jsonl")
NEWS = Path("../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")


def _layers():  # type: ignore[no-untyped-def]
    from rasd.events.evaluate import stage_layers

    return stage_layers("ner", "actors", "places")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=None)
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    rows = gold_rows(GOLD, "dev", args.batch)
    news = load_news(NEWS, {r["article_id"] for r in rows})
    layers = _layers()
    docs = {}
    counts: Counter[str] = Counter()
    for i, r in enumerate(rows):
        aid = r["article_id"]
        if aid not in docs:
            art = news[aid]
            docs[aid] = analyse_text(art["text"], date=art.get("date"), layers=layers)
        doc, text = docs[aid], news[aid]["text"]
        ms = [m for m in doc.get("actor_mentions") if r["start"] <= m.start < r["end"]]
        for g in r["events"]:
            ev = _match(doc, g)
            for role in ("actor1", "actor2"):
                if g.get(role) is None or ev is None:
                    continue
                gs, ge = g[role]
                pid = getattr(ev, role)
                over = [m for m in ms if m.start < ge and gs < m.end]
                if _right(doc, pid, g[role]):
                    cls = "ok"
                elif not over:
                    cls = "no-mention"
                elif pid is None:
                    cls = "none"
                else:
                    cls = "wrong"
                counts[f"{role} {cls}"] += 1
                if cls == "ok" and not args.all:
                    continue
                pm = [text[m.start : m.end] for m in ms if m.actor_id == pid]
                ov = [f"{m.actor_id}«{text[m.start : m.end]}»" for m in over]
                t = text[ev.trigger.start : ev.trigger.end]
                print(f"[{i} {aid}] {role} {cls} {g['type']} «{t}» gold «{text[gs:ge]}»")
                print(f"   rasd {pid} {pm}  overlapping {ov}")
                print(f"   {text[r['start'] : r['end']]}")
    for k, v in sorted(counts.items()):
        print(k, v)


if __name__ == "__main__":
    main()
