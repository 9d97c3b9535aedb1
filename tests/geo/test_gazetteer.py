"""The shipped gazetteer: content, sources, licences and look-up."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from rasd.geo.gazetteer import Gazetteer, default_path
from rasd.geo.locate import shipped_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return shipped_gazetteer()


@pytest.mark.parametrize(
    ("key", "name", "country", "feature", "geonameid", "pcode"),
    [
        ("دوما", "Duma", "SYR", "city", 170592, "C2338"),
        ("حرستا", "Harasta", "SYR", "town", 169897, "C2342"),
        ("الغوطه الشرقيه", "Eastern Ghouta", "SYR", "region", None, None),
        ("محافظه ادلب", "Idleb", "SYR", "governorate", None, None),
        ("سهل نينوي", "Nineveh Plains", "IRQ", "region", None, None),
        ("الانبار", "Al-Anbar", "IRQ", "governorate", None, None),
        ("سوريه", "Syria", "SYR", "country", None, None),
    ],
)
def test_gazetteer_lookup_finds_place(
    gaz: Gazetteer,
    key: str,
    name: str,
    country: str,
    feature: str,
    geonameid: int | None,
    pcode: str | None,
) -> None:
    hits = [e for e in gaz.lookup(key) if e.country == country and e.feature == feature]
    assert hits, key
    assert hits[0].name == name
    assert hits[0].geonameid == geonameid
    assert hits[0].pcode == pcode


def test_gazetteer_syria_admin_names_are_ocha(gaz: Gazetteer) -> None:
    douma = next(e for e in gaz.lookup("دوما") if e.geonameid == 170592)
    assert (douma.admin1, douma.admin1_ar, douma.admin2) == ("Rural Damascus", "ريف دمشق", "Duma")


def test_gazetteer_odbl_rows_identifiable() -> None:
    con = sqlite3.connect(default_path())
    rows = dict(con.execute("SELECT licence, COUNT(*) FROM places GROUP BY licence").fetchall())
    sources = dict(
        con.execute("SELECT licence, GROUP_CONCAT(DISTINCT source) FROM places GROUP BY licence")
    )
    con.close()
    assert rows["ODbL-1.0"] > 1000
    assert sources["ODbL-1.0"] == "osm"
    assert set(rows) == {"CC-BY-4.0", "CC-BY-3.0-IGO", "ODbL-1.0", "CC0-1.0"}


@pytest.mark.parametrize(
    ("name", "expected"), [("حرزتا", "Harasta"), ("إدلب", "Idlib"), ("داريّا", "Darayya")]
)
def test_gazetteer_search_exact_or_fuzzy(gaz: Gazetteer, name: str, expected: str) -> None:
    assert expected in {e.name for e in gaz.search(name)}


@pytest.mark.parametrize(
    ("key", "common"), [("بن", True), ("كل", True), ("عدن", False), ("حلب", False)]
)
def test_gazetteer_common_words(gaz: Gazetteer, key: str, common: bool) -> None:
    assert gaz.is_common_word(key) is common


def test_gazetteer_small_and_lazy() -> None:
    assert default_path().stat().st_size < 8_000_000
    code = (
        "import rasd.stages.places as s, rasd.geo.locate as l; s.build();"
        "print(l.shipped_gazetteer.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "0"  # importing and building the stage loads nothing
