"""When and how many: date, fatalities and quantities of one event (where: `rasd.events.location`).

* date: the time expression of the ``dates`` layer nearest the trigger in the same sentence
  (its date and precision); else the publication date with time_precision 2 (the week: news
  reports events of the last days); else null.
* fatalities (ASSAULT only): a quantity whose unit is killed/dead, or any counted people within
  three tokens of a killing word (قتلى، مقتل، مصرع …); "دون وقوع إصابات", "لم يسفر الهجوم عن
  أي إصابات" and similar (phrases of fatalities.tsv, where ``*`` stands for up to three words)
  give 0 with their span; otherwise 0 with no span.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from rasd.doc import Fatalities, Quantity, TimeExpr, Token
from rasd.events.lexicon import variants
from rasd.text.normalize import normalize_key

__all__ = [
    "FatalityWords",
    "event_date",
    "event_fatalities",
    "load_fatality_words",
]

_KILLED_UNITS = frozenset({"killed", "dead", "fatalities", "death"})
_PEOPLE_UNITS = frozenset(
    {"person", "civilian", "fighter", "soldier", "people", "child", "woman", "member", "policeman"}
)
_NONE = Fatalities(0, 0, 0)


class FatalityWords:
    def __init__(self, kill: frozenset[str], none: tuple[tuple[str, ...], ...]) -> None:
        self.kill = kill
        self.none = none
        # "no casualties" phrases by their first word, keeping their order in the lexicon
        self.none_by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for order, phrase in enumerate(none):
            if phrase:
                self.none_by_first.setdefault(phrase[0], []).append((order, phrase))

    def is_kill(self, tok: Token) -> bool:
        return any(v in self.kill for v, _ in variants(tok.norm))


@lru_cache(maxsize=1)
def load_fatality_words() -> FatalityWords:
    text = resources.files("rasd.resources").joinpath("events/fatalities.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines()[1:] if ln.strip() and not ln.startswith("#")]
    rows = [r for r in rows if r[0] != "form"]
    kill = frozenset(normalize_key(f) for f, k in rows if k == "kill")
    none = tuple(
        tuple(w if w == _GAP else normalize_key(w) for w in f.split())
        for f, k in rows
        if k == "none"
    )
    return FatalityWords(kill, none)


def _nearest(items: Sequence[TimeExpr], lo: int, hi: int, at: int) -> TimeExpr | None:
    inside = [x for x in items if lo <= x.start and x.end <= hi]
    return min(inside, key=lambda x: (abs(x.start - at), x.start < at), default=None)


def event_date(
    dates: Sequence[TimeExpr], sent: tuple[int, int], at: int, publication: str | None
) -> tuple[str | None, int | None]:
    near = _nearest(dates, sent[0], sent[1], at)
    if near is not None:
        return near.date, near.precision
    return (publication, 2) if publication else (None, None)


_GAP = "*"  # in a "none" phrase: up to _GAP_MAX words of any kind ("لم يسفر * عن إصابات")
_GAP_MAX = 3


def _token_is(tok: Token, word: str) -> bool:
    return any(v == word for v, _ in variants(tok.norm))


def _phrase_end(tokens: Sequence[Token], i: int, hi: int, phrase: tuple[str, ...]) -> int | None:
    """Index after the last token of ``phrase`` matched from tokens[i] (gaps allowed), or None."""
    if not phrase:
        return i
    word, rest = phrase[0], phrase[1:]
    if word == _GAP:
        for skip in range(_GAP_MAX + 1):
            end = _phrase_end(tokens, i + skip, hi, rest) if i + skip <= hi else None
            if end is not None:
                return end
        return None
    if i < hi and _token_is(tokens[i], word):
        return _phrase_end(tokens, i + 1, hi, rest)
    return None


def _no_casualty_span(
    tokens: Sequence[Token], lo: int, hi: int, words: FatalityWords
) -> Fatalities | None:
    index = words.none_by_first
    for i in range(lo, hi):
        candidates = sorted(c for v, _ in variants(tokens[i].norm) for c in index.get(v, ()))
        for _, phrase in candidates:
            end = _phrase_end(tokens, i, hi, phrase)
            if end is not None:
                return Fatalities(0, 0, 0, _word_start(tokens[i], phrase[0]), tokens[end - 1].end)
    return None


def _word_start(tok: Token, word: str) -> int:
    """Start of ``word`` inside ``tok``: after an attached conjunction ("ولم" → "لم")."""
    lead = len(tok.norm) - len(word)
    if lead <= 0 or not tok.norm.endswith(word):
        return tok.start
    rest = [p for p in tok.parts if p.kind != "prefix"]
    if tok.prefixes and rest:
        return rest[0].start
    # unsplit token: shift only when the surface has no marks normalisation removed
    return tok.start + lead if tok.end - tok.start == len(tok.norm) else tok.start


def event_fatalities(
    tokens: Sequence[Token],
    token_range: tuple[int, int],
    quantities: Sequence[Quantity],
    words: FatalityWords,
) -> tuple[Fatalities, Quantity | None]:
    """Fatalities stated in the sentence tokens[token_range] and the quantity that states them."""
    lo, hi = token_range
    zero = _no_casualty_span(tokens, lo, hi, words)
    if zero is not None:
        return zero, None
    start, end = tokens[lo].start, tokens[hi - 1].end
    kill_pos = [tokens[i].start for i in range(lo, hi) if words.is_kill(tokens[i])]
    for q in quantities:
        if not (start <= q.start and q.end <= end):
            continue
        near_kill = q.unit in _PEOPLE_UNITS and any(abs(q.start - k) < 40 for k in kill_pos)
        if q.unit in _KILLED_UNITS or near_kill:
            low = q.low if q.low is not None else q.value
            high = q.high if q.high is not None else q.value
            return Fatalities(low, q.value, high, q.start, q.end), q
    return _NONE, None
