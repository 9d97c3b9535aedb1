"""CRF features for Arabic NER, computed from normalised token strings only.

Every feature depends on the normalised form (``Token.norm``), so diacritics, tatweel and hamza
variants cannot change them.  Per word type the features are computed once and cached; a token's
feature list is the concatenation of its own features, its neighbours' (prefixed with their
offset), two word bigrams and the gazetteer match it sits in.

Word features: the form, its clitic split (prefix / stem / suffix, via `stem_candidates`),
affixes and character trigrams, shape, a news-frequency bucket, k-means clusters of word2vec
vectors at several granularities for the word and its stem, and single-word gazetteer labels.
The caches are bounded: they are emptied after ``_MAX_CACHE`` word types.
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


# proclitics a name can carry in running text ("لل" is ل + the article, handled apart)
_PROCLITICS = tuple("وبال وال فال بال كال وب ول فب فل وك و ف ب ل ك".split())
_MAX_CACHE = 400_000  # word types cached before the caches are emptied (long-running services)


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
        self._bases: dict[str, tuple[str, str]] = {}
        self._keys: dict[str, str] = {}

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

    def own(self, w: str) -> tuple[str, ...]:
        """Features of the word itself at the current position."""
        hit = self._own.get(w)
        if hit is None:
            if len(self._own) >= _MAX_CACHE:
                self.clear_caches()
            hit = self._own[w] = self._compute_own(w)
        return hit

    def clear_caches(self) -> None:
        """Forget the per-type caches (they are rebuilt on demand)."""
        for cache in (self._own, self._ctx, self._bases, self._keys):
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
        if shape == "ar":
            feats.append("cj=" + self._base(w)[0])
            pre, stem, suf = _split(key)
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
        p = f"{offset:+d}:"
        cl = self.lexicon.clusters(key)
        feats = [p + "w=" + key] + [p + f"c{i}={c}" for i, c in enumerate(cl) if i >= 1]
        if abs(offset) == 1:
            feats.append(p + "k=" + _shape(w))
            feats.extend(p + f for f in self.lexicon.silver(key))
            if _shape(w) == "ar":
                pre, stem, _ = _split(key)
                feats += [p + "st=" + stem, p + "pf=" + pre]
                feats.extend(p + "g=" + g for g in self.lexicon.single_labels(stem))
                if stem != key:
                    feats.extend(
                        p + f"sc{i}={c}"
                        for i, c in enumerate(self.lexicon.clusters(stem))
                        if i >= 1
                    )
        return tuple(feats)

    # ---- per sequence ----------------------------------------------------------------
    def sequence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature lists for every token of one sentence."""
        n = len(words)
        keys = [self._key(w) for w in words]
        gaz = self.lexicon.match_spans(keys, _split)
        ctx = self.ctx
        left2 = [ctx(w, -2) for w in words]
        left1 = [ctx(w, -1) for w in words]
        right1 = [ctx(w, 1) for w in words]
        right2 = [ctx(w, 2) for w in words]
        out: list[list[str]] = []
        for i, w in enumerate(words):
            feats = [*self.own(w)]
            if i >= 2:
                feats += left2[i - 2]
            if i >= 1:
                feats += left1[i - 1]
                feats.append("bg-=" + keys[i - 1] + "|" + keys[i])
            else:
                feats.append("BOS")
            if i + 1 < n:
                feats += right1[i + 1]
                feats.append("bg+=" + keys[i] + "|" + keys[i + 1])
            else:
                feats.append("EOS")
            if i + 2 < n:
                feats += right2[i + 2]
            if gaz[i]:
                feats.append("G=" + gaz[i])
            out.append(feats)
        return out
