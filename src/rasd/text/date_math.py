"""Date arithmetic for `rasd.text.dates`: year-less dates, weeks, months, Hijri conversion."""

from __future__ import annotations

from datetime import date, timedelta

from hijridate import Gregorian, Hijri

__all__ = [
    "add_months", "hijri_to_date", "monday", "recent_date", "recent_hijri", "recent_month", "safe_date",
    "weekday_date",
]  # fmt: skip


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def recent_date(pub: date, month: int, day: int) -> date | None:
    """The most recent ``day``/``month`` not after ``pub``."""
    for year in (pub.year, pub.year - 1, pub.year - 4):  # 29 Feb needs a leap year
        d = safe_date(year, month, day)
        if d is not None and d <= pub:
            return d
    return None


def recent_month(pub: date, month: int, when: str) -> date:
    """First day of ``month`` relative to ``pub``: 'past' (before pub's month), 'next', or
    'current' / '' (the most recent one, pub's own month included)."""
    if when == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif when == "past":
        year = pub.year if month < pub.month else pub.year - 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return date(year, month, 1)


def add_months(d: date, n: int) -> date:
    """First day of the month ``n`` months after ``d``'s month."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def hijri_to_date(year: int, month: int, day: int) -> date | None:
    """A Hijri (Umm al-Qura) date as a Gregorian date; None when invalid or out of range."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def recent_hijri(pub: date, month: int, day: int) -> date | None:
    """The most recent Hijri ``day``/``month`` not after ``pub``."""
    try:
        h_year = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    for year in (h_year, h_year - 1):
        d = hijri_to_date(year, month, day)
        if d is not None and d <= pub:
            return d
    return None


def weekday_date(pub: date, weekday: int, when: str) -> date:
    """The ``weekday`` (Monday 0) on or before ``pub``; strictly before for 'past', after for 'next'."""
    back = (pub.weekday() - weekday) % 7
    if when == "next":
        return pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    if when == "past" and back == 0:
        back = 7
    return pub - timedelta(days=back)
