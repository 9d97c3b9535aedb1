from rasd.registry import STAGES
from rasd.stages.events import build


def test_registry_line_matches_the_events_stage() -> None:
    stage = build()
    assert stage.version == STAGES["events"].version == "events.v1"
