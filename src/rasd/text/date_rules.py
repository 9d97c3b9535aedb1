"""The matchers of `rasd.text.dates`: each reads tokens from position ``i`` and returns a `Found`.

Order matters and is fixed in `Rules.at`: a part of day or weekday may open an absolute date
("الخميس 25 آذار", "صباح اليوم"), numeric and day-month dates come before bare month names, and
relative words need the publication date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rasd.doc import TimeExpr, Token
from rasd.text import date_math as cal
from rasd.text.date_tables import is_calendar_word, match, tables
from rasd.text.lexicon import sub_start
from rasd.text.normalize import NormalizedText
from rasd.text.numbers import atoms_of, parse_number

__all__ = ["Found", "Rules", "may_start"]

_PART_DAY = {"start": 1, "mid": 15, "end": 22}


@dataclass(frozen=True, slots=True)
class Found:
    expr: TimeExpr
    last: int  # last token index


@dataclass(frozen=True, slots=True)
class _Month:
    month: int
    hijri: bool
    last: int
    skip: int
    paired: bool  # "آذار/مارس"


def may_start(tok: Token) -> bool:
    """Whether a time expression may start at this token (a cheap pre-filter)."""
    return tok.kind == "number" or is_calendar_word(tok.norm)


class Rules:
    """All date matchers over one token sequence, resolved against ``pub`` (may be None)."""

    def __init__(self, tokens: Sequence[Token], view: NormalizedText, pub: date | None) -> None:
        self.toks, self.view, self.pub, self.t = tokens, view, pub, tables()

    def at(self, i: int) -> Found | None:
        if not may_start(self.toks[i]):
            return None
        rules: tuple[Callable[[int], Found | None], ...] = (
            self._opened, self._numeric, self._day_month, self._month_part, self._month,
            self._relative_day, self._weekday, self._period, self._ago,
        )  # fmt: skip
        for rule in rules:
            found = rule(i)
            if found is not None:
                return found
        return None

    # ---- helpers ------------------------------------------------------------------------
    def _found(
        self, i: int, skip: int, last: int, d: date | None, precision: int, kind: str
    ) -> Found | None:
        if d is None:
            return None
        start = sub_start(self.view, self.toks[i], skip)
        return Found(TimeExpr(start, self.toks[last].end, d.isoformat(), precision, kind), last)

    def _norm(self, k: int) -> str:
        return self.toks[k].norm if 0 <= k < len(self.toks) else ""

    def _int(self, k: int, lo: int, hi: int, width: tuple[int, ...] = (1, 2)) -> int | None:
        if k >= len(self.toks) or self.toks[k].kind != "number" or len(self._norm(k)) not in width:
            return None
        n = self._norm(k)
        return int(n) if n.isdigit() and lo <= int(n) <= hi else None

    def _year(self, k: int, hijri: bool) -> tuple[int, int] | None:
        """(year, last token) of a year at token k ("عام 2012" too), with an optional era word."""
        if self._norm(k) in ("عام", "سنه", "العام"):
            k += 1
        y = self._int(k, 1300, 1500, (4,)) if hijri else self._int(k, 1900, 2100, (4,))
        if y is None:
            return None
        era = match(self.toks, k + 1, self.t.era_hijri if hijri else self.t.era_gregorian)
        return y, era[1] if era else k

    def _month_name(self, k: int) -> _Month | None:
        hit = match(self.toks, k, self.t.gregorian)
        hijri = hit is None
        if hit is None:
            hit = match(self.toks, k, self.t.hijri)
        if hit is None:
            return None
        month, last, skip = hit
        alt = self._alt_month(last + 1, hijri)
        return _Month(month, hijri, alt or last, skip, alt is not None)

    def _alt_month(self, k: int, hijri: bool) -> int | None:
        """ "آذار/مارس", "آذار (مارس)": the second name of the same month."""
        if self._norm(k) not in ("/", "(", "-"):
            return None
        hit = match(self.toks, k + 1, self.t.hijri if hijri else self.t.gregorian)
        if hit is None:
            return None
        return hit[1] + 1 if self._norm(hit[1] + 1) == ")" else hit[1]

    # ---- absolute -----------------------------------------------------------------------
    def _numeric(self, i: int) -> Found | None:
        tok = self.toks[i] if i < len(self.toks) else None
        if tok is None or tok.kind != "number":
            return None
        parts = tok.norm.split(".")
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            return self._dmy(i, i, int(parts[0]), int(parts[1]), int(parts[2]))
        seps = (self._norm(i + 1), self._norm(i + 3))
        if seps not in (("/", "/"), ("-", "-")) or self._int(i + 2, 1, 12) is None:
            return None
        a, m, b = self._norm(i), int(self._norm(i + 2)), self._norm(i + 4)
        if not b.isdigit():
            return None
        if len(a) == 4:
            return self._dmy(i, i + 4, int(b), m, int(a))
        return self._dmy(i, i + 4, int(a), m, int(b)) if len(b) == 4 else None

    def _dmy(self, i: int, last: int, d: int, m: int, y: int) -> Found | None:
        if 1300 <= y <= 1500:  # "4/10/1436": a Hijri date
            return self._found(i, 0, last, cal.hijri_to_date(y, m, d), 1, "hijri")
        if not 1900 <= y <= 2100:
            return None
        return self._found(i, 0, last, cal.safe_date(y, m, d), 1, "absolute")

    def _ordinal_day(self, i: int) -> tuple[int, int] | None:
        """(day, last token) of "الخامس", "الحادي عشر", "الخامس والعشرين" followed by "من"."""
        unit = match(self.toks, i, self.t.ordinal_units)
        if unit is not None and unit[2] == 0:
            ten = match(self.toks, unit[1] + 1, self.t.ordinal_tens)
            if ten is not None and self._norm(ten[1]) != "العاشر":
                day, last = unit[0] + ten[0], ten[1]
            else:
                day, last = unit[0], unit[1]
        else:
            ten = match(self.toks, i, self.t.ordinal_tens)
            if ten is None or ten[2] or self._norm(i).startswith("و") or self._norm(i) == "عشر":
                return None
            day, last = ten[0], ten[1]
        if unit is not None and unit[0] == 1 and day == 1 and self._norm(i) == "الحادي":
            return None
        return (day, last + 2) if self._norm(last + 1) == "من" and 1 <= day <= 31 else None

    def _day_month(self, i: int) -> Found | None:
        day, k = self._int(i, 1, 31), i + 1
        if day is None:
            ordinal = self._ordinal_day(i)
            day, k = ordinal if ordinal else (None, i)
        mon = self._month_name(k) if day is not None else None
        if day is None or mon is None or mon.skip:
            return self._day_of_this_month(i, day, k) if day else None
        year = self._year(mon.last + 1, mon.hijri)
        last = year[1] if year else mon.last
        if mon.hijri:
            d = (
                cal.hijri_to_date(year[0], mon.month, day)
                if year
                else self._recent_hijri(mon.month, day)
            )
            return self._found(i, 0, last, d, 1, "hijri")
        d = cal.safe_date(year[0], mon.month, day) if year else self._recent(mon.month, day)
        return self._found(i, 0, last, d, 1, "absolute")

    def _day_of_this_month(self, i: int, day: int, k: int) -> Found | None:
        """ "العاشر من الشهر الجاري", "الخامس من الشهر الماضي"."""
        first = self._this_period(k, "month") if k > i + 1 else None
        if first is None:
            return None
        return self._found(
            i, 0, first[1], cal.safe_date(first[0].year, first[0].month, day), 1, "relative"
        )

    def _recent(self, month: int, day: int) -> date | None:
        return cal.recent_date(self.pub, month, day) if self.pub else None

    def _recent_hijri(self, month: int, day: int) -> date | None:
        return cal.recent_hijri(self.pub, month, day) if self.pub else None

    def _month_first(self, mon: _Month, licensed: bool) -> tuple[date, int] | None:
        """(first day, last token) of a month name with its year or modifier."""
        year = self._year(mon.last + 1, mon.hijri)
        if year is not None:
            d = (
                cal.hijri_to_date(year[0], mon.month, 1)
                if mon.hijri
                else date(year[0], mon.month, 1)
            )
            return (d, year[1]) if d else None
        mod = match(self.toks, mon.last + 1, self.t.modifiers)
        if not (licensed or mon.paired or mod) or self.pub is None:
            return None
        if mon.hijri:
            d = self._recent_hijri(mon.month, 1)
            return (d, mon.last) if d else None
        when, last = (mod[0], mod[1]) if mod and not mod[2] else ("", mon.last)
        return cal.recent_month(self.pub, mon.month, when), last

    def _month(self, i: int) -> Found | None:
        mon = self._month_name(i)
        if mon is None or mon.skip and not mon.paired:
            return None
        prev = self._norm(i - 1)
        licensed = prev in self.t.licence or prev in self.t.month_word
        first = self._month_first(mon, licensed and not mon.hijri or prev in self.t.month_word)
        if first is None:
            return None
        return self._found(i, mon.skip, first[1], first[0], 3, "hijri" if mon.hijri else "absolute")

    def _month_part(self, i: int) -> Found | None:
        part = match(self.toks, i, self.t.month_parts)
        if part is None:
            return None
        k = part[1] + 1
        if self._norm(k) in self.t.month_word:
            k += 1
        mon = self._month_name(k)
        if mon is not None and not mon.skip:
            first = self._month_first(mon, True)
            kind = "hijri" if mon.hijri else "absolute"
        else:
            first, kind = self._this_period(k, "month"), "relative"
        if first is None:
            return None
        d = first[0] + timedelta(days=_PART_DAY[part[0]] - 1)
        return self._found(i, part[2], first[1], d, 2, kind)

    # ---- relative -----------------------------------------------------------------------
    def _opened(self, i: int) -> Found | None:
        """A part of day ("صباح اليوم", "مساء أمس", "يوم 25 آذار") or a weekday before a date."""
        part = match(self.toks, i, self.t.day_parts)
        weekday = match(self.toks, i, self.t.weekdays) if part is None else None
        opener = part or weekday
        if opener is None:
            return None
        k = opener[1] + 1
        if weekday is not None:
            k += 1 if self._norm(k) in ("،", ",") else 0
            inner = self._numeric(k) or self._day_month(k)
        else:
            inner = (
                self._numeric(k) or self._day_month(k) or self._opened(k) or self._relative_day(k)
                or self._weekday(k)
            )  # fmt: skip
        if inner is None:
            return None
        start = sub_start(self.view, self.toks[i], opener[2])
        return replace(inner, expr=replace(inner.expr, start=start))

    def _relative_day(self, i: int) -> Found | None:
        hit = match(self.toks, i, self.t.relative_days)
        if hit is None or self.pub is None:
            return None
        if hit[0] == 0 and not self._is_today(i, hit[1]):
            return None
        weekday = match(self.toks, hit[1] + 1, self.t.weekdays)  # "اليوم الأحد", "أمس السبت"
        last = weekday[1] if weekday and not weekday[2] else hit[1]
        return self._found(i, hit[2], last, self.pub + timedelta(days=hit[0]), 1, "relative")

    def _is_today(self, i: int, last: int) -> bool:
        """ "اليوم" is today unless it is "في اليوم" (per day), "اليوم التالي / الوطني"."""
        if self._norm(i - 1) in self.t.not_today_after:
            return False
        nxt = self._norm(last + 1)
        return not nxt.startswith("ال") or match(self.toks, last + 1, self.t.weekdays) is not None

    def _weekday(self, i: int) -> Found | None:
        hit = match(self.toks, i, self.t.weekdays)
        if hit is None or self.pub is None:
            return None
        mod = match(self.toks, hit[1] + 1, self.t.modifiers)
        when, last = (mod[0], mod[1]) if mod and not mod[2] else ("", hit[1])
        return self._found(i, hit[2], last, cal.weekday_date(self.pub, hit[0], when), 1, "relative")

    def _this_period(self, k: int, want: str | None = None) -> tuple[date, int] | None:
        """(first day, last token) of "الأسبوع الماضي", "هذا الشهر", "الشهر الجاري" at token k."""
        this = self._norm(k) in self.t.this
        hit = match(self.toks, k + 1 if this else k, self.t.period)
        if hit is None or self.pub is None or (want and hit[0] != want):
            return None
        mod = match(self.toks, hit[1] + 1, self.t.modifiers)
        if this or mod is None or mod[2]:
            if not this and want is None:
                return None
            when, last = "current", hit[1]
        else:
            when, last = mod[0], mod[1]
        delta = {"past": -1, "next": 1}.get(when, 0)
        if hit[0] == "week":
            return cal.monday(self.pub) + timedelta(weeks=delta), last
        return cal.add_months(self.pub, delta), last

    def _period(self, i: int) -> Found | None:
        first = self._this_period(i)
        if first is None:
            return None
        week = match(self.toks, i + (self._norm(i) in self.t.this), self.t.period)
        precision = 2 if week and week[0] == "week" else 3
        return self._found(i, 0, first[1], first[0], precision, "relative")

    def _ago(self, i: int) -> Found | None:
        """ "قبل يومين", "منذ ثلاثة أيام", "قبل أسبوع"."""
        if self._norm(i) not in self.t.ago or self.pub is None:
            return None
        count, k = 0, i + 1
        num = parse_number(atoms_of(self.toks[k : k + 3]), 0) if k < len(self.toks) else None
        if num is not None and not num.vague:
            count, k = num.value, k + num.last + 1
        days = match(self.toks, k, self.t.day_units)
        weeks = match(self.toks, k, self.t.week_units) if days is None else None
        unit = days or weeks
        if unit is None or (unit[0] == 0) == (count == 0) or unit[2]:
            return None
        n = count or unit[0]
        d = self.pub - (timedelta(days=n) if days else timedelta(weeks=n))
        return self._found(i, 0, unit[1], d, 1 if days else 2, "relative")
