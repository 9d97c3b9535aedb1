from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from tests.helpers import noisy_pieces

from rasd.text.dates import find_dates, parse_iso
from rasd.text.normalize import normalize
from rasd.text.tokenize import tokenize

PUB = date(2018, 3, 25)  # a Sunday


def _dates(text: str, pub: date | None = PUB) -> list[tuple[str, str, int, str]]:
    view = normalize(text)
    return [
        (text[t.start : t.end], t.date, t.precision, t.kind)
        for t in find_dates(tokenize(view), view, pub)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قصفت الطائرات المدينة في 25 آذار/مارس 2018",
            [("25 آذار/مارس 2018", "2018-03-25", 1, "absolute")],
        ),
        ("وقعت الاشتباكات في 3 تموز", [("3 تموز", "2017-07-03", 1, "absolute")]),
        ("وصل الوفد في 20 مارس", [("20 مارس", "2018-03-20", 1, "absolute")]),
        ("منذ 14 كانون الثاني 2016", [("14 كانون الثاني 2016", "2016-01-14", 1, "absolute")]),
        ("في 9 تشرين الأول الماضي", [("9 تشرين الأول", "2017-10-09", 1, "absolute")]),
        ("يوم 5 حزيران (يونيو) 2017", [("يوم 5 حزيران (يونيو) 2017", "2017-06-05", 1, "absolute")]),
        ("في 12 ابريل 2015", [("12 ابريل 2015", "2015-04-12", 1, "absolute")]),
        ("في 12 أبريل 2015", [("12 أبريل 2015", "2015-04-12", 1, "absolute")]),
        ("في 30 يونيه 2014", [("30 يونيه 2014", "2014-06-30", 1, "absolute")]),
        ("في 4 يوليه 2014", [("4 يوليه 2014", "2014-07-04", 1, "absolute")]),
        ("في 1 آب 2013", [("1 آب 2013", "2013-08-01", 1, "absolute")]),
        ("في ١٥ شباط ٢٠١٨", [("١٥ شباط ٢٠١٨", "2018-02-15", 1, "absolute")]),
        ("الخميس 22 آذار", [("الخميس 22 آذار", "2018-03-22", 1, "absolute")]),
        ("بتاريخ 25/3/2018 أعلن", [("25/3/2018", "2018-03-25", 1, "absolute")]),
        ("البيان المؤرخ 2018-03-24", [("2018-03-24", "2018-03-24", 1, "absolute")]),
        ("في 25.3.2018", [("25.3.2018", "2018-03-25", 1, "absolute")]),
        ("اعتبارا من 4/10/1436", [("4/10/1436", "2015-07-20", 1, "hijri")]),
        ("في آذار 2011 اندلعت", [("آذار 2011", "2011-03-01", 3, "absolute")]),
        ("في يونيو (حزيران) عام 2012", [("يونيو (حزيران) عام 2012", "2012-06-01", 3, "absolute")]),
        ("في 5 حزيران عام 2012", [("5 حزيران عام 2012", "2012-06-05", 1, "absolute")]),
        ("الثاني من أيار عام", [("الثاني من أيار", "2017-05-02", 1, "absolute")]),
        ("في شهر مايو الماضي", [("مايو الماضي", "2017-05-01", 3, "absolute")]),
        ("منذ مطلع يناير", [("مطلع يناير", "2018-01-01", 2, "absolute")]),
        ("أواخر شهر يناير الماضي", [("أواخر شهر يناير الماضي", "2018-01-22", 2, "absolute")]),
        ("مارس الجيش ضغوطا كبيرة", []),
        ("بدأت العملية في 15 رمضان 1436 هـ", [("15 رمضان 1436 هـ", "2015-07-02", 1, "hijri")]),
        ("في 10 ذي الحجة 1438", [("10 ذي الحجة 1438", "2017-09-01", 1, "hijri")]),
        ("في 1 شوال", [("1 شوال", "2017-06-25", 1, "hijri")]),
        ("يتناول رمضان أحد المقاتلين", []),
        (
            "في الخامس والعشرين من آذار 2018",
            [("الخامس والعشرين من آذار 2018", "2018-03-25", 1, "absolute")],
        ),
        ("في الثالث من تموز", [("الثالث من تموز", "2017-07-03", 1, "absolute")]),
        ("الحادي عشر من سبتمبر 2001", [("الحادي عشر من سبتمبر 2001", "2001-09-11", 1, "absolute")]),
        ("الثاني من كانون الثاني", [("الثاني من كانون الثاني", "2018-01-02", 1, "absolute")]),
        ("الرابع عشر من رمضان", [("الرابع عشر من رمضان", "2017-06-09", 1, "hijri")]),
        ("الحادي من", []),
    ],
)
def test_dates_absolute_and_hijri(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة مدنيين اليوم", [("اليوم", "2018-03-25", 1, "relative")]),
        ("قصفت الطائرات أمس البلدة", [("أمس", "2018-03-24", 1, "relative")]),
        ("وقعت المعارك أول أمس", [("أول أمس", "2018-03-23", 1, "relative")]),
        ("وأمس قتل جنديان", [("أمس", "2018-03-24", 1, "relative")]),
        ("بالأمس", [("الأمس", "2018-03-24", 1, "relative")]),
        ("صباح اليوم", [("صباح اليوم", "2018-03-25", 1, "relative")]),
        ("مساء أمس", [("مساء أمس", "2018-03-24", 1, "relative")]),
        ("الاثنين الماضي", [("الاثنين الماضي", "2018-03-19", 1, "relative")]),
        ("يوم الخميس", [("يوم الخميس", "2018-03-22", 1, "relative")]),
        ("يوم الأحد", [("يوم الأحد", "2018-03-25", 1, "relative")]),
        ("الأحد الماضي", [("الأحد الماضي", "2018-03-18", 1, "relative")]),
        ("الثلاثاء المقبل", [("الثلاثاء المقبل", "2018-03-27", 1, "relative")]),
        ("ليلة الجمعة", [("ليلة الجمعة", "2018-03-23", 1, "relative")]),
        ("الأسبوع الماضي", [("الأسبوع الماضي", "2018-03-12", 2, "relative")]),
        ("هذا الأسبوع", [("هذا الأسبوع", "2018-03-19", 2, "relative")]),
        ("الشهر الماضي", [("الشهر الماضي", "2018-02-01", 3, "relative")]),
        ("الشهر الجاري", [("الشهر الجاري", "2018-03-01", 3, "relative")]),
        ("مطلع الشهر", [("مطلع الشهر", "2018-03-01", 2, "relative")]),
        ("منتصف الشهر الماضي", [("منتصف الشهر الماضي", "2018-02-15", 2, "relative")]),
        ("قبل يومين", [("قبل يومين", "2018-03-23", 1, "relative")]),
        ("منذ ثلاثة أيام", [("منذ ثلاثة أيام", "2018-03-22", 1, "relative")]),
        ("قبل 5 أيام", [("قبل 5 أيام", "2018-03-20", 1, "relative")]),
        ("منذ أيام", []),
        ("العاشر من الشهر الجاري", [("العاشر من الشهر الجاري", "2018-03-10", 1, "relative")]),
        ("في العشرين من الشهر الماضي", [("العشرين من الشهر الماضي", "2018-02-20", 1, "relative")]),
        ("صباح اليوم الأحد", [("صباح اليوم الأحد", "2018-03-25", 1, "relative")]),
        ("في الشهر", []),
        ("وصل الوفد صباح", []),
        ("الخميس", [("الخميس", "2018-03-22", 1, "relative")]),
        ("الخامس من", []),
        ("في 25", []),
    ],
)
def test_dates_relative_to_publication(
    text: str, expected: list[tuple[str, str, int, str]]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل جنديان أمس", []),
        ("في 3 تموز", []),
        ("في 25 آذار 2018", [("25 آذار 2018", "2018-03-25", 1, "absolute")]),
        ("15 رمضان 1436 هـ", [("15 رمضان 1436 هـ", "2015-07-02", 1, "hijri")]),
    ],
)
def test_dates_without_publication_date_skip_relative(text: str, expected: list) -> None:
    assert _dates(text, None) == expected


@pytest.mark.parametrize(
    ("pub", "text", "iso"),
    [
        (date(2018, 1, 5), "في 28 كانون الأول", "2017-12-28"),
        (date(2018, 12, 31), "في 28 كانون الأول", "2018-12-28"),
        (date(2016, 3, 1), "في 29 شباط", "2016-02-29"),
        (date(2018, 1, 10), "في ديسمبر الماضي", "2017-12-01"),
    ],
)
def test_dates_year_from_publication_not_after_it(pub: date, text: str, iso: str) -> None:
    assert [d for _, d, _, _ in _dates(text, pub)] == [iso]


@pytest.mark.parametrize(
    ("value", "parsed"), [("2018-03-25", date(2018, 3, 25)), ("", None), ("x", None), (None, None)]
)
def test_dates_parse_iso(value: str | None, parsed: date | None) -> None:
    assert parse_iso(value) == parsed


PIECES = ["قتل", "جنود", "في", "25 آذار/مارس 2018", "الخامس والعشرين من آذار", "أمس", "صباح اليوم", "الاثنين الماضي", "3 تموز",
          "25/3/2018", "15 رمضان 1436 هـ", "الأسبوع الماضي", "مطلع الشهر", "قبل يومين", "،", "."]  # fmt: skip
MARKS = ["\u064e", "\u0651", "\u0640", "\u200c", "\u064b"]
NOISY = noisy_pieces(PIECES, MARKS)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NOISY)
def test_dates_spans_exact_and_values_unchanged_by_noise(pair: tuple[str, str]) -> None:
    clean, dirty = pair
    view = normalize(dirty)
    found = find_dates(tokenize(view), view, PUB)
    expected = _dates(clean)
    assert [(t.date, t.precision, t.kind) for t in found] == [(d, p, k) for _, d, p, k in expected]
    for t, (surface, *_) in zip(found, expected, strict=True):
        assert 0 <= t.start < t.end <= len(dirty)
        assert " ".join(normalize(dirty[t.start : t.end]).text.split()) == " ".join(
            normalize(surface).text.split()
        )
