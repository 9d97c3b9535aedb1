"""The token context around a number: sentence bounds, qualifiers and casualty cues.

Used by `rasd.text.quantities`; the tables come from ``resources/lexicon/numbers.json`` and
``resources/lexicon/casualty_cues.tsv``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.doc import Sentence, Token
from rasd.text.lexicon import load_json, norm_map, sub_start
from rasd.text.normalize import NormalizedText
from rasd.text.numbers import Atom
from rasd.text.units import cue_kind, unit_word

__all__ = [
    "Context", "casualty_cue", "mixed_casualties", "qualifier_after", "qualifier_before",
]  # fmt: skip

_CUE_WINDOW = 4  # tokens searched before the number
_CUE_AFTER = 2  # tokens searched after the counted noun


@dataclass(frozen=True, slots=True)
class Context:
    tokens: Sequence[Token]
    view: NormalizedText
    atoms: Sequence[Atom | None]
    sent: Sequence[int]  # sentence index of each token
    sent_starts: Sequence[int]  # original start offset of each sentence

    @classmethod
    def build(
        cls, tokens: Sequence[Token], view: NormalizedText, sentences: Sequence[Sentence],
        atoms: Sequence[Atom | None],
    ) -> Context:  # fmt: skip
        sent = [0] * len(tokens)
        for n, s in enumerate(sentences):
            for k in range(s.first_token, min(s.last_token, len(tokens))):
                sent[k] = n
        return cls(tokens, view, atoms, sent, [s.start for s in sentences] or [0])

    def norm_at(self, k: int) -> str:
        return self.tokens[k].norm if 0 <= k < len(self.tokens) else ""

    def sentence_of_offset(self, offset: int) -> int:
        return max(bisect_right(self.sent_starts, offset) - 1, 0)


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str]]:
    data = load_json("numbers.json")
    before = {tuple(k.split()): v for k, v in norm_map(data["qualifiers"]).items()}
    after = {tuple(k.split()): v for k, v in norm_map(data["post_qualifiers"]).items()}
    return before, after


def _phrase_before(
    ctx: Context, end: int, table: dict[tuple[str, ...], str], floor: int
) -> tuple[int, str, int] | None:
    """(first token, kind, prefix chars to skip) of a table phrase ending before token ``end``."""
    for n in (4, 3, 2, 1):
        k = end - n
        if k < floor or k < 0:
            continue
        words = tuple(ctx.tokens[x].norm for x in range(k, end))
        if words in table:
            return k, table[words], 0
        if words[0].startswith("و") and (words[0][1:], *words[1:]) in table:
            return k, table[(words[0][1:], *words[1:])], 1
    return None


def qualifier_before(ctx: Context, first: int, floor: int) -> tuple[str, int | None, int | None]:
    """("about" | "more_than" | ..., start, end) of the qualifier before token ``first``."""
    end = first - 1 if ctx.norm_at(first - 1) == "ال" else first
    hit = _phrase_before(ctx, end, _qualifiers()[0], floor)
    if hit is None:
        return "exact", None, None
    k, kind, skip = hit
    return kind, sub_start(ctx.view, ctx.tokens[k], skip), ctx.tokens[end - 1].end


def qualifier_after(ctx: Context, last: int) -> tuple[str, int]:
    """A qualifier right after the quantity ("تقريبا", "على الأقل"): (kind, new last token)."""
    table = _qualifiers()[1]
    for n in (2, 1):
        words = tuple(ctx.norm_at(k) for k in range(last + 1, last + 1 + n))
        if words in table and all(
            ctx.sent[k] == ctx.sent[last] for k in range(last + 1, last + 1 + n)
        ):
            return table[words], last + n
    return "exact", last


def casualty_cue(
    ctx: Context, first: int, last: int, floor: int
) -> tuple[str, int, int, int] | None:
    """The nearest killed/wounded/detained word: before ``first`` or just after ``last``.

    Returns (kind, start, end, distance in tokens).  The search stops at punctuation, at the
    sentence start and at ``floor`` (the end of the previous quantity)."""
    sent = ctx.sent[first]
    for d in range(1, _CUE_WINDOW + 1):
        k = first - d
        if k < max(floor, 0) or ctx.sent[k] != sent or ctx.tokens[k].kind == "punct":
            break
        kind = cue_kind(ctx.tokens[k].norm, "before") if ctx.tokens[k].kind == "word" else None
        if kind is not None:
            return _pair(ctx, k, kind, d, floor)
    for d in range(1, _CUE_AFTER + 1):
        k = last + d
        if k >= len(ctx.tokens) or ctx.sent[k] != sent or ctx.tokens[k].kind != "word":
            break
        kind = cue_kind(ctx.tokens[k].norm, "after")
        if kind is not None:
            return kind, ctx.tokens[k].start, ctx.tokens[k].end, 99
    return None


def _pair(ctx: Context, k: int, kind: str, d: int, floor: int) -> tuple[str, int, int, int]:
    """ "مقتل وإصابة العشرات", "قتل وجرح 5": a killed cue and a wounded cue together."""
    other = cue_kind(ctx.tokens[k - 1].norm, "before") if k - 1 >= max(floor, 0) else None
    if {kind, other} == {"killed", "wounded"} and ctx.tokens[k].norm.startswith("و"):
        return "casualties", ctx.tokens[k - 1].start, ctx.tokens[k].end, d
    return kind, ctx.tokens[k].start, ctx.tokens[k].end, d


def mixed_casualties(ctx: Context, last: int) -> tuple[tuple[str, int, int, int], int] | None:
    """ "20 شخصا بين قتيل وجريح": killed and wounded together, kind 'casualties'."""
    words = [ctx.norm_at(k) for k in range(last + 1, last + 4)]
    if words[0] != "بين":
        return None
    first, second = unit_word(words[1]), unit_word(words[2])
    if (
        first is None
        or second is None
        or {first.casualty, second.casualty} != {"killed", "wounded"}
    ):
        return None
    return ("casualties", ctx.tokens[last + 1].start, ctx.tokens[last + 3].end, 0), last + 3
