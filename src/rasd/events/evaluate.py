"""Scoring the events stage: OEDA detection P/R/F1, argument accuracy, calibration, modality.

Library functions behind ``rasd eval events`` and ``benchmarks/events.py``.  Sentences are run
through the text stages and the events stage with empty layers for the stages in between, or
with an ``actor_mentions`` layer supplied by the caller (see `rasd.events.proxy_actors`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rasd.doc import Document, Event

__all__ = [
    "Counts",
    "analyse_text",
    "calibration_table",
    "expected_calibration_error",
    "perfect_ece",
    "prf",
    "stage_layers",
]

_EMPTY_LAYERS = ("entities", "quantities", "dates", "actors", "places", "actor_mentions")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: dict[str, float] = field(default_factory=dict)

    def add(self, predicted: bool, gold: bool) -> None:
        self.tp += predicted and gold
        self.fp += predicted and not gold
        self.fn += gold and not predicted

    def as_dict(self) -> dict[str, float]:
        p, r, f = prf(self.tp, self.fp, self.fn)
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": p, "recall": r, "f1": f}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def stage_layers(*names: str) -> Callable[[Document], Document]:
    """``layers`` for `analyse_text`: the shipped stages ``names`` (e.g. "ner", "actors",
    "places"), run in order on a document that already has the text layers."""
    from rasd.registry import create_stage

    stages = [create_stage(n) for n in names]

    def run(doc: Document) -> Document:
        for stage in stages:
            doc = stage(doc)
        return doc

    return run


def analyse_text(
    text: str,
    *,
    date: str | None = None,
    profile: str = "news",
    layers: Callable[[Document], Document] | None = None,
) -> Document:
    """Text stages, then ``layers`` (or empty layers), then the events stage (filter ``profile``)."""
    from rasd.registry import build_pipeline
    from rasd.stages.events import build

    text_pipe = _cached("text", lambda: build_pipeline(("normalize", "tokenize", "sentences")))
    stage = _cached("events:" + profile, lambda: build(profile))
    doc = text_pipe(text, date=date)
    for name in _EMPTY_LAYERS:
        doc = doc.with_layer(name, ())
    if layers is not None:
        doc = layers(doc)
    return stage(doc)


_CACHE: dict[str, object] = {}


def _cached(key: str, make: Callable[[], object]):  # type: ignore[no-untyped-def]
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


def asserted_of(events: Iterable[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.type == event_type and e.modality == "asserted"]


def calibration_table(
    conf: Sequence[float], correct: Sequence[bool], bins: int = 10
) -> list[tuple[float, float, int, float, float]]:
    """Rows (bin low, bin high, n, mean confidence, accuracy) for the non-empty bins."""
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(conf) if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if idx:
            mean = sum(conf[i] for i in idx) / len(idx)
            acc = sum(correct[i] for i in idx) / len(idx)
            rows.append((lo, hi, len(idx), mean, acc))
    return rows


def expected_calibration_error(
    conf: Sequence[float], correct: Sequence[bool], bins: int = 10
) -> float:
    n = len(conf)
    if not n:
        return 0.0
    return sum(k * abs(m - a) for _, _, k, m, a in calibration_table(conf, correct, bins)) / n


def perfect_ece(
    conf: Sequence[float], bins: int = 10, draws: int = 2000, seed: int = 7
) -> tuple[float, float, float]:
    """ECE that a perfectly calibrated model with these confidences would show on this many items:
    (mean, 5th, 95th percentile) over ``draws`` outcome sets drawn with P(right) = confidence.

    With few items ECE is large even for perfect calibration, so an observed ECE is read
    against this baseline (seeded: the same confidences give the same figures)."""
    import random

    if not conf:
        return 0.0, 0.0, 0.0
    rng = random.Random(seed)
    values = sorted(
        expected_calibration_error(conf, [rng.random() < c for c in conf], bins)
        for _ in range(draws)
    )
    return (
        sum(values) / draws,
        values[int(0.05 * (draws - 1))],
        values[int(0.95 * (draws - 1))],
    )
