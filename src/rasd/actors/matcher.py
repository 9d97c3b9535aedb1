"""Registry names found in a tokenised document: exact aliases, one-letter typos, title + surname.

`find_matches` walks the tokens once, left to right.  At each word it looks up every clitic
reading of the word (وجيش، للجيش، بالجيش -> "جيش") in the alias trie and takes the longest
name that the following words complete, inside one sentence.  When nothing matches exactly it
tries one edit (a rare word one letter away from a name word; the name must have at least five
letters and lead to one actor only).  A title followed by a registered surname ("القائد علوش")
is a person mention.  Returned spans start after conjunction/preposition clitics and keep the
article ("وجيش الاسلام" -> "جيش الاسلام", "بالجيش السوري" -> "الجيش السوري").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from rasd.actors.index import (
    MIN_FUZZY_LETTERS,
    AliasIndex,
    Entry,
    WordInfo,
    fold_first,
    inner_edit,
)
from rasd.doc import Sentence, Token
from rasd.text.normalize import NormalizedText

__all__ = ["Match", "TokenView", "find_matches"]


@dataclass(frozen=True, slots=True)
class Match:
    """A registry name in the text: tokens [first, last), original span, candidate actors."""

    first: int
    last: int
    start: int
    end: int
    ids: tuple[str, ...]
    source: str  # alias | fuzzy | title
    entry: Entry
    prefix: str = ""  # clitics before the name on its first word ("و", "ب", ...)


_NOTHING: WordInfo = ((), False, False, ())


@dataclass(frozen=True)
class TokenView:
    """Tokens with their sentence limits and the normalised view, as the matchers need them."""

    tokens: Sequence[Token]
    view: NormalizedText
    sent_end: tuple[int, ...]  # sent_end[i]: index after the last token of i's sentence
    info: tuple[WordInfo, ...]  # AliasIndex.info per token
    where: dict[
        str, list[tuple[int, int]]
    ]  # registry-relevant word key -> [(token, prefix length)]

    @cached_property
    def starts(self) -> list[int]:
        """Start offset of every token, for bisecting a character offset to its token."""
        return [t.start for t in self.tokens]

    @classmethod
    def build(
        cls,
        tokens: Sequence[Token],
        sentences: Sequence[Sentence],
        view: NormalizedText,
        index: AliasIndex,
    ) -> TokenView:
        ends = [len(tokens)] * len(tokens)
        for s in sentences:
            for i in range(s.first_token, min(s.last_token, len(tokens))):
                ends[i] = s.last_token
        get = index.info
        info = tuple([get(t.norm) if t.kind == "word" else _NOTHING for t in tokens])
        where: dict[str, list[tuple[int, int]]] = {}
        for i, x in enumerate(info):
            for plen, key in x[3]:
                where.setdefault(key, []).append((i, plen))
        return cls(tokens, view, tuple(ends), info, where)

    def start_after(self, i: int, plen: int) -> int:
        """Original offset of the normalised character ``plen`` of token i."""
        tok = self.tokens[i]
        if plen == 0:
            return tok.start
        n = self.view.from_original(tok.start)
        return self.view.to_original(n + plen, n + plen + 1)[0]


def _name_offset(word: str, plen: int) -> int:
    """How many prefix letters to leave out of the span (keep the article, drop و ب ل ف ك)."""
    prefix = word[:plen]
    if prefix.endswith("ال") and not prefix.endswith("لال"):
        return plen - 2
    return plen


def _rest_words(tv: TokenView, i: int, n: int) -> tuple[str, ...] | None:
    j = i + 1 + n
    if j > tv.sent_end[i]:
        return None
    return tuple(t.norm for t in tv.tokens[i + 1 : j])


def _exact_at(
    tv: TokenView, index: AliasIndex, i: int, heads: tuple[tuple[int, str], ...] | None = None
) -> Match | None:
    word = tv.tokens[i].norm
    best: Match | None = None
    room = tv.sent_end[i] - i - 1
    nxt = tv.tokens[i + 1].norm if room > 0 else ""
    for plen, head in index.heads(word) if heads is None else heads:
        rests = index.first[head]
        seconds = index.seconds.get(head, ())
        for n in index.rest_lengths[head]:
            if n > room or (n and nxt not in seconds):
                continue
            if best is not None and n + 1 <= best.last - best.first:
                break
            entry = rests.get(_rest_words(tv, i, n) or ("\0",)) if n else rests.get(())
            if entry is not None and _form_ok(entry, word, plen):
                best = _make(tv, i, i + 1 + n, plen, entry, "alias")
                break
    return best


def _form_ok(entry: Entry, word: str, plen: int) -> bool:
    """A country name keeps its article as listed: "السورية" (an adjective) is not "سورية"."""
    if not entry.head_forms:
        return True
    prefix = word[:plen]
    form = "ال" + word[plen:] if prefix.endswith(("ال", "لل")) else word[plen:]
    return form in entry.head_forms


def _make(tv: TokenView, i: int, j: int, plen: int, entry: Entry, source: str) -> Match:
    word = tv.tokens[i].norm
    off = _name_offset(word, plen)
    return Match(
        i, j, tv.start_after(i, off), tv.tokens[j - 1].end, entry.ids, source, entry, word[:off]
    )


def _letters(key: tuple[str, ...]) -> int:
    return sum(len(w) for w in key)


def _fuzzy_rest(
    pairs: tuple[tuple[tuple[str, ...], Entry], ...], words: tuple[str, ...], index: AliasIndex
) -> list[tuple[tuple[str, ...], Entry]]:
    """Rests (all of len(words)) that differ from ``words`` in exactly one rare word, by one edit."""
    out = []
    for rest, entry in pairs:
        diff = [k for k in range(len(rest)) if rest[k] != words[k]]
        if len(diff) == 1 and inner_edit(words[diff[0]], rest[diff[0]]):
            w = words[diff[0]]
            if w not in index.common and w not in index.vocab:
                out.append((rest, entry))
    return out


def _fuzzy_candidates(
    tv: TokenView, index: AliasIndex, i: int, rare: Sequence[bool]
) -> list[tuple[int, int, tuple[str, ...], Entry]]:
    """(prefix length, token count, key, entry) for names reachable with one edit at token i."""
    word = tv.tokens[i].norm
    found = []
    max_n = tv.sent_end[i] - i - 1
    for plen, head in tv.info[i][0]:  # exact head, one typo in the rest
        for n, pairs in index.rests_by_len.get(head, {}).items():
            if n <= max_n and any(rare[i + 1 : i + 1 + n]):
                for rest, entry in _fuzzy_rest(pairs, _rest_words(tv, i, n) or (), index):
                    found.append((plen, n + 1, (head, *rest), entry))
    if not rare[i]:
        return found
    for plen, key in index.readings(word):  # a typo in the head, exact rest
        for head in index.fuzzy_words(key):
            rests = index.first.get(head, {})
            for n in range(0, min(index.max_rest.get(head, 0), max_n) + 1):
                rest = _rest_words(tv, i, n) or () if n else ()
                hit = rests.get(rest)
                if hit is not None:
                    found.append((plen, n + 1, (head, *rest), hit))
    return found


def _fuzzy_ok(key: tuple[str, ...], entry: Entry) -> bool:
    """Typos are looked for in names of 2+ words and 5+ letters, one word of which is exact; a
    one-word name is too close to ordinary words ("مرتبطون" / "مرابطون", "اختلال" / "احتلال")."""
    if entry.ambiguous or entry.state_name or _letters(key) < MIN_FUZZY_LETTERS:
        return False
    return len(key) > 1


def _fuzzy_at(tv: TokenView, index: AliasIndex, i: int, rare: Sequence[bool]) -> Match | None:
    cands = [c for c in _fuzzy_candidates(tv, index, i, rare) if _fuzzy_ok(c[2], c[3])]
    if not cands:
        return None
    ids = {c[3].ids for c in cands}
    if len(ids) != 1:
        return None  # two different actors within one edit: never guess between them
    plen, n, _, entry = max(cands, key=lambda c: c[1])
    return _make(tv, i, i + n, plen, entry, "fuzzy")


def _is_title(index: AliasIndex, word: str) -> bool:
    return word in index.titles or (word[:1] in "وف" and word[1:] in index.titles)


def _nisba(tv: TokenView, k: int) -> bool:
    """A relational adjective completing a kunya ("ابو محمد الجولاني")."""
    if k >= tv.sent_end[k - 1] or k >= len(tv.tokens):
        return False
    w = tv.tokens[k].norm
    return w.startswith("ال") and w.endswith("ي") and len(w) >= 5


def _kunya_at(tv: TokenView, index: AliasIndex, k: int) -> Match | None:
    """ "ابو X" at token k (after a title): the registry person with that kunya, else an unknown person."""
    if (
        k + 1 >= tv.sent_end[k]
        or tv.tokens[k].norm not in ("ابو", "ام")
        or tv.tokens[k + 1].kind != "word"
    ):
        return None
    ids = index.kunyas.get((tv.tokens[k].norm, tv.tokens[k + 1].norm), ())
    last = k + 2 if ids or not _nisba(tv, k + 2) else k + 3
    entry = Entry(ids, len(ids) > 1, False, True)
    return Match(k, last, tv.tokens[k].start, tv.tokens[last - 1].end, ids, "kunya", entry)


def _title_at(tv: TokenView, index: AliasIndex, i: int) -> Match | None:
    """A title followed by a registered surname or by a kunya: the match covers the name only."""
    if i + 1 >= tv.sent_end[i] or not _is_title(index, tv.tokens[i].norm):
        return None
    if _exact_at(tv, index, i + 1) is not None:
        return None  # the full name follows: let the alias matcher take it
    kunya = _kunya_at(tv, index, i + 1)
    if kunya is not None:
        return kunya
    nxt = tv.tokens[i + 1]
    ids = index.surnames.get(fold_first(nxt.norm))
    if not ids or (nxt.norm.endswith("ي") and nxt.norm in index.common):
        return None  # "الرئيس الدوري" (rotating president), "القائد البري": an adjective
    entry = Entry(ids, len(ids) > 1, False, True)
    return Match(i + 1, i + 2, nxt.start, nxt.end, ids, "title", entry)


def find_matches(tv: TokenView, index: AliasIndex, fuzzy: bool = True) -> list[Match]:
    """Non-overlapping registry matches, left to right, longest first at each word."""
    info = tv.info
    rare = [fuzzy and x[1] for x in info]
    window = 1 + max(index.max_rest.values(), default=0)
    out: list[Match] = []
    free = 0  # first token not inside an earlier match
    for i, (heads, _, is_title, _) in enumerate(info):
        if i < free or not (heads or is_title or rare[i]):
            continue
        m = _exact_at(tv, index, i, heads) if heads else None
        if m is None and is_title:
            m = _title_at(tv, index, i)
        if m is None and (rare[i] or (heads and any(rare[i + 1 : i + window]))):
            m = _fuzzy_at(tv, index, i, rare)
        if m is not None:
            out.append(m)
            free = m.last
    return out
