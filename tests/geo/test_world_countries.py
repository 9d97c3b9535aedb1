"""Countries outside MENA (resources/gazetteer/world_countries.tsv, rasd.geo.countries)."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from rasd.doc import Place
from rasd.geo.countries import country_points, representative_point
from rasd.geo.gazetteer import WORLD_COUNTRIES
from rasd.geo.locate import locate_text, shipped_gazetteer


def _places(text: str) -> dict[str, Place]:
    return {text[p.start : p.end]: p for p in locate_text(text)}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("وصل الوفد إلى البرازيل أمس.", "البرازيل", "BRA"),
        ("وأعلنت الشرطة في نيجيريا مقتل عشرة أشخاص.", "نيجيريا", "NGA"),
        ("عاد السفير من كوبا بعد المحادثات.", "كوبا", "CUB"),  # not the Sudanese hamlet Kobbei
        ("وهددت كوريا الشمالية بالرد.", "كوريا الشمالية", "PRK"),  # one place, not 'The Northern'
        ("اندلعت اشتباكات في جمهورية أفريقيا الوسطى.", "جمهورية أفريقيا الوسطى", "CAF"),
        ("تعبر قوافل اللاجئين من صربيا إلى المجر.", "المجر", "HUN"),
    ],
)
def test_world_countries_are_found_at_country_precision(
    text: str, surface: str, country: str
) -> None:
    p = _places(text)[surface]
    assert (p.country, p.feature, p.geo_precision) == (country, "country", 3)


def test_world_countries_are_exact_only() -> None:
    g = shipped_gazetteer()
    assert [e.source for e in g.lookup("البرازيل")] == [WORLD_COUNTRIES]
    assert "Brazil" not in {p.name for p in locate_text("وصل الوفد إلى البرازبل أمس.")}


def test_every_gazetteer_country_has_an_export_row() -> None:
    path = resources.files("rasd.resources.gazetteer").joinpath("world_countries.tsv")
    with path.open(encoding="utf-8") as f:
        isos = {r["iso3"] for r in csv.DictReader((ln for ln in f if ln[0] != "#"), delimiter="\t")}
    store = resources.files("rasd.resources.store").joinpath("countries.tsv")
    with store.open(encoding="utf-8") as f:
        have = {ln.split("\t")[0] for ln in f}
    assert len(isos) > 150 and isos <= have


def test_representative_point_of_a_crescent_is_inside() -> None:
    # a C-shaped polygon whose centroid (about x = 1.7) lies in the empty middle
    c = [(0.0, 0.0), (4.0, 0.0), (4.0, 1.0), (1.0, 1.0), (1.0, 3.0), (4.0, 3.0), (4.0, 4.0),
         (0.0, 4.0), (0.0, 0.0)]  # fmt: skip
    lat, lon = representative_point([c])
    assert lat == pytest.approx(2.0) and lon == pytest.approx(0.5)
    square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]
    assert representative_point([square]) == (1.0, 1.0)


def test_country_points_take_the_largest_polygon() -> None:
    # two squares, one arc each; quantisation scale 1, no offset
    topo = {
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [[[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1]], [[10, 10], [3, 0], [0, 3], [-3, 0], [0, -3]]],
        "objects": {"countries": {"geometries": [
            {"type": "MultiPolygon", "arcs": [[[0]], [[1]]], "id": "004"},
            {"type": "Polygon", "arcs": [[0]]},  # no id: skipped
        ]}},
    }  # fmt: skip
    assert country_points(topo) == {4: (11.5, 11.5)}
