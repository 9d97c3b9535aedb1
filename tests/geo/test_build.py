"""Building the gazetteer from source TSVs (small fixtures written here) and the CLI."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.geo.build import build_gazetteer
from rasd.geo.distance import haversine_km
from rasd.geo.gazetteer import Gazetteer, default_path

GEONAMES = """geonameid\tname\tcountrycode\tadmin1code\tlatitude\tlongitude\tpopulation\tarabic_names
170592\tDūmā\tSY\t08\t33.57175\t36.4027\t111864\tدوما
98182\tBaghdad\tIQ\t07\t33.34058\t44.40088\t7216000\tبغداد
"""
SUBDIVISIONS = """name\tiso3166_2\tgeonames_code\tgeonameid\ttype\taliases
Baghdād\tIQ-BG\tIQ.07\t98181\tGovernorate\tBaghdad Governorate|بغداد|محافظة بغداد
"""
OCHA = (
    "pcode\tname_ar\tname_en\tadmin1_code\tadmin1_ar\tadmin1_en\tadmin2_code\tadmin2_ar\tadmin2_en"
    "\tadmin3_code\tadmin3_ar\tadmin3_en\tlat\tlon\n"
    "C2338\tدوما\tDuma\tSY03\tريف دمشق\tRural Damascus\tSY0303\tدوما\tDuma\tSY030300\tدوما\tDuma\t33.5716\t36.4030\n"
    "C2342\tحرستا\tHarasta\tSY03\tريف دمشق\tRural Damascus\tSY0303\tدوما\tDuma\tSY030301\tحرستا\tHarasta\t33.5587\t36.3652\n"
)
OSM_LY = "name_ar\tname_en\tplace\tlat\tlon\nمدينة سرت\tSirte\tcity\t31.2\t16.58\n"
OSM_SD = "name_ar\tname\tname_en\tplace\tpopulation\tosm_id\tlat\tlon\nبربر\tبربر\tBerber\ttown\t\t1\t18.02\t33.99\n"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    d = tmp_path / "src"
    d.mkdir()
    for name, text in [
        ("geonames_cities500_mena_ar.tsv", GEONAMES),
        ("geonames_iso_subdivisions_mena.tsv", SUBDIVISIONS),
        ("ocha_syria_communities.tsv", OCHA),
        ("osm_libya_places.tsv", OSM_LY),
        ("osm_sudan_places.tsv", OSM_SD),
    ]:
        (d / name).write_text(text, encoding="utf-8")
    return d


def test_build_merges_sources_and_keeps_licences(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.sqlite"
    counts = build_gazetteer(source, out, default_path().parent / "regions.tsv")
    assert counts["osm"] == 2
    gaz = Gazetteer.load(out)
    (douma,) = [e for e in gaz.lookup("دوما") if e.feature == "city"]
    assert (douma.geonameid, douma.pcode, douma.admin1) == (170592, "C2338", "Rural Damascus")
    assert [e.licence for e in gaz.lookup("سرت")] == ["ODbL-1.0"]
    assert gaz.lookup("حرستا")[0].source == "ocha"
    rows = sqlite3.connect(out).execute("SELECT DISTINCT source, licence FROM places").fetchall()
    assert ("osm", "ODbL-1.0") in rows and ("geonames", "CC-BY-4.0") in rows


def test_build_governorate_centroids(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.sqlite"
    build_gazetteer(source, out, default_path().parent / "regions.tsv")
    gaz = Gazetteer.load(out)
    (rif,) = gaz.lookup("محافظه ريف دمشق")
    assert rif.feature == "governorate"
    assert haversine_km(rif.lat, rif.lon, 33.565, 36.384) < 2  # the mean of the two OCHA points
    assert [e.feature for e in gaz.lookup("محافظه بغداد")] == ["governorate"]


def test_cli_train_gazetteer_and_search(source: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "g.sqlite"
    res = runner.invoke(app, ["train", "gazetteer", "--source", str(source), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert out.exists()
    res = runner.invoke(app, ["places", "search", "حرزتا", "-n", "1"])
    assert res.exit_code == 0
    assert '"name": "Harasta"' in res.output


def test_cli_places_help() -> None:
    res = CliRunner().invoke(app, ["places", "--help"])
    assert res.exit_code == 0 and "search" in res.output
