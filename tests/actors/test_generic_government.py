"""Generic government actors (rasd.actors.generic): "الحكومة", "السلطات", "وزارة X", parliaments."""

from __future__ import annotations

import pytest

from rasd.actors.generic import load_generic_terms
from rasd.doc import Document
from rasd.registry import build_pipeline
from rasd.stages.actors import ActorStage


@pytest.fixture(scope="module")
def mentions():  # type: ignore[no-untyped-def]
    pipe = build_pipeline(("normalize", "tokenize", "sentences"))
    stage = ActorStage()  # the bundled registry, with "government" and the <iso3>-government ids

    def run(text: str) -> list[tuple[str, str, str]]:
        doc = stage(pipe.run(Document(text=text)).with_layer("entities", ()))
        return [(text[m.start : m.end], m.actor_id, m.source) for m in doc.get("actor_mentions")]

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no country in the text: the country-less actor (ACLED "Government of X" unknown)
        ("تظاهروا ضد الحكومة", [("الحكومة", "government", "generic")]),
        ("أعلنت وزارة الداخلية اعتقال خلية", [("وزارة الداخلية", "government", "generic")]),
        ("أصدرت رئاسة الجمهورية بيانا", [("رئاسة الجمهورية", "government", "generic")]),
        # "الحاكم" is split as حا + كم by the clitic splitter: the whole word is read too
        ("تظاهروا ضد الائتلاف الحاكم", [("الائتلاف الحاكم", "government", "generic")]),
        # a nationality adjective gives the country
        (
            "انتقد رئيس الوزراء البريطاني القرار",
            [("رئيس الوزراء البريطاني", "gbr-government", "generic")],
        ),
    ],
)
def test_government_words(mentions, text, expected):
    assert mentions(text) == expected


def test_government_takes_the_main_country(mentions):
    text = "طالب المحتجون السلطات اليمنية بالافراج عن المعتقلين ودعوا الحكومة إلى الاستقالة"
    assert ("الحكومة", "yem-government", "generic") in mentions(text)


def test_registry_government_mentions_are_kept(mentions):
    text = "قالت الحكومة السورية إن قوات النظام السوري تقدمت وأعلنت وزارة الداخلية اعتقال خلية"
    assert mentions(text) == [
        ("الحكومة السورية", "syr-government", "alias"),
        ("قوات النظام السوري", "syr-military", "alias"),
        ("وزارة الداخلية", "syr-government", "generic"),
    ]


def test_parliament_only_where_the_registry_has_it(mentions):
    libya = "قالت حكومة الوفاق إن قوات الجيش الوطني الليبي رفضت قرار مجلس النواب"
    assert mentions(libya)[-1] == ("مجلس النواب", "lby-hor", "generic")
    assert mentions("صوت البرلمان التركي على القرار") == []  # the actors gold: NIL


def test_ministry_alone_is_a_place_not_an_actor(mentions):
    assert mentions("تظاهر مئات الطلاب أمام الوزارة") == [("الطلاب", "protesters", "generic")]


def test_government_ids():
    ids = load_generic_terms().ids
    assert ids["government"] == ("government", "government")
    assert ids["legislature"] == ("hor", None)
