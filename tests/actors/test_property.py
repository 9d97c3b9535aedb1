"""Property: every actor mention, entity and relation span points into the untouched original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

WORDS = [
    "قال",
    "في",
    "ان",
    "المدينة",
    "هاجم",
    "مواقع",
    "،",
    ".",
    "\n",
    "و",
    "القائد",
    "الشيخ",
    "ابو",
]
NAMES = [
    "جيش الإسلام",
    "فيلق الرحمن",
    "محمد علوش",
    "علوش",
    "الجيش السوري",
    "قوات الأسد",
    "روسيا",
    "هيئة تحرير الشام",
    "الهيئة",
    "فيق الرحمن",
    "عاصي",
    "للجيش السوري",
    "وجيش العزة",
]
NOISE = ["", "\u0640", "\u064e", "\u200c", "\u0651"]


def _noisy(word: str, noise: list[str]) -> str:
    out = []
    for k, ch in enumerate(word):
        out.append(ch + (noise[k % len(noise)] if ch.isalpha() else ""))
    return "".join(out)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS + NAMES), min_size=1, max_size=30),
    st.lists(st.sampled_from(NOISE), min_size=1, max_size=5),
    st.sampled_from([" ", "  ", "\r\n", " \u00a0"]),
)
def test_property_spans_point_into_original_text(analyze, words, noise, sep):
    text = sep.join(_noisy(w, noise) for w in words)
    doc = analyze(text)
    ents = {e.id: e for e in doc.layer("entities")}
    for m in doc.layer("actor_mentions"):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == text[m.start : m.end].strip()
        assert m.entity_id in ents and (ents[m.entity_id].start, ents[m.entity_id].end) == (
            m.start,
            m.end,
        )
    for a in doc.layer("actors"):
        assert list(a.mentions) == sorted(a.mentions)
    for r in doc.layer("relations"):
        assert r.head in ents and r.tail in ents
        assert 0 <= r.evidence.start < r.evidence.end <= len(text)
