"""List argument errors of the events stage, split into "no candidate" (no actor mention of the
document covers the gold words) and "wrong choice" (a mention does, another actor was chosen).

    python benchmarks/experiments/actors_arg_candidates.py [--shared ../shared] [--only oeda|news]

Training parts only: OEDA span gold with sentence-id MD5 mod 10 >= 3, news gold dev half (article
MD5 mod 10 >= 3).  Never run it on the held-out parts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rasd.doc import Document
from rasd.events.argscore import _pick, _words
from rasd.events.evaluate import analyse_text
from rasd.events.oeda import is_heldout, load_spans
from rasd.events.scoring import load_news

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from events import GOLD, _real_actor_layers  # noqa: E402


def _mentions(doc: Document) -> list[str]:
    return [f"{doc.text[m.start : m.end]}={m.actor_id}" for m in doc.get("actor_mentions")]


def oeda(shared: Path, layers) -> None:  # type: ignore[no-untyped-def]
    for t, fname in (("ASSAULT", "assault_spans_dev.json"), ("PROTEST", "protest_spans_dev.json")):
        for sid, gold in load_spans(shared / "data/events" / fname).items():
            if is_heldout(sid):
                continue
            doc = analyse_text(gold["text"], profile="oeda", layers=layers)
            ev = _pick([e for e in doc.get("events") if e.type == t], gold["verb"], doc)
            if ev is None:
                continue
            for role, slot in (("source", "actor1"), ("target", "actor2")):
                if not gold[role].strip():
                    continue
                want = _words(gold[role])
                ms = doc.get("actor_mentions")
                pred = getattr(ev, slot)
                ok = any(
                    m.actor_id == pred and _words(doc.text[m.start : m.end]) & want for m in ms
                )
                if ok:
                    continue
                cand = any(_words(doc.text[m.start : m.end]) & want for m in ms)
                kind = "WRONG" if cand else "NOCAND"
                print(
                    f"{kind}\t{t}\t{role}\tgold={gold[role]!r}\tpred={pred}\ttrig={doc.text[ev.trigger.start : ev.trigger.end]}"
                )
                print(f"\t{gold['text'][:300]}")
                print(f"\t{_mentions(doc)}")


def news(shared: Path, layers) -> None:  # type: ignore[no-untyped-def]
    rows = [json.loads(x) for x in GOLD.read_text("utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if not is_heldout(r["article_id"])]
    arts = load_news(
        shared / "data/news/saudinewsnet_2015_conflict.jsonl.gz", {r["article_id"] for r in rows}
    )
    docs: dict[str, Document] = {}
    for r in rows:
        art = arts[r["article_id"]]
        if r["article_id"] not in docs:
            docs[r["article_id"]] = analyse_text(art["text"], date=art.get("date"), layers=layers)
        doc = docs[r["article_id"]]
        for g in r["events"]:
            gs, ge = g["trigger"]
            ev = next(
                (
                    e
                    for e in doc.get("events")
                    if e.type == g["type"] and e.trigger.start < ge and gs < e.trigger.end
                ),
                None,
            )
            if ev is None:
                continue
            for role in ("actor1", "actor2"):
                if g.get(role) is None:
                    continue
                a, b = g[role]
                ms = [m for m in doc.get("actor_mentions") if m.start < b and a < m.end]
                pred = getattr(ev, role)
                if any(m.actor_id == pred for m in ms):
                    continue
                kind = "WRONG" if ms else "NOCAND"
                print(
                    f"{kind}\t{g['type']}\t{role}\tgold={doc.text[a:b]!r}\tpred={pred}\ttrig={doc.text[gs:ge]}\t{r['article_id']}"
                )
                print(f"\t{doc.text[r['start'] : r['end']][:300]!r}")
                print(f"\tover-gold={[m.actor_id for m in ms]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parents[1] / "shared")
    ap.add_argument("--only", choices=("oeda", "news"), default=None)
    a = ap.parse_args()
    layers = _real_actor_layers()
    if a.only in (None, "oeda"):
        oeda(a.shared, layers)
    if a.only in (None, "news"):
        news(a.shared, layers)


if __name__ == "__main__":
    main()
