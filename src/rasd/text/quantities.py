"""Counted quantities: a number (digits or words), its qualifier and the noun it counts.

`find_quantities(tokens, view, sentences)` returns `(Quantity, QuantityInfo)` pairs with exact
original offsets: the quantity span runs from the number (or a post-nominal noun, as in
"مقاتليه الـ 10 الاف") to the counted noun; ``number_start``/``number_end`` cover the numeral.
Qualifiers ("حوالي", "أكثر من", "ما لا يقل عن") and range words ("بين", "من") stay outside
the span and are recorded in `QuantityInfo`.

Conventions (UCDP-like; ``low <= value <= high`` whenever low/high are set):
exact: no low/high; about: low = high = value; more_than / at_least: low = value, high None;
less_than: value = stated - 1, low 1; up_to: low 1, high = stated; range: value = low;
vague words: see `rasd.text.numbers`; duals (قتيلين, جنديين): value 2.
Only counted things are quantities: a number without a counted noun is kept only when a
casualty word stands just before it ("مقتل 5") and then counts ``person``.  Years ("عام 2015")
and percentages are never quantities.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rasd.doc import Document, Quantity, Sentence, Token
from rasd.text.date_tables import is_month_at
from rasd.text.lexicon import load_json, phrase_set, sub_start
from rasd.text.normalize import NormalizedText
from rasd.text.numbers import Atom, NumberValue, atoms_of, parse_number
from rasd.text.quantity_context import (
    Context,
    casualty_cue,
    mixed_casualties,
    qualifier_after,
    qualifier_before,
)
from rasd.text.units import PEOPLE, unit_word

__all__ = ["QuantityInfo", "casualty_kind", "find_quantities"]

_SPECIFIC = frozenset(
    "civilian child woman soldier fighter police officer displaced refugee".split()
)
_JOINS = frozenset({"-", "–", "الي", "حتي", "او", "و"})
# "5 جنود وأصيب 10 آخرون": the others are soldiers too; after women or children they are people
_INHERITED = frozenset("civilian fighter soldier police officer".split())
_CONSTRUCT = frozenset({"احد", "احدي"})  # "أحد الجنود"
_ADJECTIVAL = frozenset("واحد واحده اثنان اثنين اثنتان اثنتين".split())  # "جندي واحد"
_TOLL_HEADS = frozenset({"عدد", "وعدد", "حصيله", "وحصيله", "اجمالي", "مجموع"})
_TOLL_LINKS = frozenset({"الي", "بلغ", "وبلغ", "لتبلغ", "ليبلغ", "لتصل", "ليصل", "تجاوز"})


@dataclass(frozen=True, slots=True)
class QuantityInfo:
    """What the events stage needs beyond `Quantity` (layer ``quantity_info``, same order)."""

    start: int
    end: int
    qualifier: (
        str  # exact | about | more_than | at_least | less_than | up_to | range | vague | dual
    )
    qualifier_start: int | None = None
    qualifier_end: int | None = None
    noun_start: int | None = None
    noun_end: int | None = None
    casualty: str | None = None  # killed | wounded | detained | casualties (killed or wounded)
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class _Noun:
    unit: str
    first: int  # token indices, inclusive
    last: int
    start: int  # original offsets
    end: int


def find_quantities(
    tokens: Sequence[Token], view: NormalizedText, sentences: Sequence[Sentence] = ()
) -> list[tuple[Quantity, QuantityInfo]]:
    """Every counted quantity in ``tokens`` (see the module docstring for the conventions)."""
    ctx = Context.build(tokens, view, sentences, atoms_of(tokens))
    out: list[tuple[Quantity, QuantityInfo]] = []
    floor = 0
    for i in _candidates(ctx):
        if i < floor:
            continue  # inside the quantity just found
        found = _quantity_at(ctx, i, floor, out)
        if found is not None:
            out.append(found[0])
            floor = found[1] + 1
    return out


def _candidates(ctx: Context) -> list[int]:
    """Tokens where a quantity may start: a number word or digits, or a dual noun ("جنديين")."""
    return [
        i
        for i, (tok, a) in enumerate(zip(ctx.tokens, ctx.atoms, strict=True))
        if a is not None or tok.kind == "word" and _is_dual(tok.norm)
    ]


def _is_dual(norm: str) -> bool:
    uw = unit_word(norm)
    return uw is not None and uw.number == "du"


def _quantity_at(
    ctx: Context, i: int, floor: int, prev: list[tuple[Quantity, QuantityInfo]]
) -> tuple[tuple[Quantity, QuantityInfo], int] | None:
    num = parse_number(ctx.atoms, i)
    if num is None:
        return _dual(ctx, i, floor)
    if _excluded(ctx, num):
        return None
    num, rng_start = _range(ctx, num)
    construct = num.vague or ctx.tokens[num.first].norm in _CONSTRUCT  # "عشرات المدنيين"
    noun = _noun_after(ctx, num.last, prev, construct) or _noun_before(ctx, num, floor)
    qual, qs, qe = qualifier_before(ctx, rng_start if rng_start is not None else num.first, floor)
    if rng_start is not None:
        qual, qs, qe = "range", ctx.tokens[rng_start].start, ctx.tokens[rng_start].end
    elif num.vague:
        qual = "vague"
    noun = noun or _toll_noun(ctx, _left_edge(ctx, num.first, qs), floor)
    last = noun.last if noun and noun.last > num.last else num.last
    if qual == "exact":
        qual, last = qualifier_after(ctx, last)
    cue = casualty_cue(ctx, min(num.first, noun.first if noun else num.first), last, floor)
    mixed = mixed_casualties(ctx, last)
    if mixed is not None and noun is not None and noun.unit in PEOPLE:
        cue, last = mixed
    if noun is None and (cue is None or cue[3] > 2):
        return None
    return _build(ctx, num, noun, (qual, qs, qe), cue), last


def _excluded(ctx: Context, num: NumberValue) -> bool:
    first = ctx.atoms[num.first]
    assert first is not None
    if first.definite and first.kind not in ("vague", "scale"):
        return not _is_post_nominal(ctx, num)
    before = ctx.norm_at(num.first - 1)
    if before in _tables_not_before():
        return True
    if is_month_at(ctx.tokens, num.last + 1):
        return True  # "في 15 مايو" is a date
    nxt = ctx.norm_at(num.last + 1)
    return (
        nxt == "%"
        or (nxt, ctx.norm_at(num.last + 2)) in _tables_not_after()
        or (nxt,) in _tables_not_after()
    )


@lru_cache(maxsize=1)
def _tables_not_before() -> frozenset[str]:
    return frozenset(w[0] for w in phrase_set(load_json("numbers.json")["not_count_before"]))


@lru_cache(maxsize=1)
def _tables_not_after() -> frozenset[tuple[str, ...]]:
    return phrase_set(load_json("numbers.json")["not_count_after"])


def _is_post_nominal(ctx: Context, num: NumberValue) -> bool:
    return _noun_before(ctx, num, 0) is not None


def _range(ctx: Context, num: NumberValue) -> tuple[NumberValue, int | None]:
    """Extend ``num`` to "10 إلى 15" / "10-15" / "بين 10 و15"; returns the range opener token."""
    j = num.last + 1
    opener = _opener(ctx, num.first)
    join = ctx.norm_at(j)
    second: NumberValue | None = None
    atom_j = ctx.atoms[j] if j < len(ctx.atoms) else None
    if join in _JOINS and (join != "و" or opener is not None):
        second = parse_number(ctx.atoms, j + 1) if j + 1 < len(ctx.tokens) else None
    elif atom_j is not None and atom_j.conj and opener is not None:
        second = parse_number(ctx.atoms, j)
    if second is None or second.vague or num.vague:
        return num, None
    value = num.value
    if second.scale > 1 and num.scale == 1 and value * second.scale <= second.value:
        value *= second.scale
    if second.value <= value:
        return num, None
    rng = NumberValue(num.first, second.last, value, value, second.value, second.scale)
    return rng, opener if opener is not None else num.first


def _opener(ctx: Context, first: int) -> int | None:
    k = first - 1
    if ctx.norm_at(k) == "ال":
        k -= 1
    word = ctx.norm_at(k)
    return k if word in ("بين", "من", "مابين") else None


def _noun_after(
    ctx: Context, last: int, prev: list[tuple[Quantity, QuantityInfo]], construct: bool
) -> _Noun | None:
    """The counted noun after the number: "5 أشخاص", "25 من عناصر", "عشرات المدنيين"."""
    j = last + 1
    definite = construct or ctx.norm_at(j) == "من"
    if ctx.norm_at(j) == "من":
        j += 1
    if j >= len(ctx.tokens) or ctx.tokens[j].kind != "word" or ctx.sent[j] != ctx.sent[last]:
        return None
    uw = unit_word(ctx.tokens[j].norm)
    if uw is None or uw.prefix not in (("", "ال") if definite else ("",)):
        return None
    if j > last + 1 and uw.number != "pl":
        return None  # "ستة من عائلة واحدة": a partitive counts a plural
    start = sub_start(ctx.view, ctx.tokens[j], uw.skip)
    noun = _Noun(uw.unit, j, j, start, ctx.tokens[j].end)
    if noun.unit == "other":
        same = [q for q, _ in prev if ctx.sentence_of_offset(q.start) == ctx.sent[j]]
        unit = same[-1].unit if same else "person"
        return replace(noun, unit=unit if unit in _INHERITED else "person")
    return _refine(ctx, noun)


def _refine(ctx: Context, noun: _Noun) -> _Noun:
    """ "5 أشخاص مدنيين", "90 ألف مواطن مدني": a following, more specific people noun wins."""
    j = noun.last + 1
    if (
        noun.unit not in ("person", "civilian")
        or j >= len(ctx.tokens)
        or ctx.tokens[j].kind != "word"
    ):
        return noun
    uw = unit_word(ctx.tokens[j].norm, definite_ok=False)
    if uw is None or uw.prefix or uw.unit not in _SPECIFIC:
        return noun
    return _Noun(uw.unit, noun.first, j, noun.start, ctx.tokens[j].end)


def _noun_before(ctx: Context, num: NumberValue, floor: int) -> _Noun | None:
    """ "مقاتليه الـ 10 الاف", "القتلى الخمسة", "جندي واحد": the noun stands before the number."""
    first = ctx.atoms[num.first]
    assert first is not None
    k = num.first - 1
    if ctx.norm_at(k) == "ال":
        k -= 1
    elif num.vague or not (first.definite or ctx.tokens[num.first].norm in _ADJECTIVAL):
        return None
    if k < floor or k < 0 or ctx.tokens[k].kind != "word" or ctx.sent[k] != ctx.sent[num.first]:
        return None
    uw = unit_word(ctx.tokens[k].norm)
    if uw is None or uw.unit == "other" or (first.definite and uw.number != "pl"):
        return None  # "القتلى الخمسة", but not "عبد الملك الحوثي الأحد"
    return _Noun(uw.unit, k, k, sub_start(ctx.view, ctx.tokens[k], uw.skip), ctx.tokens[k].end)


def _left_edge(ctx: Context, first: int, qualifier_start: int | None) -> int:
    """The first token of the number with its qualifier and a standalone "ال"."""
    k = first
    while k > 0 and (
        qualifier_start is not None
        and ctx.tokens[k - 1].start >= qualifier_start
        or ctx.norm_at(k - 1) == "ال"
    ):
        k -= 1
    return k


def _toll_noun(ctx: Context, k: int, floor: int) -> _Noun | None:
    """ "ارتفعت حصيلة القتلى إلى 25", "بلغ عدد الجرحى 40": عدد / حصيلة + a definite plural."""
    j = k - 1 if ctx.norm_at(k - 1) in _TOLL_LINKS else k
    j -= 1
    if j < max(floor, 0) or ctx.tokens[j].kind != "word" or ctx.sent[j] != ctx.sent[k]:
        return None
    if ctx.norm_at(j - 1) not in _TOLL_HEADS:
        return None
    uw = unit_word(ctx.tokens[j].norm)
    if (
        uw is None
        or uw.number != "pl"
        or not uw.prefix.endswith(("ال", "لل"))
        or uw.unit == "other"
    ):
        return None
    return _Noun(uw.unit, j, j, sub_start(ctx.view, ctx.tokens[j], uw.skip), ctx.tokens[j].end)


def _dual(ctx: Context, i: int, floor: int) -> tuple[tuple[Quantity, QuantityInfo], int] | None:
    tok = ctx.tokens[i]
    uw = unit_word(tok.norm) if tok.kind == "word" else None
    if uw is None or uw.number != "du":
        return None
    last = i
    nxt: Atom | None = ctx.atoms[i + 1] if i + 1 < len(ctx.atoms) else None
    if nxt is not None and nxt.kind == "unit" and nxt.value == 2 and not nxt.prefix:
        last = i + 1
    start = sub_start(ctx.view, tok, uw.skip)
    num = NumberValue(i, last, 2)
    noun = _Noun(uw.unit, i, i, start, tok.end)
    cue = casualty_cue(ctx, i, last, floor)
    return _build(ctx, num, noun, ("dual", None, None), cue, number_start=start), last


def _build(
    ctx: Context,
    num: NumberValue,
    noun: _Noun | None,
    qual: tuple[str, int | None, int | None],
    cue: tuple[str, int, int, int] | None,
    number_start: int | None = None,
) -> tuple[Quantity, QuantityInfo]:
    first_atom = ctx.atoms[num.first]
    skip = first_atom.skip if first_atom is not None else 0
    ns = (
        number_start
        if number_start is not None
        else sub_start(ctx.view, ctx.tokens[num.first], skip)
    )
    ne = ctx.tokens[num.last].end
    start, end = (min(ns, noun.start), max(ne, noun.end)) if noun else (ns, ne)
    unit = noun.unit if noun else "person"
    casualty = {"killed": "killed", "wounded": "wounded"}.get(unit)
    if casualty is None and cue is not None and unit in PEOPLE:
        casualty = cue[0]
    value, low, high = _bounds(num, qual[0])
    q = Quantity(value, unit, start, end, low, high, ns, ne)
    cs, ce = (cue[1], cue[2]) if cue and casualty == cue[0] else (None, None)
    info = QuantityInfo(start, end, qual[0], qual[1], qual[2], noun.start if noun else None,
                        noun.end if noun else None, casualty, cs, ce)  # fmt: skip
    return q, info


def _bounds(num: NumberValue, qual: str) -> tuple[int, int | None, int | None]:
    v = num.value
    if qual in ("range", "vague"):
        return v, num.low, num.high
    if qual == "about":
        return v, v, v
    if qual in ("more_than", "at_least"):
        return v, v, None
    if qual == "less_than":
        return max(v - 1, 1), 1, max(v - 1, 1)
    if qual == "up_to":
        return v, 1, v
    return v, None, None


def casualty_kind(doc: Document, quantity: Quantity) -> str | None:
    """'killed', 'wounded', 'detained' or None for a quantity of ``doc``'s quantities layer.

    Uses the ``quantity_info`` layer written next to ``quantities``; a quantity made elsewhere
    falls back to the kind its unit implies (killed / wounded)."""
    for info in doc.get("quantity_info"):
        if info.start == quantity.start and info.end == quantity.end:
            return info.casualty  # type: ignore[no-any-return]
    return {"killed": "killed", "wounded": "wounded"}.get(quantity.unit)
