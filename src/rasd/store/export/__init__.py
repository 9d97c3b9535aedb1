"""``rasd export``: stored events as ACLED-style CSV, PLOVER JSONL, GeoJSON or Parquet.

>>> from rasd.store import open_store
>>> from rasd.store.export import ExportFilters, export
>>> import io
>>> buf = io.StringIO()
>>> export(open_store("sqlite:///:memory:"), "acled-csv", buf, ExportFilters())
0
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, TextIO

from rasd.errors import ExportError, UsageError
from rasd.store.export.records import ExportFilters, export_records
from rasd.store.export.writers import write_acled_csv, write_geojson, write_parquet, write_plover

__all__ = ["FORMATS", "ExportFilters", "export", "export_to_path"]

FORMATS = ("acled-csv", "plover-jsonl", "geojson", "parquet")


def export(store: Any, fmt: str, out: TextIO | Any, filters: ExportFilters) -> int:
    """Write the export to an open stream (binary for parquet); returns the number of records."""
    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    records = export_records(store, filters)
    stamp = int(time.time())
    if fmt == "acled-csv":
        return write_acled_csv(records, out, stamp)
    if fmt == "plover-jsonl":
        return write_plover(records, out)
    if fmt == "geojson":
        return write_geojson(records, out, stamp)
    return write_parquet(records, out, stamp)


def export_to_path(store: Any, fmt: str, path: str | Path | None, filters: ExportFilters) -> int:
    """Export to a file (or stdout when ``path`` is None or '-')."""
    binary = fmt == "parquet"
    try:
        if path is None or str(path) == "-":
            if binary:
                return export(store, fmt, sys.stdout.buffer, filters)
            return export(store, fmt, sys.stdout, filters)
        if binary:
            with open(path, "wb") as fh:
                return export(store, fmt, fh, filters)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            return export(store, fmt, fh, filters)
    except OSError as ex:
        raise ExportError(f"cannot write {path}: {ex.strerror}") from None
