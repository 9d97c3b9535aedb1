import numpy as np
import pytest

from rasd.events.features import DIM, hashed
from rasd.events.model import LinearFilter, load_filters


def test_model_probability_is_platt_scaled_linear_score() -> None:
    w = np.zeros(DIM, dtype=np.float32)
    idx = hashed(["w:قصف", "bias"])
    w[idx] = 0.5
    f = LinearFilter(w, bias=-1.0, platt_a=2.0, platt_b=0.0, threshold=0.5)
    assert f.score(idx) == pytest.approx(0.0)
    assert f.probability(idx) == pytest.approx(0.5)


def test_model_hashing_is_stable_across_processes() -> None:
    assert hashed(["w:قصف"]) == [hashed(["w:قصف"])[0]] and hashed(["bias"])[0] == 223835


def test_model_bundled_filters_cover_assault_and_protest() -> None:
    filters = load_filters()
    assert set(filters) == {"ASSAULT", "PROTEST"}
    assert all(0.0 < f.threshold < 1.0 for f in filters.values())
