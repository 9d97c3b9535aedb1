"""A "silver" name lexicon learned from unlabelled news by self-training (training only).

A CRF trained without it tags the news; for every word form (the feature key, proclitics split)
we count how often it was tagged as part of a PER, ORG, LOC or MISC entity.  Words the model
tags consistently in many different contexts are names even when the labelled data never
contains them.  To keep the feature honest, training uses two-fold tables: the sentences of one
half of the training data get the table made by a model trained on the other half, and the
shipped ``silver.tsv`` averages the two tables.

``silver.tsv``: ``word  n  PER  ORG  LOC  MISC`` (n occurrences; fractions tagged as each label).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from rasd.models.ner.conll import LABELS
from rasd.models.ner.model import NerModel

__all__ = ["SilverTable", "average", "news_sentences", "silver_table", "write_silver"]

SilverTable = dict[str, list[int]]  # word -> [n, per, org, loc, misc]
MIN_COUNT = 3


def news_sentences(path: Path, limit: int) -> Iterator[list[str]]:
    """Normalised word sequences of the sentences of the first ``limit`` news articles."""
    from rasd.registry import build_pipeline

    pre = build_pipeline(["normalize", "tokenize", "sentences"])
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            doc = pre(json.loads(line).get("text") or "")
            tokens = doc.layer("tokens")
            for s in doc.layer("sentences"):
                yield [t.norm for t in tokens[s.first_token : s.last_token]]


def silver_table(model: NerModel, sentences: Iterator[list[str]]) -> SilverTable:
    """Per feature key: occurrences and how many were tagged with each entity label."""
    table: SilverTable = {}
    key = model.features._key
    column = {label: i + 1 for i, label in enumerate(LABELS)}
    for words in sentences:
        for word, tag in zip(words, model.tag(words), strict=True):
            row = table.setdefault(key(word), [0, 0, 0, 0, 0])
            row[0] += 1
            if tag != "O":
                row[column[tag[2:]]] += 1
    return table


def fractions(table: SilverTable) -> dict[str, tuple[float, ...]]:
    """word -> (n, fraction PER, ORG, LOC, MISC) for words seen at least MIN_COUNT times."""
    return {
        w: (row[0], *(c / row[0] for c in row[1:]))
        for w, row in table.items()
        if row[0] >= MIN_COUNT
    }


def average(tables: list[SilverTable]) -> dict[str, tuple[float, ...]]:
    """Average of the label fractions of several tables (words in all of them)."""
    fracs = [fractions(t) for t in tables]
    common = set.intersection(*(set(f) for f in fracs))
    out: dict[str, tuple[float, ...]] = {}
    for w in common:
        rows = [f[w] for f in fracs]
        out[w] = tuple(sum(r[i] for r in rows) / len(rows) for i in range(5))
    return out


def write_silver(table: dict[str, tuple[float, ...]], out: Path) -> int:
    """Write the rows that carry any signal (some label fraction >= 0.05); returns their number."""
    rows = sorted((w, r) for w, r in table.items() if max(r[1:]) >= 0.05 and "\t" not in w)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for w, r in rows:
            fh.write(f"{w}\t{int(r[0])}\t" + "\t".join(f"{x:.3f}" for x in r[1:]) + "\n")
    return len(rows)
