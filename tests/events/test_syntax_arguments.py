"""Argument assignment from Arabic syntax cues (rasd.events.syntax, rasd.events.sides)."""

import pytest

from rasd.doc import Actor, ActorMention, Relation, Span
from rasd.events.extract import extract_events
from rasd.stages.events import default_resources

from .helpers import make_doc, span_of


def _event(doc, etype: str, trigger: str):
    return next(
        e
        for e in extract_events(doc, default_resources())
        if e.type == etype and trigger in doc.text[e.trigger.start : e.trigger.end]
    )


@pytest.mark.parametrize(
    ("text", "actors", "etype", "trigger", "expected"),
    [
        (  # the subject of the speech verb carries over through "أنه"
            "أعلن التحالف أنه سيمنع بالقوة تقدم الحوثيين.",
            [("التحالف", "coalition"), ("الحوثيين", "houthi")],
            "THREATEN",
            "منع بالقوة",
            ("coalition", "houthi"),
        ),
        (  # passive with its agent after "على يد"
            "خطف صحفي على يد مسلحين.",
            [("صحفي", "journalist"), ("مسلحين", "gunmen")],
            "ASSAULT",
            "خطف",
            ("gunmen", "journalist"),
        ),
        (  # a counted mention after the verb is acted on, not the subject
            "قتل 13 مدنيا في السوق.",
            [("مدنيا", "civilians")],
            "ASSAULT",
            "قتل",
            (None, "civilians"),
        ),
        (  # VSO with a counted object
            "قتلت القوات الامريكية 11 مسلحا.",
            [("القوات الامريكية", "us"), ("مسلحا", "gunmen")],
            "ASSAULT",
            "قتلت",
            ("us", "gunmen"),
        ),
        (  # "هجوم شنه X": the relative verb names the attacker
            "قتل 4 جنود في هجوم شنه مسلحون.",
            [("جنود", "soldiers"), ("مسلحون", "gunmen")],
            "ASSAULT",
            "هجوم",
            ("gunmen", "soldiers"),
        ),
        (  # "تعرضت X لهجوم": X is attacked
            "تعرضت دورية الشرطة لهجوم امس.",
            [("الشرطة", "police")],
            "ASSAULT",
            "هجوم",
            (None, "police"),
        ),
        (  # a mention inside a place phrase is not an argument
            "قصفت الطائرات مواقع في حلب.",
            [("الطائرات", "jets"), ("حلب", "aleppo")],
            "ASSAULT",
            "قصفت",
            ("jets", None),
        ),
        (  # coordinated subject before the verb: the first conjunct
            "وقالت المصادر إن الحوثيين وقوات صالح قصفوا المدينة.",
            [("الحوثيين", "houthi"), ("قوات صالح", "saleh")],
            "ASSAULT",
            "قصفوا",
            ("houthi", None),
        ),
        (  # verbal noun of an intransitive act: the genitive acts
            "بدأ انسحاب القوات التركية من المدينة.",
            [("القوات التركية", "tsk")],
            "RETREAT",
            "انسحاب",
            ("tsk", None),
        ),
        (  # what protesters oppose, later in the sentence
            "تظاهر المئات في الساحة للتنديد بزيارة الرئيس.",
            [("الرئيس", "president")],
            "PROTEST",
            "تظاهر",
            (None, "president"),
        ),
    ],
)
def test_syntax_arguments_follow_arabic_word_order(text, actors, etype, trigger, expected) -> None:
    ev = _event(make_doc(text, actors=actors), etype, trigger)
    assert (ev.actor1, ev.actor2) == expected


def _with_leader(text: str, person: str, org: str):
    doc = make_doc(text)
    mentions = (
        ActorMention(*span_of(text, person), actor_id="alloush", entity_id="e1"),
        ActorMention(*span_of(text, org), actor_id="jaish", entity_id="e2"),
    )
    actors = (
        Actor("alloush", "Alloush", person, "person", None, None, (), True),
        Actor("jaish", "Jaish", org, "rebel_group", None, None, (), True),
    )
    rel = Relation("leader_of", "e1", "e2", Span(0, len(text)))
    return (
        doc.with_layer("actors", actors)
        .with_layer("actor_mentions", mentions)
        .with_layer("relations", (rel,))
    )


@pytest.mark.parametrize(
    ("text", "etype", "trigger", "expected"),
    [
        (  # a leader attacks through his group
            "هاجم محمد علوش قائد جيش الاسلام مواقع النظام.",
            "ASSAULT",
            "هاجم",
            ("jaish", None),
        ),
        (  # a leader and his group are never on both sides
            "وافق جيش الاسلام بعد اجتماع مع محمد علوش.",
            "AGREE",
            "وافق",
            ("jaish", None),
        ),
    ],
)
def test_syntax_arguments_leader_and_group_share_a_side(text, etype, trigger, expected) -> None:
    doc = _with_leader(text, "محمد علوش", "جيش الاسلام")
    ev = _event(doc, etype, trigger)
    assert (ev.actor1, ev.actor2) == expected
