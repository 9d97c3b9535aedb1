"""Relations from text patterns and from the registry (dated)."""

from __future__ import annotations

import pytest


def _rels(doc):
    ents = {e.id: doc.text[e.start : e.end] for e in doc.layer("entities")}
    return [(r.type, ents[r.head], ents[r.tail], r.source) for r in doc.layer("relations")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "بدأت معارك مع جيش الاسلام الذي يقوده رئيس تنظيم جيش الاسلام القائد محمد علوش",
            [("leader_of", "محمد علوش", "جيش الاسلام", "text")],
        ),
        (
            "اما فيلق الرحمن بقيادة الشيخ ابو عاصي فيرفض ذلك",
            [("leader_of", "ابو عاصي", "فيلق الرحمن", "text")],
        ),
        (
            "وقد اعلن القائد علوش قائد جيش الاسلام انه يفضل",
            [],  # a common-word surname with a title but without the full name: not resolved
        ),
        (
            "قال محمد علوش ثم اعلن القائد علوش قائد جيش الاسلام انه يفضل",
            [("leader_of", "علوش", "جيش الاسلام", "text")],
        ),
        (
            "قال المتحدث باسم جيش الإسلام الشيخ ابو خالد",
            [("spokesperson_of", "ابو خالد", "جيش الإسلام", "text")],
        ),
        (
            "قال محمد علوش القيادي في جيش الإسلام",
            [
                ("member_of", "محمد علوش", "جيش الإسلام", "text"),
                ("leader_of", "محمد علوش", "جيش الإسلام", "registry"),
            ],
        ),
        (
            "قطاع إدلب التابع لهيئة تحرير الشام",
            [("part_of", "قطاع إدلب", "هيئة تحرير الشام", "text")],
        ),
    ],
)
def test_relations_text_patterns(analyze, text, expected):
    assert _rels(analyze(text)) == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2018-03-25", [("leader_of", "محمد علوش", "جيش الإسلام", "registry")]),
        ("2020-01-01", []),  # outside the registry's date range
        (None, [("leader_of", "محمد علوش", "جيش الإسلام", "registry")]),
    ],
)
def test_relations_registry_respects_dates(analyze, date, expected):
    text = "هاجم جيش الإسلام مواقع. وقال محمد علوش ان المعركة مستمرة."
    assert _rels(analyze(text, date=date)) == expected


def test_relations_registry_person_role(analyze):
    text = "قال أبو محمد الجولاني ان هيئة تحرير الشام لن تنسحب"
    assert _rels(analyze(text, date="2019-05-01")) == [
        ("leader_of", "أبو محمد الجولاني", "هيئة تحرير الشام", "registry")
    ]
    assert _rels(analyze(text, date="2016-05-01")) == []
