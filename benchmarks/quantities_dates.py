"""Speed and yield of the quantities and dates stages on the news corpus.

    nice -n 10 python benchmarks/quantities_dates.py --limit 1000
    nice -n 10 python benchmarks/quantities_dates.py --sample 50   # items to judge by hand

The text stages (normalize, tokenize, sentences) run first and are not timed; then each of the
two stages is timed over all documents (CPU time of this process, best of ``--repeat`` runs;
the machine is shared, so wall time would measure the neighbours).  Prints ms per sentence and
per article for each stage and both together, and what they found (per 1,000 sentences, by unit,
by precision).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from collections import Counter
from pathlib import Path

from rasd.doc import Document
from rasd.registry import build_pipeline
from rasd.stages.dates import DateStage
from rasd.stages.quantities import QuantityStage
from rasd.text.quantities import casualty_kind

NEWS = Path("/work/shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")


def load(limit: int) -> list[Document]:
    pre = build_pipeline(("normalize", "tokenize", "sentences"))
    docs = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            row = json.loads(line)
            docs.append(pre.run(Document(text=row["text"], id=row["id"], date=row.get("date"))))
    return docs


def timed(
    stage: QuantityStage | DateStage, docs: list[Document], repeat: int
) -> tuple[float, list[Document]]:
    best, out = float("inf"), docs
    for _ in range(repeat):
        t0 = time.process_time()
        out = [stage(d) for d in docs]
        best = min(best, time.process_time() - t0)
    return best, out


def _spans_ok(doc: Document) -> bool:
    n = len(doc.text)
    quantities = doc.get("quantities")
    ok = all(0 <= q.start <= q.number_start < q.number_end <= q.end <= n for q in quantities)
    return ok and all(0 <= t.start < t.end <= n for t in doc.get("dates"))


def sample(n: int, article_seed: int = 2027, pick_seed: int = 12) -> None:
    """Print ``n`` random quantities and ``n`` random dates of 300 random articles, in context."""
    pipe = build_pipeline(("normalize", "tokenize", "sentences", "quantities", "dates"))
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    random.seed(article_seed)
    qs, ds = [], []
    for r in random.sample(rows, 300):
        d = pipe(r["text"], date=r["date"])
        t = r["text"].replace("\n", " ")
        for q in d.layer("quantities"):
            ctx = (
                f"{t[max(0, q.start - 35) : q.start]}⟦{t[q.start : q.end]}⟧{t[q.end : q.end + 15]}"
            )
            qs.append((ctx, q.value, q.unit, q.low, q.high, casualty_kind(d, q)))
        for x in d.layer("dates"):
            ctx = (
                f"{t[max(0, x.start - 25) : x.start]}⟦{t[x.start : x.end]}⟧{t[x.end : x.end + 15]}"
            )
            ds.append((ctx, r["date"], x.date, x.precision))
    random.seed(pick_seed)
    for i, item in enumerate(random.sample(qs, n)):
        print(i, item)
    for i, item in enumerate(random.sample(ds, n)):
        print(i, item)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sample", type=int, default=0, help="print N items of each layer to judge")
    args = ap.parse_args()
    if args.sample:
        sample(args.sample)
        return
    docs = load(args.limit)
    n_sent = sum(len(d.layer("sentences")) for d in docs)
    tq, qdocs = timed(QuantityStage(), docs, args.repeat)
    td, ddocs = timed(DateStage(), docs, args.repeat)
    print(f"{len(docs)} articles, {n_sent} sentences")
    for name, t in (("quantities", tq), ("dates", td), ("both", tq + td)):
        print(
            f"{name:10s} {1000 * t / n_sent:.4f} ms/sentence  {1000 * t / len(docs):.3f} ms/article"
        )
    bad = sum(not _spans_ok(d) for d in qdocs) + sum(not _spans_ok(d) for d in ddocs)
    print(f"documents with a span outside its text or empty: {bad}")
    quantities = [q for d in qdocs for q in d.layer("quantities")]
    dates = [t for d in ddocs for t in d.layer("dates")]
    print(
        f"quantities: {len(quantities)} ({1000 * len(quantities) / n_sent:.1f} per 1,000 sentences)"
    )
    print("  by unit:", dict(Counter(q.unit for q in quantities).most_common(12)))
    print(f"dates: {len(dates)} ({1000 * len(dates) / n_sent:.1f} per 1,000 sentences)")
    print(
        "  by kind:",
        dict(Counter(t.kind for t in dates)),
        "by precision:",
        dict(Counter(t.precision for t in dates)),
    )


if __name__ == "__main__":
    main()
