"""Argument roles with rasd's real stages and generic actors (issue 6, arguments part)."""

from __future__ import annotations

import pytest

import rasd
from rasd.doc import ActorMention
from rasd.events.roles import is_victim, settle


def _roles(text: str, etype: str) -> list[tuple[str | None, str | None]]:
    doc = rasd.analyze(text)
    return [(e.actor1, e.actor2) for e in doc.get("events") if e.type == etype]


def test_roles_attack_and_protest_in_one_sentence():
    text = (
        "هاجم مسلحون مجهولون مركزا للشرطة في الموصل وقتلوا ثلاثة مدنيين، "
        "فيما تظاهر مئات الطلاب أمام مبنى المحافظة."
    )
    assert _roles(text, "ASSAULT") == [("unidentified-armed-group", "police-forces")]
    assert _roles(text, "PROTEST") == [("protesters", None)]  # not the gunmen of the other clause


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # tally: "قتل 5 أشخاص في هجوم شنه مسلحون"
        (
            "قتل 5 أشخاص في هجوم شنه مسلحون على حاجز.",
            "ASSAULT",
            ("unidentified-armed-group", "civilians"),
        ),
        # the speaker of "قال" is no party to the attack; the counted victims are the target
        ("وقال سكان إن دبابات أميركية قتلت ستة مدنيين.", "ASSAULT", ("usa-military", "civilians")),
        # the group that claimed the attack, later in the sentence
        (
            "تعرضت ثكنة في الشمال لاعتداء أسفر عن مقتل ثلاثة جنود، وقد تبناه تنظيم القاعدة.",
            "ASSAULT",
            ("int-al-qaeda", "military-forces"),
        ),
        # an air strike with its nationality; the counted persons are the target
        ("قتل ثمانية اشخاص جراء ضربة جوية اميركية.", "ASSAULT", ("usa-military", "civilians")),
        # "برصاص X": the agent of the killing
        ("قتل ثلاثة متظاهرين برصاص قوات الأمن.", "ASSAULT", ("police-forces", "protesters")),
        # passive with its agent
        ("خطف صحفي على يد مسلحين.", "ASSAULT", ("unidentified-armed-group", "journalists")),
    ],
)
def test_roles_clause_patterns(text, etype, expected):
    assert expected in _roles(text, etype)


def _m(actor_id: str) -> ActorMention:
    return ActorMention(0, 1, actor_id)


def test_roles_victim_never_attacks():
    civ, army = _m("irq-civilians"), _m("irq-military")
    assert is_victim(civ) and not is_victim(army)
    assert settle((civ, army), [], (0, 1), "ASSAULT") == (None, army)
    assert settle((civ, None), [], (0, 1), "ASSAULT") == (None, civ)
    assert settle((civ, None), [], (0, 1), "CONSULT") == (civ, None)


def test_roles_tally_fills_assault_target():
    gunmen, people = _m("unidentified-armed-group"), _m("civilians")
    cands = [(people, 1, True), (gunmen, 6, False)]
    assert settle((gunmen, None), cands, (4, 5), "ASSAULT") == (gunmen, people)


def test_roles_counted_crowd_protests():
    people = _m("civilians")
    assert settle((None, people), [(people, 3, True)], (0, 1), "PROTEST") == (people, None)
