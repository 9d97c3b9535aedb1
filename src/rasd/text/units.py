"""Counted nouns → quantity units, and the words that mark people as killed / wounded / detained.

Data: ``resources/lexicon/units.tsv`` (form, unit, sg|pl|du, implied casualty) and
``resources/lexicon/casualty_cues.tsv`` (form, kind, before|after|both).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.text.lexicon import forms, load_tsv
from rasd.text.normalize import normalize_key

__all__ = ["PEOPLE", "UnitWord", "cue_kind", "unit_word"]

# units that count people: a nearby verb can say they were killed, wounded or detained
PEOPLE = frozenset(
    "person civilian fighter soldier officer police child woman displaced refugee migrant "
    "protester detainee other".split()
)


@dataclass(frozen=True, slots=True)
class UnitWord:
    """A counted noun read in a token: unit, grammatical number, casualty kind it implies."""

    unit: str
    number: str  # sg | pl | du
    casualty: str | None
    skip: int  # normalised prefix length before the noun
    prefix: str
    words: int = 1  # tokens it spans


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[str, str, str | None]]:
    out: dict[str, tuple[str, str, str | None]] = {}
    for form, unit, number, casualty in load_tsv("units.tsv"):
        out[normalize_key(form)] = (unit, number, None if casualty == "-" else casualty)
    return out


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, frozenset[str]]]:
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for form, kind, where in load_tsv("casualty_cues.tsv"):
        sides = {"before", "after"} if where == "both" else {where}
        key = normalize_key(form)
        old = out.get(key)
        out[key] = (kind, frozenset(sides | (old[1] if old else set())))
    return out


@lru_cache(maxsize=65536)
def unit_word(norm: str, definite_ok: bool = True) -> UnitWord | None:
    """The counted noun in a normalised token, prefixes (and pronoun suffixes) stripped."""
    table = _units()
    for prefix, rest, _suffix in forms(norm, suffixes=True):
        if not definite_ok and "ال" in prefix:
            continue
        hit = table.get(rest)
        if hit is not None:
            return UnitWord(hit[0], hit[1], hit[2], len(prefix), prefix)
    return None


@lru_cache(maxsize=65536)
def cue_kind(norm: str, side: str) -> str | None:
    """'killed' / 'wounded' / 'detained' when the token is such a cue usable on ``side``."""
    table = _cues()
    for _prefix, rest, _suffix in forms(norm, suffixes=True):
        hit = table.get(rest)
        if hit is not None and side in hit[1]:
            return hit[0]
    return None
