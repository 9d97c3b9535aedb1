"""News lexicon round 5 (batch-3 dev errors): reference nouns and other senses start no event,
refused cooperative acts are part of the refusal, new triggers, schedule / condition cues."""

from __future__ import annotations

import pytest

from .helpers import event_triggers


@pytest.mark.parametrize(
    "text",
    [
        "وشهدت المدينة هدوءا حذرا خلال فترة الهدنة بين الطرفين.",
        "ويعمل التنظيم على استغلال الهدنة لتعزيز مواقعه.",
        "ويسعى الحزب إلى الوصول إلى تسوية شاملة للأزمة.",
        "وتستخدم الجماعة مواقع التواصل أداة للتجنيد.",
        "وجاب الوزير العواصم الأوروبية بهدف حشد التأييد للخطة.",
        "وبحثت الحكومة مع السلطة المحلية الأوضاع في المحافظة.",
        "وقال الوزير في مؤتمر صحفي إن الحل سياسي.",
        "وتضرر أكثر من ألف طالب من إغلاق المدارس.",
        "وتقدمت القوات بمساندة طيران التحالف نحو المدينة.",
    ],
)
def test_no_event(text: str) -> None:
    assert event_triggers(text) == []


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("وأعلن التحالف هدنة إنسانية لمدة خمسة أيام.", [("AGREE", "asserted", "هدنة")]),
        (
            "وقتل العشرات في التفجير الذي وقع وسط حشد من المصلين.",
            [("ASSAULT", "asserted", "وقتل")],
        ),
        ("وقال زعيم الجماعة إنه يرفض وقف إطلاق النار.", [("REJECT", "asserted", "يرفض")]),
        (
            "وأكد البيان رفض الحكومة تقديم أي تنازلات للمتمردين.",
            [("REJECT", "asserted", "رفض")],
        ),
        (
            "وقصفت الطائرات مواقع المتمردين في البلدة التي يسيطر عليها المتمردون.",
            [("ASSAULT", "asserted", "وقصفت")],
        ),
        (
            "وقتل ثلاثة جنود في هجوم في قاطع الكرمة.",
            [("ASSAULT", "asserted", "هجوم")],
        ),
    ],
)
def test_other_senses_and_refused_acts(text: str, events: list[tuple[str, str, str]]) -> None:
    assert event_triggers(text) == events


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "وحثت الأمم المتحدة الأطراف على العودة إلى طاولة المفاوضات.",
            ("REQUEST", "asserted", "وحثت"),
        ),
        ("ولعبت السلطنة دور الوساطة بين الطرفين.", ("CONSULT", "asserted", "الوساطة")),
        (
            "وقال الوزير في مؤتمر صحفي مشترك مع نظيره الروسي إن الحل سياسي.",
            ("CONSULT", "asserted", "مؤتمر صحفي مشترك"),
        ),
        (
            "وقامت المقاومة بتمشيط المنطقة بعد انسحاب الحوثيين منها.",
            ("COERCE", "asserted", "بتمشيط"),
        ),
        (
            "وأعلن الوزير استعداد بلاده لمساندة الحكومة الشرعية.",
            ("SUPPORT", "intended", "لمساندة"),
        ),
    ],
)
def test_new_triggers(text: str, event: tuple[str, str, str]) -> None:
    assert event in event_triggers(text)


def test_requested_release_is_no_event() -> None:
    text = "وتنظر الوزارة في طلب الإفراج عن ثلاثة معتقلين."
    assert event_triggers(text) == [("REQUEST", "asserted", "طلب")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "ويعقد وزير الخارجية اليوم اجتماعا مع نظيره الفرنسي.",
            ("CONSULT", "intended", "اجتماعا"),
        ),
        (
            "وقال إنه إذا لم يوافق الحوثيون على الانسحاب فسيتم إخراجهم بالقوة.",
            ("AGREE", "hypothetical", "يوافق"),
        ),
        (
            "وأصدر مجلس الأمن قرارا يمهد الطريق لرفع العقوبات عن إيران.",
            ("CONCEDE", "hypothetical", "لرفع العقوبات"),
        ),
        (
            "فرفع العقوبات الاقتصادية سيسمح بتدفق الأموال.",
            ("CONCEDE", "intended", "فرفع العقوبات"),
        ),
        ("وتم الاتفاق على مواصلة التشاور بين البلدين.", ("CONSULT", "intended", "التشاور")),
    ],
)
def test_modality_cues(text: str, event: tuple[str, str, str]) -> None:
    assert event in event_triggers(text)


def test_name_after_place_noun_is_no_future_verb() -> None:
    """سناح after منطقة is a place name, not سـ + imperfect: the killing stays asserted."""
    text = "وقال المصدر إن مسلحي القبائل في منطقة سناح قتلوا خمسة من المهاجمين."
    assert event_triggers(text) == [("ASSAULT", "asserted", "قتلوا")]
