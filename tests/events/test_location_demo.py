"""Event location on the bundled demo article, through the whole default pipeline."""

from __future__ import annotations

import json
from importlib import resources

from rasd.registry import build_pipeline


def _demo(prefix: str) -> dict[str, str]:
    lines = resources.files("rasd.resources").joinpath("samples/demo.jsonl").read_text("utf-8")
    return next(a for a in map(json.loads, lines.splitlines()) if a["text"].startswith(prefix))


def test_demo_taiz_airstrike_is_on_the_outskirts_of_taiz() -> None:
    art = _demo("تعز -")
    doc = build_pipeline()(art["text"], date=art["date"])
    places = {p.id: p for p in doc.get("places")}
    first = next(e for e in doc.get("events") if e.type == "ASSAULT")
    assert art["text"][first.trigger.start : first.trigger.end] == "غارات"
    assert (places[first.location].name, first.geo_precision) == ("Taiz", 2)
    assert art["text"][: places[first.location].start].endswith("في محيط مدينة ")


def test_demo_ghouta_clash_is_in_arbin() -> None:
    art = _demo("دمشق -")
    doc = build_pipeline()(art["text"], date=art["date"])
    places = {p.id: p for p in doc.get("places")}
    clash = next(e for e in doc.get("events") if e.type == "ASSAULT")
    assert places[clash.location].name == "Irbin"
