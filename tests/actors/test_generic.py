"""Generic actors (rasd.actors.generic): civilians, protesters, police, soldiers, gunmen …"""

from __future__ import annotations

import pytest

from rasd.actors.generic import load_generic_terms, nationality


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
def test_generic_mentions_and_ids(bundled_mentions, text, expected):
    assert bundled_mentions(text) == expected


def test_generic_students_protest_only_when_protesting(bundled_mentions):
    assert bundled_mentions("تظاهر مئات الطلاب أمام الوزارة") == [("الطلاب", "protesters")]
    assert bundled_mentions("عاد الطلاب إلى المدارس") == [("الطلاب", "civilians")]


def test_generic_head_of_registry_name_left_to_registry(bundled_mentions):
    assert bundled_mentions("هاجم عناصر جيش المهدي القرية") == [("جيش المهدي", "irq-mahdi-army")]
    assert bundled_mentions("قتل جنود الجيش الاميركي") == [("الجيش الاميركي", "usa-military")]


def test_generic_country_from_document(bundled_mentions):
    text = "قال الجيش السوري إن قوات النظام قتلت عشرة مدنيين"
    assert ("مدنيين", "syr-civilians") in bundled_mentions(text)


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


def test_generic_strikes_and_counted_nationals(bundled_mentions):
    assert bundled_mentions("قتلوا جراء ضربة جوية اميركية") == [
        ("ضربة جوية اميركية", "usa-military")
    ]
    assert bundled_mentions("وقتل 13 عراقيا") == [("عراقيا", "irq-civilians")]
    # an adjective, not counted people: the official is the government of Iraq
    assert bundled_mentions("قال المسؤول العراقي") == [("المسؤول العراقي", "irq-government")]


def test_generic_people_of_a_registry_actor(bundled_mentions):
    assert bundled_mentions("اجتمع مع ضباط من الجيش الروسي") == [("الجيش الروسي", "rus-military")]
    assert bundled_mentions("خروج جيش الاسلام ومقاتليه") == [("جيش الاسلام", "syr-jaysh-al-islam")]
    assert bundled_mentions("ايصال عناصر جيش الاسلام المسلحين") == [
        ("جيش الاسلام", "syr-jaysh-al-islam")
    ]
