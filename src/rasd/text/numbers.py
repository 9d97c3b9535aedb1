"""Arabic numerals and number words: from tokens to values.

`atom(token)` reads one token as a number piece (digits, a unit word, a ten, a hundred, a scale,
or a vague plural such as عشرات); `parse_number(atoms, i)` reads the longest number that starts
at token ``i``: "10 الاف" = 10000, "خمسة وعشرين" = 25, "ثلاثمئة وخمسين ألفا" = 350000,
"عشرات الآلاف" = vague 20000..99999.

Vague words follow UCDP-like conservative conventions (``resources/lexicon/numbers.json``):
the best estimate is the low one and the high one is the largest value the word allows, e.g.
عشرات = 20 / 20 / 99, مئات = 200 / 200 / 999, آلاف alone = 2000 / 2000 / 9999, بضعة / عدة =
3 / 3 / 9; a following scale multiplies all three (عشرات الآلاف = 20000 / 20000 / 99999).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.doc import Token
from rasd.text.lexicon import forms, load_json, norm_map

__all__ = ["Atom", "NumberValue", "atom", "atoms_of", "parse_digits", "parse_number"]

_DIGITS = re.compile(r"^\d+(?:[.,٫٬]\d+)*$")


@dataclass(frozen=True, slots=True)
class Atom:
    """One token read as a number piece; ``skip`` normalised chars of prefix precede it."""

    kind: str  # digits | unit | ten | tens | hundred | scale | dual | vague | fraction
    value: float
    skip: int = 0
    prefix: str = ""
    vague: tuple[int, int, int] | None = None  # low, best, high when the word stands first
    base: int = 0  # multiplier when the word follows another number (آلاف = 1000, مئات = 100)

    @property
    def conj(self) -> bool:
        return self.prefix.startswith(("و", "ف"))

    @property
    def definite(self) -> bool:
        return "ال" in self.prefix or self.prefix.endswith("لل")


@dataclass(frozen=True, slots=True)
class NumberValue:
    """A number read over tokens ``first..last`` (inclusive)."""

    first: int
    last: int
    value: int
    low: int | None = None
    high: int | None = None
    scale: int = 1  # the scale word that closed it (for "بين 10 و15 ألفا")

    @property
    def vague(self) -> bool:
        return self.low is not None


@dataclass(frozen=True, slots=True)
class _Tables:
    words: dict[str, tuple[str, float]]
    vague: dict[str, tuple[int, int, int]]
    bases: dict[str, int]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = load_json("numbers.json")
    words: dict[str, tuple[str, float]] = {}
    for kind, key in (("unit", "units"), ("ten", "ten"), ("tens", "tens"), ("hundred", "hundreds"),
                      ("scale", "scales"), ("dual", "scale_duals"), ("fraction", "fractions")):  # fmt: skip
        for w, v in norm_map(data[key]).items():
            words[w] = (kind, float(v))
    vague = {w: (lo, best, hi) for w, (lo, best, hi) in norm_map(data["vague"]).items()}
    bases = {w: int(words[w][1]) for w in vague if w in words and words[w][0] == "scale"}
    bases.update({w: lo // 2 for w, (lo, _, _) in vague.items() if w not in bases and lo >= 20})
    return _Tables(words, vague, bases)


def parse_digits(text: str) -> float | None:
    """Value of a digit token: "1,500" = 1500, "1.5" = 1.5, "10.000" = 10000 (3-digit groups)."""
    if not _DIGITS.match(text):
        return None
    parts = re.split(r"[.,٫٬]", text)
    if len(parts) == 1:
        return float(parts[0])
    if all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3:
        return float("".join(parts))
    if len(parts) == 2:
        return float(f"{parts[0]}.{parts[1]}")
    return None


@lru_cache(maxsize=65536)
def _word_atom(norm: str) -> Atom | None:
    t = _tables()
    for prefix, rest, _ in forms(norm):
        vague = t.vague.get(rest)
        if vague is not None:
            return Atom("vague", vague[1], len(prefix), prefix, vague, t.bases.get(rest, 0))
        hit = t.words.get(rest)
        if hit is not None:
            return Atom(
                hit[0], hit[1], len(prefix), prefix, None, int(hit[1]) if hit[0] == "scale" else 0
            )
    return None


def atom(token: Token) -> Atom | None:
    """The number piece a token stands for, or None."""
    if token.kind == "number":
        value = parse_digits(token.norm)
        return None if value is None else Atom("digits", value)
    if token.kind == "word":
        return _word_atom(token.norm)
    return None


def atoms_of(tokens: Sequence[Token]) -> list[Atom | None]:
    return [atom(t) for t in tokens]


def parse_number(atoms: Sequence[Atom | None], i: int) -> NumberValue | None:
    """The longest number starting at token ``i`` (None when token ``i`` is no number)."""
    a = atoms[i]
    if a is None:
        return None
    if a.kind == "digits":
        return _scaled(atoms, i, a.value)
    if a.kind == "vague":
        return _vague(atoms, i, a)
    if a.kind == "fraction":  # "نصف مليون": only with a scale after it
        s = _next_scale(atoms, i + 1)
        return None if s is None else NumberValue(i, i + 1, round(a.value * s.base), scale=s.base)
    return _words(atoms, i, a)


def _next_scale(atoms: Sequence[Atom | None], j: int) -> Atom | None:
    b = atoms[j] if j < len(atoms) else None
    if b is not None and not b.conj and b.base > 1 and b.kind in ("scale", "vague"):
        return b
    return None


def _scaled(atoms: Sequence[Atom | None], i: int, value: float) -> NumberValue:
    s = _next_scale(atoms, i + 1)
    if s is None:
        return NumberValue(i, i, round(value))
    return NumberValue(i, i + 1, round(value * s.base), scale=s.base)


def _vague(atoms: Sequence[Atom | None], i: int, a: Atom) -> NumberValue:
    assert a.vague is not None
    lo, best, hi = a.vague
    j = i + 1
    s = _next_scale(atoms, j)
    while s is not None and (a.base == 0 or s.base > a.base):
        lo, best, hi = (
            lo * s.base,
            best * s.base,
            hi * s.base + s.base - 1 if a.base else hi * s.base,
        )
        a, j = s, j + 1
        s = _next_scale(atoms, j)
    return NumberValue(i, j - 1, best, lo, hi, scale=a.base or 1)


def _words(atoms: Sequence[Atom | None], i: int, a: Atom) -> NumberValue:
    total, group, last, scale = 0, 0, a.kind, 1
    if a.kind in ("scale", "dual"):
        total, last, scale = int(a.value), "scale", int(a.base or 1000)
    else:
        group = int(a.value)
    j = i + 1
    while j < len(atoms) and (b := atoms[j]) is not None:
        step = _step(b, total, group, last)
        if step is None:
            break
        total, group, last = step
        if last == "scale":
            scale = int(b.base)
        j += 1
    return NumberValue(i, j - 1, total + group, scale=scale)


def _step(b: Atom, total: int, group: int, last: str) -> tuple[int, int, str] | None:
    """Extend a number-word sequence with atom ``b`` (None: ``b`` starts something else)."""
    v = int(b.value)
    started = total > 0 or group > 0
    if not b.conj:
        if b.kind == "ten" and last == "unit" and group < 10:
            return total, group + 10, "ten"
        if b.kind == "hundred" and v == 100 and last == "unit" and group < 10:
            return total, group * 100, "hundred"
        if b.kind in ("scale", "vague") and b.base > 1 and last != "scale" and not b.prefix:
            return total + (group or 1) * b.base, 0, "scale"
        return None
    if b.kind == "unit" and group % 100 == 0 and started:
        return total, group + v, "unit"
    if b.kind == "tens" and group % 100 < 10 and started and last in ("unit", "hundred", "scale"):
        return total, group + v, "tens"
    if b.kind == "hundred" and group == 0 and total > 0:
        return total, v, "hundred"
    return None
