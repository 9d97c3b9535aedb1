import pytest

from rasd.text.numbers import atoms_of, parse_digits, parse_number
from rasd.text.tokenize import tokenize


def _read(text: str) -> tuple[int, int | None, int | None, int]:
    num = parse_number(atoms_of(tokenize(text)), 0)
    assert num is not None, text
    return num.value, num.low, num.high, num.last


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("١٢", 12),
        ("10 الاف", 10000),
        ("١٠ آلاف", 10000),
        ("90 الف", 90000),
        ("1,500", 1500),
        ("10.000", 10000),
        ("1.5 مليون", 1500000),
        ("ثلاثة", 3),
        ("عشرة", 10),
        ("ثلاثة عشر", 13),
        ("أحد عشر", 11),
        ("اثنا عشر", 12),
        ("خمسة وعشرين", 25),
        ("عشرين", 20),
        ("مئة", 100),
        ("مائة", 100),
        ("مئتين وخمسين", 250),
        ("ثلاث مئة", 300),
        ("ثلاثمائة وخمسين ألفا", 350000),
        ("ألف وخمسمئة", 1500),
        ("ألفين", 2000),
        ("عشرة آلاف", 10000),
        ("مئة ألف", 100000),
        ("مليون", 1000000),
        ("ثلاثة ملايين", 3000000),
        ("وخمسة", 5),
        ("نصف مليون", 500000),
        ("ربع مليون", 250000),
        ("ألفي", 2000),
        ("مئتي", 200),
    ],
)
def test_numbers_exact_values(text: str, value: int) -> None:
    got, low, high, _ = _read(text)
    assert (got, low, high) == (value, None, None)


@pytest.mark.parametrize(
    ("text", "low", "best", "high"),
    [
        ("عشرات", 20, 20, 99),
        ("العشرات", 20, 20, 99),
        ("مئات", 200, 200, 999),
        ("آلاف", 2000, 2000, 9999),
        ("الاف", 2000, 2000, 9999),
        ("ملايين", 2000000, 2000000, 9999999),
        ("عشرات الآلاف", 20000, 20000, 99999),
        ("مئات الآلاف", 200000, 200000, 999999),
        ("بضعة آلاف", 3000, 3000, 9000),
        ("عدة مئات", 300, 300, 900),
        ("بضعة", 3, 3, 9),
    ],
)
def test_numbers_vague_words_follow_conventions(text: str, low: int, best: int, high: int) -> None:
    got, lo, hi, _ = _read(text)
    assert (lo, got, hi) == (low, best, high)


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("ثلاثة وخمسة", 0),  # two numbers ("بين ثلاثة وخمسة"), not 8
        ("عشرة وعشرين", 0),
        ("10 و15", 0),
        ("خمسة قتلى", 0),
        ("ألف وخمسمئة قتيل", 1),
    ],
)
def test_numbers_stop_where_the_number_ends(text: str, last: int) -> None:
    assert _read(text)[3] == last


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7.0),
        ("2,000", 2000.0),
        ("2.5", 2.5),
        ("1.250.000", 1250000.0),
        ("3,5", 3.5),
        ("x", None),
    ],
)
def test_numbers_parse_digits(text: str, value: float | None) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["قال", "الجيش", "مدينة", "،", "نصف"])
def test_numbers_words_that_are_not_numbers(text: str) -> None:
    assert parse_number(atoms_of(tokenize(text)), 0) is None
