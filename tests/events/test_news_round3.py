"""News round 3: names, organisations and idioms start no trigger, a news agency is no rumour,
سـ + ا is no future prefix, and a verbal noun with a pronoun suffix is found."""

from __future__ import annotations

import pytest

from rasd.events.lexicon import load_lexicon, variants
from rasd.text.normalize import normalize_key
from rasd.text.tokenize import tokenize

from .helpers import event_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    found = load_lexicon().find_triggers(tokens, 0, len(tokens))
    out = []
    for m in found:
        out.append((m.entry.type, text[tokens[m.first].start : tokens[m.last - 1].end]))
    return out


def _cues(text: str) -> list[str]:
    tokens = tokenize(text)
    return [
        text[tokens[m.first].start : tokens[m.last - 1].end]
        for m in load_lexicon().find_cues(tokens, 0, len(tokens))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقال نائب الرئيس الأمريكي جو بايدن إن بلاده تتابع الوضع.",
        "وتعرض الشرطي تانسو آيدن لإطلاق نار.",
        "وأكد استمرار مشاركة مصر في تحالف دعم الشرعية.",
        "وخرج سكان حي التضامن إلى الشوارع.",
        "ومرت الطريق بشبكات الدعم الليبية.",
    ],
)
def test_names_and_networks_are_no_support(text: str) -> None:
    assert "SUPPORT" not in {t for t, _ in _triggers(text)}


@pytest.mark.parametrize(
    "text",
    [
        "بحسب مجموعة من الحقوقيين وموظفي الإغاثة في المدينة.",
        "وطالب المركز منظمات الإغاثة الدولية بتكثيف جهودها.",
        "وأشار إلى أن اللقاء تطرق إلى مسألة الإغاثة.",
    ],
)
def test_relief_as_a_modifier_is_no_aid(text: str) -> None:
    assert "AID" not in {t for t, _ in _triggers(text)}


def test_air_cover_is_military_aid_not_praise() -> None:
    assert _triggers("ويتلقى المقاتلون دعما جويا من التحالف.") == [("AID", "دعما جويا")]


@pytest.mark.parametrize(
    "text",
    [
        "وشهدت المدينة عمليات كر وفر في محيط المطار.",
        "وتراجعت حدة التوتر في المنطقة.",
        "وسافروا إلى تركيا الشهر الماضي.",
    ],
)
def test_other_senses_make_no_retreat(text: str) -> None:
    assert "RETREAT" not in {t for t, _ in _triggers(text)}


def test_cause_for_concern_is_no_request() -> None:
    assert "REQUEST" not in {t for t, _ in _triggers("الصورة البشعة تدعو إلى الأسى.")}


def test_future_sa_before_alif_is_no_prefix() -> None:
    assert (normalize_key("فر"), True) not in variants(normalize_key("سافروا"))
    assert (normalize_key("قتل"), True) in variants(normalize_key("سيقتلون"))


@pytest.mark.parametrize(
    ("word", "noun"),
    [("هزيمتها", "هزيمة"), ("سيطرتهم", "سيطرة"), ("زيارته", "زيارة")],
)
def test_verbal_noun_with_pronoun_suffix(word: str, noun: str) -> None:
    assert normalize_key(noun) in {v for v, _ in variants(normalize_key(word))}


def test_news_agency_is_no_rumour_cue() -> None:
    text = "وذكرت وكالة الأنباء اليمنية أن الجانبين بحثا خلال اللقاء الوضع."
    assert _cues(text) == []
    assert ("CONSULT", "asserted", "اللقاء") in event_triggers(text)


def test_rumour_cue_still_works() -> None:
    assert "أنباء" in _cues("وتحدثت أنباء عن هروب المسلحين من المدينة.")


def test_endangering_is_no_threat_cue() -> None:
    # an indefinite truce: the definite الهدنة is a reference point, blocked since round 5
    text = "وهي الغارات التي تهدد هدنة هشة بين الطرفين."
    assert [m for m in event_triggers(text) if m[0] == "AGREE"] == [("AGREE", "asserted", "هدنة")]
    assert "تهدد" not in _cues(text)


def test_event_noun_before_a_future_verb_is_intended() -> None:
    text = "وأكدت الخارجية الروسية أن المباحثات ستركز على تفعيل الحل السياسي."
    assert ("CONSULT", "intended", "المباحثات") in event_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "وجرت المباحثات ستة أيام في جنيف.",
        "وأعلن الطرفان التوصل إلى تسوية سياسية للصراع.",
    ],
)
def test_number_or_adjective_after_the_noun_is_no_future(text: str) -> None:
    assert all(m == "asserted" for t, m, _ in event_triggers(text) if t in ("CONSULT", "AGREE"))


def test_career_is_no_march() -> None:
    assert _triggers("وتعرض المؤلفة سيرة الكاتب ومسيرته الإبداعية.") == []
