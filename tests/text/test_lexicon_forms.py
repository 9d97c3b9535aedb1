"""Clitic readings of a normalised word (shared by numbers, units and date tables)."""

from __future__ import annotations

import pytest

from rasd.text.lexicon import forms


@pytest.mark.parametrize(
    ("word", "suffixes", "expected"),
    [
        ("قتلي", False, (("", "قتلي", ""),)),
        ("والقتلي", False, (("", "والقتلي", ""), ("و", "القتلي", ""), ("وال", "قتلي", ""))),
        ("جنوده", True, (("", "جنوده", ""), ("", "جنود", "ه"))),
        (
            "وجنودهم",
            True,
            (("", "وجنودهم", ""), ("", "وجنود", "هم"), ("و", "جنودهم", ""), ("و", "جنود", "هم")),
        ),
        ("بها", True, (("", "بها", ""), ("ب", "ها", ""))),  # suffix needs a 3-letter rest
    ],
)
def test_lexicon_forms_readings(word: str, suffixes: bool, expected: tuple) -> None:
    assert forms(word, suffixes) == expected
