"""CRF features for Arabic NER, computed from normalised token strings only.

Every feature depends on the normalised form (``Token.norm``), so diacritics, tatweel and hamza
variants cannot change them.  Per word type the features are computed once and cached; a token's
feature list is the concatenation of its own features, its neighbours' (prefixed with their
offset), two word bigrams and the gazetteer match it sits in.

Word features: the form, its clitic split (prefix / stem / suffix, via `stem_candidates`),
affixes, shape, a news-frequency bucket, k-means clusters of word2vec vectors at three
granularities for the word and its stem, and single-word gazetteer labels.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from rasd.models.ner.lexicon import Lexicon
from rasd.text.tokenize import stem_candidates

__all__ = ["FeatureExtractor"]

_ARABIC = re.compile(r"^[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF]+$")
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F'’]+$")
_DIGITS = re.compile(r"\d")
_PUNCT = set(".!?؟؛;:,،\"'«»()[]{}-–—…/\\")


def _shape(w: str) -> str:
    if _ARABIC.match(w):
        return "ar"
    if _LATIN.match(w):
        return "Lat" if w[:1].isupper() else "lat"
    if _DIGITS.search(w):
        return "num" if _DIGITS.sub("", w) in ("", ".", ",") else "mixnum"
    if w in _PUNCT:
        return "punct"
    return "sym"


def _split(w: str) -> tuple[str, str, str]:
    """(prefix, stem, suffix) of a normalised word, the tokenizer's best guess."""
    plen, slen = stem_candidates(w)[0]
    if slen and not plen and len(w) < 6:
        slen = 0
    return w[:plen], w[plen : len(w) - slen], w[len(w) - slen :]


class FeatureExtractor:
    """Turns sequences of normalised tokens into crfsuite feature lists (cached per type)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._own: dict[str, tuple[str, ...]] = {}
        self._ctx: dict[tuple[str, int], tuple[str, ...]] = {}

    # ---- per word type ---------------------------------------------------------------
    def _key(self, w: str) -> str:
        if _DIGITS.search(w):
            return _DIGITS.sub("0", w)
        return w.lower() if _LATIN.match(w) else w

    def own(self, w: str) -> tuple[str, ...]:
        """Features of the word itself at the current position."""
        hit = self._own.get(w)
        if hit is None:
            hit = self._own[w] = self._compute_own(w)
        return hit

    def _compute_own(self, w: str) -> tuple[str, ...]:
        key = self._key(w)
        shape = _shape(w)
        feats = ["b", "w=" + key, "k=" + shape, "n=" + str(min(len(w), 9))]
        lex = self.lexicon
        count = lex.count(key)
        feats.append("f=" + str(min(int(math.log2(count + 1)), 14)))
        feats.extend("c%d=%s" % (i, c) for i, c in enumerate(lex.clusters(key)))
        if shape == "ar":
            pre, stem, suf = _split(w)
            feats += ["pf=" + pre, "st=" + stem, "sf=" + suf]
            feats += ["p2=" + stem[:2], "p3=" + stem[:3], "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:]]
            feats += ["ss2=" + stem[-2:], "ss3=" + stem[-3:]]
            if stem != key:
                feats.extend("sc%d=%s" % (i, c) for i, c in enumerate(lex.clusters(stem)))
                feats.append("sf=" + str(min(int(math.log2(lex.count(stem) + 1)), 14)))
            feats.extend("g=" + g for g in lex.single_labels(stem) | lex.single_labels(key))
        elif shape in ("Lat", "lat"):
            feats += ["s3=" + key[-3:], "p3=" + key[:3]]
        return tuple(feats)

    def ctx(self, w: str, offset: int) -> tuple[str, ...]:
        """Smaller feature set of a neighbour at ``offset`` (-2..2), prefixed with the offset."""
        hit = self._ctx.get((w, offset))
        if hit is None:
            hit = self._ctx[(w, offset)] = self._compute_ctx(w, offset)
        return hit

    def _compute_ctx(self, w: str, offset: int) -> tuple[str, ...]:
        key = self._key(w)
        p = "%+d:" % offset
        cl = self.lexicon.clusters(key)
        feats = [p + "w=" + key] + [p + "c%d=%s" % (i, c) for i, c in enumerate(cl) if i >= 1]
        if abs(offset) == 1:
            feats.append(p + "k=" + _shape(w))
            if _shape(w) == "ar":
                pre, stem, _ = _split(w)
                feats += [p + "st=" + stem, p + "pf=" + pre]
                feats.extend(p + "g=" + g for g in self.lexicon.single_labels(stem))
                if stem != key:
                    feats.extend(p + "sc%d=%s" % (i, c) for i, c in enumerate(self.lexicon.clusters(stem)) if i >= 1)
        return tuple(feats)

    # ---- per sequence ----------------------------------------------------------------
    def sequence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature lists for every token of one sentence."""
        n = len(words)
        keys = [self._key(w) for w in words]
        gaz = self.lexicon.match_spans(words, _split)
        out: list[list[str]] = []
        for i, w in enumerate(words):
            feats = list(self.own(w))
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n:
                    feats.extend(self.ctx(words[j], off))
                elif off in (-1, 1):
                    feats.append("BOS" if off < 0 else "EOS")
            if i > 0:
                feats.append("bg-=" + keys[i - 1] + "|" + keys[i])
            if i + 1 < n:
                feats.append("bg+=" + keys[i] + "|" + keys[i + 1])
            if gaz[i]:
                feats.append("G=" + gaz[i])
            out.append(feats)
        return out
