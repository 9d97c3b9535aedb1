"""The places stage: detection with clitics and cues, resolution, geometry words."""

from __future__ import annotations

import pytest

from rasd.doc import Place
from rasd.geo.distance import haversine_km
from rasd.geo.locate import locate_text
from rasd.registry import build_pipeline
from rasd.stages.places import PlacesStage, build


def _places(text: str) -> list[tuple[str, Place]]:
    return [(text[p.start : p.end], p) for p in locate_text(text)]


def _find(text: str, surface: str) -> Place:
    hits = [p for s, p in _places(text) if s == surface]
    assert hits, f"{surface!r} not found in {[s for s, _ in _places(text)]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon", "precision"),
    [
        ("قصفت الطائرات مدينة دوما بريف دمشق.", "دوما", 33.5718, 36.4027, 1),
        ("وصلت التعزيزات وبدوما اشتباكات.", "دوما", 33.5718, 36.4027, 1),
        ("انسحب المقاتلون من مدينة لحرستا قريبا.", "حرستا", 33.5587, 36.3652, 1),
        ("تستمر المعارك في الغوطة الشرقية والقلمون.", "الغوطة الشرقية", 33.555, 36.42, 3),
        ("تستمر المعارك في الغوطة الشرقية والقلمون.", "القلمون", 33.95, 36.6, 3),
        ("قتل مدنيان في قرية حرزتا بريف دمشق.", "حرزتا", 33.5587, 36.3652, 1),
        ("سيطر التنظيم على مدينة تدمر الأثرية.", "تدمر", 34.5624, 38.284, 1),
        ("اندلعت اشتباكات في محيط مدينة الرمادي.", "الرمادي", 33.4206, 43.3078, 2),
        ("تقدمت القوات في محافظة الأنبار غربي العراق.", "محافظة الأنبار", 33.0, 42.0, 3),
        ("شنت طائرات التحالف غارات على صنعاء وتعز.", "تعز", 13.5795, 44.0209, 1),
        ("وصل الوفد إلى بنغازي أمس.", "بنغازي", 32.1149, 20.0686, 1),
        ("قتل عشرة في غارة على قرية سلقين في ريف إدلب.", "سلقين", 36.14, 36.45, 1),
    ],
)
def test_places_resolves_mention(
    text: str, surface: str, lat: float, lon: float, precision: int
) -> None:
    p = _find(text, surface)
    assert p.lat is not None and p.lon is not None
    limit = 150 if p.feature == "governorate" else 10
    assert haversine_km(p.lat, p.lon, lat, lon) <= limit
    assert p.geo_precision == precision


@pytest.mark.parametrize(
    ("text", "phrase", "a", "b"),
    [
        ("وتسمع بين حرزتا ودوما قذائف.", "بين حرزتا ودوما", "Harasta", "Duma"),
        ("تدور اشتباكات بين سراقب وأريحا منذ أيام.", "بين سراقب وأريحا", "Saraqib", "Ariha"),
    ],
)
def test_places_between_gives_midpoint(text: str, phrase: str, a: str, b: str) -> None:
    mid = _find(text, phrase)
    ends = [p for s, p in _places(text) if p.feature != "between"]
    pa = next(p for p in ends if p.name == a)
    pb = next(p for p in ends if p.name == b)
    assert mid.geo_precision == 2 and mid.feature == "between"
    assert mid.lat == pytest.approx((pa.lat + pb.lat) / 2, abs=1e-4)
    assert mid.lon == pytest.approx((pa.lon + pb.lon) / 2, abs=1e-4)


@pytest.mark.parametrize(
    "text",
    [
        "أصدرت الوزارة بيانا حول الحرب والسلام في المنطقة.",
        "قال إنه سيعمل من أجل نصر قريب في كل الجبهات.",
        "وأكد أن الأمن والأمان من أولويات الحكومة.",
        "تحدث في وسائل الإعلام عن الجامعة والثورة.",
        "قال عبد الله بن سلمان إن الملك وافق على القرار.",
    ],
)
def test_places_ignores_common_words(text: str) -> None:
    assert _places(text) == []


def test_places_ids_and_spans_in_text_order() -> None:
    text = "قصفت الطائرات مدينة حلب، ثم بين حرزتا ودوما، ثم ادلب."
    places = locate_text(text)
    assert [p.id for p in places] == [f"p{i}" for i in range(1, len(places) + 1)]
    assert [p.start for p in places] == sorted(p.start for p in places)
    assert all(0 <= p.start < p.end <= len(text) for p in places)


def test_places_stage_contract_and_layer() -> None:
    stage = build()
    assert isinstance(stage, PlacesStage)
    assert (stage.name, stage.version) == ("places", "places.gazetteer.v1")
    assert stage.requires == ("tokens", "sentences", "entities")
    assert stage.provides == ("places",)
    pipe = build_pipeline(("normalize", "tokenize", "sentences", "ner", "places"))
    doc = pipe("انسحب المقاتلون من الغوطة الشرقية إلى محافظة ادلب.")
    got = [(doc.text[p.start : p.end], p.feature, p.geo_precision) for p in doc.layer("places")]
    assert got == [("الغوطة الشرقية", "region", 3), ("محافظة ادلب", "governorate", 3)]
    assert doc.to_json()["places"][0]["name"] == "Eastern Ghouta"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عبر الحدود السورية أمس.", []),  # the adjective, not ال + سورية
        (
            "وصل الوفد للعراق أمس.",
            [("لعراق", "Iraq")],
        ),  # ل + (ا)ل: the article's lam starts the span
        ("أرسل مبلغ مالي كبير.", []),  # 'financial', not Mali
        ("انتشر الجيش الفرنسي في مالي.", [("مالي", "Mali")]),
    ],
)
def test_places_article_and_adjectives(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, p.name) for s, p in _places(text)] == expected


def test_places_seed_article_main_places() -> None:
    """The seed article (if present): Douma, Harasta (spelt 'حرزتا'), Eastern Ghouta, Idlib."""

    from tests.conftest import SEED as seed

    if not seed.exists():
        pytest.skip("seed article not available")
    text = seed.read_text(encoding="utf-8")
    got = {(text[p.start : p.end], p.name) for p in locate_text(text)}
    assert {
        ("دوما", "Duma"),
        ("حرزتا", "Harasta"),
        ("الغوطة الشرقية", "Eastern Ghouta"),
        ("ادلب", "Idlib"),
    } <= got


@pytest.mark.parametrize(
    ("text", "surface", "admin2", "admin3"),
    [
        ("قصفت الطائرات مدينة دوما بريف دمشق.", "دوما", "Duma", "Duma"),
        ("تظاهر مئات الطلاب في مدينة حرستا بريف دمشق.", "حرستا", "Duma", "Harasta"),
        ("قتل عشرة في غارة على بلدة سراقب في ريف إدلب.", "سراقب", "Idleb", "Saraqab"),
        ("شنت طائرات التحالف غارات على صنعاء وتعز.", "تعز", None, None),  # no admin 3 outside Syria
    ],
)
def test_places_admin3_subdistrict(text: str, surface: str, admin2: str, admin3: str) -> None:
    p = _find(text, surface)
    assert (p.admin2, p.admin3) == (admin2, admin3)


def test_places_admin3_in_contract_json() -> None:
    import rasd

    out = rasd.analyze("قصفت الطائرات مدينة دوما بريف دمشق.").to_json()
    douma = next(p for p in out["places"] if p["text"] == "دوما")
    assert douma["admin3"] == "Duma"
