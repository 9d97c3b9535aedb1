"""Entity-level scoring, conlleval style: a predicted entity counts only with exact span and label."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rasd.models.ner.conll import LABELS, spans_of

__all__ = ["Score", "score"]


@dataclass
class Score:
    """True positives, predicted and gold entity counts per label."""

    tp: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    tokens: int = 0

    def add(self, gold_tags: Sequence[str], pred_tags: Sequence[str]) -> None:
        gold = set(spans_of(gold_tags))
        pred = set(spans_of(pred_tags))
        self.tokens += len(gold_tags)
        for label, *_ in gold:
            self.gold[label] += 1
        for span in pred:
            self.pred[span[0]] += 1
            if span in gold:
                self.tp[span[0]] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 in percent, for one label or micro-averaged (None)."""
        keys = [label] if label else list(set(self.gold) | set(self.pred))
        tp = sum(self.tp[k] for k in keys)
        pred = sum(self.pred[k] for k in keys)
        gold = sum(self.gold[k] for k in keys)
        p = 100.0 * tp / pred if pred else 0.0
        r = 100.0 * tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def table(self) -> list[tuple[str, float, float, float, int]]:
        """Rows (label, P, R, F1, gold count) for every label and a final ``micro`` row."""
        rows = [
            (lab, *self.prf(lab), self.gold[lab])
            for lab in LABELS
            if self.gold[lab] or self.pred[lab]
        ]
        rows.append(("micro", *self.prf(), sum(self.gold.values())))
        return rows


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Score:
    """Score parallel sequences of gold and predicted BIO tag sequences."""
    result = Score()
    for g, p in zip(gold, pred, strict=True):
        result.add(g, p)
    return result
