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


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["قال", "بشار", "."], [["b", "BOS"], ["b", "w=بشار"], ["b", "-1:w=بشار", "EOS"]]),
        (["بشار"], [["b", "w=بشار", "BOS", "EOS"]]),
        (["وبشار", "قال"], [["b", "w=بشار", "cj=و", "BOS"], ["b", "-1:w=بشار", "EOS"]]),
    ],
)
def test_model_known_attributes_filter_features(
    words: list[str], expected: list[list[str]]
) -> None:
    from rasd.models.ner.features import FeatureExtractor
    from rasd.models.ner.lexicon import Lexicon

    known = frozenset({"b", "w=بشار", "cj=و", "-1:w=بشار", "BOS", "EOS"})
    assert FeatureExtractor(Lexicon.load(), known).sequence(words) == expected


def test_model_shipped_attributes_match_the_crf(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rasd.models.ner.model import (
        ATTRIBUTES_FILE,
        MODEL_FILE,
        default_model_dir,
        read_attributes,
        write_attributes,
    )

    shipped = read_attributes(default_model_dir() / ATTRIBUTES_FILE)
    n = write_attributes(default_model_dir() / MODEL_FILE, tmp_path / ATTRIBUTES_FILE, 0.1)
    assert shipped == read_attributes(tmp_path / ATTRIBUTES_FILE)
    assert n == len(shipped) > 10_000
    assert "b" in shipped and "w=دمشق" in shipped
