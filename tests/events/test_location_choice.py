"""Event location: locative phrases over actor phrases, the trigger's own place, the dateline."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.doc import ActorMention, Document, Place
from rasd.events.extract import extract_events
from rasd.events.location import ArticlePlaces
from rasd.stages.events import default_resources

from .helpers import make_doc, span_of


def _doc(
    text: str,
    places: list[tuple[str, int, int]],
    actors: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> Document:
    """``places``: (surface, occurrence, geo_precision); ids p1, p2 … in text order."""
    doc = make_doc(text)
    found = []
    for surface, nth, prec in places:
        start, end = span_of(text, surface, nth)
        found.append(Place("", start, end, surface, None, None, None, None, None, None, prec, 0.9))
    found.sort(key=lambda p: p.start)
    doc = doc.with_layer("places", tuple(replace(p, id=f"p{i}") for i, p in enumerate(found, 1)))
    mentions = tuple(ActorMention(*span_of(text, s), actor_id=a) for s, a in actors)
    return doc.with_layer("actor_mentions", mentions)


def _where(doc: Document, etype: str) -> list[tuple[str | None, int | None]]:
    events = extract_events(doc, default_resources())
    return [(e.location, e.geo_precision) for e in events if e.type == etype]


def test_demo_airstrike_is_near_taiz_not_in_the_leading_country() -> None:
    text = (
        "تعز - شنت طائرات التحالف العربي بقيادة السعودية أمس غارات جوية على مواقع "
        "لجماعة الحوثي في محيط مدينة تعز."
    )
    doc = _doc(
        text,
        [("تعز", 0, 1), ("السعودية", 0, 3), ("تعز", 1, 2)],
        [("طائرات التحالف العربي", "coalition"), ("قيادة السعودية", "sau")],
    )
    assert _where(doc, "ASSAULT") == [("p3", 2)]


def test_place_governed_by_an_actor_noun_loses_to_the_locative_one() -> None:
    text = "وقصفت طائرات روسيا مواقع المعارضة في ريف حلب."
    doc = _doc(text, [("روسيا", 0, 3), ("حلب", 0, 1)])
    assert _where(doc, "ASSAULT") == [("p2", 2)]  # "ريف" → near: precision 2


def test_landmark_after_the_town_is_not_the_place() -> None:
    text = "انفجرت سيارة ملغومة في سوق بمدينة بعقوبة بشرق العراق."
    doc = _doc(text, [("بعقوبة", 0, 1), ("العراق", 0, 3)])
    assert _where(doc, "ASSAULT") == [("p1", 1)]


def test_dateline_before_the_most_mentioned_place() -> None:
    text = (
        "بغداد (وكالات) - قال مسؤول إن مسلحين جاؤوا من سوريا وإن سوريا تدعمهم. "
        "واعتقلت الشرطة خمسة مسلحين."
    )
    doc = _doc(text, [("بغداد", 0, 1), ("سوريا", 0, 3), ("سوريا", 1, 3)])
    assert _where(doc, "COERCE") == [("p1", 1)]


def test_most_mentioned_place_when_there_is_no_dateline() -> None:
    text = "قال مسؤول إن مسلحين جاؤوا من سوريا وإن سوريا تدعمهم. واعتقلت الشرطة خمسة مسلحين."
    doc = _doc(text, [("سوريا", 0, 3), ("سوريا", 1, 3)])
    assert _where(doc, "COERCE") == [("p1", 3)]


@pytest.mark.parametrize(
    ("text", "places", "dateline"),
    [
        ("تعز - شنت الطائرات غارات على المدينة.", [("تعز", 0, 1)], "p1"),
        ("عين اليوم – بغداد قالت مصادر أمنية إن انفجارا وقع.", [("بغداد", 0, 1)], "p1"),
        ("عمان 25 شوال 1436 هـ واس استفاد 158 لاجئا.", [("عمان", 0, 1)], "p1"),
        ("قال وزير الخارجية إن بغداد ترحب بالاتفاق.", [("بغداد", 0, 1)], None),
    ],
)
def test_dateline_forms(
    text: str, places: list[tuple[str, int, int]], dateline: str | None
) -> None:
    found = ArticlePlaces(_doc(text, places)).dateline
    assert (found.place.id if found else None) == dateline


def test_coordinated_places_share_the_locative() -> None:
    text = "وخرجت تظاهرات في العاصمة العراقية بغداد والنجف وبابل."
    reads = ArticlePlaces(_doc(text, [("بغداد", 0, 1), ("النجف", 0, 1), ("بابل", 0, 1)])).reads
    assert [r.locative for r in reads] == [True, True, True]
    assert _where(_doc(text, [("بغداد", 0, 1), ("النجف", 0, 1), ("بابل", 0, 1)]), "PROTEST") == [
        ("p1", 1)
    ]


def test_a_country_gives_way_to_a_town_in_it_the_sentence_locates() -> None:
    text = "وقالت القيادة إن 17 ضربة جوية نفذت قرب دير الزور، استهدفت مواقع للتنظيم في سوريا."
    doc = _doc(text, [("دير الزور", 0, 2), ("سوريا", 0, 3)])
    doc = doc.with_layer("places", tuple(replace(p, country="SY") for p in doc.get("places")))
    assert ArticlePlaces(doc).locate((0, len(text)), (45, len(text)), (45, 52)) == ("p1", 2)


def test_between_locates_a_clash_but_not_a_meeting() -> None:
    text = "وقعت اشتباكات بين دوما وحرستا. والتقى الوفد في دمشق لبحث العلاقات بين دوما وحرستا."
    doc = make_doc(text)
    a, b = span_of(text, "بين دوما وحرستا"), span_of(text, "بين دوما وحرستا", 1)
    c = span_of(text, "دمشق")
    mid = Place("", a[0], a[1], "between", None, None, "SY", None, None, "between", 2, 0.8)
    places = [
        replace(mid, id="p1", source="between"),
        replace(mid, id="p2", start=c[0], end=c[1], name="دمشق", feature="city", geo_precision=1),
        replace(mid, id="p3", start=b[0], end=b[1], source="between"),
    ]
    reads = ArticlePlaces(doc.with_layer("places", tuple(places)))
    one, two = (0, 30), (31, len(text))
    assert reads.locate(one, one, span_of(text, "اشتباكات"), "ASSAULT") == ("p1", 2)
    assert reads.locate(two, two, span_of(text, "العلاقات"), "CONSULT") == ("p2", 1)
    assert reads.locate(two, two, span_of(text, "العلاقات"), "ASSAULT") == ("p3", 2)
