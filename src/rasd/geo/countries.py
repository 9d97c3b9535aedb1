"""World countries for the gazetteer: Arabic names and a representative point per country.

The source gazetteer (``shared/data/gazetteer_ar``) and ``regions.tsv`` name the MENA and Sahel
countries only, so "هجوم في نيجيريا" or "وصل إلى البرازيل" found no place.  This module writes
``resources/gazetteer/world_countries.tsv`` from a hand-written list of the other countries
(ISO 3166-1 alpha-3, English name, standard Arabic names and press variants, written by the rasd
team) and the country shapes of world-atlas 2.0.2 (``countries-50m.json``, Natural Earth, public
domain; already shipped for the web map): the point is the centroid of the country's largest
polygon, or, when that falls outside it (a crescent-shaped country), the middle of the widest
inside stretch of the centroid's latitude.  Run::

    python -m rasd.geo.countries NAMES_TSV ATLAS_JSON STORE_COUNTRIES_TSV OUT_TSV

NAMES_TSV has the columns of the output (``iso3 name_en names_ar lat lon``; names '|'-separated;
usually the shipped file itself): the points are recomputed from the atlas, except for a country
it has no shape for (Kosovo, Tuvalu), whose given point is kept.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

__all__ = ["country_points", "representative_point"]

Ring = list[tuple[float, float]]  # (lon, lat)
COLUMNS = ("iso3", "name_en", "names_ar", "lat", "lon")


def _decode_arcs(topo: dict[str, object]) -> list[Ring]:
    transform = topo["transform"]
    assert isinstance(transform, dict)
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    out: list[Ring] = []
    arcs = topo["arcs"]
    assert isinstance(arcs, list)
    for arc in arcs:
        x = y = 0
        ring: Ring = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            ring.append((x * sx + tx, y * sy + ty))
        out.append(ring)
    return out


def _ring(indices: list[int], arcs: list[Ring]) -> Ring:
    ring: Ring = []
    for i in indices:
        part = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(part[1:] if ring else part)
    return ring


def _area_centroid(ring: Ring) -> tuple[float, float, float]:
    """Signed area and centroid (lon, lat) of a closed ring (planar, degrees)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        xs, ys = zip(*ring, strict=True)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return a / 2, cx / (3 * a), cy / (3 * a)


def _crossings(rings: list[Ring], lat: float) -> list[float]:
    xs: list[float] = []
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
            if (y0 > lat) != (y1 > lat):
                xs.append(x0 + (lat - y0) * (x1 - x0) / (y1 - y0))
    return sorted(xs)


def representative_point(rings: list[Ring]) -> tuple[float, float]:
    """(lat, lon) inside a polygon given as outer ring + holes: its centroid if inside, else the
    middle of the widest inside stretch of the centroid's latitude."""
    _, cx, cy = _area_centroid(rings[0])
    xs = _crossings(rings, cy)
    stretches = list(zip(xs[::2], xs[1::2], strict=False))
    if any(a <= cx <= b for a, b in stretches) or not stretches:
        return round(cy, 3), round(cx, 3)
    a, b = max(stretches, key=lambda s: s[1] - s[0])
    return round(cy, 3), round((a + b) / 2, 3)


def country_points(topo: dict[str, object]) -> dict[int, tuple[float, float]]:
    """ISO numeric code -> (lat, lon) of the largest polygon of each country in a TopoJSON."""
    arcs = _decode_arcs(topo)
    objects = topo["objects"]
    assert isinstance(objects, dict)
    out: dict[int, tuple[float, float]] = {}
    for g in objects["countries"]["geometries"]:
        if not str(g.get("id", "")).isdigit():
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] if g["type"] else []
        shapes = [[_ring(r, arcs) for r in poly] for poly in polys]
        if shapes:
            biggest = max(shapes, key=lambda rs: abs(_area_centroid(rs[0])[0]))
            out[int(g["id"])] = representative_point(biggest)
    return out


def _rows(names: Path, atlas: Path, store: Path) -> list[dict[str, str]]:
    """The names file's rows with their points recomputed from the atlas (kept where the atlas
    has no shape for the country)."""
    numeric = {r["alpha3"]: int(r["numeric"]) for r in _read(store)}
    points = country_points(json.loads(atlas.read_text(encoding="utf-8")))
    rows = []
    for r in _read(names):
        point = points.get(numeric[r["iso3"]])
        lat, lon = point if point else (float(r["lat"]), float(r["lon"]))
        rows.append({**r, "lat": f"{lat:g}", "lon": f"{lon:g}"})
    return rows


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))


def main(argv: list[str]) -> None:
    names, atlas, store, out = map(Path, argv)
    rows = _rows(names, atlas, store)
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(
            "# World countries outside regions.tsv: see rasd.geo.countries and provenance.toml\n"
        )
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1:])
