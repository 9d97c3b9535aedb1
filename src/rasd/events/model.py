"""Linear sentence filters with Platt calibration, run in numpy (no scikit-learn at run time).

One ``LinearFilter`` per learned event type (ASSAULT, PROTEST).  The weights are stored in
``resources/events/filters.npz`` by ``rasd train events``: for each type ``<T>_w`` (float16,
``DIM`` hashed buckets) and ``<T>_meta`` = [bias, platt_a, platt_b, threshold].
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from rasd.errors import ModelError

__all__ = ["LinearFilter", "load_filters"]

FILTERS_FILE = "filters.npz"


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


@lru_cache(maxsize=1)
def load_filters() -> dict[str, LinearFilter]:
    """The bundled filters by event type; empty if no trained file is shipped."""
    ref = resources.files("rasd.resources").joinpath(f"events/{FILTERS_FILE}")
    if not ref.is_file():
        return {}
    try:
        with ref.open("rb") as fh:
            data = np.load(fh)
            types = [k[:-2] for k in data.files if k.endswith("_w")]
            return {t: _filter(data[f"{t}_w"], data[f"{t}_meta"]) for t in types}
    except (OSError, ValueError, KeyError) as ex:
        raise ModelError(f"cannot read events/{FILTERS_FILE}: {ex}",
                         hint="rebuild it with `rasd train events`") from ex


def _filter(w: np.ndarray, meta: np.ndarray) -> LinearFilter:
    bias, a, b, thr = (float(x) for x in meta)
    return LinearFilter(w.astype(np.float32), bias, a, b, thr)
