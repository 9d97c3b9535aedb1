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

from rasd.actors.index import MIN_FUZZY_LETTERS, AliasIndex, Entry, fold_first, within_one_edit
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


@dataclass(frozen=True)
class TokenView:
    """Tokens with their sentence limits and the normalised view, as the matchers need them."""

    tokens: Sequence[Token]
    view: NormalizedText
    sent_end: tuple[int, ...]  # sent_end[i]: index after the last token of i's sentence

    @classmethod
    def build(cls, tokens: Sequence[Token], sentences: Sequence[Sentence], view: NormalizedText) -> TokenView:
        ends = [len(tokens)] * len(tokens)
        for s in sentences:
            for i in range(s.first_token, min(s.last_token, len(tokens))):
                ends[i] = s.last_token
        return cls(tokens, view, tuple(ends))

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


def _exact_at(tv: TokenView, index: AliasIndex, i: int) -> Match | None:
    word = tv.tokens[i].norm
    best: Match | None = None
    for plen, head in index.heads(word):
        rests = index.first[head]
        for n in range(min(index.max_rest[head], tv.sent_end[i] - i - 1), -1, -1):
            if best is not None and n + 1 <= best.last - best.first:
                break
            entry = rests.get(_rest_words(tv, i, n) or ("\0",)) if n else rests.get(())
            if entry is not None:
                best = _make(tv, i, i + 1 + n, plen, entry, "alias")
                break
    return best


def _make(tv: TokenView, i: int, j: int, plen: int, entry: Entry, source: str) -> Match:
    word = tv.tokens[i].norm
    off = _name_offset(word, plen)
    return Match(i, j, tv.start_after(i, off), tv.tokens[j - 1].end, entry.ids, source, entry, word[:off])


def _letters(key: tuple[str, ...]) -> int:
    return sum(len(w) for w in key)


def _fuzzy_rest(rests: dict[tuple[str, ...], Entry], words: tuple[str, ...], index: AliasIndex) -> list[tuple[tuple[str, ...], Entry]]:
    """Rests of the same length as ``words`` that differ from them in exactly one rare word."""
    out = []
    for rest, entry in rests.items():
        if len(rest) != len(words) or not rest:
            continue
        diff = [k for k in range(len(rest)) if rest[k] != words[k]]
        if len(diff) == 1 and within_one_edit(words[diff[0]], rest[diff[0]]):
            w = words[diff[0]]
            if w not in index.common and w not in index.vocab:
                out.append((rest, entry))
    return out


def _fuzzy_candidates(tv: TokenView, index: AliasIndex, i: int) -> list[tuple[int, int, tuple[str, ...], Entry]]:
    """(prefix length, token count, key, entry) for names reachable with one edit at token i."""
    word = tv.tokens[i].norm
    found = []
    max_n = tv.sent_end[i] - i - 1
    for plen, head in index.heads(word):  # exact head, one typo in the rest
        rests = index.first[head]
        for n in range(1, min(index.max_rest[head], max_n) + 1):
            for rest, entry in _fuzzy_rest(rests, _rest_words(tv, i, n) or (), index):
                found.append((plen, n + 1, (head, *rest), entry))
    for plen in {0, *(p for p, _ in index.heads(word))} | _plain_prefixes(word):
        for head in index.fuzzy_words(fold_first(word[plen:])):  # typo in the head, exact rest
            rests = index.first.get(head, {})
            for n in range(0, min(index.max_rest.get(head, 0), max_n) + 1):
                entry = rests.get(_rest_words(tv, i, n) or ()) if n else rests.get(())
                if entry is not None:
                    found.append((plen, n + 1, (head, *(_rest_words(tv, i, n) or ())), entry))
    return found


def _plain_prefixes(word: str) -> set[int]:
    out = set()
    for p in ("و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "ولل", "فال"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            out.add(len(p))
    return out


def _fuzzy_at(tv: TokenView, index: AliasIndex, i: int) -> Match | None:
    cands = [c for c in _fuzzy_candidates(tv, index, i)
             if _letters(c[2]) >= MIN_FUZZY_LETTERS and not c[3].ambiguous and not c[3].state_name]
    if not cands:
        return None
    ids = {c[3].ids for c in cands}
    if len(ids) != 1:
        return None  # two different actors within one edit: never guess between them
    plen, n, _, entry = max(cands, key=lambda c: c[1])
    return _make(tv, i, i + n, plen, entry, "fuzzy")


def _title_at(tv: TokenView, index: AliasIndex, i: int) -> Match | None:
    """A title word followed by a registered surname: the match covers the surname only."""
    if i + 1 >= tv.sent_end[i]:
        return None
    title = tv.tokens[i].norm
    if title not in index.titles and not any(title[p:] in index.titles for p, _ in ((1, 0), (2, 0))):
        return None
    nxt = tv.tokens[i + 1]
    ids = index.surnames.get(fold_first(nxt.norm))
    if not ids:
        return None
    off = 2 if nxt.norm.startswith("ال") and fold_first(nxt.norm) != nxt.norm else 0
    entry = Entry(ids, len(ids) > 1, False, True)
    return Match(i + 1, i + 2, tv.start_after(i + 1, 0 if off else 0), nxt.end, ids, "title", entry)


def find_matches(tv: TokenView, index: AliasIndex, fuzzy: bool = True) -> list[Match]:
    """Non-overlapping registry matches, left to right, longest first at each word."""
    out: list[Match] = []
    i, n = 0, len(tv.tokens)
    while i < n:
        if tv.tokens[i].kind != "word":
            i += 1
            continue
        m = _exact_at(tv, index, i) or _title_at(tv, index, i) or (_fuzzy_at(tv, index, i) if fuzzy else None)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.last
    return out
