"""Writers for the four export formats: ACLED-style CSV, PLOVER JSONL, GeoJSON and Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from rasd.store.export.acled import ACLED_COLUMNS, acled_row, notes_text

__all__ = ["plover_record", "write_acled_csv", "write_geojson", "write_parquet", "write_plover"]


def write_acled_csv(
    records: list[dict[str, Any]], out: TextIO, timestamp: int | None = None
) -> int:
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow(acled_row(r, timestamp))
    return len(records)


def _side(record: dict[str, Any], key: str) -> dict[str, Any]:
    row = (record.get("actor_rows") or {}).get(key) or {}
    return {
        "id": record.get(key),
        "name": record.get(f"{key}_name") or row.get("name"),
        "name_ar": row.get("name_ar"),
        "kind": row.get("kind"),
        "country": row.get("country"),
    }


def plover_record(record: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER-style event: event type, mode, source and target actors, place, provenance."""
    place = record.get("place") or {}
    src, tgt = _side(record, "actor1"), _side(record, "actor2")
    return {
        "id": record["record_id"],
        "date": record.get("date"),
        "event": record.get("type"),
        "mode": record.get("mode"),
        "context": [],
        "modality": record.get("modality"),
        "src_actor": src["id"],
        "src_name": src["name"],
        "src_name_ar": src["name_ar"],
        "src_kind": src["kind"],
        "src_country": src["country"],
        "tgt_actor": tgt["id"],
        "tgt_name": tgt["name"],
        "tgt_name_ar": tgt["name_ar"],
        "tgt_kind": tgt["kind"],
        "tgt_country": tgt["country"],
        "country": place.get("country"),
        "admin1": place.get("admin1"),
        "admin2": place.get("admin2"),
        "admin3": place.get("admin3"),
        "location": place.get("name"),
        "geo_lat": place.get("lat"),
        "geo_long": place.get("lon"),
        "geo_precision": record.get("geo_precision"),
        "time_precision": record.get("time_precision"),
        "cameo": record.get("cameo"),
        "acled_event_type": record.get("acled_event_type"),
        "acled_sub_event_type": record.get("acled_sub_event_type"),
        "fatalities": record["fatalities"],
        "confidence": record.get("confidence"),
        "event_text": notes_text(record),
        "article_ids": record["article_ids"],
        "event_uids": record["event_uids"],
        "sources": [
            {
                "id": a["id"],
                "source": a.get("source"),
                "url": a.get("url"),
                "title": a.get("title"),
                "date": a.get("date"),
            }
            for a in record.get("articles") or []
        ],
    }


def write_plover(records: list[dict[str, Any]], out: TextIO) -> int:
    for r in records:
        out.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")
    return len(records)


def write_geojson(records: list[dict[str, Any]], out: TextIO, timestamp: int | None = None) -> int:
    """A FeatureCollection of points (lon, lat); events without coordinates get a null geometry."""
    features = []
    for r in records:
        row = acled_row(r, timestamp)
        lat, lon = row["latitude"], row["longitude"]
        geometry = (
            {"type": "Point", "coordinates": [lon, lat]}
            if lat is not None and lon is not None
            else None
        )
        props = row | {
            "id": r["record_id"],
            "plover_type": r.get("type"),
            "modality": r.get("modality"),
            "article_ids": r["article_ids"],
            "confidence": r.get("confidence"),
        }
        features.append(
            {"type": "Feature", "id": r["record_id"], "geometry": geometry, "properties": props}
        )
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(records)


_TYPED = {
    "year": "int32",
    "time_precision": "int32",
    "inter1": "int32",
    "inter2": "int32",
    "interaction": "int32",
    "iso": "int32",
    "latitude": "float64",
    "longitude": "float64",
    "geo_precision": "int32",
    "fatalities": "int32",
    "timestamp": "int64",
    "confidence": "float64",
    "fatalities_low": "int32",
    "fatalities_high": "int32",
}
_EXTRA_STRINGS = ("rasd_id", "plover_type", "mode", "modality")
_LISTS = ("article_ids", "event_uids")


def _parquet_schema() -> Any:
    import pyarrow as pa

    fields = [(c, pa.type_for_alias(_TYPED.get(c, "string"))) for c in ACLED_COLUMNS]
    fields += [(c, pa.string()) for c in _EXTRA_STRINGS]
    fields += [
        (c, pa.type_for_alias(_TYPED[c]))
        for c in ("confidence", "fatalities_low", "fatalities_high")
    ]
    fields += [(c, pa.list_(pa.string())) for c in _LISTS]
    return pa.schema(fields)


def write_parquet(
    records: list[dict[str, Any]], out: str | Path | BinaryIO, timestamp: int | None = None
) -> int:
    """ACLED columns plus rasd's own (PLOVER type, modality, confidence, fatality range, ids)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        acled_row(r, timestamp)
        | {
            "rasd_id": r["record_id"],
            "plover_type": r.get("type"),
            "mode": r.get("mode"),
            "modality": r.get("modality"),
            "confidence": r.get("confidence"),
            "fatalities_low": r["fatalities"]["low"],
            "fatalities_high": r["fatalities"]["high"],
            "article_ids": r["article_ids"],
            "event_uids": r["event_uids"],
        }
        for r in records
    ]
    schema = _parquet_schema()
    table = pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()
    pq.write_table(table, out)
    return len(records)
