import pytest

from rasd.text.normalize import normalize, normalize_key


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("أحمد", "احمد"),
        ("إدلب", "ادلب"),
        ("آمن", "امن"),
        ("ٱلله", "الله"),
        ("مدينة", "مدينه"),
        ("على", "علي"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("جيـــش", "جيش"),  # tatweel
        ("الجَيْشُ", "الجيش"),  # harakat, sukun
        ("الشّام", "الشام"),  # shadda
        ("هٰذا", "هذا"),  # superscript alef
        ("٢٠١٨", "2018"),  # Arabic-Indic digits
        ("۱۲۳", "123"),  # Persian digits
        ("دو\u200cما", "دوما"),  # ZWNJ
        ("دو\u200dما", "دوما"),  # ZWJ
        ("\ufeffدوما", "دوما"),  # BOM
        ("حلب\u00a0ادلب", "حلب ادلب"),  # NBSP
        ("سطر\r\nسطر", "سطر\nسطر"),  # CRLF
        ("ﻻ", "لا"),  # lam-alef ligature
        ("کرمان", "كرمان"),  # Persian kaf
        ("\u200fحلب\u202c", "حلب"),  # bidi marks
    ],
)
def test_normalize_folds(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    ("original", "word"),
    [
        ("قال الجَيْشُ السوري", "الجيش"),
        ("في ادلـــب اليوم", "ادلب"),
        ("سطر\r\nإدلب", "ادلب"),
        ("ﻻ\u200bحلب", "حلب"),
        ("بدأت المعارك في ٢٠١٨", "2018"),
    ],
)
def test_normalize_offsets_map_back(original: str, word: str) -> None:
    view = normalize(original)
    i = view.text.index(word)
    s, e = view.to_original(i, i + len(word))
    assert normalize_key(original[s:e]) == word
    # the span starts and ends on the word's own characters
    assert normalize(original[s]).text == word[0]


def test_normalize_expansion_maps_both_chars_to_ligature() -> None:
    view = normalize("ﻻ")
    assert view.to_original(0, 1) == (0, 1)
    assert view.to_original(1, 2) == (0, 1)


def test_normalize_empty_span_and_bounds() -> None:
    view = normalize("حلب")
    assert view.to_original(3, 3) == (3, 3)
    with pytest.raises(ValueError):
        view.to_original(2, 9)


def test_normalize_key_collapses_space() -> None:
    assert normalize_key("  جيش\u00a0 الإسلام\n") == "جيش الاسلام"
