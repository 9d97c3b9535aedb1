"""Generic actors (rasd.actors.generic): civilians, protesters, police, soldiers, gunmen …"""

from __future__ import annotations

import pytest

from rasd.actors.generic import load_generic_terms, nationality
from rasd.doc import Document
from rasd.registry import build_pipeline
from rasd.stages.actors import ActorStage


@pytest.fixture(scope="module")
def mentions():  # type: ignore[no-untyped-def]
    pipe = build_pipeline(("normalize", "tokenize", "sentences"))
    stage = ActorStage()  # the bundled registry, which has the generic actors

    def run(text: str) -> list[tuple[str, str]]:
        doc = stage(pipe.run(Document(text=text)).with_layer("entities", ()))
        return [(text[m.start : m.end], m.actor_id) for m in doc.get("actor_mentions")]

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة مدنيين", [("مدنيين", "civilians")]),
        (
            "اعتقلت الشرطة العراقية 3 صحفيين",
            [("الشرطة العراقية", "irq-police"), ("صحفيين", "irq-civilians")],
        ),
        (
            "هاجم مسلحون مركزا للشرطة",
            [("مسلحون", "unidentified-armed-group"), ("للشرطة", "police-forces")],
        ),
        ("قتل جنديان أميركيان", [("جنديان أميركيان", "usa-military")]),
        ("أطلقت دبابات أميركية النار", [("دبابات أميركية", "usa-military")]),
        ("أقلعت طائرة من المطار", []),  # aircraft without a nationality name no actor
        (
            "فجر انتحاري نفسه وسط المصلين",
            [("انتحاري", "unidentified-armed-group"), ("المصلين", "civilians")],
        ),
        (
            "اشتبكت قوات الأمن مع المحتجين",
            [("قوات الأمن", "police-forces"), ("المحتجين", "protesters")],
        ),
        ("قال مجلس الامن", [("مجلس الامن", "int-unsc")]),  # not the security forces
    ],
)
def test_generic_mentions_and_ids(mentions, text, expected):
    assert mentions(text) == expected


def test_generic_students_protest_only_when_protesting(mentions):
    assert mentions("تظاهر مئات الطلاب أمام الوزارة") == [("الطلاب", "protesters")]
    assert mentions("عاد الطلاب إلى المدارس") == [("الطلاب", "civilians")]


def test_generic_head_of_registry_name_left_to_registry(mentions):
    assert mentions("هاجم عناصر جيش المهدي القرية") == [("جيش المهدي", "irq-mahdi-army")]
    assert mentions("قتل جنود الجيش الاميركي") == [("الجيش الاميركي", "usa-military")]


def test_generic_country_from_document(mentions):
    text = "قال الجيش السوري إن قوات النظام قتلت عشرة مدنيين"
    assert ("مدنيين", "syr-civilians") in mentions(text)


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("العراقيين", "IRQ"),
        ("أميركية", "USA"),
        ("سوري", "SYR"),
        ("فلسطينيون", "PSE"),
        ("كبير", None),
    ],
)
def test_generic_nationality_forms(word, iso3):
    from rasd.text.normalize import normalize_key

    assert nationality(normalize_key(word), load_generic_terms()) == iso3


def test_generic_strikes_and_counted_nationals(mentions):
    assert mentions("قتلوا جراء ضربة جوية اميركية") == [("ضربة جوية اميركية", "usa-military")]
    assert mentions("وقتل 13 عراقيا") == [("عراقيا", "irq-civilians")]
    # an adjective, not counted people: the official is the government of Iraq
    assert mentions("قال المسؤول العراقي") == [("المسؤول العراقي", "irq-government")]


def test_generic_people_of_a_registry_actor(mentions):
    assert mentions("اجتمع مع ضباط من الجيش الروسي") == [("الجيش الروسي", "rus-military")]
    assert mentions("خروج جيش الاسلام ومقاتليه") == [("جيش الاسلام", "syr-jaysh-al-islam")]
    assert mentions("ايصال عناصر جيش الاسلام المسلحين") == [("جيش الاسلام", "syr-jaysh-al-islam")]
