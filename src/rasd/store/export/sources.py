"""ACLED ``source_scale``: how close each source of an event is to where the event happened.

The outlets table (``resources/store/outlets.tsv``) gives each known outlet a base country and a
kind: local, subnational, national, regional (pan-Arab), international or new_media.  An
article's outlet is found by the host of its URL (domain suffix), else by its ``source`` value
(normalised name, id or domain).  The scale is then read against the event's country and admin-1:

- international / new_media outlets: International / New media, wherever the event is;
- national: National in its own country, Regional elsewhere in the same region, else International;
- local / subnational: Subnational in the admin-1 units it covers, National elsewhere in its
  country, then Regional / International as a national outlet (ACLED's published values have no
  plain "Local": its "Local partner" means ACLED's own partner networks, which rasd never has);
- regional (pan-Arab): Regional inside the region, International outside it.

The "region" is ACLED's Middle East plus Northern Africa (countries.tsv), the pan-Arab press's
sphere.  Several sources give a pair in ACLED's order (New media, Subnational, National, Regional,
International), e.g. "National-International"; ACLED's values are never longer than a pair, so
three or more scales give the closest and the farthest ("Subnational-International").  An
unknown outlet, or a country-relative outlet for an event without a country, makes the whole
value empty: it is never guessed.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from rasd.store.export.records import country_info
from rasd.text.normalize import normalize_key

__all__ = ["Outlet", "Outlets", "load_outlets", "scale_label", "source_scale"]

SCALE_ORDER = ("New media", "Subnational", "National", "Regional", "International")
_REGION = frozenset({"Middle East", "Northern Africa"})
_FIXED = {"international": "International", "new_media": "New media"}
_LOCAL = frozenset({"local", "subnational"})
_LATIN = re.compile(r"[^a-z0-9\u0600-\u06ff ]+")


@dataclass(frozen=True, slots=True)
class Outlet:
    id: str
    name: str
    country: str | None  # ISO3 of the outlet's base (None for platforms)
    kind: str  # local | subnational | national | regional | international | new_media
    area: frozenset[str]  # admin-1 units a local / subnational outlet covers


def _name_key(text: str) -> str:
    """'Al-Quds Al-Arabi' -> 'al quds al arabi'; Arabic folded as everywhere in rasd."""
    folded = _LATIN.sub(" ", normalize_key(text).lower())
    return " ".join(folded.replace("-", " ").split())


def _host(text: str) -> str:
    """The host of a URL or bare domain ('https://www.sana.sy/?p=1' -> 'sana.sy'), else ''."""
    value = text.strip().lower()
    if "://" not in value:
        if " " in value or "." not in value:
            return ""
        value = "http://" + value
    host = urlsplit(value).hostname or ""
    return host[4:] if host.startswith("www.") else host


class Outlets:
    """Outlet look-up by URL host (domain suffix) and by normalised name."""

    def __init__(self, outlets: Iterable[tuple[Outlet, list[str], list[str]]]) -> None:
        self.by_domain: dict[str, Outlet] = {}
        self.by_name: dict[str, Outlet] = {}
        for outlet, names, domains in outlets:
            for d in domains:
                self.by_domain[d.lower()] = outlet
            for n in [outlet.id, outlet.name, *names]:
                self.by_name.setdefault(_name_key(n), outlet)

    def by_host(self, host: str) -> Outlet | None:
        parts = host.split(".")
        for i in range(len(parts) - 1):
            hit = self.by_domain.get(".".join(parts[i:]))
            if hit is not None:
                return hit
        return None

    def find(self, source: str | None, url: str | None = None) -> Outlet | None:
        """The outlet of an article: its URL's host first, then its source value."""
        for value in (url or "", source or ""):
            host = _host(value)
            if host and (hit := self.by_host(host)) is not None:
                return hit
        key = _name_key(source or "")
        return self.by_name.get(key) if key else None


@lru_cache(maxsize=1)
def load_outlets() -> Outlets:
    """The bundled outlets table, read once."""
    path = resources.files("rasd.resources.store").joinpath("outlets.tsv")
    rows = []
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            outlet = Outlet(
                id=r["id"],
                name=r["name"],
                country=r["country"] or None,
                kind=r["kind"],
                area=frozenset(a for a in r["area"].split("|") if a),
            )
            names = [n for n in r["names"].split("|") if n]
            rows.append((outlet, names, [d for d in r["domains"].split("|") if d]))
    return Outlets(rows)


def _in_region(country: str | None) -> bool:
    return country_info(country).get("region") in _REGION


def scale_label(outlet: Outlet, country: str | None, admin1: str | None) -> str:
    """ACLED's scale of one outlet for an event in ``country`` (ISO3) / ``admin1``; '' if unknown."""
    if outlet.kind in _FIXED:
        return _FIXED[outlet.kind]
    if not country:
        return ""
    if outlet.kind == "regional":
        return "Regional" if _in_region(country) else "International"
    if outlet.country == country:
        if outlet.kind in _LOCAL and admin1 in outlet.area:
            return "Subnational"
        return "National"
    return "Regional" if _in_region(country) and _in_region(outlet.country) else "International"


def source_scale(
    articles: Iterable[dict[str, object]], country: str | None, admin1: str | None
) -> str:
    """The combined scale of an event's source articles ('' when any outlet is unknown)."""
    outlets = load_outlets()
    labels = set()
    for art in articles:
        outlet = outlets.find(_str(art.get("source")), _str(art.get("url")))
        label = scale_label(outlet, country, admin1) if outlet else ""
        if not label:
            return ""
        labels.add(label)
    found = [s for s in SCALE_ORDER if s in labels]
    return "-".join(found if len(found) <= 2 else [found[0], found[-1]])


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None
