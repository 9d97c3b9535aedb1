"""Alias and fuzzy matching: clitics, spelling variants, typos, and similar names kept apart."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف الجيش السوري المدينة", [("الجيش السوري", "t-saa")]),
        ("وقال الناطق ان للجيش السوري مواقع", [("جيش السوري", "t-saa")]),
        ("اشتباكات بالجيش السوري", [("الجيش السوري", "t-saa")]),
        (
            "معارك بين فيلق الرحمن وجيش الإسلام",
            [("فيلق الرحمن", "t-faylaq"), ("جيش الإسلام", "t-jaysh-islam")],
        ),
        ("لجيش الاسلام مقاتلون", [("جيش الاسلام", "t-jaysh-islam")]),
        ("وصلت قوات الاسد الى البلدة", [("قوات الاسد", "t-saa")]),
        ("قال الجيش العربي السوري", [("الجيش العربي السوري", "t-saa")]),
        ("هاجم جيش العزه مواقع", [("جيش العزه", "t-izza")]),  # ta marbuta folded
        ("جيشُ الإسلامِ", [("جيشُ الإسلامِ", "t-jaysh-islam")]),  # diacritics kept in the span
        ("قالت هيئة تحرير الشام", [("هيئة تحرير الشام", "t-hts")]),
        ("عناصر هتش", [("هتش", "t-hts")]),
    ],
)
def test_matcher_aliases_with_clitics_and_variants(analyze, surface_ids, text, expected):
    assert surface_ids(analyze(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "الخلاف بين جيش الاسلام وفيق الرحمن",
            [("جيش الاسلام", "t-jaysh-islam"), ("فيق الرحمن", "t-faylaq")],
        ),
        ("هاجم فيلق الرحمان مواقع", [("فيلق الرحمان", "t-faylaq")]),
        ("هاجم جيش الفطح مواقع", [("جيش الفطح", "t-fath")]),
    ],
)
def test_matcher_fuzzy_one_letter_typo(analyze, surface_ids, text, expected):
    m = analyze(text).layer("actor_mentions")
    assert surface_ids(analyze(text)) == expected
    assert any(x.source == "fuzzy" for x in m)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "جيش الإسلام وجيش العزة وجيش الفتح وجيش النصر",
            [
                ("جيش الإسلام", "t-jaysh-islam"),
                ("جيش العزة", "t-izza"),
                ("جيش الفتح", "t-fath"),
                ("جيش النصر", "t-nasr"),
            ],
        ),
        ("دعا الى جيش السلام", []),  # a common word one letter from الاسلام is not a typo
        ("جيش النصرة", []),  # a common word one letter from النصر: not a typo of جيش النصر
        ("هاجم جيش الفتخ مواقع", []),  # a different last letter makes another word, not a typo
    ],
)
def test_matcher_similar_names_stay_distinct(analyze, surface_ids, text, expected):
    assert surface_ids(analyze(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تعهدت روسيا بنقل المقاتلين", [("روسيا", "t-rus")]),
        ("وصل الوفد الى روسيا امس", []),
        ("عاد من روسيا", []),
        ("اجتمع الوفد بروسيا", []),
    ],
)
def test_matcher_country_name_is_actor_only_in_actor_context(analyze, surface_ids, text, expected):
    assert surface_ids(analyze(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حذرت موسكو من التصعيد", [("موسكو", "t-rus")]),  # a capital for its government
        ("وصل الوفد الى موسكو", []),
        ("هبطت الطائرة في مطار موسكو", []),  # a place noun before it: a place
        ("اتهمت سورية المعارضة", [("سورية", "t-syr-gov")]),
        ("تقدمت قوات الأكراد السورية", []),  # the adjective السورية is not the country سورية
    ],
)
def test_matcher_country_and_capital_names_stand_for_governments(
    analyze, surface_ids, text, expected
):
    assert surface_ids(analyze(text)) == expected
