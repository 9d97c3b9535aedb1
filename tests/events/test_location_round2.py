"""Event location, round 2: objects of visits and entries, "X بY", the same act told twice,
the sentence before, and statements that get no place."""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import ActorMention, Document, Place
from rasd.events.extract import extract_events
from rasd.stages.events import default_resources

from .helpers import make_doc, span_of

_Spec = tuple[str, int, int, str, str]  # surface, occurrence, geo_precision, country, feature


def _doc(text: str, places: list[_Spec], actors: list[tuple[str, str]] | None = None) -> Document:
    """Places get ids p1, p2 … in text order."""
    doc = make_doc(text)
    found = []
    for surface, nth, prec, country, feature in places:
        start, end = span_of(text, surface, nth)
        found.append(
            Place("", start, end, surface, None, None, country, None, None, feature, prec, 0.9)
        )
    found.sort(key=lambda p: p.start)
    doc = doc.with_layer("places", tuple(replace(p, id=f"p{i}") for i, p in enumerate(found, 1)))
    mentions = tuple(ActorMention(*span_of(text, s), actor_id=a) for s, a in actors or ())
    return doc.with_layer("actor_mentions", mentions)


def _where(doc: Document, etype: str) -> list[tuple[str | None, int | None]]:
    events = extract_events(doc, default_resources())
    return [(e.location, e.geo_precision) for e in events if e.type == etype]


def test_the_object_of_a_visit_is_its_place_even_as_an_actor_name() -> None:
    text = "أعلنت الخارجية الروسية أن الوزير سيزور موسكو الثلاثاء لبحث الأزمة في سوريا."
    places = [("موسكو", 0, 1, "RU", "city"), ("سوريا", 0, 3, "SY", "country")]
    doc = _doc(text, places, [("موسكو", "rus-government")])
    assert _where(doc, "CONSULT") == [("p1", 1)]


def test_the_town_an_attack_enters_not_the_town_it_came_from() -> None:
    text = "وتمكنت القوات إثر هجوم شنته من عدن، كبرى مدن الجنوب، من السيطرة على مواقع قبل أن تدخل زنجبار."
    places = [("عدن", 0, 1, "YE", "city"), ("زنجبار", 0, 1, "YE", "town")]
    assert _where(_doc(text, places), "ASSAULT") == [("p2", 1)]


def test_a_country_entered_is_not_a_place() -> None:
    text = "قتل ثلاثة جنود في هجوم بعد أن دخلت السعودية الحرب في اليمن."
    places = [("السعودية", 0, 3, "SA", "country"), ("اليمن", 0, 3, "YE", "country")]
    assert _where(_doc(text, places), "ASSAULT") == [("p2", 3)]


def test_a_town_then_its_country_with_b_is_the_town() -> None:
    text = "وفي فندق بمدينة سوسة بتونس قتل مسلح 38 سائحا."
    places = [("سوسة", 0, 1, "TN", "city"), ("تونس", 0, 1, "TN", "city")]
    assert _where(_doc(text, places), "ASSAULT") == [("p1", 1)]


def test_a_country_gives_way_to_the_town_the_same_word_names_elsewhere() -> None:
    text = (
        "قال مسؤول إن الجبير سيزور موسكو الثلاثاء. وذكرت الصحيفة أن الجبير سيزور روسيا لبحث الأزمة."
    )
    places = [("موسكو", 0, 1, "RU", "city"), ("روسيا", 0, 3, "RU", "country")]
    consult = _where(_doc(text, places), "CONSULT")
    assert consult[-1] == ("p1", 1)


def test_an_act_with_no_place_takes_the_sentence_before_with_its_precision() -> None:
    text = (
        "وقعت اشتباكات عنيفة في مدينة تعز أمس. وقصف المسلحون الأحياء السكنية. "
        "وقال الرئيس إن عدن آمنة وإن عدن ستبقى آمنة."
    )
    places = [("تعز", 0, 1, "YE", "city"), ("عدن", 0, 1, "YE", "city"), ("عدن", 1, 1, "YE", "city")]
    assert _where(_doc(text, places), "ASSAULT")[-1] == ("p1", 1)


def test_the_most_mentioned_place_keeps_its_own_precision() -> None:
    text = "قال مسؤول إن عدن آمنة وإن عدن ستبقى آمنة. واعتقلت الشرطة خمسة مسلحين."
    places = [("عدن", 0, 1, "YE", "city"), ("عدن", 1, 1, "YE", "city")]
    assert _where(_doc(text, places), "COERCE") == [("p1", 1)]


def test_a_statement_with_no_place_of_its_own_gets_none() -> None:
    text = "وقعت اشتباكات عنيفة في مدينة تعز أمس. واتهم الرئيس الحوثيين بخرق الهدنة."
    places = [("تعز", 0, 1, "YE", "city")]
    assert _where(_doc(text, places), "ACCUSE") == [(None, None)]


def test_a_statement_is_not_placed_where_its_actor_country_is() -> None:
    text = "واستنكرت مملكة البحرين بشدة تصريحات المالكي ضد السعودية."
    places = [("البحرين", 0, 3, "BH", "country"), ("السعودية", 0, 3, "SA", "country")]
    doc = _doc(text, places, [("مملكة البحرين", "bhr"), ("السعودية", "sau")])
    assert _where(doc, "ACCUSE") == [(None, None)]


def test_a_statement_takes_the_dateline() -> None:
    text = "المنامة - استنكرت مملكة البحرين بشدة تصريحات المالكي ضد السعودية."
    places = [
        ("المنامة", 0, 1, "BH", "city"),
        ("البحرين", 0, 3, "BH", "country"),
        ("السعودية", 0, 3, "SA", "country"),
    ]
    doc = _doc(text, places, [("مملكة البحرين", "bhr"), ("السعودية", "sau")])
    assert _where(doc, "ACCUSE") == [("p1", 1)]
