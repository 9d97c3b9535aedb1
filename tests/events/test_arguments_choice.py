"""Argument choice among existing candidates (issue 6): joined verbs, verbal nouns after a
preposition, light verbs, phrase objects, victim nouns, fire agents, condemned objects."""

from __future__ import annotations

import pytest

import rasd
from rasd.events import syntax, verbforms

from .helpers import TEXT_PIPE, event_roles


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a victim right before a joined verb ends the clause before: the first subject acts
        (
            "وكان المتمردون الحوثيون قد تعمدوا خلال فترة اجتياحهم لعدن مهاجمة المستشفيات وقصفها.",
            "ASSAULT",
            ("yem-houthis", "civilians"),
        ),
        # a phrase trigger's later word is its object, not its actor
        (
            "وقررت الحكومة البحرينية طرد السفير السوري من المنامة.",
            "SANCTION",
            ("bhr-government", "syr-government"),
        ),
        # "X نفذوا الغارة": the counted subject of the light verb carried out the raid
        (
            "وقال مواطنون سوريون في منطقة البوكمال إن ثمانية جنود أميركيين نفذوا الغارة على القرية.",
            "ASSAULT",
            ("usa-military", None),
        ),
        # a verb form after "عن" is a verbal noun: the subject of "كشفت" acts
        (
            "كشفت وزارة الداخلية الكويتية أمس عن ضبط شبكة إرهابية تضم خمسة مواطنين.",
            "COERCE",
            ("kwt-government", "unidentified-armed-group"),
        ),
        # "رهائن" names the victims, not who took them
        (
            "وقال الضابط إن «تلاميذ مولانا عبد العزيز احتجزوا أربعة من شرطة إسلام آباد رهائن» منذ مساء أمس.",
            "ASSAULT",
            ("unk-ac4b32f1a7", "police-forces"),
        ),
        # "لرصاص X": X fired
        (
            "ولذلك، استسلم سيف الدين الرزقي لرصاص قوات الأمن التونسي بعد الهجوم.",
            "ASSAULT",
            ("police-forces", "unk-eabc18de6e"),
        ),
        # "ينددون بالمعلمة": the condemned teacher is no place and no subject
        (
            "وخرج متظاهرون من عدد من مساجد الخرطوم ينددون بالمعلمة.",
            "PROTEST",
            ("protesters", "civilians"),
        ),
        # "وكان X، استقبل Y": the topic after كان is the subject, the mention after the verb
        (
            "وكان ولي العهد الأمير محمد بن نايف، استقبل في قصره بجدة مساء أمس وزير الخارجية المصري.",
            "CONSULT",
            ("unk-f772bfa693", "egy-government"),
        ),
        # an unnamed subject after كان: the first mention after the verb is addressed
        (
            "وكان مسؤول في اقليم كردستان العراقي قد طالب تركيا بوقف غاراتها الجوية على متمردي"
            " حزب العمال الكردستاني.",
            "REQUEST",
            (None, "tur-government"),
        ),
        # the "بـ" complement of a SUPPORT verb is its object
        ("رحب المسؤول الكردي بقرار تركيا فتح الحدود.", "SUPPORT", (None, "tur-government")),
        # "إن الرئيس يدعم X": the subject is no mention, X is supported
        (
            "وقال إن الرئيس يدعم قبيلة حاشد في صراعها.",
            "SUPPORT",
            (None, "unidentified-tribal-militia"),
        ),
        # a relative verb with an object pronoun: the mention after it acts on the antecedent
        (
            "الميليشيات التي تدعمها إيران هاجمت المدينة.",
            "SUPPORT",
            ("irn-government", "unidentified-armed-group"),
        ),
        # a mention right after an addressee names the same addressee, not the subject
        (
            "أصدر مجلس الأمن الدولي اليوم قرارًا بالإجماع يطلب من الأمين العام للأمم المتحدة"
            " بان كي مون وضع خطة.",
            "REQUEST",
            ("int-unsc", "int-un"),
        ),
        # an accusative participle takes the sentence's subject
        (
            "وقاطع الائتلاف الوطني لقوى الثورة والمعارضة السورية المحادثات مشككا في نوايا روسيا"
            " ومنتقدا خصوم دمشق.",
            "ACCUSE",
            ("syr-etilaf", "syr-government"),
        ),
        # a verbal noun after "عن": its genitive acts, its "لـ" complement is acted on
        (
            "كشف مصدر في وزارة البيشمركة الكردية أمس عن قصف طائرات التحالف الدولي لأربعة مخازن"
            " للأسلحة لتنظيم داعش في الموصل.",
            "ASSAULT",
            ("coalition-us-led", "int-islamic-state"),
        ),
    ],
)
def test_argument_choice(text: str, etype: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in event_roles(text, etype)


def test_quoted_count_is_counted() -> None:
    # "مقتل «15» داعشيا": the quoted number still counts the mention (acted on)
    doc = rasd.analyze("مقتل «15» داعشيًا في غارات للتحالف الدولي شمال العراق")
    assert ("coalition-us-led", "int-islamic-state") in [
        (e.actor1, e.actor2) for e in doc.get("events") if e.type == "ASSAULT"
    ]


def test_date_colon_is_no_count() -> None:
    tokens = TEXT_PIPE("2003: سلاح الجو الإسرائيلي يشن غارة").get("tokens")
    assert not syntax.counted(tokens, 2)


def test_governed_needs_a_singular_verb() -> None:
    tokens = TEXT_PIPE("تمكنت القوات من قصف المواقع وينتمي من أعدموا").get("tokens")
    norms = [t.norm for t in tokens]
    assert verbforms.governed(tokens, norms.index("قصف"))
    assert not verbforms.governed(tokens, norms.index("اعدموا"))


def test_relative_agent_verb_with_clitic() -> None:
    tokens = TEXT_PIPE("الغارات التي نفذتها طائرات التحالف").get("tokens")
    assert syntax.relative_agent_verb(tokens[2])


def test_no_object_across_a_comma() -> None:
    # the first shelling names no side (the tank of the next clause is not its actor1); the
    # shelled houses are civilians' (generic candidates, rasd.events.generic_args)
    text = "وبعد عدة ساعات على قصف منزل الشنطي، قامت دبابة اسرائيلية بقصف احد المنازل في جباليا."
    assert event_roles(text, "ASSAULT") == [
        (None, "pse-civilians"),
        ("isr-military", "pse-civilians"),
    ]
