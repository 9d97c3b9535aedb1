"""Governments of the countries outside the conflict registry files (rasd.actors.world)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.actors.registry import bundled_registry_path
from rasd.actors.world import _listed, world_governments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأدانت البرازيل الهجوم على السفارة.", ("البرازيل", "bra-government")),
        ("وقالت وزارة الخارجية الكندية إن", ("وزارة الخارجية الكندية", "can-government")),
        ("وصرح مسؤول نيجيري بأن", ("مسؤول نيجيري", "nga-government")),
        ("تظاهروا أمام القنصلية اليونانية", ("القنصلية اليونانية", "grc-government")),
    ],
)
def test_world_governments_are_found(bundled_mentions, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in bundled_mentions(text)


def test_a_nationality_accusative_is_not_the_country() -> None:
    from rasd.actors.schema import load_schema

    countries = load_schema().countries
    assert "ESP" not in countries  # "اسبانيا" is also "Spanish" (accusative): "سائحا اسبانيا"
    assert countries["BRA"] == ("البرازيل",)


def test_world_governments_file_is_up_to_date() -> None:
    path = Path(str(bundled_registry_path())) / "world_governments.jsonl"
    shipped = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert shipped == world_governments(_listed(path.parent, path.name))
    ids = {r["id"] for r in shipped}
    assert {"bra-government", "nga-government", "esp-government"} <= ids
    assert "fra-government" not in ids  # written by hand in foreign_international.jsonl
