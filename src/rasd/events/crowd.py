"""Crowd-role features for the learned PROTEST filter: is the crowd doing the protesting?

The OEDA annotators mark a sentence PROTEST only when it reports people actually protesting:
the crowd is the *subject* of a gathering or protest act ("تجمع آلاف المتظاهرين", "احتشد
المتظاهرون", "رشق مئات المتظاهرين الشرطة"), and a *difficult no* when the crowd is acted on
or talked about ("فرقت الشرطة المتظاهرين", "مطالب المحتجين", "اعتقال متظاهرين").  For every
crowd word of the sentence (generic actors ``protesters`` / ``civilians`` / ``students``,
rasd.actors.generic), skipping counts before it ("آلاف من", "نحو 40"), the word before it is:

* ``ACT_BEFORE``: a crowd-act verb (تجمع، احتشد، نزل، خرج، هتف، رشق …), or ``ACT_AFTER`` one
  right after it (SVO);
* ``OBJ_BEFORE``: a verb or noun that acts on the crowd, or a preposition (فرق، قمع، اعتقال،
  قتل، على، ضد، مطالب …);
* ``NOUNPREV``: another word right before it (the crowd is a genitive: "مطالب المحتجين");

plus ``COUNTED`` (a number or "آلاف" before it), ``ANYACT`` (a crowd-act verb anywhere in the
sentence) and ``NONE``.  They are computed only for sentences with an asserted PROTEST trigger.
Each feature is emitted ``REPEAT`` times under distinct names: with the L2-penalised logistic
regression of the filter that is the same as one feature scaled by sqrt(REPEAT) = 3, so these
few features are not drowned by the ~10^3 bag features of the sentence (nested CV, issue 6).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rasd.actors.generic import GenericTerms, load_generic_terms
from rasd.doc import Token
from rasd.events.lexicon import Match, TriggerEntry

__all__ = ["REPEAT", "crowd_features"]

REPEAT = 9
_CROWD = ("protesters", "civilians", "students")
_ACT = frozenset(
    "تجمع تجمعوا احتشد احتشدوا نزل نزلوا خرج خرجوا ردد رددوا رفع رفعوا هتف هتفوا قطع قطعوا "
    "اقتحم اقتحموا توجه توجهوا رشق رشقوا احرق احرقوا نظم نظموا اعتصم اعتصموا تظاهر تظاهروا "
    "سار ساروا جاب جابوا تدفق تدفقوا اغلق اغلقوا اقفل اقفلوا حمل حملوا ندد نددوا تجمهر "
    "تجمهروا اشتبك اشتبكوا".split()
)
_QUANT = frozenset(
    "الف الاف الالاف مئات المئات عشرات العشرات نحو حوالي قرابه من امس اكثر عدد".split()
)
_OBJ = frozenset(
    "فرق فرقت تفريق لتفريق قمع قمعت اعتقل اعتقلت اعتقال قتل قتلت مقتل اصابه اصيب جرح ضد علي "
    "مع الي ل طالب مطالب مطالبات".split()
)


def _category(tokens: Sequence[Token], i: int, last: int, terms: GenericTerms) -> str | None:
    s = tokens[i].stem_form
    cat = terms.words.get(s) or terms.words.get(tokens[i].norm)
    if cat is None and i + 1 < last:
        cat = terms.pairs.get((s, tokens[i + 1].stem_form))
    return cat


def _bare(tok: Token) -> str:
    return tok.norm.removeprefix("و").removeprefix("ف")


def _is(tok: Token, words: frozenset[str]) -> bool:
    return _bare(tok) in words or tok.stem_form in words


def _skippable(tok: Token) -> bool:
    return tok.kind in ("number", "punct") or tok.norm in _QUANT or tok.stem_form in _QUANT


def _crowd_word(tokens: Sequence[Token], i: int, first: int, last: int, cat: str) -> set[str]:
    out = set()
    j = i - 1
    while j >= first and _skippable(tokens[j]):
        j -= 1
    if j >= first:
        if _is(tokens[j], _ACT):
            out.add(f"ACT_BEFORE:{cat}")
        elif _is(tokens[j], _OBJ):
            out.add(f"OBJ_BEFORE:{cat}")
        elif j == i - 1 and tokens[j].kind == "word":
            out.add(f"NOUNPREV:{cat}")
    if i + 1 < last and _is(tokens[i + 1], _ACT):
        out.add(f"ACT_AFTER:{cat}")
    prev = tokens[i - 1] if i > first else None
    if prev is not None and (prev.kind == "number" or prev.norm in _QUANT):
        out.add(f"COUNTED:{cat}")
    return out


def crowd_features(
    tokens: Sequence[Token], first: int, last: int, triggers: Iterable[tuple[Match, str]]
) -> list[str]:
    """The crowd-role features of the sentence tokens[first:last] (see the module doc), each
    ``REPEAT`` times; none unless it has an asserted PROTEST trigger ((match, modality) pairs)."""
    if not any(
        isinstance(m.entry, TriggerEntry) and m.entry.type == "PROTEST" and mod == "asserted"
        for m, mod in triggers
    ):
        return []
    terms = load_generic_terms()
    names: set[str] = set()
    for i in range(first, last):
        cat = _category(tokens, i, last, terms)
        if cat in _CROWD:
            names |= _crowd_word(tokens, i, first, last, cat)
    if any(_bare(tokens[i]) in _ACT for i in range(first, last)):
        names.add("ANYACT")
    if not names:
        names.add("NONE")
    return [f"PROTEST|Y:{n}#{k}" for n in sorted(names) for k in range(REPEAT)]
