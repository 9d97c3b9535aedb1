"""Modality round 5: agreement verbs with their subject before على, provisions of an initiative."""

from __future__ import annotations

import pytest

from .helpers import event_triggers


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "واتفقت القوى الكبرى على رفع العقوبات عن إيران بعد توقيع الاتفاق.",
            ("CONCEDE", "intended", "رفع العقوبات"),
        ),
        (
            "وطرح الوسيط مبادرة تقضي بانسحاب المسلحين من المدينة.",
            ("RETREAT", "intended", "بانسحاب"),
        ),
    ],
)
def test_round5_modality(text: str, event: tuple[str, str, str]) -> None:
    assert event in event_triggers(text)


def test_an_exchange_in_the_past_stays_asserted() -> None:
    text = "وكان النظام يحرر المعتقلين مقابل الإفراج عن جنوده."
    assert ("CONCEDE", "asserted", "الإفراج") in event_triggers(text)
