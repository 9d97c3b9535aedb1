"""Every country the bundled gazetteer can place an event in has a row in the export's country table
(otherwise the ACLED-style export would print a bare code with no name, ISO number or region)."""

from __future__ import annotations

import sqlite3
from importlib import resources

from rasd.store.export.records import country_info


def test_every_gazetteer_country_has_export_names() -> None:
    path = resources.files("rasd.resources") / "gazetteer" / "gazetteer.sqlite"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        codes = {row[0] for row in con.execute("SELECT DISTINCT country FROM places")}
    assert len(codes) >= 30
    missing = sorted(c for c in codes if not country_info(c).get("region"))
    assert missing == []
    assert country_info("RUS") == {
        "alpha3": "RUS",
        "alpha2": "RU",
        "numeric": "643",
        "name": "Russia",
        "region": "Europe",
    }
