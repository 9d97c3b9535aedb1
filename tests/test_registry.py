"""Golden test pinning the stage registry: change it on purpose, together with rasd/registry.py."""

from rasd.registry import DEFAULT_PIPELINE, STAGES, build_pipeline

EXPECTED_ORDER = (
    "normalize",
    "tokenize",
    "sentences",
    "ner",
    "quantities",
    "dates",
    "actors",
    "places",
    "events",
)


def test_registry_default_order_is_pinned() -> None:
    assert DEFAULT_PIPELINE == EXPECTED_ORDER
    assert set(STAGES) == set(EXPECTED_ORDER)


def test_registry_versions_match_stage_objects() -> None:
    pipe = build_pipeline()
    for stage in pipe.stages:
        assert stage.name in STAGES
        assert stage.version == STAGES[stage.name].version, stage.name
