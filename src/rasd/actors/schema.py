"""Registry vocabularies (``resources/actors/matching/schema.toml``): kinds, inter codes, link
relations, country names (plus those of ``resources/gazetteer/world_countries.tsv``), the theatres of actors that share an alias, and one-word names that
are common words without their article."""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.text.normalize import normalize_key

__all__ = ["Schema", "load_schema"]


@dataclass(frozen=True)
class Schema:
    kinds: frozenset[str]
    acled_inter: frozenset[int]
    link_rels: frozenset[str]
    leader_rels: frozenset[str]
    countries: dict[str, tuple[str, ...]]  # ISO3 -> Arabic names
    capitals: dict[str, tuple[str, ...]]  # ISO3 -> capital names used for the government
    theatres: dict[str, tuple[str, ...]]  # actor id -> ISO3 of the countries it fights in
    definite_only: frozenset[str] = frozenset()  # one-word names that need their article


def _with_world_countries(countries: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Add the names of the gazetteer's world countries (resources/gazetteer/world_countries.tsv)
    for the countries the schema does not list: "أدانت البرازيل" names Brazil's government.  A
    name spelt like the accusative of a nationality adjective ("اسبانيا": Spain, or "Spanish" in
    "سبعة عشر سائحا اسبانيا") is left out."""
    path = resources.files("rasd.resources").joinpath("gazetteer", "world_countries.tsv")
    accusatives = {f + "ا" for f in _nationality_forms()}
    out = dict(countries)
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"):
            names = [n for n in row["names_ar"].split("|") if normalize_key(n) not in accusatives]
            if names:
                out.setdefault(row["iso3"], tuple(names))
    return out


def _nationality_forms() -> set[str]:
    """The nationality adjectives of generic_terms.tsv (rows ``nat:<ISO3>``)."""
    from rasd.actors.generic import load_generic_terms  # generic -> resolve -> schema

    return set(load_generic_terms().nationalities)


@lru_cache(maxsize=1)
def load_schema() -> Schema:
    """Read ``schema.toml`` once, on first use."""
    path = resources.files("rasd.resources").joinpath("actors", "matching", "schema.toml")
    data = tomllib.loads(path.read_text("utf-8"))
    return Schema(
        kinds=frozenset(data["kinds"]),
        acled_inter=frozenset(int(x) for x in data["acled_inter"]),
        link_rels=frozenset(data["link_rels"]),
        leader_rels=frozenset(data["leader_rels"]),
        countries=_with_world_countries(
            {k: tuple(v) for k, v in data.get("countries", {}).items()}
        ),
        capitals={k: tuple(v) for k, v in data.get("capitals", {}).items()},
        theatres={k: tuple(v) for k, v in data.get("theatres", {}).items()},
        definite_only=frozenset(normalize_key(w) for w in data.get("definite_only", [])),
    )
