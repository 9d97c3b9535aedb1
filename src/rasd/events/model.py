"""Linear sentence filters with Platt calibration, run in numpy (no scikit-learn at run time).

One ``LinearFilter`` per learned event type (ASSAULT, PROTEST), stored in
``resources/events/filters.npz`` by ``rasd train events``: ``<T>_w`` (float16, ``DIM`` hashed
buckets) and ``<T>_meta`` = [bias, then (platt_a, platt_b, threshold) per profile, then the
CRC-32 of the word-cluster file the features were built with (rasd.events.trigger_context)].

A *profile* is the calibration for one kind of text.  The weights are the same; what differs is
the prior: the OEDA gold was built from keyword-selected sentences full of hard negatives (about
one candidate sentence in seven is an event), while in running news most sentences with an
attack word do report one.  ``news`` (the default, fitted on rasd's own annotated news
sentences) is for articles; ``oeda`` (fitted on the OEDA training part) reproduces the
sentence-classification setting of that benchmark.

Types without a learned filter get the lexicon prior times a modality factor, mapped through
one Platt curve (``calibration.json``) fitted on the dev half of rasd's own news gold.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import numpy as np

from rasd.errors import ModelError

__all__ = [
    "PROFILES",
    "LinearFilter",
    "calibrate",
    "load_calibration",
    "load_filters",
    "read_filters",
]

FILTERS_FILE = "filters.npz"
CALIBRATION_FILE = "calibration.json"
PROFILES = ("news", "oeda")


@dataclass(frozen=True)
class LinearFilter:
    """score = w·x + bias over binary hashed features; p = sigmoid(a * score + b)."""

    weights: np.ndarray
    bias: float
    platt_a: float
    platt_b: float
    threshold: float

    def score(self, indices: Sequence[int]) -> float:
        return float(self.weights[list(indices)].sum(dtype=np.float64)) + self.bias

    def probability(self, indices: Sequence[int]) -> float:
        z = self.platt_a * self.score(indices) + self.platt_b
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_filters(profile: str = "news") -> dict[str, LinearFilter]:
    """The bundled filters by event type for ``profile``; empty if no trained file is shipped."""
    return read_filters(
        resources.files("rasd.resources").joinpath(f"events/{FILTERS_FILE}"), profile
    )


@lru_cache(maxsize=1)
def load_calibration() -> tuple[float, float]:
    """(a, b) mapping a lexicon confidence c to sigmoid(a * logit(c) + b); identity if absent."""
    ref = resources.files("rasd.resources").joinpath(f"events/{CALIBRATION_FILE}")
    if not ref.is_file():
        return 1.0, 0.0
    data = json.loads(ref.read_text("utf-8"))
    return float(data["a"]), float(data["b"])


def calibrate(confidence: float, ab: tuple[float, float]) -> float:
    c = min(max(confidence, 1e-4), 1 - 1e-4)
    z = ab[0] * math.log(c / (1 - c)) + ab[1]
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_filters(ref: Traversable | Path, profile: str) -> dict[str, LinearFilter]:
    if profile not in PROFILES:
        raise ModelError(
            f"unknown events filter profile {profile!r}", hint=f"use one of {PROFILES}"
        )
    if not ref.is_file():
        return {}
    try:
        with ref.open("rb") as fh:
            data = np.load(fh)
            types = [k[:-2] for k in data.files if k.endswith("_w")]
            return {
                t: _filter(data[f"{t}_w"], data[f"{t}_meta"], PROFILES.index(profile))
                for t in types
            }
    except (OSError, ValueError, KeyError, IndexError) as ex:
        raise ModelError(
            f"cannot read events/{FILTERS_FILE}: {ex}", hint="rebuild it with `rasd train events`"
        ) from ex


def _filter(w: np.ndarray, meta: np.ndarray, k: int) -> LinearFilter:
    a, b, thr = (float(x) for x in meta[1 + 3 * k : 4 + 3 * k])
    return LinearFilter(w.astype(np.float32), float(meta[0]), a, b, thr)
