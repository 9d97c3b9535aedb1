"""Property: every span of every layer is exact on random Arabic text with injected noise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.helpers import assert_spans_exact

import rasd
from rasd.text.normalize import normalize
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import tokenize

WORDS = [
    "الجيش",
    "السوري",
    "قصف",
    "مدينة",
    "دوما",
    "حرستا",
    "وبالفعل",
    "للجيش",
    "فيلق",
    "الرحمن",
    "جيش",
    "الإسلام",
    "قتل",
    "١٢",
    "10",
    "الاف",
    "مدنيا",
    "إدلب",
    "أمس",
    "ار.",
    "بي.",
    "جي.",
    "،",
    "؛",
    "؟",
    ".",
    "Aleppo",
    "ﻻ",
    "هٰذا",
    "مسؤول",
]
NOISE = [
    "\u064e",
    "\u0651",
    "\u0652",
    "\u0640",
    "\u200c",
    "\u200d",
    "\u200f",
    "\u00a0",
    "\r\n",
    "\n",
    "\ufeff",
    "\u064b",
    "\u0670",
    " ",
    "  ",
]


@st.composite
def noisy_arabic(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40))
    out: list[str] = []
    for w in words:
        chars = list(w)
        for _ in range(draw(st.integers(0, 2))):
            pos = draw(st.integers(0, len(chars)))
            chars.insert(pos, draw(st.sampled_from(NOISE)))
        out.append("".join(chars))
        out.append(draw(st.sampled_from([" ", " ", "\n", "\r\n", "\u00a0", ""])))
    return "".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(noisy_arabic())
def test_property_token_and_clitic_spans_exact(text: str) -> None:
    view = normalize(text)
    toks = tokenize(view)
    for t in toks:
        assert 0 <= t.start < t.end <= len(text)
        assert normalize(text[t.start : t.end]).text.replace(" ", "") == t.norm
        for p in t.parts:
            assert t.start <= p.start <= p.end <= t.end
    # normalised offsets map back inside their token
    for t in toks:
        i = view.from_original(t.start)
        s, e = view.to_original(i, i + 1)
        assert t.start <= s < e <= t.end
    for s in split_sentences(text, toks):
        assert 0 <= s.start < s.end <= len(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(noisy_arabic())
def test_property_analyze_spans_exact(text: str) -> None:
    assert_spans_exact(text, rasd.analyze(text, date="2018-03-25").to_json())
