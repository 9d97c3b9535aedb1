"""Build the embedded gazetteer (one SQLite file) from the source TSVs.

Reads every file of ``shared/data/gazetteer_ar`` plus the hand-written ``regions.tsv``, the
world capitals and large cities of ``world_cities.tsv`` (exact names only, see `rasd.geo.world`)
and the other countries of ``world_countries.tsv`` (exact names only, `rasd.geo.countries`);
merges GeoNames and OCHA (and OSM) rows that name the same place within a few km; derives
governorate centroids (OCHA admin-1 means for Syria, GeoNames admin-1 means elsewhere); and,
when a news corpus is given, stores for every single-word name how often the news use it as a
word and how often after a locative cue (a statistic, no text).  Writes tables ``places``,
``names`` and ``meta``.  Every place row keeps its ``source`` and ``licence`` (ODbL rows
stay identifiable).
"""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from rasd.geo.distance import haversine_km
from rasd.geo.gazetteer import FAR as WORLD_SOURCE
from rasd.geo.gazetteer import WORLD_COUNTRIES
from rasd.geo.sources import (
    LICENCE_GEONAMES,
    LICENCE_OCHA,
    PlaceRow,
    ascii_name,
    read_geonames,
    read_ocha,
    read_osm,
    read_regions,
    read_tsv,
    read_world_countries,
)
from rasd.text.normalize import normalize_key

__all__ = ["WORLD_SOURCE", "build_gazetteer", "news_statistics"]


_ADMIN1_TYPES = {
    "Province",
    "Governorate",
    "State",
    "Popularate",
    "Emirate",
    "Region",
    "Prefecture",
}
_MERGE_KM = 8.0
_LOC_CUES = frozenset(
    "في قرب مدينة بلدة قرية محافظة ريف حي مخيم منطقة بين شمال جنوب شرق غرب".split()
)
_ARABIC = re.compile(r"[\u0621-\u064A]")
_WORD = re.compile(r"[\u0621-\u064A]+")
MIN_WORD_FREQ = 10


def _keys(row: PlaceRow) -> set[str]:
    return {k for k in (normalize_key(n) for n in row.names_ar) if k}


def _grid(rows: Iterable[PlaceRow]) -> dict[tuple[int, int], list[PlaceRow]]:
    grid: dict[tuple[int, int], list[PlaceRow]] = defaultdict(list)
    for r in rows:
        grid[(int(r.lat * 10), int(r.lon * 10))].append(r)
    return grid


def _near(grid: dict[tuple[int, int], list[PlaceRow]], row: PlaceRow, km: float) -> list[PlaceRow]:
    gy, gx = int(row.lat * 10), int(row.lon * 10)
    cells = (grid.get((gy + dy, gx + dx), ()) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    found = [
        r for cell in cells for r in cell if haversine_km(row.lat, row.lon, r.lat, r.lon) <= km
    ]
    return sorted(found, key=lambda r: haversine_km(row.lat, row.lon, r.lat, r.lon))


def _merge_syria(geonames: list[PlaceRow], ocha: list[PlaceRow]) -> list[PlaceRow]:
    """Give Syrian GeoNames rows OCHA admin names and fold same-name OCHA points into them."""
    grid = _grid(ocha)
    absorbed: set[str] = set()
    for g in (r for r in geonames if r.country == "SYR"):
        near = _near(grid, g, 15.0)
        if not near:
            continue
        o = near[0]
        g.admin1, g.admin1_ar, g.admin2, g.admin2_ar = o.admin1, o.admin1_ar, o.admin2, o.admin2_ar
        gkeys = _keys(g)
        same = [o for o in near if _keys(o) & gkeys and o.pcode not in absorbed]
        same = [o for o in same if haversine_km(g.lat, g.lon, o.lat, o.lon) <= _MERGE_KM]
        sub = same[0] if same and same[0].admin2 == o.admin2 else o  # the namesake's nahiya
        g.admin3, g.admin3_ar = sub.admin3, sub.admin3_ar
        if same:
            g.pcode = same[0].pcode
            g.names_ar.extend(n for n in same[0].names_ar if n not in g.names_ar)
            absorbed.add(same[0].pcode or "")
    return [o for o in ocha if o.pcode not in absorbed]


def _merge_into(base: list[PlaceRow], extra: list[PlaceRow]) -> list[PlaceRow]:
    """Drop rows of ``extra`` that repeat a ``base`` row (same key, within _MERGE_KM)."""
    grid = _grid(base)
    kept = []
    for r in extra:
        keys = _keys(r)
        if not any(_keys(b) & keys for b in _near(grid, r, _MERGE_KM)):
            kept.append(r)
    return kept


def _drop_shadowing_aliases(rows: list[PlaceRow], places: list[PlaceRow]) -> None:
    """OCHA 'A_B' names: drop a second name B that is another place's main name ('..._منبج')."""
    main = {normalize_key(p.name_ar) for p in places}
    for r in rows:
        if len(r.names_ar) > 1:
            r.names_ar = r.names_ar[:1] + [
                n for n in r.names_ar[1:] if normalize_key(n) not in main
            ]


def _admin1_units(path: Path, iso3: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    """'IQ.01' -> (English name, Arabic aliases) for the admin-1 units of the subdivisions file."""
    units: dict[str, tuple[str, list[str]]] = {}
    for r in read_tsv(path):
        code = r["geonames_code"]
        if r["type"] not in _ADMIN1_TYPES or code[:2] not in iso3 or code.count(".") != 1:
            continue
        aliases = [a for a in r["aliases"].split("|") if a]
        english = next(
            (a for a in aliases if re.fullmatch(r"[A-Za-z' -]+ (Governorate|State)", a)), ""
        )
        english = re.sub(r" (Governorate|State)$", "", english) or ascii_name(r["name"])
        arabic = [a for a in aliases if _ARABIC.search(a) and not re.search("[پێۆەھی]", a)]
        units[code] = (english, arabic)
    return units


def _governorates(
    units: dict[str, tuple[str, list[str]]], places: list[PlaceRow], iso3: dict[str, str]
) -> list[PlaceRow]:
    """Admin-1 rows outside Syria, at the mean of the GeoNames places inside each unit."""
    members: dict[str, list[PlaceRow]] = defaultdict(list)
    for p in places:
        if p.source == "geonames" and p.admin1_code:
            members[p.admin1_code].append(p)
    city_keys = {(p.country, k) for p in places for k in _keys(p)}
    out = []
    for code, (english, arabic) in units.items():
        pts = members.get(code)
        if not pts or not arabic or code.startswith("SY"):
            continue
        country = iso3[code[:2]]
        names = [a for a in arabic if " " in a or (country, normalize_key(a)) not in city_keys]
        if not names:
            continue
        out.append(
            PlaceRow(
                name=english,
                name_ar=arabic[0],
                names_ar=names,
                country=country,
                lat=sum(p.lat for p in pts) / len(pts),
                lon=sum(p.lon for p in pts) / len(pts),
                feature="governorate",
                source="geonames",
                licence=LICENCE_GEONAMES,
                admin1=english,
                admin1_ar=min(arabic, key=len),
            )
        )
    return out


def _syria_governorates(ocha: list[PlaceRow], places: list[PlaceRow]) -> list[PlaceRow]:
    """Syrian governorates at the mean of their OCHA communities."""
    groups: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    for o in ocha:
        groups[(o.admin1 or "", o.admin1_ar or "")].append(o)
    city_keys = {k for p in places if p.country == "SYR" for k in _keys(p)}
    out = []
    for (en, ar), pts in groups.items():
        names = [f"محافظة {ar}"] + ([ar] if normalize_key(ar) not in city_keys else [])
        out.append(
            PlaceRow(
                name=en,
                name_ar=names[0],
                names_ar=names,
                country="SYR",
                feature="governorate",
                lat=sum(p.lat for p in pts) / len(pts),
                lon=sum(p.lon for p in pts) / len(pts),
                source="ocha",
                licence=LICENCE_OCHA,
                admin1=en,
                admin1_ar=ar,
            )
        )
    return out


def _world_cities(path: Path, places: list[PlaceRow]) -> list[PlaceRow]:
    """Capitals and 1M+ cities outside MENA (resources/gazetteer/world_cities.tsv, GeoNames)."""
    if not path.exists():
        return []
    iso3 = {r["countrycode"]: r["iso3"] for r in read_tsv(path)}
    taken = {k for p in places if p.source != "rasd" for k in _keys(p)}  # MENA names keep theirs
    rows = []
    for r in read_geonames(path, iso3):
        r.names_ar = [n for n in r.names_ar if normalize_key(n) not in taken]
        r.admin1_code, r.source = None, WORLD_SOURCE
        if r.names_ar:
            r.name_ar = r.names_ar[0]
            rows.append(r)
    return rows


def _world_countries(path: Path, places: list[PlaceRow]) -> list[PlaceRow]:
    """The countries outside regions.tsv (resources/gazetteer/world_countries.tsv), skipping a
    country that regions.tsv already has."""
    if not path.exists():
        return []
    have = {p.country for p in places if p.feature == "country"}
    return [r for r in read_world_countries(path, WORLD_COUNTRIES) if r.country not in have]


def _admin_for_geonames(places: list[PlaceRow], units: dict[str, tuple[str, list[str]]]) -> None:
    for p in places:
        if p.source == "geonames" and p.admin1 is None and p.admin1_code in units:
            en, ar = units[p.admin1_code]
            p.admin1, p.admin1_ar = en, (min(ar, key=len) if ar else None)


def news_statistics(
    paths: Iterable[Path], keys: set[str]
) -> tuple[dict[str, tuple[int, int]], Counter[str]]:
    """Name statistics and word frequencies over gzipped JSONL news files.

    Returns key -> (uses as a word, uses after a locative cue), where a word counts with one
    clitic letter in front (و ف ب ل) and ب in front counts as a cue; and the frequency of
    every normalised word."""
    total: Counter[str] = Counter()
    located: Counter[str] = Counter()
    words_freq: Counter[str] = Counter()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                words = _WORD.findall(normalize_key(json.loads(line).get("text", "")))
                words_freq.update(words)
                _count_words(words, keys, total, located)
    return {k: (total[k], located[k]) for k in total}, words_freq


def _count_words(
    words: list[str], keys: set[str], total: Counter[str], located: Counter[str]
) -> None:
    prev = ""
    for w in words:
        key = w if w in keys else (w[1:] if w[:1] in "وفبل" and w[1:] in keys else None)
        if key is not None:
            total[key] += 1
            if prev in _LOC_CUES or w[:1] == "ب" and key != w:
                located[key] += 1
        prev = w[1:] if w[:1] in "وف" and w[1:] in _LOC_CUES else w


_SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, name_ar TEXT, lat REAL, lon REAL,
  country TEXT, admin1 TEXT, admin1_ar TEXT, admin2 TEXT, admin2_ar TEXT, feature TEXT,
  population INTEGER, geonameid INTEGER, pcode TEXT, source TEXT, licence TEXT, admin3 TEXT,
  admin3_ar TEXT);
CREATE TABLE names (key TEXT, place INTEGER, news_freq INTEGER, news_loc INTEGER);
CREATE TABLE words (key TEXT PRIMARY KEY, freq INTEGER);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""


_NOTICE = (
    "Contains data from GeoNames (CC BY 4.0), OCHA COD (CC BY 3.0 IGO) and "
    "OpenStreetMap contributors (ODbL 1.0; rows with licence ODbL-1.0)."
)


def _place_row(i: int, p: PlaceRow) -> tuple[object, ...]:
    return (i, p.name, p.name_ar, round(p.lat, 5), round(p.lon, 5), p.country, p.admin1,
            p.admin1_ar, p.admin2, p.admin2_ar, p.feature, p.population, p.geonameid, p.pcode,
            p.source, p.licence, p.admin3, p.admin3_ar)  # fmt: skip


def _write(
    out: Path, places: list[PlaceRow], stats: dict[str, tuple[int, int]], words: Counter[str]
) -> None:
    """Write the tables to a fresh SQLite file at ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    con = sqlite3.connect(out)
    con.executescript(_SCHEMA)
    con.executemany(
        "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [_place_row(i, p) for i, p in enumerate(places)],
    )
    rows = [(k, i, *stats.get(k, (0, 0))) for i, p in enumerate(places) for k in sorted(_keys(p))]
    con.executemany("INSERT INTO names VALUES (?,?,?,?)", rows)
    kept_words = sorted((w, n) for w, n in words.items() if n >= MIN_WORD_FREQ)
    con.executemany("INSERT INTO words VALUES (?,?)", kept_words)
    meta = {
        "built": time.strftime("%Y-%m-%d"),
        "places": str(len(places)),
        "names": str(len(rows)),
        "licences": json.dumps(dict(Counter(p.licence for p in places))),
        "notice": _NOTICE,
    }
    con.executemany("INSERT INTO meta VALUES (?,?)", list(meta.items()))
    con.commit()
    con.execute("VACUUM")
    con.close()


def build_gazetteer(
    source_dir: Path, out: Path, regions: Path, news: Iterable[Path] = ()
) -> dict[str, int]:
    """Build the SQLite gazetteer at ``out``; returns counts per source."""
    iso3 = {r["iso2"]: r["iso3"] for r in read_tsv(regions.parent / "countries.tsv")}
    units = _admin1_units(source_dir / "geonames_iso_subdivisions_mena.tsv", iso3)
    geonames = list(read_geonames(source_dir / "geonames_cities500_mena_ar.tsv", iso3))
    ocha = list(read_ocha(source_dir / "ocha_syria_communities.tsv"))
    syr_gov = _syria_governorates(ocha, geonames + ocha)
    ocha_kept = _merge_syria(geonames, ocha)
    _admin_for_geonames(geonames, units)
    osm = list(read_osm(source_dir / "osm_libya_places.tsv", "LBY"))
    osm += list(read_osm(source_dir / "osm_sudan_places.tsv", "SDN"))
    osm_kept = _merge_into(geonames, osm)
    places = geonames + ocha_kept + osm_kept
    _drop_shadowing_aliases(ocha_kept, places)
    places += syr_gov + _governorates(units, places, iso3) + list(read_regions(regions))
    places += _world_cities(regions.parent / "world_cities.tsv", places)
    places += _world_countries(regions.parent / "world_countries.tsv", places)
    keys = {k for p in places for k in _keys(p) if " " not in k}
    stats, words = news_statistics(news, keys) if news else ({}, Counter())
    _write(out, places, stats, words)
    return dict(Counter(p.source for p in places))
