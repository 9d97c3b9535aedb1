"""Readers for the source gazetteers (TSV) into uniform `PlaceRow` records.

Each reader reads one file of ``shared/data/gazetteer_ar`` (or the hand-written regions file)
and yields rows with Arabic and English names, coordinates, admin names, feature kind,
population, source and licence.  Nothing here touches SQLite: see `rasd.geo.build`.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "PlaceRow",
    "ascii_name",
    "read_geonames",
    "read_ocha",
    "read_osm",
    "read_regions",
    "read_tsv",
]

LICENCE_GEONAMES = "CC-BY-4.0"
LICENCE_OCHA = "CC-BY-3.0-IGO"
LICENCE_OSM = "ODbL-1.0"
LICENCE_RASD = "CC0-1.0"


@dataclass(slots=True)
class PlaceRow:
    """One place as the build sees it (mutable while sources are merged)."""

    name: str
    name_ar: str
    lat: float
    lon: float
    country: str
    feature: str
    source: str
    licence: str
    names_ar: list[str] = field(default_factory=list)
    admin1: str | None = None
    admin1_ar: str | None = None
    admin2: str | None = None
    admin2_ar: str | None = None
    admin3: str | None = None  # third level (OCHA Syria sub-district / nahiya)
    admin3_ar: str | None = None
    population: int = 0
    geonameid: int | None = None
    pcode: str | None = None
    admin1_code: str | None = None


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV file with a header; lines starting with '#' are comments."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def ascii_name(name: str) -> str:
    """'Ḩarastā' -> 'Harasta': drop diacritics and transliteration quotes."""
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.translate({ord(c): None for c in "‘’ʼʻ`"}).strip()


def _feature_from_population(pop: int) -> str:
    if pop >= 100_000:
        return "city"
    return "town" if pop >= 10_000 else "village"


_PURE_ARABIC = re.compile(r"[\u0621-\u064A ]+")


def _main_first(names: list[str]) -> list[str]:
    """Standard-Arabic spellings first, and 'دمشق' before 'د مشق'."""
    squeezed = {n.replace(" ", "") for n in names if " " not in n}

    def rank(n: str) -> tuple[bool, bool]:
        return (not _PURE_ARABIC.fullmatch(n), " " in n and n.replace(" ", "") in squeezed)

    return sorted(names, key=rank)


def read_geonames(path: Path, iso3: dict[str, str]) -> Iterator[PlaceRow]:
    """GeoNames cities500 (MENA): rows with at least one Arabic name."""
    for r in read_tsv(path):
        names = _main_first([n for n in r["arabic_names"].split("|") if n])
        if not names or r["countrycode"] not in iso3:
            continue
        pop = int(r["population"] or 0)
        yield PlaceRow(
            name=ascii_name(r["name"]),
            name_ar=names[0],
            names_ar=names,
            lat=float(r["latitude"]),
            lon=float(r["longitude"]),
            country=iso3[r["countrycode"]],
            feature=_feature_from_population(pop),
            source="geonames",
            licence=LICENCE_GEONAMES,
            population=pop,
            geonameid=int(r["geonameid"]),
            admin1_code=f"{r['countrycode']}.{r['admin1code']}",
        )


def read_ocha(path: Path) -> Iterator[PlaceRow]:
    """OCHA Syria communities (admin 4 points with admin 1-3 names; admin 3 = sub-district)."""
    for r in read_tsv(path):
        if "\ufffd" in r["name_ar"]:
            continue
        names = [n.strip() for n in r["name_ar"].split("_") if n.strip()]
        yield PlaceRow(
            name=r["name_en"].split("_")[0],
            name_ar=names[0],
            names_ar=names,
            lat=float(r["lat"]),
            lon=float(r["lon"]),
            country="SYR",
            feature="village",
            source="ocha",
            licence=LICENCE_OCHA,
            pcode=r["pcode"],
            admin1=r["admin1_en"],
            admin1_ar=r["admin1_ar"],
            admin2=r["admin2_en"],
            admin2_ar=r["admin2_ar"],
            admin3=r["admin3_en"] or None,
            admin3_ar=r["admin3_ar"] or None,
            admin1_code=r["admin1_code"],
        )


_OSM_FEATURES = {"city": "city", "town": "town", "village": "village", "hamlet": "hamlet"}


def read_osm(path: Path, country: str) -> Iterator[PlaceRow]:
    """OpenStreetMap places (Libya, Sudan): ODbL rows, kept identifiable by source/licence."""
    for r in read_tsv(path):
        name_ar = r["name_ar"].strip()
        if not name_ar:
            continue
        names = [name_ar]
        if name_ar.startswith("مدينة ") and len(name_ar) > 8:
            names.append(name_ar[len("مدينة ") :])
        pop = r.get("population") or "0"
        yield PlaceRow(
            name=r.get("name_en") or name_ar,
            name_ar=name_ar,
            names_ar=names,
            lat=float(r["lat"]),
            lon=float(r["lon"]),
            country=country,
            feature=_OSM_FEATURES.get(r["place"], "hamlet"),
            source="osm",
            licence=LICENCE_OSM,
            population=int(float(pop)) if pop.replace(".", "", 1).isdigit() else 0,
        )


def _team_row(r: dict[str, str], feature: str, source: str) -> PlaceRow:
    """One row of a file written by the rasd team: '|'-separated Arabic names, the first the
    display name; optional admin1 columns."""
    names = [n for n in r["names_ar"].split("|") if n]
    return PlaceRow(
        name=r["name_en"],
        name_ar=names[0],
        names_ar=names,
        lat=float(r["lat"]),
        lon=float(r["lon"]),
        country=r["iso3"],
        feature=feature,
        source=source,
        licence=LICENCE_RASD,
        admin1=r.get("admin1_en") or None,
        admin1_ar=r.get("admin1_ar") or None,
    )


def read_world_countries(path: Path, source: str) -> Iterator[PlaceRow]:
    """The other countries of the world (resources/gazetteer/world_countries.tsv)."""
    for r in read_tsv(path):
        yield _team_row(r, "country", source)


def read_regions(path: Path) -> Iterator[PlaceRow]:
    """The hand-written regions and countries file (resources/gazetteer/regions.tsv)."""
    for r in read_tsv(path):
        yield _team_row(r, r["feature"], "rasd")
