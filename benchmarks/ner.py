"""NER benchmark: dev F1 per type (clean and noisy), unseen-name recall, tokens/s, cold load, memory.

Usage: ``python benchmarks/ner.py [--data ../shared/data] [--model DIR] [--articles 300]``

- dev: every 10th sentence of the ANERcorp CAMeL train split (periods added back), scored at the
  entity level (conlleval style) through the real pipeline (normalize, tokenize, sentences, ner);
- noisy dev: the same sentences with diacritics, tatweel, dropped hamzas and attached و;
- speed: the ner stage alone over already tokenised news articles, tokens per second on one core;
- cold load: time to load the model files in a fresh process; peak RSS of that process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from rasd.models.ner.conll import spans_of
from rasd.models.ner.perturb import perturb, stage_score
from rasd.models.ner.train import load_data
from rasd.pipeline import Pipeline
from rasd.stages.ner import NerStage
from rasd.stages.text import NormalizeStage, SentenceStage, TokenizeStage

_COLD = (
    "import resource,time;t=time.perf_counter();from rasd.models.ner.model import NerModel;"
    "NerModel({!r});print(time.perf_counter()-t,"
    "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)


def _print_score(title: str, score) -> None:  # type: ignore[no-untyped-def]
    print(f"{title}")
    for label, p, r, f, n in score.table():
        print(f"  {label:6s} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}  (gold {n})")


def unseen_recall(data, pipe) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    """Recall of dev entities whose surface never occurs as an entity in train, and of the others."""
    seen = {" ".join(s.tokens[a:b]) for s in data.train for _, a, b in spans_of(s.tags)}
    hits = {True: [0, 0], False: [0, 0]}
    for sent in data.dev:
        pred = {(e.label, e.start, e.end) for e in pipe(" ".join(sent.tokens)).layer("entities")}
        starts = [sum(len(t) + 1 for t in sent.tokens[:i]) for i in range(len(sent.tokens) + 1)]
        for lab, a, b in spans_of(sent.tags):
            key = " ".join(sent.tokens[a:b]) in seen
            hits[key][1] += 1
            hits[key][0] += (lab, starts[a], starts[b] - 1) in pred
    return (
        100 * hits[False][0] / hits[False][1],
        100 * hits[True][0] / hits[True][1],
        hits[False][1],
    )


def speed(data_dir: Path, stage: NerStage, n_articles: int) -> tuple[float, float, int]:
    """Tokens per second of the ner stage alone on ``n_articles`` news articles: first pass
    (per-word feature caches filling up) and second pass (caches warm, as in a long run)."""
    pre = Pipeline([NormalizeStage(), TokenizeStage(), SentenceStage()])
    path = next(iter(sorted((data_dir / "news").glob("*_all.jsonl.gz"))))
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n_articles:
                break
            docs.append(pre(json.loads(line)["text"]))
    stage(docs[0])  # load the model before timing
    n_tokens = sum(len(d.layer("tokens")) for d in docs)
    rates = []
    for _ in range(2):
        t0 = time.process_time()
        for doc in docs:
            stage(doc)
        rates.append(n_tokens / (time.process_time() - t0))
    return rates[0], rates[1], n_tokens


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    model_dir = str(args.model) if args.model else None
    cold = subprocess.run(
        [sys.executable, "-c", _COLD.format(model_dir)], capture_output=True, text=True, check=True
    )
    data = load_data(args.data)
    stage = NerStage(model_dir=args.model)
    pipe = Pipeline([NormalizeStage(), TokenizeStage(), SentenceStage(), stage])
    clean = stage_score(data.dev, pipe)
    noisy = stage_score(perturb(data.dev, seed=1), pipe)
    _print_score(
        f"dev ({len(data.dev)} sentences, {clean.tokens} tokens), through the pipeline", clean
    )
    _print_score("noisy dev (diacritics, tatweel, hamza dropped, attached و)", noisy)
    print(f"  F1 loss under noise: {clean.prf()[2] - noisy.prf()[2]:.2f}")
    unseen, seen, n_unseen = unseen_recall(data, pipe)
    print(
        f"recall on dev entities unseen in train: {unseen:.1f} ({n_unseen} entities); seen: {seen:.1f}"
    )
    tps, warm, n_tok = speed(args.data, stage, args.articles)
    print(f"speed: {tps:,.0f} tokens/s (ner stage, CPU time, one core, {n_tok:,} news tokens)")
    print(f"speed, second pass over the same articles (feature caches warm): {warm:,.0f} tokens/s")
    load_s, load_rss = cold.stdout.split()
    print(f"cold load: {float(load_s):.3f} s (fresh process, import + model files)")
    print(f"peak RSS: {int(load_rss) / 1024:.0f} MiB after the cold load; ", end="")
    print(
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB for this whole benchmark"
    )


if __name__ == "__main__":
    main()
