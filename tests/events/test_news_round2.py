"""News round 2: ضبط as arrest with its other senses blocked, "still" is not a negation."""

from __future__ import annotations

import pytest

from rasd.events.lexicon import load_lexicon
from rasd.text.tokenize import tokenize

from .helpers import event_triggers


def test_dabt_of_a_cell_is_an_arrest() -> None:
    assert event_triggers("وكشفت الوزارة عن ضبط شبكة إرهابية في العاصمة.") == [
        ("COERCE", "asserted", "ضبط")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ودعا الوزير إلى ضبط النفس.",
        "وتعمل الشرطة على ضبط الأمن في المدينة.",
        "وعرف الرقم بالضبط.",
    ],
)
def test_other_senses_of_dabt_make_no_arrest(text: str) -> None:
    assert "COERCE" not in {t for t, _, _ in event_triggers(text)}


def test_categorically_is_no_boycott_trigger() -> None:
    text = "ويرفضون بشكل قاطع وجود الميليشيات."
    tokens = tokenize(text)
    found = load_lexicon().find_triggers(tokens, 0, len(tokens))
    assert [text[tokens[m.first].start : tokens[m.last - 1].end] for m in found] == ["ويرفضون"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولا تزال المعارك محتدمة بين الطرفين.", "المعارك"),
        ("وما زالت الاشتباكات مستمرة في المدينة.", "الاشتباكات"),
    ],
)
def test_still_ongoing_fighting_is_asserted(text: str, trigger: str) -> None:
    assert event_triggers(text) == [("ASSAULT", "asserted", trigger)]


def test_plain_negator_still_negates() -> None:
    assert event_triggers("ولا تندلع المعارك في المدينة.") == [("ASSAULT", "negated", "المعارك")]


def test_besieging_with_a_pronoun_is_a_blockade() -> None:
    found = event_triggers("ونجحت المقاومة في الضغط على المسلحين ومحاصرتهم في المدينة.")
    assert ("COERCE", "asserted", "ومحاصرتهم") in found
