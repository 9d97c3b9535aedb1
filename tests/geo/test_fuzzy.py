"""Fuzzy matching of misspelt place names."""

from __future__ import annotations

import pytest

from rasd.geo.fuzzy import SCORE_EDIT, SCORE_FOLDED, FuzzyIndex, fold, within_one_edit


@pytest.mark.parametrize(
    ("a", "b"),
    [("حرزتا", "حرستا"), ("طل", "تل"), ("ذوما", "دوما"), ("كفرنبل", "قفرنبل"), ("صراقب", "سراقب")],
)
def test_fold_confused_letters(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("حرستا", "حرستا", True),
        ("حرستا", "حرسا", True),  # deletion
        ("حرستا", "حرستاا", True),  # insertion
        ("حرستا", "حرشتا", True),  # substitution
        ("حرستا", "حسرتا", True),  # transposition
        ("حرستا", "حرشكا", False),
        ("دوما", "دومانيا", False),
    ],
)
def test_fuzzy_within_one_edit(a: str, b: str, expected: bool) -> None:
    assert within_one_edit(a, b) is expected


def test_fuzzy_index_scores_folded_above_edits() -> None:
    index = FuzzyIndex(["حرستا", "حرستان", "دوما"])
    assert index.match("حرزتا") == [("حرستا", SCORE_FOLDED), ("حرستان", SCORE_EDIT)]
    assert index.match("حرسطان") == [("حرستان", SCORE_FOLDED), ("حرستا", SCORE_EDIT)]
    assert ("حرستا", SCORE_EDIT) in index.match("حرستاا")
    assert index.match("بيروت") == []
