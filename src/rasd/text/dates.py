"""Time expressions: absolute, numeric, Hijri and relative dates resolved to ISO dates.

`find_dates(tokens, publication)` returns `TimeExpr` records (exact original offsets) with an
ISO date and an ACLED time precision (1 day, 2 week, 3 month; the date of a week is its Monday,
of a month its first day, of "مطلع / منتصف / أواخر الشهر" the 1st / 15th / 22nd of it).

- Absolute: "25 آذار/مارس 2018", "في 3 تموز", "الخميس 25 يونيو", "مارس 2018", "أواخر شهر مارس".
  A date without a year takes the most recent such date not after the publication date.
- Numeric: 25/3/2018, 2018-03-25, 25-3-2018, 25.3.2018 (day first, as in the Arab press).
- Hijri: "15 رمضان 1436 هـ", converted with the `hijridate` package (Umm al-Qura calendar).
- Relative: اليوم، أمس، أول أمس، صباح اليوم، مساء أمس، الاثنين (الماضي)، الأسبوع الماضي،
  الشهر الماضي، مطلع / منتصف الشهر، قبل يومين، منذ ثلاثة أيام.  A bare weekday means the most
  recent one on or before publication; "الماضي" one strictly before, "المقبل" one after.
Without a publication date, relative expressions and year-less dates are skipped (a TimeExpr
needs a date).  A month name alone is a date only when licensed: a day before it, a year or
الماضي / المقبل after it, or a word such as في، منذ، شهر، مطلع before it ("مارس" is also a verb).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rasd.doc import Document, TimeExpr, Token
from rasd.text.date_rules import Found, Rules, may_start
from rasd.text.normalize import NormalizedText

__all__ = ["find_dates", "parse_iso", "publication_time"]


def parse_iso(value: str | None) -> date | None:
    """A ``yyyy-mm-dd`` string as a date (None when missing or malformed)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_dates(
    tokens: Sequence[Token], view: NormalizedText, publication: date | None
) -> list[TimeExpr]:
    """Every time expression of ``tokens``, left to right, without overlaps."""
    rules = Rules(tokens, view, publication)
    out: list[TimeExpr] = []
    floor = 0
    for i in (i for i, t in enumerate(tokens) if may_start(t)):
        if i < floor:
            continue  # inside the expression just found
        found: Found | None = rules.at(i)
        if found is not None:
            out.append(found.expr)
            floor = found.last + 1
    return out


def publication_time(doc: Document) -> TimeExpr | None:
    """The publication date as a zero-width TimeExpr (kind ``publication``), for fall-backs."""
    pub = parse_iso(doc.date)
    return None if pub is None else TimeExpr(0, 0, pub.isoformat(), 1, "publication")
