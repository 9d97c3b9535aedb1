"""Span confidence calibration of the NER model."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("raw", "calibrated"),
    [(0.0, 0.0), (0.25, 0.25), (0.5, 0.5), (0.65, 0.675), (0.9, 0.9), (1.0, 0.95)],
)
def test_model_calibration_interpolates(raw: float, calibrated: float) -> None:
    from rasd.models.ner.model import Calibration

    cal = Calibration((0.0, 0.5, 0.8, 0.9, 1.0), (0.0, 0.5, 0.85, 0.9, 0.95))
    assert cal(raw) == pytest.approx(calibrated)


def test_model_shipped_calibration_is_monotone() -> None:
    from rasd.models.ner.model import CALIBRATION_FILE, Calibration, default_model_dir

    cal = Calibration.read(default_model_dir() / CALIBRATION_FILE)
    values = [cal(x / 100) for x in range(101)]
    assert values == sorted(values)
    assert 0.0 <= values[0] and values[-1] <= 1.0
