import pytest

from rasd.text.sentences import split_sentences
from rasd.text.tokenize import tokenize


def _sents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف الجيش البلدة. نزح السكان.", ["قصف الجيش البلدة.", "نزح السكان."]),
        ("هل انتهت الحرب؟ لا أحد يعرف!", ["هل انتهت الحرب؟", "لا أحد يعرف!"]),
        (
            "سقطت قذائف ار. بي. جي. وقذائف هاون على البلدة.",
            ["سقطت قذائف ار. بي. جي. وقذائف هاون على البلدة."],
        ),
        ("العنوان\nالنص الأول", ["العنوان", "النص الأول"]),
        ("قال د. أحمد إن الوضع سيئ.", ["قال د. أحمد إن الوضع سيئ."]),
        ("اندلعت اشتباكات؛ وقتل ثلاثة.", ["اندلعت اشتباكات؛", "وقتل ثلاثة."]),
        ("قال: «انسحبنا.» ثم غادر", ["قال: «انسحبنا.»", "ثم غادر"]),
        ("سطر أول\r\n\r\nسطر ثان", ["سطر أول", "سطر ثان"]),
        ("دمشق، حلب، حمص", ["دمشق، حلب، حمص"]),
        ("", []),
    ],
)
def test_sentences_split(text: str, expected: list[str]) -> None:
    assert _sents(text) == expected


def test_sentences_token_ranges_are_consistent() -> None:
    text = "قصف الجيش البلدة. نزح السكان إلى ادلب.\nوقال مصدر إن القصف مستمر"
    toks = tokenize(text)
    sents = split_sentences(text, toks)
    assert sents[0].first_token == 0
    for a, b in zip(sents, sents[1:], strict=False):
        assert a.last_token == b.first_token
    assert sents[-1].last_token == len(toks)
