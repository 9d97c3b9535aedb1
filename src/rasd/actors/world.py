"""Governments of the countries the hand-written registry files leave out.

ACLED names a state's government "Government of X" whatever the country; the registry files of
the conflicts (syria.jsonl, foreign_international.jsonl …) give about fifty of them.  This module
writes ``resources/actors/registry/world_governments.jsonl``: one ``<iso3>-government`` record
(kind government, ACLED inter 8, external forces, as for the other foreign governments) for
every country of the gazetteer's ``world_countries.tsv`` and of the ``[countries]`` table of
``schema.toml`` whose government no registry file lists.  Its Arabic names are "حكومة <country>"
and, where ``generic_terms.tsv`` has the country's nationality adjective, "الحكومة <adjective>"
with the usual variants (السلطات، الخارجية، وزارة الخارجية).  Run::

    python -m rasd.actors.world OUT_JSONL
"""

from __future__ import annotations

import csv
import json
import sys
from importlib import resources
from pathlib import Path

from rasd.actors.generic import load_generic_terms
from rasd.actors.schema import load_schema

__all__ = ["world_governments"]

PROVENANCE = "rasd.actors.world: country names of world_countries.tsv / schema.toml"
_BODIES = ("الحكومة", "السلطات", "الخارجية", "وزارة الخارجية")


def _tsv(package: str, name: str) -> list[dict[str, str]]:
    with resources.files(package).joinpath(name).open(encoding="utf-8") as f:
        return list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))


def _adjectives() -> dict[str, str]:
    """ISO3 -> the first nationality adjective generic_terms.tsv lists for it."""
    out: dict[str, str] = {}
    for form, iso in load_generic_terms().nationalities.items():
        out.setdefault(iso, form)
    return out


def _country_names() -> dict[str, list[str]]:
    """Arabic country names: schema.toml's [countries] and the gazetteer's world countries."""
    names = {iso: list(ns) for iso, ns in load_schema().countries.items()}
    for r in _tsv("rasd.resources.gazetteer", "world_countries.tsv"):
        names.setdefault(r["iso3"], r["names_ar"].split("|"))
    return names


def world_governments(have: set[str]) -> list[dict[str, object]]:
    """Records for the countries whose government is not in ``have`` (ISO3 codes)."""
    english = {r["alpha3"]: r["name"] for r in _tsv("rasd.resources.store", "countries.tsv")}
    adjectives = _adjectives()
    out: list[dict[str, object]] = []
    for iso, names in sorted(_country_names().items()):
        if iso in have or iso not in english or not names:
            continue
        aliases = [f"حكومة {n}" for n in names]
        if iso in adjectives:
            fem = "ال" + adjectives[iso] + "ة"
            aliases = [f"{b} {fem}" for b in _BODIES] + aliases
        out.append(
            {
                "id": f"{iso.lower()}-government",
                "kind": "government",
                "name": f"Government of {english[iso]}",
                "name_ar": aliases[0],
                "aliases_ar": aliases[1:],
                "aliases_en": [f"Government of {english[iso]}"],
                "country": iso,
                "acled_inter": 8,
                "memberships": [],
                "leaders": [],
                "provenance": PROVENANCE,
            }
        )
    return out


def _listed(folder: Path, skip: str) -> set[str]:
    """Countries with a top-level government in the registry files other than ``skip``."""
    have = set()
    for path in sorted(folder.glob("*.jsonl")):
        if path.name == skip:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else {}
            part_of = any(m.get("rel") == "part_of" for m in rec.get("memberships", []))
            if rec.get("kind") == "government" and rec.get("country") and not part_of:
                have.add(rec["country"])
    return have


def main(argv: list[str]) -> None:
    out = Path(argv[0])
    records = world_governments(_listed(out.parent, out.name))
    with out.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
