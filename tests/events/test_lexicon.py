import pytest

from rasd.events.lexicon import load_lexicon, variants
from rasd.text.tokenize import tokenize


@pytest.mark.parametrize(
    ("word", "expected", "future"),
    [
        ("فسيهزمون", "هزم", True),
        ("وخطفت", "خطف", False),
        ("والاشتباكات", "اشتباكات", False),
        ("يهاجمون", "هاجم", False),
        ("بالقصف", "قصف", False),
    ],
)
def test_lexicon_variants_strip_clitics_and_affixes(word: str, expected: str, future: bool) -> None:
    assert (expected, future) in variants(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وخطفت الحركة عشرات العاملين الاجانب", [("وخطفت", "ASSAULT", "abduct")]),
        ("تظاهر آلاف الطلاب امام البرلمان", [("تظاهر", "PROTEST", "demonstrate")]),
        (
            "وشن الطيران الحربي غارات على المدينة",
            [("الطيران الحربي", "ASSAULT", "aerial"), ("غارات", "ASSAULT", "aerial")],
        ),
        ("اعتقلت الشرطة ثلاثة اشخاص", [("اعتقلت", "COERCE", "arrest")]),
        ("وصل الوزير الى دمشق في زيارة رسمية", [("زيارة", "CONSULT", "meet")]),
        ("قال انه سيمنع بالقوة خروج الاهالي", [("سيمنع بالقوة", "THREATEN", "violence")]),
        ("ارتفعت الاسعار في الاسواق", []),
    ],
)
def test_lexicon_finds_triggers_with_type_and_mode(text: str, expected: list) -> None:
    tokens = tokenize(text)
    found = load_lexicon().find_triggers(tokens, 0, len(tokens))
    got = [
        (text[tokens[m.first].start : tokens[m.last - 1].end], m.entry.type, m.entry.mode)
        for m in found
    ]
    assert got == expected


def test_lexicon_covers_all_sixteen_plover_types() -> None:
    types = {t.type for t in load_lexicon().triggers}
    assert types == set(
        "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
        "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
    )
