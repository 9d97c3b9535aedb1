"""Exports open in their natural tools; reviews and modality filters are applied."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from store_cases import VERSIONS, make_analysis, make_article, make_event

from rasd.store.export import ExportFilters, export, export_to_path
from rasd.store.export.acled import ACLED_COLUMNS

T1 = "قصف على دوما أوقع أربعة قتلى"
T2 = "مقتل ستة في قصف استهدف حرستا"
T3 = "داعش يهدد بمهاجمة الموصل"
T4 = "اشتباكات في الموصل بين الجيش العراقي وداعش"


@pytest.fixture
def filled(store):
    ids = {}
    for text, events, source, date in [
        (
            T1,
            [
                make_event(
                    "ev1",
                    actor1="syr-army",
                    actor2="syr-jaysh-al-islam",
                    place="douma",
                    killed=4,
                    confidence=0.9,
                )
            ],
            "alriyadh",
            "2015-07-25",
        ),
        (
            T2,
            [make_event("ev1", actor1="syr-army", place="harasta", killed=6, confidence=0.7)],
            "okaz",
            "2015-07-25",
        ),
        (
            T3,
            [
                make_event(
                    "ev1",
                    "THREATEN",
                    actor1="isis",
                    place="mosul",
                    modality="threatened",
                    acled=None,
                )
            ],
            "alwatan",
            "2015-08-01",
        ),
        (
            T4,
            [
                make_event(
                    "ev1",
                    actor1="irq-army",
                    actor2="isis",
                    place="mosul",
                    killed=2,
                    date="2015-08-02",
                )
            ],
            "alyaum",
            "2015-08-02",
        ),
    ]:
        art = make_article(text, source=source, date=date)
        ids[text], _ = store.add_article(art, make_analysis(text, events, date), VERSIONS)
    return store, ids


def _csv(store, **kw) -> object:
    import pandas as pd

    buf = io.StringIO()
    export(store, "acled-csv", buf, ExportFilters(**kw))
    return pd.read_csv(io.StringIO(buf.getvalue()), keep_default_na=False)


def test_export_acled_csv_columns_and_merged_incident(filled) -> None:
    store, ids = filled
    df = _csv(store)
    assert tuple(df.columns) == ACLED_COLUMNS
    assert len(df) == 2  # two reports of one Douma incident merged; threat left out
    douma = df[df["location"] == "Douma"].iloc[0]
    assert douma["event_id_cnty"].startswith("SYR")
    assert (douma["country"], douma["iso"], douma["region"]) == ("Syria", 760, "Middle East")
    assert (douma["actor1"], douma["inter1"], douma["inter2"], douma["interaction"]) == (
        "Military Forces of Syria",
        1,
        2,
        12,
    )
    assert douma["fatalities"] == 4  # median_low of 4 and 6
    assert douma["source"] == "alriyadh; okaz"
    assert douma["disorder_type"] == "Political violence"
    assert douma["notes"] == T1[0:20]  # the evidence span of the most confident report
    assert douma["year"] == 2015


@pytest.mark.parametrize(
    ("filters", "locations"),
    [
        ({}, ["Douma", "Mosul"]),
        ({"all_modalities": True}, ["Douma", "Mosul", "Mosul"]),
        ({"per_event": True}, ["Douma", "Harasta", "Mosul"]),
        ({"country": "Iraq"}, ["Mosul"]),
        ({"country": "SY"}, ["Douma"]),
        ({"type": "THREATEN", "all_modalities": True}, ["Mosul"]),
        ({"date_from": "2015-08-01"}, ["Mosul"]),
        ({"date_to": "2015-07-31"}, ["Douma"]),
    ],
)
def test_export_filters(filled, filters, locations) -> None:
    store, _ = filled
    assert list(_csv(store, **filters)["location"]) == locations


def test_export_reviews_applied(filled) -> None:
    store, ids = filled
    store.add_review(f"{ids[T4]}-ev1", "mona", "reject", {})
    store.add_review(
        f"{ids[T1]}-ev1", "mona", "edit", {"fatalities": {"low": 5, "best": 5, "high": 5}}
    )
    df = _csv(store)
    assert list(df["location"]) == ["Douma"]
    assert df.iloc[0]["fatalities"] == 5  # median_low(5, 6) with the edit
    assert store.get_event(f"{ids[T1]}-ev1")["fatalities"]["best"] == 4  # original kept
    store.add_review(f"{ids[T4]}-ev1", "ali", "confirm", {})
    assert list(_csv(store)["location"]) == ["Douma", "Mosul"]


def test_export_geojson_parquet_plover_open(filled, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    store, ids = filled
    f = ExportFilters(all_modalities=True)
    export_to_path(store, "geojson", tmp_path / "e.geojson", f)
    gj = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 3
    assert gj["features"][0]["geometry"] == {"type": "Point", "coordinates": [36.4053, 33.5711]}
    export_to_path(store, "parquet", tmp_path / "e.parquet", f)
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 3 and set(ACLED_COLUMNS) <= set(table.column_names)
    assert table.column("article_ids").to_pylist()[0] == [ids[T1], ids[T2]]
    export_to_path(store, "plover-jsonl", tmp_path / "e.jsonl", f)
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(x["event"], x["modality"]) for x in lines] == [
        ("ASSAULT", "asserted"),
        ("THREATEN", "threatened"),
        ("ASSAULT", "asserted"),
    ]
    assert lines[0]["src_actor"] == "syr-army" and lines[0]["tgt_name_ar"] == "جيش الإسلام"


def test_export_empty_store_opens(store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    export_to_path(store, "parquet", tmp_path / "e.parquet", ExportFilters())
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0
    assert list(_csv(store).columns) == list(ACLED_COLUMNS)
