"""Repeated-CV choice of C, cross-fitting and the shrunk lexicon calibration (issue 6)."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from rasd.events.cvselect import (
    CResult,
    best_threshold,
    cross_fitted,
    fit_platt,
    one_se_choice,
    repeated_oof,
    summarise,
)
from rasd.events.lexcal import PRIOR_N, PRIOR_RIGHT, cross_fitted_ece, shrunk_platt
from rasd.events.model import load_filters


def _result(c: float, f1: float, se: float) -> CResult:
    return CResult(c, f1, se, (f1,), {}, {}, 0)


def test_one_se_rule_takes_the_strongest_penalty_within_one_se() -> None:
    rs = [_result(0.03, 0.680, 0.01), _result(0.3, 0.695, 0.02), _result(3.0, 0.690, 0.01)]
    assert one_se_choice(rs).c == 0.03  # 0.680 >= 0.695 - 0.02
    rs[0] = _result(0.03, 0.670, 0.01)
    assert one_se_choice(rs).c == 0.3  # 0.670 < 0.675: too far from the best


def test_best_threshold_counts_only_candidates_and_prefers_the_lowest_tie() -> None:
    score = np.array([0.9, 0.8, 0.7, 0.6, 0.95])
    y = np.array([True, True, False, True, True])
    cand = np.array([True, True, True, True, False])
    f1, t = best_threshold(score, y, cand)
    # t = 0.6: tp 3 of 4 predicted, 4 positives -> F1 0.75; t = 0.8: 2 of 2 -> 0.667
    assert (round(f1, 3), t) == (0.75, 0.6)
    assert best_threshold(score, y, np.zeros(5, dtype=bool)) == (0.0, float("inf"))


def test_platt_recovers_a_known_curve() -> None:
    rng = np.random.default_rng(0)
    s = rng.normal(size=4000)
    y = rng.random(4000) < 1 / (1 + np.exp(-(2.0 * s - 0.5)))
    fit = fit_platt(s, y)
    assert fit is not None
    assert abs(fit.a - 2.0) < 0.2 and abs(fit.b + 0.5) < 0.15
    assert fit_platt(s, np.zeros(4000, dtype=bool)) is None


def _toy() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(1)
    n = 300
    y = rng.random(n) < 0.3
    x = rng.normal(size=(n, 5)) + y[:, None] * np.array([1.5, 0, 0, 0.5, 0])
    return x, y, rng.random(n) < 0.8


def test_repeated_oof_is_seeded_and_every_row_is_scored_once_per_seed() -> None:
    x, y, cand = _toy()
    s1, f1 = repeated_oof(x, y, 1.0, seeds=(0, 1), folds=3)
    s2, _ = repeated_oof(x, y, 1.0, seeds=(0, 1), folds=3)
    assert s1.shape == (2, 300) and np.array_equal(s1, s2)
    assert sorted(np.bincount(f1[0]).tolist()) == [100, 100, 100]
    assert not np.array_equal(f1[0], f1[1])  # another seed, other folds


def test_cross_fitted_gives_calibrated_emitted_events_on_separable_toy_data() -> None:
    x, y, cand = _toy()
    scores, folds = repeated_oof(x, y, 1.0, seeds=(0, 1, 2), folds=5)
    f1s, conf, right = cross_fitted(scores, folds, y, cand, "emitted")
    assert len(f1s) == 3 and all(0.5 < f < 1.0 for f in f1s)
    assert len(conf) == len(right) > 0
    assert abs(np.mean(conf) - np.mean(right)) < 0.1
    r = summarise(1.0, scores, folds, y, cand)
    assert r.oof_se > 0 and r.oof_f1 >= np.mean(f1s) - 0.05


def test_shrunk_platt_pools_the_dev_accuracy_with_the_prior() -> None:
    rng = np.random.default_rng(2)
    x = rng.normal(size=200)
    y = rng.random(200) < 1 / (1 + np.exp(-(x + 1.5)))
    fit = shrunk_platt(x, y)
    target = (y.sum() + PRIOR_RIGHT) / (200 + PRIOR_N)
    assert float(fit(x).mean()) == pytest.approx(target, abs=1e-4)
    groups = [f"a{i // 4}" for i in range(200)]
    assert cross_fitted_ece(x, y, groups, shrunk_platt) == pytest.approx(
        cross_fitted_ece(x, y, groups, shrunk_platt)
    )


def test_shipped_calibration_is_the_shrunk_curve() -> None:
    data = json.loads(
        resources.files("rasd.resources").joinpath("events/calibration.json").read_text("utf-8")
    )
    assert (data["prior_right"], data["prior_n"]) == (PRIOR_RIGHT, PRIOR_N)
    assert data["b"] < data["unshrunk_b"]  # shrinking lowers the confidence


def test_shipped_filters_emit_only_above_their_threshold() -> None:
    for profile in ("news", "oeda"):
        for t, f in load_filters(profile).items():
            assert 0.0 < f.threshold < 1.0, (profile, t)
            assert f.platt_a > 0
