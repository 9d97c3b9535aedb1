"""Tokenizer over the normalised view, with clitics as sub-spans of the original text.

Tokens are found in the normalised view (so diacritics, tatweel and zero-width marks inside a
word never split it) and mapped back to original offsets.  Each Arabic word is segmented into
prefix clitics (و ف ب ك ل ال لل), a stem and an optional pronoun suffix; `stem_candidates`
lists every plausible segmentation for matchers that must try them all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.doc import Clitic, Token
from rasd.text.normalize import NormalizedText, normalize

__all__ = ["segment", "stem_candidates", "tokenize"]

_TOKEN = re.compile(
    r"(?P<number>\d+(?:[.,٫٬]\d+)*)"
    r"|(?P<word>[\u0621-\u063A\u0641-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06FA-\u06FF]+)"
    r"|(?P<latin>[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*)"
    r"|(?P<punct>[.!?؟؛;:,،\"'«»()\[\]{}\-–—…/\\])"
    r"|(?P<symbol>\S)"
)

# (normalised prefix sequence, parts) ordered longest first
_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    sorted(
        {
            (c + p + a, tuple(x for x in (c, p, a) if x))
            for c in ("", "و", "ف")
            for p in ("", "ب", "ك", "ل")
            for a in ("", "ال")
            if c + p + a
        }
        | {(c + "لل", tuple(x for x in (c, "ل", "ل") if x)) for c in ("", "و", "ف")},
        key=lambda x: -len(x[0]),
    )
)
# the same, grouped by first letter (a word is only tried against prefixes it can start with)
_PREFIXES_BY_LETTER: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    letter: tuple(x for x in _PREFIXES if x[0][0] == letter)
    for letter in {f[0] for f, _ in _PREFIXES}
}
_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا")
# function words that look like clitic + stem but are not segmented
_UNSEGMENTED = frozenset(
    "الذي التي الذين اللذان اللتان اللواتي اللاتي الي الا الان اليوم لكن لكنه لكنها ولكن لذلك لهذا "
    "كذلك كما كان كانت كانوا بعد بين بينما لدي لديه لديها ليس ليست لان لانه كل كلا فقط فيما فيها "
    "فيه لقد ولقد فقد وقد".split()
)


def _min_stem(parts: tuple[str, ...], strict: bool) -> int:
    """Shortest stem allowed after these prefixes (strict: for the best-guess segmentation)."""
    if "ال" in parts or parts[-1:] == ("ل",) and len(parts) >= 2 and parts[-2] == "ل":
        return 2
    if not strict:
        return 3
    return 3 if len(parts) >= 2 else 4


@lru_cache(maxsize=65536)
def _best_split(word: str) -> tuple[tuple[str, ...], int, int]:
    """Cached best-guess segmentation of a normalised word: (prefix forms, prefix len, suffix len)."""
    plen, slen = stem_candidates(word, strict=True)[0]
    # suffixes are ambiguous: only keep them when a prefix was also found or the word is long
    if slen and not plen and len(word) < 6:
        slen = 0
    return _prefix_parts(word[:plen]), plen, slen


def stem_candidates(word: str, *, strict: bool = False) -> list[tuple[int, int]]:
    """All (prefix_len, suffix_len) segmentations of a normalised word, most stripped first.

    The unsegmented word (0, 0) is always last.  ``strict`` keeps only the segmentations that
    are safe enough for the best guess (longer stems after a single one-letter prefix)."""
    return list(_candidates(word, strict))


@lru_cache(maxsize=131072)
def _candidates(word: str, strict: bool) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    if word in _UNSEGMENTED:
        return ((0, 0),)
    for form, parts in _PREFIXES_BY_LETTER.get(word[:1], ()):
        if word.startswith(form) and len(word) - len(form) >= _min_stem(parts, strict):
            out.append((len(form), 0))
    suffix = next((s for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3), "")
    if suffix:
        out = [(p, len(suffix)) for p, _ in out if len(word) - p - len(suffix) >= 2] + out
        out.append((0, len(suffix)))
    out.append((0, 0))
    seen: set[tuple[int, int]] = set()
    return tuple(c for c in out if not (c in seen or seen.add(c)))  # type: ignore[func-returns-value]


def _prefix_parts(prefix: str) -> tuple[str, ...]:
    for form, parts in _PREFIXES:
        if form == prefix:
            return parts
    return (prefix,) if prefix else ()


def segment(view: NormalizedText, nstart: int, nend: int) -> tuple[Clitic, ...]:
    """Best-guess clitic segmentation of the normalised word view.text[nstart:nend]."""
    word = view.text[nstart:nend]
    forms, plen, slen = _best_split(word)
    if not plen and not slen:
        s, e = view.to_original(nstart, nend)
        return (Clitic(s, e, word, "stem"),)
    parts: list[Clitic] = []
    pos = nstart
    for form in forms:
        # "لل" is ل + (ا)ل: the second ل is the article
        s, e = view.to_original(
            pos, pos + len(form) if form != "ل" or pos - nstart >= plen else pos + 1
        )
        parts.append(
            Clitic(
                s, e, "ال" if (form == "ل" and parts and parts[-1].form == "ل") else form, "prefix"
            )
        )
        pos += 1 if form == "ل" else len(form)
    stem_end = nend - slen
    s, e = view.to_original(nstart + plen, stem_end)
    parts.append(Clitic(s, e, word[plen : len(word) - slen], "stem"))
    if slen:
        s, e = view.to_original(stem_end, nend)
        parts.append(Clitic(s, e, word[len(word) - slen :], "suffix"))
    return tuple(parts)


def tokenize(text: str | NormalizedText) -> list[Token]:
    """Tokens of ``text`` with original offsets; Arabic words carry clitic parts."""
    view = text if isinstance(text, NormalizedText) else normalize(text)
    tokens: list[Token] = []
    starts, ends = view.starts, view.ends
    append = tokens.append
    for m in _TOKEN.finditer(view.text):
        kind = m.lastgroup or "symbol"
        a, b = m.span()
        s, e = starts[a], ends[b - 1]
        word = m.group()
        if kind != "word":
            append(Token(s, e, word, kind, ()))
            continue
        _, plen, slen = _best_split(word)
        if plen or slen:
            append(Token(s, e, word, kind, segment(view, a, b)))
        else:
            append(Token(s, e, word, kind, (Clitic(s, e, word, "stem"),)))
    return tokens
