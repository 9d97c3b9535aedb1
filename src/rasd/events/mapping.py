"""PLOVER type/mode -> ACLED event type, sub-event type and CAMEO code (``resources/events/plover_map.tsv``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["Mapped", "load_mapping", "map_event"]


class Mapped(NamedTuple):
    acled_event_type: str | None
    acled_sub_event_type: str | None
    cameo: str | None


@lru_cache(maxsize=1)
def load_mapping() -> dict[tuple[str, str], Mapped]:
    text = resources.files("rasd.resources").joinpath("events/plover_map.tsv").read_text("utf-8")
    table: dict[tuple[str, str], Mapped] = {}
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for row in rows[1:]:
        t, mode, acled, sub, cameo = (row + [""] * 5)[:5]
        table[(t, mode)] = Mapped(acled or None, sub or None, cameo or None)
    return table


def map_event(event_type: str, mode: str | None) -> Mapped:
    """The mapping for (type, mode), else the type's default row, else all null."""
    table = load_mapping()
    return (
        table.get((event_type, mode or "*"))
        or table.get((event_type, "*"))
        or Mapped(None, None, None)
    )
