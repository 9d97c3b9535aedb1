"""The perfect-calibration ECE baseline that benchmarks/events.py prints beside each ECE."""

from __future__ import annotations

from rasd.events.evaluate import expected_calibration_error, perfect_ece


def test_baseline_is_seeded_and_ordered() -> None:
    conf = [0.55, 0.6, 0.7, 0.72, 0.8, 0.85, 0.9, 0.95] * 9
    mean, lo, hi = perfect_ece(conf)
    assert perfect_ece(conf) == (mean, lo, hi)
    assert 0.0 <= lo <= mean <= hi <= 1.0
    assert mean > 0.02  # 72 items: sampling noise alone gives a visible ECE


def test_baseline_shrinks_with_more_items() -> None:
    small = perfect_ece([0.8] * 20)[0]
    large = perfect_ece([0.8] * 2000, draws=200)[0]
    assert large < small / 3


def test_certain_confidences_give_zero() -> None:
    assert perfect_ece([1.0] * 30) == (0.0, 0.0, 0.0)
    assert perfect_ece([]) == (0.0, 0.0, 0.0)


def test_miscalibrated_outcomes_exceed_the_baseline() -> None:
    conf = [0.9] * 100
    observed = expected_calibration_error(conf, [i % 2 == 0 for i in range(100)])
    assert observed > perfect_ece(conf)[2]
