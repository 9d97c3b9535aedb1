"""Calendar words for `rasd.text.dates`, read from ``resources/lexicon/dates.json``.

Phrases are tuples of normalised words ("تشرين الأول" -> ("تشرين", "الاول")).  `match` finds a
phrase starting at a token, allowing clitic prefixes (و ف ب ل) on its first word only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from rasd.doc import Token
from rasd.text.lexicon import forms, load_json
from rasd.text.normalize import normalize_key

__all__ = ["DateTables", "is_calendar_word", "is_month_at", "match", "tables"]

V = TypeVar("V")
_FIRST_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "وف"})


@dataclass(frozen=True, slots=True)
class DateTables:
    gregorian: dict[tuple[str, ...], int]
    hijri: dict[tuple[str, ...], int]
    weekdays: dict[tuple[str, ...], int]
    relative_days: dict[tuple[str, ...], int]
    day_parts: dict[tuple[str, ...], bool]
    modifiers: dict[tuple[str, ...], str]  # past | next | current
    this: frozenset[str]
    period: dict[tuple[str, ...], str]  # week | month
    month_word: frozenset[str]
    month_parts: dict[tuple[str, ...], str]  # start | mid | end
    licence: frozenset[str]
    ago: frozenset[str]
    day_units: dict[tuple[str, ...], int]
    week_units: dict[tuple[str, ...], int]
    era_gregorian: dict[tuple[str, ...], bool]
    era_hijri: dict[tuple[str, ...], bool]
    ordinal_units: dict[tuple[str, ...], int]  # الخامس = 5, الحادي = 1 (of 11, 21, 31)
    ordinal_tens: dict[tuple[str, ...], int]  # العاشر, العشرين, والعشرين, عشر
    not_today_after: frozenset[str]  # "في اليوم" (per day), "عين اليوم" (a newspaper)


def _phrases(
    table: Mapping[str, V] | Sequence[str], value: Any = True
) -> dict[tuple[str, ...], Any]:
    items = table.items() if isinstance(table, Mapping) else ((w, value) for w in table)
    return {tuple(normalize_key(k).split()): v for k, v in items}


def _words(table: Sequence[str]) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in table)


@lru_cache(maxsize=1)
def tables() -> DateTables:
    d = load_json("dates.json")
    modifiers = (
        _phrases(d["past"], "past")
        | _phrases(d["next"], "next")
        | _phrases(d["current"], "current")
    )
    period = _phrases(d["week"], "week") | _phrases(d["month"], "month")
    return DateTables(
        _phrases(d["gregorian_months"]), _phrases(d["hijri_months"]), _phrases(d["weekdays"]),
        _phrases(d["relative_days"]), _phrases(d["day_parts"]), modifiers, _words(d["this"]), period,
        _words(d["month_word"]), _phrases(d["month_parts"]), _words(d["month_licence"]),
        _words(d["ago"]), _phrases(d["day_units"]), _phrases(d["week_units"]),
        _phrases(d["year_suffix_gregorian"]), _phrases(d["year_suffix_hijri"]),
        _phrases(d["ordinal_units"]), _phrases(d["ordinal_tens"]), _words(d["not_today_after"]),
    )  # fmt: skip


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    t = tables()
    maps = (t.gregorian, t.hijri, t.weekdays, t.relative_days, t.day_parts, t.modifiers, t.period,
            t.month_parts, t.day_units, t.week_units, t.era_gregorian, t.era_hijri, t.ordinal_units,
            t.ordinal_tens)  # fmt: skip
    return frozenset(k[0] for m in maps for k in m) | t.this | t.month_word | t.licence | t.ago


@lru_cache(maxsize=65536)
def _rests(norm: str) -> tuple[tuple[str, str], ...]:
    """(prefix, rest) readings of a word whose rest can start a calendar phrase."""
    first = _first_words()
    readings = forms(norm) or (("", norm, ""),)
    return tuple((p, r) for p, r, _ in readings if p in _FIRST_PREFIXES and r in first)


def is_calendar_word(norm: str) -> bool:
    """Whether a token may start or continue a time expression (a cheap pre-filter)."""
    return bool(_rests(norm))


def match(
    tokens: Sequence[Token], i: int, table: Mapping[tuple[str, ...], V]
) -> tuple[V, int, int] | None:
    """(value, last token index, prefix chars skipped) of the longest phrase at token ``i``."""
    if i >= len(tokens) or tokens[i].kind not in ("word", "punct", "symbol"):
        return None
    rests = _rests(tokens[i].norm)
    if not rests:
        return None
    following = [t.norm for t in tokens[i + 1 : i + 3]]
    for n in range(len(following) + 1, 0, -1):  # 3, 2, 1 words where the text has them
        for prefix, rest in rests:
            hit = table.get((rest, *following[: n - 1]))
            if hit is not None:
                return hit, i + n - 1, len(prefix)
    return None


def is_month_at(tokens: Sequence[Token], i: int) -> bool:
    """Whether a Gregorian or Hijri month name starts at token ``i`` (no clitic prefix)."""
    t = tables()
    for table in (t.gregorian, t.hijri):
        hit = match(tokens, i, table)
        if hit is not None and hit[2] == 0:
            return True
    return False
