"""Actor resolution benchmark: quality on the hand-annotated gold, and speed on real articles.

Gold: ``benchmarks/data/actors_gold.jsonl`` (article id, character offsets, expected registry id or
null for NIL), over articles of ``shared/data/news`` (the text is read from there, never copied).

Metrics (each gold mention is matched to the system mention that overlaps it most):
- accuracy@1: registry gold -> the system gives that id; NIL gold -> no registry id (nothing, or
  an ``unk-`` id).
- NIL F1: NIL as the positive class (predicted NIL = no registry id at the span).
- alias recall: share of registry gold mentions that the system finds at all (any registry id).

Usage: ``python benchmarks/actors.py [--news PATH] [--errors] [--speed N]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.doc import Document
from rasd.registry import build_pipeline
from rasd.stages.actors import ActorStage

HERE = Path(__file__).parent
GOLD = HERE / "data" / "actors_gold.jsonl"
NEWS = Path("/work/shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")


def _articles(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            yield json.loads(line)


def _prepare(text_pipe: Any, art: dict[str, Any]) -> Document:
    doc = Document(text=art["text"], id=art["id"], date=(art.get("date") or "")[:10] or None)
    doc = text_pipe.run(doc)
    return doc if "entities" in doc.layers else doc.with_layer("entities", ())


def _predict(doc: Document, start: int, end: int) -> tuple[str | None, str | None]:
    """(actor id, surface) of the system mention overlapping [start, end) most."""
    best, size = None, 0
    for m in doc.layer("actor_mentions"):
        ov = min(end, m.end) - max(start, m.start)
        if ov > size:
            best, size = m, ov
    return (best.actor_id, doc.text[best.start : best.end]) if best else (None, None)


def _registry_id(actor: str | None) -> str | None:
    return None if actor is None or actor.startswith("unk-") else actor


def evaluate(gold: list[dict[str, Any]], docs: dict[str, Document]) -> dict[str, Any]:
    """Scores plus the list of errors."""
    counts: Counter[str] = Counter()
    per_conflict: Counter[str] = Counter()
    per_conflict_ok: Counter[str] = Counter()
    errors = []
    for g in gold:
        doc = docs[g["article"]]
        pred, surface = _predict(doc, g["start"], g["end"])
        pred_reg = _registry_id(pred)
        ok = pred_reg == g["actor"]
        counts["ok"] += ok
        per_conflict[g["conflict"]] += 1
        per_conflict_ok[g["conflict"]] += ok
        if g["actor"] is None:
            counts["nil_gold"] += 1
            counts["nil_tp"] += pred_reg is None
            counts["nil_unknown"] += pred is not None and pred.startswith("unk-")
        else:
            counts["reg_gold"] += 1
            counts["reg_found"] += pred_reg is not None
            counts["nil_fn_pred"] += pred_reg is None  # predicted NIL but gold is in the registry
        if not ok:
            errors.append(
                (g["article"], doc.text[g["start"] : g["end"]], g["actor"], pred, surface)
            )
    n = len(gold)
    tp, fp = counts["nil_tp"], counts["nil_fn_pred"]
    fn = counts["nil_gold"] - tp
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {
        "mentions": n,
        "registry_mentions": counts["reg_gold"],
        "nil_mentions": counts["nil_gold"],
        "accuracy_at_1": counts["ok"] / n,
        "nil_precision": prec,
        "nil_recall": rec,
        "nil_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "alias_recall": counts["reg_found"] / counts["reg_gold"],
        "nil_given_unknown_actor": counts["nil_unknown"] / max(counts["nil_gold"], 1),
        "accuracy_by_conflict": {
            c: round(per_conflict_ok[c] / k, 3) for c, k in sorted(per_conflict.items())
        },
        "errors": errors,
    }


def speed(stage: ActorStage, text_pipe: Any, news: Path, n: int) -> dict[str, float]:
    """Milliseconds per article for the actors stage alone, on the first n news articles."""
    docs = [_prepare(text_pipe, a) for _, a in zip(range(n), _articles(news), strict=False)]
    for d in docs[:20]:
        stage(d)  # warm the per-word caches as a long-running process would
    times, words = [], []
    cpu0 = time.process_time()
    for d in docs:
        t0 = time.perf_counter()
        stage(d)
        times.append((time.perf_counter() - t0) * 1000)
        words.append(len(d.text.split()))
    cpu_ms = (time.process_time() - cpu0) * 1000
    per400 = [t * 400 / max(w, 1) for t, w in zip(times, words, strict=True)]
    return {
        "cpu_ms_per_400_words": cpu_ms * 400 / sum(words),
        "wall_ms_per_400_words_total": sum(times) * 400 / sum(words),
        "articles": len(docs),
        "mean_words": statistics.mean(words),
        "mean_ms": statistics.mean(times),
        "median_ms": statistics.median(times),
        "p95_ms": sorted(times)[int(0.95 * len(times)) - 1],
        "mean_ms_per_400_words": statistics.mean(per400),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", action="store_true", help="list every wrong mention")
    ap.add_argument("--speed", type=int, default=300, help="articles for the speed run (0: skip)")
    ap.add_argument(
        "--ner", action="store_true", help="run the ner stage first (NER-driven mentions)"
    )
    args = ap.parse_args()
    gold = [json.loads(line) for line in args.gold.read_text("utf-8").splitlines() if line.strip()]
    wanted = {g["article"] for g in gold}
    names = ("normalize", "tokenize", "sentences") + (("ner",) if args.ner else ())
    text_pipe = build_pipeline(names)
    t0 = time.perf_counter()
    stage = ActorStage()
    print(
        f"registry load + index build: {(time.perf_counter() - t0) * 1000:.0f} ms, {len(stage.resolver.registry)} actors"
    )
    docs = {
        a["id"]: stage(_prepare(text_pipe, a)) for a in _articles(args.news) if a["id"] in wanted
    }
    res = evaluate(gold, docs)
    errors = res.pop("errors")
    print(
        json.dumps(
            {k: round(v, 3) if isinstance(v, float) else v for k, v in res.items()},
            ensure_ascii=False,
        )
    )
    if args.errors:
        for e in errors:
            print("ERR", *e, sep="\t")
    if args.speed:
        print(
            json.dumps(
                {k: round(v, 3) for k, v in speed(stage, text_pipe, args.news, args.speed).items()}
            )
        )


if __name__ == "__main__":
    main()
