"""CRF features for Arabic NER, computed from normalised token strings only.

Every feature depends on the normalised form (``Token.norm``), so diacritics, tatweel and hamza
variants cannot change them.  Per word type the features are computed once and cached; a token's
feature list is the concatenation of its own features, its neighbours' (prefixed with their
offset), two word bigrams and the gazetteer match it sits in.

Word features: the form, its clitic split (prefix / stem / suffix, via `stem_candidates`),
affixes and character trigrams, shape, a news-frequency bucket, k-means clusters of word2vec
vectors at several granularities for the word and its stem, the word's binarised word2vec
vector (one attribute per dimension beyond the mean +/- value), and single-word gazetteer labels.
The caches are bounded: they are emptied after ``_MAX_CACHE`` word types.

With ``known`` (the attributes the trained model kept, see `rasd.models.ner.model`), features
the model has no weight for are dropped once per word type, so crfsuite never sees them: the
tags and marginals are the same, and tagging is faster.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any

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


# proclitics a name can carry in running text ("لل" is ل + the article, handled apart)
_PROCLITICS = tuple("وبال وال فال بال كال وب ول فب فل وك و ف ب ل ك".split())
_OFFSETS = (-2, -1, 1, 2)  # neighbours whose features a token sees
_MAX_CACHE = 400_000  # word types cached before the caches are emptied (long-running services)


def _split(w: str) -> tuple[str, str, str]:
    """(prefix, stem, suffix) of a normalised word, the tokenizer's best guess."""
    plen, slen = stem_candidates(w)[0]
    if slen and not plen and len(w) < 6:
        slen = 0
    return w[:plen], w[plen : len(w) - slen], w[len(w) - slen :]


class FeatureExtractor:
    """Turns sequences of normalised tokens into crfsuite feature lists (cached per type)."""

    def __init__(self, lexicon: Lexicon, known: frozenset[str] | None = None) -> None:
        self.lexicon = lexicon
        self.known = known
        self._own: dict[str, tuple[str, ...]] = {}
        self._ctx: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._bases: dict[str, tuple[str, str]] = {}
        self._keys: dict[str, str] = {}
        self._splits: dict[str, tuple[str, str, str]] = {}
        # the same features UTF-8 encoded, as crfsuite takes them (`encoded_sequence`)
        self._own_b: dict[str, tuple[bytes, ...]] = {}
        self._ctx_b: dict[str, tuple[tuple[bytes, ...], ...]] = {}

    # ---- per word type ---------------------------------------------------------------
    def _key(self, w: str) -> str:
        """The form that identity features use: digits as 0, Latin lower-cased, and for an
        Arabic word with a proclitic (و ف ب ل ك, with or without the article) the word without
        it whenever that is the more frequent form in the news (so "وبشار" looks like "بشار")."""
        hit = self._keys.get(w)
        if hit is None:
            if _DIGITS.search(w):
                hit = _DIGITS.sub("0", w)
            elif _LATIN.match(w):
                hit = w.lower()
            else:
                hit = self._base(w)[1]
            self._keys[w] = hit
        return hit

    def _base(self, w: str) -> tuple[str, str]:
        """(proclitic, rest) by news frequency; ("", w) when no proclitic is more plausible."""
        hit = self._bases.get(w)
        if hit is not None:
            return hit
        best, best_count = ("", w), 2 * self.lexicon.count(w) + 2
        for pre in _PROCLITICS:
            if w.startswith(pre) and len(w) - len(pre) >= 2:
                rest = w[len(pre) :]
                if pre.endswith("ال"):
                    pre, rest = pre[:-2], "ال" + rest
                elif pre.endswith("ل") and rest.startswith("ل"):
                    pre, rest = pre, "ا" + rest  # لل = ل + (ا)ل
                if self.lexicon.count(rest) > best_count:
                    best, best_count = (pre, rest), self.lexicon.count(rest)
        if not best[0] and w[0] == "و" and len(w) >= 5 and not self.lexicon.count(w):
            best = ("و", w[1:])  # an unknown word after the conjunction و
        self._bases[w] = best
        return best

    def _split(self, w: str) -> tuple[str, str, str]:
        hit = self._splits.get(w)
        if hit is None:
            hit = self._splits[w] = _split(w)
        return hit

    def own(self, w: str) -> tuple[str, ...]:
        """Features of the word itself at the current position."""
        hit = self._own.get(w)
        if hit is None:
            if len(self._own) >= _MAX_CACHE:
                self.clear_caches()
            hit = self._own[w] = self._keep(self._compute_own(w))
        return hit

    def _keep(self, feats: Sequence[str]) -> tuple[str, ...]:
        """``feats`` without the attributes the model does not know (all of them without ``known``)."""
        known = self.known
        if known is None:
            return tuple(feats)
        return tuple([f for f in feats if f in known])

    def _keep_encoded(self, feats: Sequence[str]) -> tuple[bytes, ...]:
        """`_keep`, UTF-8 encoded."""
        known = self.known
        if known is None:
            return tuple([f.encode() for f in feats])
        return tuple([f.encode() for f in feats if f in known])

    def clear_caches(self) -> None:
        """Forget the per-type caches (they are rebuilt on demand)."""
        caches = (self._own, self._ctx, self._bases, self._keys, self._splits)
        for cache in (*caches, self._own_b, self._ctx_b):
            cache.clear()

    def _compute_own(self, w: str) -> tuple[str, ...]:
        key = self._key(w)
        shape = _shape(w)
        feats = ["b", "w=" + key, "k=" + shape, "n=" + str(min(len(w), 9))]
        lex = self.lexicon
        count = lex.count(key)
        feats.append("f=" + str(min(int(math.log2(count + 1)), 14)))
        feats.extend(f"c{i}={c}" for i, c in enumerate(lex.clusters(key)))
        feats.extend(lex.silver(key))
        feats.extend(lex.embedding(key))
        if shape == "ar":
            feats.append("cj=" + self._base(w)[0])
            pre, stem, suf = self._split(key)
            feats += ["pf=" + pre, "st=" + stem, "sf=" + suf]
            feats += [
                "p2=" + stem[:2],
                "p3=" + stem[:3],
                "s1=" + key[-1:],
                "s2=" + key[-2:],
                "s3=" + key[-3:],
            ]
            feats += ["ss2=" + stem[-2:], "ss3=" + stem[-3:], "ss4=" + stem[-4:], "p4=" + stem[:4]]
            feats += ["f1=" + w[0]] + sorted(
                {"t3=" + stem[i : i + 3] for i in range(len(stem) - 2)}
            )
            if stem != key:
                feats.extend(f"sc{i}={c}" for i, c in enumerate(lex.clusters(stem)))
                feats.append("sfq=" + str(min(int(math.log2(lex.count(stem) + 1)), 14)))
            feats.extend("g=" + g for g in sorted(lex.single_labels(stem) | lex.single_labels(key)))
        elif shape in ("Lat", "lat"):
            feats += ["s3=" + key[-3:], "p3=" + key[:3]]
        return tuple(feats)

    def ctx(self, w: str, offset: int) -> tuple[str, ...]:
        """Smaller feature set of a neighbour at ``offset`` (-2..2), prefixed with the offset."""
        return self.neighbour(w)[_OFFSETS.index(offset)]

    def neighbour(self, w: str) -> tuple[tuple[str, ...], ...]:
        """The features ``w`` lends its neighbours, one tuple per offset of ``_OFFSETS``."""
        hit = self._ctx.get(w)
        if hit is None:
            far, near = self._compute_ctx(w)
            hit = self._ctx[w] = tuple(
                self._keep([f"{o:+d}:" + f for f in (near if abs(o) == 1 else far)])
                for o in _OFFSETS
            )
        return hit

    def _compute_ctx(self, w: str) -> tuple[list[str], list[str]]:
        """Unprefixed features of ``w`` as a neighbour at distance 2 and at distance 1."""
        key = self._key(w)
        lex = self.lexicon
        far = ["w=" + key] + [f"c{i}={c}" for i, c in enumerate(lex.clusters(key)) if i >= 1]
        shape = _shape(w)
        near = [*far, "k=" + shape, *lex.silver(key)]
        if shape == "ar":
            pre, stem, _ = self._split(key)
            near += ["st=" + stem, "pf=" + pre]
            near.extend("g=" + g for g in sorted(lex.single_labels(stem)))
            if stem != key:
                near.extend(f"sc{i}={c}" for i, c in enumerate(lex.clusters(stem)) if i >= 1)
        return far, near

    def own_encoded(self, w: str) -> tuple[bytes, ...]:
        """`own` as UTF-8 bytes (cached apart, so inference keeps no str copy)."""
        hit = self._own_b.get(w)
        if hit is None:
            if len(self._own_b) >= _MAX_CACHE:
                self.clear_caches()
            hit = self._own_b[w] = self._keep_encoded(self._compute_own(w))
        return hit

    def neighbour_encoded(self, w: str) -> tuple[tuple[bytes, ...], ...]:
        """`neighbour` as UTF-8 bytes."""
        hit = self._ctx_b.get(w)
        if hit is None:
            far, near = self._compute_ctx(w)
            hit = self._ctx_b[w] = tuple(
                self._keep_encoded([f"{o:+d}:" + f for f in (near if abs(o) == 1 else far)])
                for o in _OFFSETS
            )
        return hit

    # ---- per sequence ----------------------------------------------------------------
    def sequence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature lists for every token of one sentence."""
        return self._assemble(words, self.own, self.neighbour, str)

    def encoded_sequence(self, words: Sequence[str]) -> list[list[bytes]]:
        """`sequence` as UTF-8 bytes: the same attributes, which crfsuite reads without
        converting each string again (faster tagging, same tags and marginals)."""
        return self._assemble(words, self.own_encoded, self.neighbour_encoded, str.encode)

    def _assemble(
        self,
        words: Sequence[str],
        own: Callable[[str], tuple[Any, ...]],
        neighbour: Callable[[str], tuple[tuple[Any, ...], ...]],
        enc: Callable[[str], Any],
    ) -> list[list[Any]]:
        n = len(words)
        keys = [self._key(w) for w in words]
        gaz = self.lexicon.match_spans(keys, self._split)
        none: tuple[Any, ...] = ()
        owns = [own(w) for w in words]
        # the neighbour features each position sees (none past the sentence ends)
        nbs = [neighbour(w) for w in words]
        left2 = [none, none, *(nb[0] for nb in nbs[:-2])]
        left1 = [none, *(nb[1] for nb in nbs[:-1])]
        right1 = [*(nb[2] for nb in nbs[1:]), none]
        right2 = [*(nb[3] for nb in nbs[2:]), none, none]
        known = self.known
        out: list[list[Any]] = []
        for i in range(n):
            extra = [
                "bg-=" + keys[i - 1] + "|" + keys[i] if i else "BOS",
                "bg+=" + keys[i] + "|" + keys[i + 1] if i + 1 < n else "EOS",
            ]
            if gaz[i]:
                extra.append("G=" + gaz[i])
            if known is not None:
                extra = [f for f in extra if f in known]
            ends: list[Any] = [enc(f) for f in extra]
            out.append([*owns[i], *left2[i], *left1[i], *right1[i], *right2[i], *ends])
        return out
