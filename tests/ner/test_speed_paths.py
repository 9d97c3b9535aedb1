"""The fast inference paths give exactly what the plain ones give (issue 8: speed only)."""

from __future__ import annotations

import pytest

from rasd.models.ner.features import FeatureExtractor
from rasd.models.ner.lexicon import Lexicon
from rasd.models.ner.model import NerModel
from rasd.text.normalize import normalize_key

_SENTENCE = "وقال الرئيس السوري بشار الأسد في دمشق إن الجيش العربي السوري سيطر على بلدة الزبداني ."


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel()


def test_speed_encoded_sequence_is_the_utf8_of_sequence(model: NerModel) -> None:
    words = normalize_key(_SENTENCE).split()
    plain = model.features.sequence(words)
    assert model.features.encoded_sequence(words) == [[f.encode() for f in x] for x in plain]
    assert b"b" in model.features.encoded_sequence(words)[0]


def test_speed_bytes_and_str_features_tag_the_same(model: NerModel) -> None:
    words = normalize_key(_SENTENCE).split()
    tagger = model.tagger
    plain = tagger.tag(model.features.sequence(words))
    plain_marginals = [tagger.marginal(t, i) for i, t in enumerate(plain)]
    assert model.raw_tags(words) == plain
    assert [tagger.marginal(t, i) for i, t in enumerate(plain)] == plain_marginals
    assert {"PER", "LOC"} <= {s.label for s in model.spans(words)}


def test_speed_embedding_names_in_string_order() -> None:
    lex = Lexicon.load()
    feats = lex.embedding("دمشق")
    assert feats and list(feats) == sorted(feats)
    assert all(f[0] == "e" and f[-1] in "+-" for f in feats)
    assert lex.embedding("no-such-word") == ()


def test_speed_encoded_features_respect_known() -> None:
    known = frozenset({"b", "w=بشار", "cj=و", "-1:w=بشار", "BOS", "EOS"})
    fx = FeatureExtractor(Lexicon.load(), known)
    assert fx.encoded_sequence(["وبشار", "قال"]) == [
        [b"b", "w=بشار".encode(), "cj=و".encode(), b"BOS"],
        [b"b", "-1:w=بشار".encode(), b"EOS"],
    ]
