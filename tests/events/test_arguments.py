import pytest

from rasd.events.context import load_fatality_words
from rasd.events.extract import extract_events
from rasd.stages.events import default_resources

from .helpers import make_doc


def _events(doc):
    return extract_events(doc, default_resources())


@pytest.mark.parametrize(
    ("text", "actors", "etype", "actor1", "actor2"),
    [
        (
            "واجتمع وفد جيش الاسلام مع ضباط من الجيش الروسي امس.",
            [("جيش الاسلام", "jaish"), ("الجيش الروسي", "rus-army")],
            "CONSULT",
            "jaish",
            "rus-army",
        ),
        (
            "وتسمع اطلاق نار كثيف بين فيلق الرحمن وجيش الاسلام.",
            [("فيلق الرحمن", "faylaq"), ("جيش الاسلام", "jaish")],
            "ASSAULT",
            "faylaq",
            "jaish",
        ),
        (
            "هاجم مسلحون حاجزا للجيش السوري.",
            [("مسلحون", "gunmen"), ("للجيش السوري", "saa")],
            "ASSAULT",
            "gunmen",
            "saa",
        ),
        (
            "شن التحالف غارات على مواقع الحوثيين.",
            [("التحالف", "coalition"), ("الحوثيين", "houthi")],
            "ASSAULT",
            "coalition",
            "houthi",
        ),
        ("ورفض فيلق الرحمن الانسحاب.", [("فيلق الرحمن", "faylaq")], "REJECT", "faylaq", None),
    ],
)
def test_arguments_actor1_acts_actor2_is_acted_on(text, actors, etype, actor1, actor2) -> None:
    ev = next(e for e in _events(make_doc(text, actors=actors)) if e.type == etype)
    assert (ev.actor1, ev.actor2) == (actor1, actor2)


def test_arguments_ignore_mentions_of_unknown_actor_ids() -> None:
    doc = make_doc("واجتمع وفد جيش الاسلام مع ضباط روس.", actors=[("جيش الاسلام", "jaish")])
    doc = doc.with_layer("actors", ())
    assert [e.actor1 for e in _events(doc)] == [None]


def test_arguments_location_and_date_from_the_sentence_else_article_and_publication() -> None:
    text = "وصل الوفد الى دوما. ثم اجتمع الوفد مع ضباط امس في حرستا. واجتمع القادة مجددا."
    doc = make_doc(
        text,
        places=[("دوما", "p1", 1), ("حرستا", "p2", 1)],
        dates=[("امس", "2018-03-24", 1)],
        date="2018-03-25",
    )
    consult = [e for e in _events(doc) if e.type == "CONSULT"]
    assert [(e.location, e.geo_precision, e.date, e.time_precision) for e in consult] == [
        ("p2", 1, "2018-03-24", 1),
        ("p1", 1, "2018-03-25", 2),  # no place: the most mentioned, its own precision
    ]


@pytest.mark.parametrize(
    ("text", "quantities", "expected"),
    [
        (
            "قتل 12 مدنيا في غارة جوية على البلدة امس.",
            [("12 مدنيا", 12, "civilian")],
            (12, "12 مدنيا"),
        ),
        ("انفجرت عبوة ناسفة في السوق دون وقوع اصابات.", [], (0, "دون وقوع اصابات")),
        ("انفجرت عبوة ناسفة في السوق.", [], (0, None)),
    ],
)
def test_arguments_fatalities_from_quantities_near_killing_words(
    text, quantities, expected
) -> None:
    ev = next(e for e in _events(make_doc(text, quantities=quantities)) if e.type == "ASSAULT")
    f = ev.fatalities
    surface = text[f.start : f.end] if f.start is not None else None
    assert (f.best, surface) == expected


def test_arguments_fatality_words_load_from_resource() -> None:
    words = load_fatality_words()
    assert "مقتل" in words.kill and ("دون", "وقوع", "اصابات") in words.none
