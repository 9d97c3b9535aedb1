"""Event location: accuracy of the place rasd gives each event, on rasd's event-location gold.

Gold: benchmarks/data/events_location_gold.jsonl (guide: docs/annotation_guide_events.md,
"Event location").  The full default pipeline runs on each article; a gold event is matched to
a rasd event of the same type whose trigger overlaps.  ``--split dev`` (default) or ``test``
(MD5 of the article id, 3 buckets of 10: look at it rarely).  ``--errors`` lists the misses.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.doc import Document
from rasd.events.locscore import location_scores
from rasd.registry import build_pipeline

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks/data/events_location_gold.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    pipe = build_pipeline()

    def analyse(text: str, date: str | None) -> Document:
        return pipe(text, date=date)

    news = args.shared / "data/news/saudinewsnet_2015_conflict.jsonl.gz"
    c = location_scores(GOLD, news, analyse, args.split)
    d = c.as_dict()
    print(f"\n## Event location, rasd news gold, {args.split} half\n")
    print(
        "| gold events with a place | matched | place accuracy | geo_precision agreement "
        "(place right) | place and precision | matched, no place in gold | no place right "
        "| all matched right |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {d['gold_with_place']} | {d['matched']} | {d['place_accuracy']:.3f} "
        f"| {d['precision_agreement']:.3f} | {d['place_and_precision']:.3f} "
        f"| {d['matched_no_place']} | {d['no_place_right']:.3f} | {d['all_right']:.3f} |"
    )
    if args.errors:
        for e in c.errors:
            print(
                e["article_id"],
                e["type"],
                e["trigger_text"],
                "gold:",
                e["name"],
                e["geo_precision"],
                "got:",
                e["got"],
            )


if __name__ == "__main__":
    main()
