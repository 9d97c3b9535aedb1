"""Events benchmark: detection P/R/F1, arguments, modality, calibration and speed.

    python benchmarks/events.py [--shared ../shared]

Reports only on held-out data: the OEDA held-out part (MD5 of the sentence id, 3 buckets of 10;
never used in training) and the test half of rasd's own gold (MD5 of the article id).  Source and
target actors are scored (rasd.events.argscore) with rasd's ner + actors stages and, for
comparison, with stand-in actor mentions from the UniversalPetrarch dictionaries
(rasd.events.proxy_actors); ``--split train`` scores only the training part (MD5 buckets 3-9).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from rasd.events.evaluate import (
    analyse_text,
    calibration_table,
    expected_calibration_error,
    perfect_ece,
    prf,
)
from rasd.events.modality import MODALITIES
from rasd.events.oeda import annotator_reference, is_heldout, load_detection
from rasd.events.proxy_actors import ProxyActors
from rasd.events.scoring import gold_rows, load_news, oeda_detection, own_gold_scores

GOLD = Path(__file__).resolve().parent / "data" / "events_gold.jsonl"


def _perfect(baseline: tuple[float, float, float]) -> str:
    mean, lo, hi = baseline
    return f"{mean:.3f} ({lo:.3f}-{hi:.3f})"


def _print_calibration(rows: list) -> None:
    print("| confidence | n | mean conf | accuracy |\n|---|---|---|---|")
    for lo, hi, n, mean, acc in rows:
        print(f"| {lo:.1f}-{hi:.1f} | {n} | {mean:.3f} | {acc:.3f} |")


def oeda(shared: Path, split: str) -> None:
    print(f"## OEDA {split} part (profile oeda): sentence has an asserted event of the type\n")
    print(
        "| type | n | tp | fp | fn | P | R | F1 | ECE | ECE if perfectly calibrated (90% range) |\n"
        "|---|---|---|---|---|---|---|---|---|---|"
    )
    tables = {}
    for t, fname in (
        ("ASSAULT", "assault_detection_dev.csv"),
        ("PROTEST", "protest_detection_dev.csv"),
    ):
        r = oeda_detection(shared / "data/events" / fname, t, split)
        n = sum(
            1
            for s in load_detection(shared / "data/events" / fname)
            if is_heldout(s.id) == (split == "heldout")
        )
        print(
            f"| {t} | {n} | {r['tp']} | {r['fp']} | {r['fn']} | {r['precision']:.3f} | {r['recall']:.3f} "
            f"| {r['f1']:.3f} | {r['ece']:.3f} | {_perfect(r['ece_perfect'])} |"
        )
        tables[t] = r["calibration"]
    print(
        "\nReference: one annotator of the OEDA pool against the same labels (expected, from the "
        "vote counts; rasd.events.oeda.annotator_reference)\n\n| type | positives | expected fp "
        "| P | R | F1 |\n|---|---|---|---|---|---|"
    )
    for t, fname in (
        ("ASSAULT", "assault_detection_dev.csv"),
        ("PROTEST", "protest_detection_dev.csv"),
    ):
        a = annotator_reference(shared / "data/events" / fname, split)
        print(
            f"| {t} | {a['positives']:.0f} | {a['expected_fp']:.1f} | {a['precision']:.3f} "
            f"| {a['recall']:.3f} | {a['f1']:.3f} |"
        )
    for t, rows in tables.items():
        print(f"\nCalibration, {t} (events output on OEDA held-out):\n")
        _print_calibration(rows)


def _real_actor_layers():  # type: ignore[no-untyped-def]
    """The shipped ner + actors + places stages (the events stage then adds its generic argument
    candidates, rasd.events.generic_args)."""
    from rasd.events.evaluate import stage_layers

    return stage_layers("ner", "actors", "places")


def arguments(shared: Path, split: str) -> None:
    dictionaries = shared / "data/universalpetrarch_arabic/dictionaries"
    for label, layers in (
        (
            "stand-in mentions from PETRARCH dictionaries",
            ProxyActors.from_dictionaries(dictionaries),
        ),
        ("mentions from rasd's ner + actors stages", _real_actor_layers()),
    ):
        _arguments(shared, split, label, layers)
    _news_arguments(shared, split)


def _news_arguments(shared: Path, split: str) -> None:
    from rasd.events.argscore import news_argument_accuracy

    half = "test" if split == "heldout" else "dev"
    news = shared / "data/news/saudinewsnet_2015_conflict.jsonl.gz"
    r = news_argument_accuracy(GOLD, news, _real_actor_layers(), half, _BATCH[0])
    which = "" if _BATCH[0] is None else f", batch {_BATCH[0]} only"
    print(
        f"\n## actor1 / actor2, rasd news gold {half} half{which} (ner + actors stages, all types)\n"
    )
    print("| role | gold | with event | correct | acc. given event |\n|---|---|---|---|---|")
    for role, v in r.items():
        acc = v["correct"] / v["with_event"] if v["with_event"] else 0.0
        print(f"| {role} | {v['gold']} | {v['with_event']} | {v['correct']} | {acc:.3f} |")


_BATCH: list[int | None] = [None]  # news gold rows of one annotation batch (--gold-batch)
_PICK = ["position"]  # OEDA scorer's event choice: "position" (round 5) or "first" (rounds 1-4)


def _arguments(shared: Path, split: str, label: str, proxy) -> None:  # type: ignore[no-untyped-def]
    from rasd.events.argscore import oeda_argument_accuracy

    print(f"\n## Source / target actors, OEDA {split} positives ({label}; event pick {_PICK[0]})\n")
    print(
        "| type | role | gold | with event | correct (nearest) | acc. given event (nearest) "
        "| correct (any) | acc. given event (any) | acc. end to end (any) |\n"
        "|---|---|---|---|---|---|---|---|---|"
    )
    for t, fname in (("ASSAULT", "assault_spans_dev.json"), ("PROTEST", "protest_spans_dev.json")):
        r = oeda_argument_accuracy(shared / "data/events" / fname, proxy, t, split, pick=_PICK[0])
        roles = ("source", "target") + (("target_no_building",) if t == "PROTEST" else ())
        for role in roles:
            near, every = r[f"{role}/nearest"], r[f"{role}/any"]
            w = near["with_event"]
            print(
                f"| {t} | {role} | {near['gold']} | {w} | {near['correct']} "
                f"| {near['correct'] / w if w else 0:.3f} | {every['correct']} "
                f"| {every['correct'] / w if w else 0:.3f} "
                f"| {every['correct'] / near['gold'] if near['gold'] else 0:.3f} |"
            )


def own_gold(shared: Path, split: str) -> None:
    news = shared / "data/news/saudinewsnet_2015_conflict.jsonl.gz"
    half = "test" if split == "heldout" else "dev"
    r = own_gold_scores(GOLD, news, half, _BATCH[0])
    which = "" if _BATCH[0] is None else f", batch {_BATCH[0]} only"
    print(
        f"\n## rasd news gold, {half} half{which} (profile news): sentence has an event of the type\n"
    )
    print("| type | tp | fp | fn | P | R | F1 |\n|---|---|---|---|---|---|---|")
    f1s = []
    for t, v in r["per_type"].items():
        f1s.append(v["f1"])
        print(
            f"| {t} | {v['tp']} | {v['fp']} | {v['fn']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |"
        )
    tp = sum(v["tp"] for v in r["per_type"].values())
    fp = sum(v["fp"] for v in r["per_type"].values())
    fn = sum(v["fn"] for v in r["per_type"].values())
    print(
        f"\nmacro F1 over {len(f1s)} types: {sum(f1s) / max(1, len(f1s)):.3f}; micro F1: {prf(tp, fp, fn)[2]:.3f}"
    )
    pairs = Counter(r["modality_pairs"])
    print("\nModality confusion (rows gold, columns predicted; events matched by type):\n")
    print(
        "| gold \\ pred | " + " | ".join(MODALITIES) + " |\n" + "|---" * (len(MODALITIES) + 1) + "|"
    )
    for g in MODALITIES:
        print(f"| {g} | " + " | ".join(str(pairs[(g, p)]) for p in MODALITIES) + " |")
    right = sum(n for (g, p), n in pairs.items() if g == p)
    print(f"\nmodality accuracy on matched events: {right}/{sum(pairs.values())}")
    _own_calibration(news, half)


def _own_calibration(news: Path, half: str) -> None:
    rows = gold_rows(GOLD, half, _BATCH[0])
    arts = load_news(news, {r["article_id"] for r in rows})
    conf, right = [], []
    for art_id, art in arts.items():
        events = analyse_text(art["text"], date=art.get("date")).get("events")
        for r in (r for r in rows if r["article_id"] == art_id):
            types = {e["type"] for e in r["events"]}
            for e in events:
                if r["start"] <= e.trigger.start < r["end"]:
                    conf.append(e.confidence)
                    right.append(e.type in types)
    print(
        f"\nCalibration on the news gold {half} half (an event is right when the sentence has a gold event "
        f"of its type): n={len(conf)}, ECE={expected_calibration_error(conf, right):.3f}; "
        f"a perfectly calibrated model would show {_perfect(perfect_ece(conf))}\n"
    )
    _print_calibration(calibration_table(conf, right))


def speed(shared: Path, split: str) -> None:
    from rasd.registry import build_pipeline
    from rasd.stages.events import build

    texts = [
        s.text
        for f in ("assault_detection_dev.csv", "protest_detection_dev.csv")
        for s in load_detection(shared / "data/events" / f)
    ]
    pipe = build_pipeline(("normalize", "tokenize", "sentences"))
    stage = build()
    docs = []
    t0 = time.perf_counter()
    for t in texts:
        doc = pipe(t)
        for name in ("entities", "quantities", "dates", "actors", "places", "actor_mentions"):
            doc = doc.with_layer(name, ())
        docs.append(doc)
    t1 = time.perf_counter()
    for doc in docs:
        stage(doc)
    t2 = time.perf_counter()
    n = sum(len(d.layer("sentences")) for d in docs)
    print(f"\n## Speed (one core): {len(texts)} OEDA texts, {n} sentences\n")
    print(
        f"events stage alone: {n / (t2 - t1):.0f} sentences/s; "
        f"text stages + events: {n / (t2 - t0):.0f} sentences/s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--only", choices=("oeda", "arguments", "gold", "speed"), default=None)
    ap.add_argument(
        "--split",
        choices=("heldout", "train"),
        default="heldout",
        help="heldout: the figures to report; train: the parts used for development",
    )
    ap.add_argument(
        "--oeda-pick",
        choices=("position", "first"),
        default="position",
        help="OEDA argument scorer: the event nearest the coders' verb, or the first sharing a word",
    )
    ap.add_argument(
        "--gold-batch",
        choices=("all", "1", "2", "3"),
        default="all",
        help="news gold: all rows, or those of annotation batch 1, 2 or 3 "
        "(docs/annotation_guide_events.md)",
    )
    args = ap.parse_args()
    _PICK[0] = args.oeda_pick
    _BATCH[0] = None if args.gold_batch == "all" else int(args.gold_batch)
    parts = {"oeda": oeda, "arguments": arguments, "gold": own_gold, "speed": speed}
    for name, fn in parts.items():
        if args.only in (None, name):
            fn(args.shared, args.split)


if __name__ == "__main__":
    main()
