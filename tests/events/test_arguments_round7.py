"""Argument rules of round 7 (issue 6), from the error classes of news-gold batches 2 and 3:
a long subject before the object, participles, genitives of backing and requests, counted
subjects of non-violent acts, the released and the left, conjoined addressees, first-person
verbs in reported speech."""

from __future__ import annotations

import pytest

from rasd.events import verbforms
from rasd.text.tokenize import tokenize

from .helpers import event_roles


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # the object lies past a long subject once names count as one word
        (
            "دعت منظمة «هيومن رايتس ووتش» الحقوقية، أمس، الحوثيين إلى الإفراج عن الناشط "
            "الحقوقي عبد القادر الجنيد.",
            "REQUEST",
            ("int-hrw", "yem-houthis"),
        ),
        # a participle read as a verb takes the sentence's subject
        (
            "وعبر الرئيس هادي في الاجتماع عن سعادته بالانتصارات، مشيداً بالدور الإيجابي الذي "
            "تقوم به دول التحالف.",
            "SUPPORT",
            ("yem-abd-rabbuh-mansur-hadi", None),
        ),
        # "على دعم X لـ…": the mark governs the noun, the genitive backs
        (
            "وجدّد التأكيد على دعم أميركا للسوريين إنسانيا كما للمعارضة المسلحة.",
            "SUPPORT",
            ("usa-government", None),
        ),
        # "طلب X": the genitive requests
        (
            "استأنف المركز أعماله أمس، بناء على طلب الحكومة اليمنية الشرعية.",
            "REQUEST",
            ("yem-government", None),
        ),
        # a counted subject of a non-violent act acts
        (
            "وأكدت مصادر عسكرية أن بعض الضباط وقادة الكتائب رفضوا المشاركة في القتال.",
            "REJECT",
            ("military-forces", None),
        ),
        # "أفرج عن X": X is released
        ("وأفرج عن الرهائن بعد الانتخابات.", "CONCEDE", (None, "prisoners")),
        # "طالب X Y وZ بـ": Y (the first conjunct) is addressed too
        (
            "طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة "
            "الإنسانية.",
            "REQUEST",
            ("yem-abd-rabbuh-mansur-hadi", "yem-houthis"),
        ),
    ],
)
def test_round7_roles(text: str, etype: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in event_roles(text, etype)


def test_first_person_verb_takes_the_speaker() -> None:
    text = (
        "وقال الجبير إيران تدعم الإرهاب، ونرحب بأي اتفاق يضمن عدم قدرة إيران على حيازة سلاح نووي."
    )
    assert [a1 for a1, _ in event_roles(text, "SUPPORT")] == [
        "irn-government",
        "sau-adel-al-jubeir",
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("وافقنا", True), ("ونرحب", True), ("نفى", False), ("نقل", False), ("وافق", False)],
)
def test_first_person(word: str, expected: bool) -> None:
    assert verbforms.first_person(tokenize(word)[0]) is expected


@pytest.mark.parametrize(
    ("word", "expected"), [("مطالبين", True), ("مطالبا", True), ("طالبوا", False)]
)
def test_plural_circumstantial(word: str, expected: bool) -> None:
    assert verbforms.circumstantial(tokenize(word)[0]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "من" after a number names a part of the fleeing actor, not the one left
        (
            "وقبل ذلك فر عشرات من المسلحين الحوثيين من مدينة عدن إلى محافظة لحج.",
            ("yem-houthis", None),
        ),
        ("وانهيار وفرار واستسلام المئات من مليشيات الحوثي وفلول المخلوع.", (None, None)),
    ],
)
def test_retreat_partitive(text: str, expected: tuple[str | None, str | None]) -> None:
    assert event_roles(text, "RETREAT") == [expected]


def test_aid_genitive_receives() -> None:
    text = "على تقديم المساعدات العاجلة للشعب اليمني للتخفيف من معاناتهم."
    assert all(a1 != "yem-civilians" for a1, _ in event_roles(text, "AID"))
