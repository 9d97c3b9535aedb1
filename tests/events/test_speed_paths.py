"""Speed-only changes keep the events identical (issue 8)."""

from __future__ import annotations

import pytest
from tests.conftest import SEED

import rasd.events.extract as extract
from rasd.pipeline import default_pipeline


def test_speed_near_mentions_give_the_same_events(monkeypatch: pytest.MonkeyPatch) -> None:
    if not SEED.is_file():
        pytest.skip("shared/seed/ghouta.txt not present")
    pipe = default_pipeline()
    doc = pipe(SEED.read_text("utf-8"), date="2018-03-25")
    events = doc.layer("events")
    assert any(e.actor1 or e.actor2 for e in events)
    monkeypatch.setattr(extract, "_near", lambda art, sent: list(art.mentions))
    assert pipe(SEED.read_text("utf-8"), date="2018-03-25").layer("events") == events
