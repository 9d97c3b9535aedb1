"""News lexicon round 4: longer phrases hide the triggers nested in them, places and
institutions named after an act start no trigger, and new nouns and participles."""

from __future__ import annotations

import pytest

from .helpers import event_triggers


@pytest.mark.parametrize(
    "text",
    [
        "وأرسل الحوثيون مقاتلين جددا إلى جبهات القتال في تعز.",
        "وتعيش العائلات في أحد مراكز الاعتقال قرب طرابلس.",
        "وانتهت المهلة المحددة لتصحيح أوضاع العمالة أمس.",
    ],
)
def test_no_event(text: str) -> None:
    assert event_triggers(text) == []


def test_nested_trigger_hidden() -> None:
    """وقف إطلاق النار is a ceasefire, not a shooting."""
    text = "وأعلن الطرفان التزامهما بوقف إطلاق النار في المدينة."
    assert event_triggers(text) == [("AGREE", "asserted", "بوقف إطلاق النار")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "وأصدر الرئيس مرسوما بمنح عفو عام عن المعتقلين السياسيين.",
            ("CONCEDE", "asserted", "عفو عام"),
        ),
        (
            "وقال البيان إنه تم توقيف عدد من المشتبه بهم على خلفية التفجير.",
            ("COERCE", "asserted", "توقيف"),
        ),
        (
            "وتقدم الحوثيون نحو المدينة بعد القصف العنيف الذي استهدف الأحياء.",
            ("ASSAULT", "asserted", "القصف"),
        ),
    ],
)
def test_new_triggers(text: str, event: tuple[str, str, str]) -> None:
    assert event in event_triggers(text)
