"""Modality round 4: future verbs, schedules, readiness, hopes and purpose phrases, قد + imperfect,
conditions over كان, threats over what they may bring, conjoined verbs, agent nouns, "whether"."""

from __future__ import annotations

import pytest

from rasd.events.lexicon import is_future_verb, is_imperfect
from rasd.text.tokenize import tokenize

from .helpers import candidate_triggers, event_triggers


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a future verb (سـ + imperfect) governs the event noun after it, as سوف does
        (
            "وقال المتحدث إن المنظمة ستستفيد من المساعدات الدولية خلال الشهر المقبل.",
            ("AID", "intended", "المساعدات"),
        ),
        # schedules, readiness, hopes, purpose
        (
            "ومن المقرر أن يعقد اجتماع بين الوزيرين في الرياض غدا.",
            ("CONSULT", "intended", "اجتماع"),
        ),
        ("وأكد الوزير أن بلاده مستعدة لدعم الحكومة اليمنية.", ("SUPPORT", "intended", "لدعم")),
        (
            "وأرسلت المنظمة فريقا طبيا بهدف إغاثة النازحين في المخيمات.",
            ("AID", "intended", "إغاثة"),
        ),
        (
            "وأعرب الرئيس عن أمله في دخول المساعدات الإنسانية إلى المدينة.",
            ("AID", "intended", "المساعدات"),
        ),
        # قد + imperfect: possible
        (
            "وحذر المجلس من أن استمرار القتال قد يؤدي إلى فرض عقوبات على الطرفين.",
            ("SANCTION", "hypothetical", "عقوبات"),
        ),
        # what a threat may bring is threatened; بالفعل (no و) stops no cue
        (
            "وهدد المجلس بالفعل بعواقب لمثل هذه الخروقات قد تشمل فرض عقوبات جديدة.",
            ("SANCTION", "threatened", "عقوبات"),
        ),
        # إذا كان: the condition reaches past كان
        (
            "وإذا كان المطلوب هو التنازل فعلى الحكومة أن تبادر.",
            ("CONCEDE", "hypothetical", "التنازل"),
        ),
        # لم يتم reaches further than لم
        (
            "وقال إن المسؤولين لم يتم إبلاغهم بأي طلب رسمي للحصول على دعم عسكري.",
            ("REQUEST", "negated", "طلب"),
        ),
    ],
)
def test_modality(text: str, event: tuple[str, str, str]) -> None:
    assert event in event_triggers(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a refusal does not reach a new finite verb joined by و
        (
            "ورفض السكان تسليم أسلحتهم، وطلبوا من المسلحين مغادرة القرية.",
            ("REQUEST", "asserted", "وطلبوا"),
        ),
        # an agent noun is not what a promise is about
        (
            "ووعد المحافظ المتظاهرين بتحسين الخدمات خلال أيام.",
            ("PROTEST", "asserted", "المتظاهرين"),
        ),
        # ما إذا "whether" is no condition
        ("ولم يعرف ما إذا كان الهجوم نفذته طائرات التحالف.", ("ASSAULT", "asserted", "الهجوم")),
        # سيطر is a verb of its own, not سـ + a future verb
        (
            "وكان التنظيم سيطر على البلدة بعد اشتباكات مع قوات النظام.",
            ("ASSAULT", "asserted", "اشتباكات"),
        ),
    ],
)
def test_asserted(text: str, event: tuple[str, str, str]) -> None:
    assert event in candidate_triggers(text)


def test_demand_across_commas() -> None:
    """The act called for is dropped even when the caller is named between commas."""
    text = "ودعا المجلس الوطني السوري المعارض، في بيان أمس، الحكومة إلى الإفراج عن المعتقلين."
    assert event_triggers(text) == [("REQUEST", "asserted", "ودعا")]


@pytest.mark.parametrize(
    ("word", "future"),
    [("ستستفيد", True), ("وسيقوم", True), ("سنوات", False), ("ستة", False), ("بسيارة", False)],
)
def test_future_verb(word: str, future: bool) -> None:
    assert is_future_verb(tokenize(word)[0]) is future


@pytest.mark.parametrize(
    ("word", "imperfect"),
    [("يؤدي", True), ("تشمل", True), ("نقاتل", True), ("تعرضت", False), ("الحرب", False)],
)
def test_imperfect(word: str, imperfect: bool) -> None:
    assert is_imperfect(tokenize(word)[0]) is imperfect
