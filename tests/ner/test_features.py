"""Features come from the normalised form only, and proclitics are split by news frequency."""

from __future__ import annotations

import pytest

from rasd.models.ner.features import FeatureExtractor
from rasd.models.ner.lexicon import Lexicon
from rasd.text.normalize import normalize_key


@pytest.fixture(scope="module")
def fx() -> FeatureExtractor:
    return FeatureExtractor(Lexicon.load())


@pytest.mark.parametrize(
    ("plain", "noisy"),
    [
        ("الأسد", "الأَسَد"),
        ("بشار", "بـشـار"),
        ("أحمد", "احمد"),
        ("المؤتمر", "المُؤْتَمَر"),
        ("إدلب", "ادلب"),
    ],
)
def test_features_ignore_diacritics_tatweel_hamza(
    fx: FeatureExtractor, plain: str, noisy: str
) -> None:
    words = ["قال", normalize_key(plain), "."]
    noisy_words = ["قال", normalize_key(noisy), "."]
    assert fx.sequence(words) == fx.sequence(noisy_words)


@pytest.mark.parametrize(
    ("word", "proclitic", "rest"),
    [
        ("وبشار", "و", "بشار"),
        ("وفرنسا", "و", "فرنسا"),
        ("للجيش", "ل", "الجيش"),
        ("وبالرياض", "وب", "الرياض"),
        ("وزير", "", "وزير"),
        ("بغداد", "", "بغداد"),
        ("ليبيا", "", "ليبيا"),
    ],
)
def test_features_proclitic_split_by_frequency(
    fx: FeatureExtractor, word: str, proclitic: str, rest: str
) -> None:
    assert fx._base(word) == (proclitic, rest)


def test_features_attached_conjunction_keeps_identity(fx: FeatureExtractor) -> None:
    own = set(fx.own("وبشار"))
    assert "w=بشار" in own
    assert "cj=و" in own


@pytest.mark.parametrize(
    ("words", "tags"),
    [
        (["في", "ريف", "دمشق", "."], ["", "B-LOC1", "I-LOC1", ""]),
        (["وبيت", "لحم", "و", "شرم", "الشيخ"], ["B-LOC1", "I-LOC1", "", "B-LOC1", "I-LOC1"]),
        (["زار", "دير", "الزور", "امس"], ["", "B-LOC1", "I-LOC1", ""]),
        (["قريه", "تل", "ابيض", "الصغيره"], ["", "B-LOC", "I-LOC", ""]),
    ],
)
def test_lexicon_match_spans_longest_gazetteer_match(
    fx: FeatureExtractor, words: list[str], tags: list[str]
) -> None:
    from rasd.models.ner.features import _split

    assert fx.lexicon.match_spans(words, _split) == tags


def test_features_same_after_clearing_caches(fx: FeatureExtractor) -> None:
    words = ["وقال", "الرييس", "بشار", "الاسد", "في", "دمشق", "."]
    before = fx.sequence(words)
    fx.clear_caches()
    assert fx.sequence(words) == before


def test_lexicon_embedding_codes_align_with_clusters() -> None:
    import numpy as np

    from rasd.models.ner.lexicon import CODES_FILE
    from rasd.models.ner.model import default_model_dir

    codes = np.load(default_model_dir() / CODES_FILE)
    lines = (default_model_dir() / "clusters.tsv").read_text("utf-8").count("\n")
    assert codes.shape == (lines, 2, 13) and codes.dtype == np.uint8
    assert not (codes[:, 0] & codes[:, 1]).any()  # no dimension is both + and -


def test_features_binarised_embedding_of_the_word(fx: FeatureExtractor) -> None:
    emb = fx.lexicon.embedding("دمشق")
    assert 10 < len(emb) < 100
    assert all(f[0] == "e" and f[-1] in "+-" and 0 <= int(f[1:-1]) < 100 for f in emb)
    assert set(emb) <= set(fx.own("دمشق"))
    assert fx.lexicon.embedding("كلمةلاتوجد") == ()
    # words used alike get similar codes: two capitals share more than a capital and a verb
    shared = len(set(emb) & set(fx.lexicon.embedding("بغداد")))
    assert shared > len(set(emb) & set(fx.lexicon.embedding("قال")))
