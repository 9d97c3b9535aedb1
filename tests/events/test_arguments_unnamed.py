"""Unnamed subjects, passives that look active, meeting partners and the OEDA scorer's event
choice (issue 6, arguments round 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rasd
from rasd.events import argscore, unnamed

from .helpers import TEXT_PIPE, event_roles


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # an unnamed subject after the verb: the mention after it is the object
        (
            "قصفت طائرات حربية مواقع الحوثيين في صعدة.",
            "ASSAULT",
            (None, "yem-houthis"),
        ),
        (
            "إلى ذلك، اتهم آخرون صالح بأنه يعاني حالة متقدمة من النرجسية.",
            "ACCUSE",
            (None, "unk-b32b6c91f5"),
        ),
        # a genitive owner or a nisba right after the head acts (as before)
        (
            "قصفت طائرات التحالف مواقع الحوثيين في صعدة.",
            "ASSAULT",
            ("coalition-saudi-led", "yem-houthis"),
        ),
        (
            "قصفت طائرات سعودية مواقع الحوثيين في صعدة.",
            "ASSAULT",
            ("sau-military", "yem-houthis"),
        ),
        # "ان طائراته قصفت": the pronoun's antecedent acts, the mention after is hit
        (
            "قال الجيش التركي في بيان أمس ان طائراته قصفت مجموعة من المتمردين الاكراد في شمال العراق.",
            "ASSAULT",
            ("tur-military", "syr-ypg"),
        ),
        # unambiguous passive: the mention right after was acted on
        (
            "اغتيل الصحفي عبدالله قابل في صنعاء.",
            "ASSAULT",
            (None, "unk-6420ca0e6a"),
        ),
        # a strictly transitive verb with no object after a named person: passive
        (
            "وأشارت المصادر الى ان المزارع ابراهيم صالحة، عشرين عاماً، قتل بينما كان يقوم بفلاحة أرضه.",
            "ASSAULT",
            (None, "unk-00151e7c03"),
        ),
        # a verb with a plural pronoun: the mention after it is its object
        (
            "وهناك سعوديون يسافرون الى ايران، وإيرانيون يزورون السعودية للحج والعمرة.",
            "CONSULT",
            (None, "sau-government"),
        ),
        # "للقاء X": the met party
        (
            "وصل وزير الدفاع الأميركي آشتون كارتر أمس إلى بغداد في زيارة غير معلنة للقاء مسؤولين عراقيين.",
            "CONSULT",
            ("unk-860c4f56d4", "irq-government"),
        ),
    ],
)
def test_roles(text: str, etype: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in event_roles(text, etype)


def test_passive_relative_keeps_later_clause() -> None:
    # "اللذين اغتيلا وقام المتمردون": the mention after "و + verb" is no passive patient
    text = (
        "كما فقد البعض حياتهم بواسطة المتمردين، مثل الصحفيين، عبدالله قابل، ويوسف العيزري، "
        "اللذين اغتيلا وقام المتمردون بتسليم جثمانيهما لأسرهما."
    )
    assert ("unidentified-armed-group", "journalists") in event_roles(text, "ASSAULT")


def test_passive_forms() -> None:
    flags = [unnamed.passive_verb(t) for t in TEXT_PIPE("اغتيل اغتيلت أصيب قتل").get("tokens")]
    assert flags == [True, True, True, False]


def test_scorer_picks_event_nearest_the_verb(tmp_path: Path) -> None:
    text = (
        "وبعد عدة ساعات على قصف منزل الشنطي، قامت دبابة اسرائيلية بقصف احد المنازل في منطقة شعشاعة."
    )
    spans = [
        {
            "source": "s1",
            "text": text,
            "spans": [{"verb": ["بقصف"]}, {"verb": ["مقتل"]}, {"verb": ["قامت", "بقصف"]}],
            "source_gold": "دبابة اسرائيلية",
            "target_gold": "",
            "verb_gold": "",
        }
    ]
    path = tmp_path / "spans.json"
    path.write_text(json.dumps(spans, ensure_ascii=False), "utf-8")
    assert argscore.coder_verbs(path) == {"s1": ["بقصف"]}
    doc = rasd.analyze(text)
    events = [e for e in doc.get("events") if e.type == "ASSAULT"]
    assert len(events) == 2
    first = argscore._pick_first(events, "", doc)
    near = argscore._pick(events, "", doc, ["بقصف"])
    assert first is events[0] and first.actor1 is None
    assert near is events[1] and near.actor1 == "isr-military"
