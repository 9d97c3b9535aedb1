"""News-driven lexicon rules: blocks, two-letter words, demanded / tally / consequence cues."""

from __future__ import annotations

import pytest

from rasd.events.evaluate import analyse_text
from rasd.events.lexicon import load_lexicon
from rasd.text.tokenize import tokenize

from .helpers import candidate_triggers, event_triggers


def _cues(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    found = load_lexicon().find_cues(tokens, 0, len(tokens))
    return [(text[tokens[m.first].start : tokens[m.last - 1].end], m.entry.modality) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "2002- الغاء عقوبة الاعدام في تركيا.",
        "وقال الوزير في اتصال هاتفي مع الشرق الأوسط إن الوضع مستقر.",
        "وقال المسؤول طالبا عدم كشف اسمه إن الوضع مستقر.",
        "وتراجعت أسعار النفط بنسبة 5 في المئة.",
        "وبأيدينا استثمار هذا الموقف.",
        "ارتفعت حصيلة التفجيرين الانتحاريين إلى 30 قتيلا.",
    ],
)
def test_sense_ambiguous_words_make_no_event(text: str) -> None:
    assert event_triggers(text) == []


def test_baquba_is_a_city_not_a_sanction() -> None:
    found = event_triggers("وقتل خمسة أشخاص في انفجار عبوة ناسفة في بعقوبة.")
    assert {t for t, _, _ in found} == {"ASSAULT"}


def test_two_letter_negators_need_a_word_of_their_own() -> None:
    assert _cues("يفصل بينهما أكثر من 600 كلم") == []
    assert _cues("كما انسحب الجيش") == []
    assert _cues("ولم ينسحب الجيش") == [("ولم", "negated")]
    assert event_triggers("كما انسحب الجيش من المدينة.") == [("RETREAT", "asserted", "انسحب")]


def test_negated_consequence_verb_does_not_negate_its_subject() -> None:
    doc = analyse_text("ولم يسفر الانفجار عن وقوع إصابات.")
    (event,) = doc.get("events")
    assert (event.type, event.modality) == ("ASSAULT", "asserted")
    assert event.fatalities.best == 0 and event.fatalities.start is not None


def test_demanded_action_is_not_an_event_but_the_demanders_are() -> None:
    assert candidate_triggers("وطالب المحتجون بالإفراج عن المعتقلين.") == [
        ("REQUEST", "asserted", "وطالب"),
        ("PROTEST", "asserted", "المحتجون"),
    ]
    assert event_triggers("وطالب الجيش بوقف القصف على المدينة.") == [
        ("REQUEST", "asserted", "وطالب")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حاول قيادي حوثي الفرار من تعز.", [("RETREAT", "intended", "الفرار")]),
        ("وقال إنه سيتم توقيع اتفاق بين الطرفين.", [("AGREE", "intended", "توقيع اتفاق")]),
        ("وتم الاتفاق خلال اللقاء على تعزيز التعاون.", [("AGREE", "asserted", "وتم الاتفاق")]),
    ],
)
def test_attempt_future_and_agreement_phrases(text: str, expected: list) -> None:
    assert [e for e in event_triggers(text) if e[0] in ("RETREAT", "AGREE")] == expected


def test_blocks_are_kept_apart_from_triggers() -> None:
    lex = load_lexicon()
    assert lex.blocks and all(b.type == "NONE" for b in lex.blocks)
    assert all(t.type != "NONE" for t in lex.triggers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "حيث توعد المتظاهرون بأن تكون لهم صرخة مدوية.",
            [("THREATEN", "asserted", "توعد"), ("PROTEST", "asserted", "المتظاهرون")],
        ),
        (
            "إنه يعتقد أن الأطراف غير مستعدة للدخول في محادثات سلام.",
            [("CONSULT", "negated", "محادثات")],
        ),
        ("وأعلنت السلطات إمكان الإفراج عن 52 معتقلا.", [("CONCEDE", "hypothetical", "الإفراج")]),
        ("وتمكنت القوات من السيطرة على مطار عدن.", [("COERCE", "asserted", "السيطرة على")]),
        ("وتقدمت القوات للسيطرة على المدينة.", []),  # the aim, not yet a seizure
    ],
)
def test_speaker_cues_possibility_unreadiness_and_seizure(text: str, expected: list) -> None:
    assert candidate_triggers(text) == expected
