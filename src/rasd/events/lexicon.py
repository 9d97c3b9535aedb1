"""Trigger and cue lexicons (data in ``resources/events``) and the matcher that finds them.

A lexicon form is one or more normalised words.  A token matches a word when one of its
*variants* equals it: the token with conjunction/preposition/article clitics stripped, and then
optionally an imperfect-verb prefix (ي ت ن ا) and one inflectional suffix.  A token with the
article ال never matches a verb entry.  Variants are cached per
word form, so matching a sentence is a handful of dictionary look-ups per token.

Entries of type ``NONE`` are *blocks*: set phrases in which a trigger word has another sense
(بعقوبة the city, عقوبة الإعدام, في اتصال هاتفي with a newspaper, حصيلة القتلى).  A block's
first word must be the token itself (a leading و or ف aside, no other stripping); its tokens
start no trigger.  Cue blocks (modality ``NONE`` in cues.tsv: وكالة الأنباء, a news agency,
not a rumour) work the same way for cues.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.doc import Token
from rasd.text.normalize import normalize_key

__all__ = [
    "BLOCK",
    "CueEntry",
    "Lexicon",
    "Match",
    "TriggerEntry",
    "is_future_verb",
    "is_imperfect",
    "load_lexicon",
    "variants",
]

_CLITICS = (
    "",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "ال",
    "وال",
    "فال",
    "بال",
    "كال",
    "لل",
    "ولل",
    "فلل",
    "وب",
    "ول",
    "فب",
    "فل",
    "وبال",
    "فبال",
)
# pronoun suffixes on a noun: after them the ta marbuta is written ت (هزيمة -> هزيمتها)
_POSSESSIVE = ("هما", "ها", "هم", "ه")
BLOCK = "NONE"  # the type of a block entry (see the module docstring)
_FUTURE = ("", "س", "وس", "فس")
_VERB_PREFIX = ("", "ي", "ت", "ن", "ا")
# no ه / ي / ات: after normalisation they are ta marbuta, nisba and feminine plural far more
# often than pronouns, and stripping them turns nouns into verbs (رحلة -> رحل, جندي -> جند)
_SUFFIXES = ("", "ت", "وا", "ون", "ين", "ها", "هم", "ا", "تا", "ن", "نا", "تم", "هما")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    words: tuple[str, ...]
    type: str
    mode: str
    pos: str
    prior: float


@dataclass(frozen=True, slots=True)
class CueEntry:
    words: tuple[str, ...]
    modality: str
    scope: int
    barrier: bool
    after: str = ""  # "imperfect": a cue only when the next word is an imperfect verb (قد يكون)


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon entry found at tokens[first:last] (token indices into the tokens layer)."""

    first: int
    last: int
    entry: TriggerEntry | CueEntry
    future: bool = False  # the first token carries the future prefix سـ


@lru_cache(maxsize=65536)
def variants(word: str) -> tuple[tuple[str, bool], ...]:
    """(stripped form, has future prefix) pairs for a normalised word, the word itself first."""
    out: dict[str, bool] = {word: False}
    for clitic in _CLITICS:
        if not word.startswith(clitic) or len(word) - len(clitic) < 2:
            continue
        rest = word[len(clitic) :]
        for fut in _FUTURE if clitic in ("", "و", "ف") else ("",):
            if not rest.startswith(fut):
                continue
            base = rest[len(fut) :]
            # not سـ + ا (first person): after normalisation سأفر is سافر (travelled)
            is_future = bool(fut) and base[:1] in ("ي", "ت", "ن")
            if fut and not is_future:
                continue
            _add_affixed(out, base, is_future)
    return tuple(out.items())


def _add_affixed(out: dict[str, bool], base: str, is_future: bool) -> None:
    noun = _ta_marbuta(base)
    if noun:
        out[noun] = out.get(noun, False) or is_future
    for vp in _VERB_PREFIX:
        if not base.startswith(vp):
            continue
        core = base[len(vp) :]
        for suf in _SUFFIXES:
            if suf and not core.endswith(suf):
                continue
            stem = core[: len(core) - len(suf)] if suf else core
            if len(stem) >= 3 or (len(stem) == 2 and not vp and not suf):
                out[stem] = out.get(stem, False) or is_future


_Entries = list[TriggerEntry | CueEntry]


def _ta_marbuta(word: str) -> str:
    """The bare noun of a verbal noun with a pronoun suffix, ta marbuta restored
    (هزيمتها -> هزيمه, سيطرته -> سيطره); "" when the word is not of that shape."""
    for suf in _POSSESSIVE:
        stem = word[: len(word) - len(suf)]
        if word.endswith(suf) and stem.endswith("ت") and len(stem) >= 4:
            return stem[:-1] + "ه"
    return ""


class Lexicon:
    """Trigger and cue entries indexed by their first word."""

    def __init__(self, triggers: Sequence[TriggerEntry], cues: Sequence[CueEntry]) -> None:
        self.triggers = tuple(t for t in triggers if t.type != BLOCK)
        self.blocks = tuple(t for t in triggers if t.type == BLOCK)
        self.cues = tuple(c for c in cues if c.modality != BLOCK)
        self.cue_blocks = tuple(c for c in cues if c.modality == BLOCK)
        self._trig = _Index(_index(self.triggers))
        self._block = _index(self.blocks)
        self._cue = _Index(_index(self.cues))
        self._cue_block = _index(self.cue_blocks)
        # a future verb (سـ + imperfect) governs what follows it as سوف does
        self._future_cue = next((c for c in self.cues if c.words == ("سوف",)), None)

    def find_triggers(self, tokens: Sequence[Token], first: int, last: int) -> list[Match]:
        blocked = _blocked(self._block, tokens, first, last)
        found = [m for m in _find(self._trig, tokens, first, last) if m.first not in blocked]
        return _outermost(found)

    def find_cues(self, tokens: Sequence[Token], first: int, last: int) -> list[Match]:
        blocked = _blocked(self._cue_block, tokens, first, last)
        found = [
            m
            for m in _find(self._cue, tokens, first, last)
            if m.first not in blocked and _cue_context(m, tokens, last)
        ]
        return _with_future_verbs(found, self._future_cue, self._trig.by_first, tokens, first, last)


def _outermost(found: list[Match]) -> list[Match]:
    """Matches not nested in a longer match that starts before them (إطلاق النار inside
    وقف إطلاق النار, العقوبات inside رفع العقوبات: the longer phrase names the act)."""
    return [m for m in found if not any(o.first < m.first and o.last >= m.last for o in found)]


def _cue_context(m: Match, tokens: Sequence[Token], last: int) -> bool:
    """Whether a cue with a condition on the next word (``after``) meets it."""
    entry = m.entry
    if not isinstance(entry, CueEntry) or entry.after != "imperfect":
        return True
    return m.last < last and is_imperfect(tokens[m.last])


def is_imperfect(tok: Token) -> bool:
    """A word of imperfect-verb shape: ي / ن + stem, or ت + stem not ending as a perfect
    (تعرضت، تعرضوا are perfect); no article, no clitics."""
    w = tok.norm
    if tok.kind != "word" or tok.prefixes or len(w) < 3:
        return False
    if w[0] in ("ي", "ن"):
        return True
    return w[0] == "ت" and not w.endswith(("ت", "وا"))


_NOMINAL_ENDINGS = ("ه", "ات", "ي", "يه", "ين", "ء", "يا")
_SIX = frozenset({"سته", "ستي", "ستو", "ستم"})  # ستة، ستين، ستون، ستمائة: numbers, not سـ + verb


def is_future_verb(tok: Token) -> bool:
    """سـ + imperfect verb (ستركز، وسيقوم), not a noun in سي / ست / سن (سياسية، سنوات، ستة);
    only و / ف may be attached."""
    if tok.kind != "word" or not any(h in tok.norm[:3] for h in ("سي", "ست", "سن")):
        return False  # the common case, decided without the clitic parts
    w = tok.stem_form
    if any(p.form not in ("و", "ف") for p in tok.prefixes):
        return False
    if w[:2] not in ("سي", "ست", "سن") or w[:3] in _SIX:
        return False
    if w.endswith(_NOMINAL_ENDINGS) or not 4 <= len(w) <= 8:
        return False
    return any(f and len(v) >= 3 for v, f in variants(w))


# words after which a سي / ست / سن word is a name, not a future verb: prepositions and place
# nouns (في منطقة سناح، قرية سنجار)
_NAME_BEFORE = frozenset(
    normalize_key(w)
    for w in (
        "في من إلى على عن بين حتى نحو قرب داخل خارج منطقة مدينة قرية بلدة محافظة مديرية "
        "ناحية حي جبل وادي مخيم شارع ميناء مطار جزيرة قضاء"
    ).split()
)


def _after_name_head(tokens: Sequence[Token], i: int, first: int) -> bool:
    """The token follows a preposition or a place noun (its clitics aside)."""
    return i > first and tokens[i - 1].stem_form in _NAME_BEFORE


def _with_future_verbs(
    found: list[Match],
    entry: CueEntry | None,
    known: dict[str, _Entries],
    tokens: Sequence[Token],
    first: int,
    last: int,
) -> list[Match]:
    """The cues plus a سوف-like cue at each future verb that starts no other cue and is not
    itself a lexicon word (سيطر is a verb of its own, not سـ + يطر)."""
    if entry is None:
        return found
    taken = {i for m in found for i in range(m.first, m.last)}
    extra = [
        Match(i, i + 1, entry, True)
        for i in range(first, last)
        if i not in taken
        and tokens[i].stem_form not in known
        and is_future_verb(tokens[i])
        and not _after_name_head(tokens, i, first)
    ]
    return sorted(found + extra, key=lambda m: m.first) if extra else found


def _blocked(
    blocks: dict[str, _Entries], tokens: Sequence[Token], first: int, last: int
) -> set[int]:
    """Token indices covered by a block phrase."""
    out: set[int] = set()
    if not blocks:
        return out
    for i in range(first, last):
        heads = _whole_forms(tokens[i].norm)
        for e in (e for h in heads for e in blocks.get(h, ())):
            n = len(e.words)
            if i + n <= last and all(_word_matches(tokens[i + k], e.words[k]) for k in range(1, n)):
                out.update(range(i, i + n))
                break
    return out


_MAX_CACHE = 200_000  # word types cached per index before the cache is emptied


class _Index:
    """Entries by first word, with a per-word-type cache of the (future, entries) pairs of the
    word's variants that start some entry (most words have none, so most tokens stop there)."""

    def __init__(self, by_first: dict[str, _Entries]) -> None:
        self.by_first = by_first
        self._hits: dict[str, tuple[tuple[bool, _Entries], ...]] = {}

    def candidates(self, norm: str) -> tuple[tuple[bool, _Entries], ...]:
        hit = self._hits.get(norm)
        if hit is None:
            if len(self._hits) >= _MAX_CACHE:
                self._hits.clear()
            by_first = self.by_first
            whole = _whole_forms(norm)
            # a two-letter word takes only و / ف: لم in كلم, ما in كما, فر in وفرت are not words
            hit = tuple(
                (f, by_first[v])
                for v, f in variants(norm)
                if v in by_first and (len(v) > 2 or v in whole)
            )
            self._hits[norm] = hit
        return hit


def _index(entries: Sequence[TriggerEntry | CueEntry]) -> dict[str, list[TriggerEntry | CueEntry]]:
    index: dict[str, list[TriggerEntry | CueEntry]] = {}
    for e in entries:
        index.setdefault(e.words[0], []).append(e)
    for lst in index.values():
        lst.sort(key=lambda e: -len(e.words))
    return index


def _word_matches(token: Token, word: str) -> bool:
    return any(v == word for v, _ in variants(token.norm))


def _find(index: _Index, tokens: Sequence[Token], first: int, last: int) -> list[Match]:
    """Longest entries first at each token; a token starts at most one match per entry type."""
    out: list[Match] = []
    for i in range(first, last):
        tok = tokens[i]
        if tok.kind != "word":
            continue
        cands = index.candidates(tok.norm)
        if not cands:
            continue
        match = _match_at(cands, tokens, i, last)
        if match is not None:
            out.append(match)
    return out


def _match_at(
    cands: tuple[tuple[bool, _Entries], ...], tokens: Sequence[Token], i: int, last: int
) -> Match | None:
    definite = any(p.form == "ال" for p in tokens[i].prefixes)
    for future, entries in cands:
        for e in entries:
            if definite and isinstance(e, TriggerEntry) and e.pos == "verb":
                continue  # a word with the article is not a finite verb (السيطرة, الحشد)
            n = len(e.words)
            if i + n <= last and all(_word_matches(tokens[i + k], e.words[k]) for k in range(1, n)):
                return Match(i, i + n, e, future)
    return None


def _whole_forms(norm: str) -> tuple[str, ...]:
    """The token itself and, after a leading و or ف, the rest."""
    return (norm, norm[1:]) if norm[:1] in ("و", "ف") else (norm,)


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("rasd.resources").joinpath(f"events/{name}").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _forms(cell: str) -> list[tuple[str, ...]]:
    return [tuple(normalize_key(f).split()) for f in cell.split("|") if f.strip()]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled lexicon (read once, on first use)."""
    triggers = [
        TriggerEntry(words, r["type"], r["mode"], r["pos"], float(r["prior"]))
        for r in _rows("triggers.tsv")
        for words in _forms(r["forms"])
    ]
    cues = [
        CueEntry(words, r["modality"], int(r["scope"]), r["barrier"] == "yes", r.get("after") or "")
        for r in _rows("cues.tsv")
        for words in _forms(r["forms"])
    ]
    return Lexicon(triggers, cues)
