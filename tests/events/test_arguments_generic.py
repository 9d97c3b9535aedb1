"""Generic argument candidates: state bodies of an unnamed country and attacked objects
(rasd.events.generic_args, issue 6 arguments round 6)."""

from __future__ import annotations

from functools import lru_cache

import pytest

import rasd
from rasd.doc import ActorMention, Document, Place
from rasd.events.arguments import assign_actors
from rasd.events.generic_args import (
    SITE,
    article_country,
    keep_used,
    load_terms,
    with_generic_candidates,
)
from rasd.stages.events import EventStage, build

from .helpers import TEXT_PIPE, span_of


@lru_cache(maxsize=1)
def _events_stage() -> EventStage:
    return build()


def _analyse(text: str) -> Document:
    """The full pipeline (its events stage adds the candidates that an event names)."""
    return rasd.analyze(text)


def test_unused_candidates_stay_out_of_the_output() -> None:
    # the army is a candidate (state body of Iraq) but no event names it
    doc = _analyse("وقال مصدر عسكري في بغداد إن الجيش يحتفل بذكرى تأسيسه قرب الفلوجة.")
    assert "irq-military" not in {a.id for a in doc.get("actors")}
    full = with_generic_candidates(doc)
    assert "irq-military" in {a.id for a in full.get("actors")}
    assert keep_used(doc, full, ()) is doc


def _mentions(doc: Document) -> list[tuple[str, str, str]]:
    return [(doc.text[m.start : m.end], m.actor_id, m.source) for m in doc.get("actor_mentions")]


def _roles(doc: Document, etype: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in doc.get("events") if e.type == etype]


def test_terms_are_data() -> None:
    terms = load_terms()
    assert terms.words["جيش"] == "military"
    assert terms.words["محكمه"] == "judiciary"
    assert terms.words["منزلا"] == "civil"
    assert terms.pairs[("قياده", "سياسيه")] == "leadership"
    assert "civil" in terms.sites and "military" not in terms.sites
    assert terms.ids["military"] == ("military", "military-forces")
    assert "علي" in terms.blocks and "مفخخه" in terms.blocks
    assert "civil" in terms.local and "official" not in terms.local


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a bare "الجيش": the army of the country the article's places name
        (
            "قال مصدر عسكري في بغداد إن الجيش قصف مواقع المسلحين قرب الفلوجة.",
            "ASSAULT",
            [("irq-military", "unidentified-armed-group")],
        ),
        # a court acts (ACLED: the government)
        (
            "وقامت نفس هذه المحكمة في فبراير الماضي بإعدام ستة رجال في حلب.",
            "ASSAULT",
            [("syr-government", "civilians")],
        ),
        # bare "القوات" besieged
        (
            "تمكن داعش من استكمال محاصرته القوات الموجودة في مصفى بيجي.",
            "COERCE",
            [("int-islamic-state", "irq-military")],
        ),
        # an attacked house: Civilians of the country
        (
            "قصفت الطائرات الإسرائيلية منزلا في غزة.",
            "ASSAULT",
            [("isr-air-force", "pse-civilians")],
        ),
        # an official's convoy with no name: the government, never the attacker
        (
            "هاجم مسلحون موكبا في بغداد.",
            "ASSAULT",
            [("unidentified-armed-group", "government")],
        ),
        # a car bomb is the weapon, not the target
        (
            "فجر انتحاري سيارة مفخخة قرب سوق في بغداد.",
            "ASSAULT",
            [("unidentified-armed-group", None)],
        ),
    ],
)
def test_generic_candidates_fill_roles(
    text: str, etype: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _roles(_analyse(text), etype) == expected


def test_candidates_are_actors_of_the_document() -> None:
    doc = _analyse("قال مصدر عسكري في بغداد إن الجيش قصف مواقع المسلحين قرب الفلوجة.")
    assert ("الجيش", "irq-military", "generic") in _mentions(doc)
    army = next(a for a in doc.get("actors") if a.id == "irq-military")
    assert army.in_registry and army.kind == "state_military"
    assert army.mentions == ((doc.text.index("الجيش"), doc.text.index("الجيش") + 5),)
    ids = {a.id for a in doc.get("actors")}
    assert {e.actor1 for e in doc.get("events")} <= ids


@pytest.mark.parametrize(
    "text",
    [
        "وتعهد الرئيس بالقضاء على الإرهاب في بغداد والموصل.",  # elimination, not the courts
        "تظاهر مئات أمام المحكمة في القاهرة.",  # a place
        "وأطلق مسلحون النار على منزل اللواء مهدي مقولة في صنعاء.",  # the owner is named
        "وفي بلدة بيت حانون شمال غزة سقط صاروخ.",  # a place name
        "وصل الوزير إلى مجلس الأمن في نيويورك.",  # part of another name
    ],
)
def test_no_candidate(text: str) -> None:
    doc = rasd.analyze(text)
    assert _mentions(with_generic_candidates(doc)) == _mentions(doc)


def test_a_site_is_only_a_fallback_target() -> None:
    # the army is named as the actor; the market is the target
    doc = _analyse("وكان الجيش العراقي قد قصف السوق في الفلوجة.")
    assert ("السوق", "irq-civilians", SITE) in _mentions(doc)
    assert _roles(doc, "ASSAULT") == [("irq-military", "irq-civilians")]
    # counted victims stay the target (the actors stage's "civilians"), the house is a place
    doc = _analyse("قتل مسلحون خمسة مدنيين في منزل في الموصل.")
    assert _roles(doc, "ASSAULT") == [("unidentified-armed-group", "civilians")]


def test_idempotent() -> None:
    doc = with_generic_candidates(rasd.analyze("قال مصدر في بغداد إن الجيش قصف منزلا."))
    again = with_generic_candidates(doc)
    assert _mentions(again) == _mentions(doc)
    assert again.get("actors") == doc.get("actors")


def _place(pid: str, country: str) -> Place:
    return Place(pid, 0, 1, pid, None, None, country, None, None, "city", 1, 0.9)


def test_article_country_needs_two_thirds() -> None:
    doc = TEXT_PIPE("نص")
    two = doc.with_layer("places", (_place("a", "IRQ"), _place("b", "IRQ"), _place("c", "SYR")))
    assert article_country(two) == "IRQ"
    even = doc.with_layer("places", (_place("a", "IRQ"), _place("c", "SYR")))
    assert article_country(even) is None
    assert article_country(doc.with_layer("places", ())) is None


def _slots(
    text: str, mentions: list[tuple[str, str, str]], etype: str
) -> tuple[str | None, str | None]:
    doc = TEXT_PIPE(text)
    tokens = doc.get("tokens")
    ms = [ActorMention(*span_of(text, s), actor_id=a, source=src) for s, a, src in mentions]
    slots = assign_actors(
        tokens, [t.start for t in tokens], ms, (0, 1), (0, len(tokens)), etype, "verb"
    )
    return tuple(m.actor_id if m else None for m in (slots.actor1, slots.actor2))


def test_site_roles_in_assign_actors() -> None:
    gunmen = ("مسلحون", "gunmen", "alias")
    house = ("منزلا", "civilians", SITE)
    assert _slots("هاجم مسلحون منزلا", [gunmen, house], "ASSAULT") == ("gunmen", "civilians")
    # only acted on: alone it is no actor1
    assert _slots("هاجم مسلحون منزلا", [house], "ASSAULT") == (None, "civilians")
    # no party to an event that is not violent
    assert _slots("زار مسلحون منزلا", [gunmen, house], "CONSULT") == ("gunmen", None)
