"""The extra PROTEST set (benchmarks/data/protest_extra.csv) and its selection rules."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from rasd.events.extra_data import _ACT, _PREFILTER, _STRONG, load_extra

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data" / "protest_extra.csv"
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet_2015_all.jsonl.gz"


def _rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_set_size_labels_and_ids() -> None:
    rows = _rows()
    labels = Counter(r["label"] for r in rows)
    assert set(labels) == {"yes", "no", "ambiguous"}
    assert len(rows) == 480 and labels["yes"] == 108 and labels["ambiguous"] == 46
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["id"].split(":")[0] == r["article_id"] for r in rows)
    assert all(0 <= int(r["start"]) < int(r["end"]) for r in rows)
    assert "text" not in rows[0]  # CC BY-NC-SA news: offsets only, no text


def test_prefilter_and_tiers() -> None:
    assert _PREFILTER.search("وتظاهر آلاف العراقيين الجمعة في بغداد")
    assert _PREFILTER.search("احتجاجات في البصرة")
    assert not _PREFILTER.search("وقال الوزير إن الحكومة ستدرس الأمر")
    assert _ACT.search("تظاهر عشرات الصحفيين المصريين أمس")
    assert _ACT.search("تجمع نحو ألف متظاهر أمام مقر الأونروا")
    assert not _ACT.search("خرجت مظاهرات في البصرة")  # event noun only: tier 1
    assert _STRONG.search("خرجت مظاهرات في البصرة")


def test_text_read_back_from_news() -> None:
    if not NEWS.exists():
        pytest.skip("shared/data/news not present")
    sents = load_extra(DATA, NEWS)
    assert len(sents) == 434 and sum(s.positive for s in sents) == 108
    first = sents[0]
    assert first.id == "snn-all-5590:0" and first.positive
    assert first.text.startswith("تجمع متظاهرون يوم الأربعاء في شارع تايمز سكوير")
