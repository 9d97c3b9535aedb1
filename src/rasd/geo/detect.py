"""Toponym detection over tokens: gazetteer names with clitics, cue words and LOC entities.

`detect(tokens, view, gazetteer, loc_spans)` reads the tokens (with their normalised forms),
the normalised view of the text (to map a stripped prefix back to original offsets) and the
LOC entity spans, and returns `Mention` records: the original span of the name without its
clitic prefixes, the gazetteer keys it matched (exact or fuzzy, with a score) and the cue word
in front of it.  Which mentions are kept, and which place each one means, is decided in
`rasd.geo.resolve`.  Fuzzy look-up is only tried where the context announces a place (a cue
word, 'بين', or 'X و' after a found place), which keeps it fast and avoids false positives.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from rasd.doc import Token
from rasd.geo.fuzzy import fold
from rasd.geo.gazetteer import Gazetteer
from rasd.text.normalize import NormalizedText
from rasd.text.tokenize import stem_candidates

__all__ = ["Mention", "detect"]

SETTLEMENT_CUES = frozenset(
    "مدينه بلده قريه مخيم حي مدن بلدات قري احياء ناحيه قضاء مركز مزرعه مزارع بلدتي قريتي مدينتي "
    "نواحي اقضيه".split()
)
DISTRICT_CUES = frozenset({"مديريه", "مديريات"})  # Yemen's districts, named after their town
ADMIN_CUES = frozenset("محافظه ولايه ريف منطقه مناطق محافظات اقليم شعبيه".split()) | DISTRICT_CUES
# an airport, base or front named after a place is near it ('مطار عدن', 'بجبهة مجزر')
FACILITY_CUES = frozenset("مطار مطاري قاعده قاعدتي جبهه جبهات".split())
AIRPORT_CUES = frozenset({"مطار", "مطاري"})
AREA_CUES = frozenset(
    "محيط اطراف قرب ضواحي مشارف مداخل مدخل تخوم جوار اطراف بمحيط باطراف بضواحي بالقرب".split()
)
DIRECTION_CUES = frozenset("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط شمالا جنوبا".split())
LOCATIVE_CUES = frozenset("في من الي نحو باتجاه داخل بين عند قرب".split())
ALL_CUES = SETTLEMENT_CUES | ADMIN_CUES | AREA_CUES | FACILITY_CUES | DIRECTION_CUES | LOCATIVE_CUES
NOT_NAMES = ALL_CUES | {"ال" + w for w in SETTLEMENT_CUES | ADMIN_CUES}  # 'المدينه' is 'the city'
FUZZY_CUES = (
    SETTLEMENT_CUES | ADMIN_CUES | AREA_CUES | FACILITY_CUES | {"بين", "في"}
)  # where a typo is looked up
# after these weaker cues only a typo of a big place's long name is looked up ('الى طهرن')
BIG_FUZZY_CUES = LOCATIVE_CUES - FUZZY_CUES
BIG_FUZZY_LEN = 5  # letters of the gazetteer key
BIG_POPULATION = 1_000_000
LONG_VOWELS = frozenset("اوي")
ALL_FUZZY_CUES = FUZZY_CUES | BIG_FUZZY_CUES
MAX_WORDS = 4
RARE_WORD = 10  # a fuzzy-matched word must be rarer than this in the news


@dataclass(slots=True)
class Mention:
    """A candidate toponym: original span, token range, matched keys and context."""

    start: int
    end: int
    first: int  # token index range [first, last)
    last: int
    key: str
    keys: list[tuple[str, float]]  # matched gazetteer keys with match score
    cue: str  # normalised cue word before the name ('' if none)
    prefix: str = ""  # clitic prefixes stripped from the first token
    entity: bool = False
    fuzzy: bool = False
    notes: dict[str, object] = field(default_factory=dict)


def _bare(word: str) -> str:
    """A cue word without a leading و/ف/ب."""
    if len(word) > 3 and word[0] in "وفب" and word[1:] in ALL_CUES:
        return word[1:]
    return word


def _cue(tokens: Sequence[Token], i: int) -> str:
    """The cue word before token i; an area cue before a settlement cue wins ('محيط بلدة X')."""
    if i == 0 or tokens[i - 1].kind != "word":
        return ""
    word = _bare(tokens[i - 1].norm)
    if word in SETTLEMENT_CUES and i >= 2 and _bare(tokens[i - 2].norm) in AREA_CUES:
        return _bare(tokens[i - 2].norm)
    return word if word in ALL_CUES else ""


@lru_cache(maxsize=1 << 16)
def _heads_of(word: str) -> tuple[int, ...]:
    """Prefix lengths without suffix stripping.  'ك' (like) is never stripped, nor the article
    ال: names keep it ('العراق'), and 'السورية' is the adjective, not ال + 'سورية'."""
    keep = {p for p, s in stem_candidates(word) if s == 0 and "ك" not in word[:p]}
    return tuple(sorted(p for p in keep if not word[:p].endswith("ال")))


def _head(word: str, plen: int) -> tuple[str, int]:
    """The name part after ``plen`` prefix letters, and where its span starts: after 'لل' the
    second ل is the article ('للعراق' -> 'العراق', span from that ل)."""
    if word[:plen].endswith("لل"):
        return "ا" + word[plen - 1 :], plen - 1
    return word[plen:], plen


def _heads(tok: Token) -> tuple[int, ...]:
    """Prefix lengths to try for a token, least stripped first (no suffix stripping)."""
    return _heads_of(tok.norm)


def _longest(tokens: Sequence[Token], i: int, head: str, g: Gazetteer) -> tuple[str, int]:
    """Longest gazetteer key starting with ``head`` at token i: (key, end token) or ('', i)."""
    best, best_end, key = "", i, head
    if head in g.index:
        best, best_end = head, i + 1
    for j in range(i + 1, min(len(tokens), i + MAX_WORDS)):
        if tokens[j].kind != "word":
            break
        key = f"{key} {tokens[j].norm}"
        if key in g.index:
            best, best_end = key, j + 1
    return best, best_end


def _word_not_name(word: str, key: str, g: Gazetteer) -> bool:
    """'وسائل' is a word, not و + the village 'سائل': a frequent full form hides a small name."""
    if g.word_freq(word) < RARE_WORD:
        return False
    return not any(e.broad or e.population >= 100_000 for e in g.lookup(key))


def _span(view: NormalizedText, tok: Token, plen: int, end_tok: Token) -> tuple[int, int]:
    ns = view.from_original(tok.start)
    s, _ = view.to_original(ns + plen, ns + plen + 1)
    return s, end_tok.end


def _name_heads(word: str, g: Gazetteer) -> tuple[tuple[str, int], ...]:
    """The heads of ``word`` that can start a gazetteer name (memoised on the gazetteer)."""
    found = g.head_cache.get(word)
    if found is None:
        found = tuple(h for h in (_head(word, p) for p in _heads_of(word)) if h[0] in g.first_words)
        if len(g.head_cache) < 200_000:
            g.head_cache[word] = found
    return found


def _exact(tokens: Sequence[Token], i: int, view: NormalizedText, g: Gazetteer) -> Mention | None:
    tok = tokens[i]
    best: tuple[int, int, str, int] | None = None  # (words, -span offset, key, end)
    for head, plen in _name_heads(tok.norm, g):
        key, end = _longest(tokens, i, head, g)
        if plen and end == i + 1 and _word_not_name(tok.norm, key, g):
            continue
        if key and key not in NOT_NAMES and (best is None or (end - i, -plen) > best[:2]):
            best = (end - i, -plen, key, end)
    if best is None:
        return None
    _, neg_plen, key, end = best
    s, e = _span(view, tok, -neg_plen, tokens[end - 1])
    return Mention(s, e, i, end, key, [(key, 1.0)], _cue(tokens, i), tok.norm[:-neg_plen])


def _big_name(key: str, g: Gazetteer) -> bool:
    """A long name of a country, governorate or city of a million people."""
    return len(key) >= BIG_FUZZY_LEN and any(
        e.broad or e.population >= BIG_POPULATION for e in g.lookup(key)
    )


def _vowel_slip(head: str, key: str) -> bool:
    """``head`` is ``key`` with one long vowel letter left out or put in ('طهرن' / 'طهران')."""
    short, long_ = sorted((head, key), key=len)
    if len(long_) != len(short) + 1:
        return False
    return any(
        long_[i] in LONG_VOWELS and long_[:i] + long_[i + 1 :] == short for i in range(len(long_))
    )


def _big_typos(head: str, keys: list[tuple[str, float]], g: Gazetteer) -> list[tuple[str, float]]:
    """The keys that ``head`` misspells by a long-vowel slip and that name a big place: such a
    typo is trusted without a nearby place to support it.  Not for words with the article
    ('الريبة' is suspicion, not Rouiba)."""
    if head.startswith("ال"):
        return []
    return [(k, sc) for k, sc in keys if _big_name(k, g) and _vowel_slip(fold(head), fold(k))]


def _fuzzy(tokens: Sequence[Token], i: int, view: NormalizedText, g: Gazetteer) -> Mention | None:
    tok = tokens[i]
    if g.word_freq(tok.norm) >= RARE_WORD:  # 'فبراير' is a month, not ف ب + a typo of 'ماير'
        return None
    big_only = _bare(tokens[i - 1].norm) in BIG_FUZZY_CUES
    # و ب ل ف stripped first (a clitic is likelier than a typo), but ال kept with the name
    for plen in sorted(_heads(tok), key=lambda p: (tok.norm[:p].endswith("ال"), -p)):
        head = tok.norm[plen:]
        if len(head) < 4 or g.word_freq(head) >= RARE_WORD:
            continue
        keys = [(k, sc) for k, sc in g.fuzzy.match(head) if " " not in k and k not in NOT_NAMES]
        big = _big_typos(head, keys, g)
        keys = big if big_only else keys
        if keys:
            s, e = _span(view, tok, plen, tok)
            m = Mention(s, e, i, i + 1, head, keys, _cue(tokens, i), tok.norm[:plen], fuzzy=True)
            m.notes["big"] = bool(big)
            return m
    return None


def _wants_fuzzy(tokens: Sequence[Token], i: int, prev: Mention | None) -> bool:
    """Fuzzy look-up only where the context says a place follows (cue, 'X و', 'بين')."""
    tok = tokens[i]
    if tok.kind != "word" or len(tok.norm) < 4:
        return False
    if prev is not None and prev.last == i and tok.norm[0] == "و":
        return True
    return i > 0 and _bare(tokens[i - 1].norm) in ALL_FUZZY_CUES


class _SpanIndex:
    """Spans sorted by start, with the running maximum of their ends, for overlap queries."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_ends = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span [s, e) has s < end and start < e."""
        k = bisect_left(self.starts, end)  # spans[:k] start before ``end``
        return k > 0 and self.max_ends[k - 1] > start


def detect(
    tokens: Sequence[Token],
    view: NormalizedText,
    g: Gazetteer,
    loc_spans: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """All candidate toponyms in text order (not yet filtered: see `accept`)."""
    out: list[Mention] = []
    overlaps_entity = _SpanIndex(loc_spans).overlaps
    i, n = 0, len(tokens)
    while i < n:
        m = _exact(tokens, i, view, g) if tokens[i].kind == "word" else None
        if m is None and _wants_fuzzy(tokens, i, out[-1] if out else None):
            m = _fuzzy(tokens, i, view, g)
        if m is None:
            i += 1
            continue
        m.entity = overlaps_entity(m.start, m.end)
        out.append(m)
        i = m.last
    _fuzzy_after_place(out, tokens, view, g)
    return out


def _fuzzy_after_place(
    out: list[Mention], tokens: Sequence[Token], view: NormalizedText, g: Gazetteer
) -> None:
    """'X و<misspelt>' where X was found after the fuzzy pass: look the follower up too."""
    taken = {m.first for m in out}
    extra = []
    for m in out:
        j = m.last
        if j < len(tokens) and j not in taken and _wants_fuzzy(tokens, j, m):
            f = _fuzzy(tokens, j, view, g)
            if f is not None:
                extra.append(f)
    out.extend(extra)
    out.sort(key=lambda m: m.start)
