"""The actors stage with the bundled registry: contract, offsets, and the Ghouta example."""

from __future__ import annotations

import pytest
from tests.conftest import SEED

from rasd.doc import Document
from rasd.registry import build_pipeline, create_stage


@pytest.fixture(scope="module")
def stage():
    return create_stage("actors")


def test_stage_contract(stage):
    assert (stage.name, stage.version) == ("actors", "actors.registry.v1")
    assert stage.requires == ("tokens", "sentences", "entities")
    assert stage.provides == ("entities", "actors", "actor_mentions", "relations")


def _run(stage, text, date=None):
    pipe = build_pipeline(("normalize", "tokenize", "sentences"))
    return stage(pipe.run(Document(text=text, date=date)).with_layer("entities", ()))


def test_stage_spans_point_into_original_text(stage):
    text = "قصفَ جيشُ الأسد\u200c مواقعَ فيلقِ الرحمن\r\nوقالت قوات النظام"
    doc = _run(stage, text)
    surfaces = [text[m.start : m.end] for m in doc.layer("actor_mentions")]
    assert surfaces == ["جيشُ الأسد", "فيلقِ الرحمن", "قوات النظام"]
    for actor in doc.layer("actors"):
        assert all(text[s:e].strip() == text[s:e] and e > s for s, e in actor.mentions)


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not available")
def test_stage_ghouta_example(stage):
    text = SEED.read_text("utf-8")
    doc = _run(stage, text, "2018-03-25")
    by_surface: dict[str, set[str]] = {}
    for m in doc.layer("actor_mentions"):
        by_surface.setdefault(text[m.start : m.end], set()).add(m.actor_id)
    army = by_surface["جيش الاسد"]
    for alias in ("الجيش العربي السوري", "جيش السوري", "النظام"):
        assert by_surface[alias] == army
    assert by_surface["فيق الرحمن"] == by_surface["فيلق الرحمن"]
    assert by_surface["محمد علوش"] == by_surface["علوش"]
    ents = {e.id: text[e.start : e.end] for e in doc.layer("entities")}
    rels = {(r.type, ents[r.head], ents[r.tail]) for r in doc.layer("relations")}
    assert ("leader_of", "محمد علوش", "جيش الاسلام") in rels
    assert ("leader_of", "ابو عاصي", "فيلق الرحمن") in rels


def test_stage_country_branch_of_transnational_group(test_registry):
    """A part_of branch in the document's country replaces its parent (IS -> IS Libya)."""
    import json

    from rasd.actors.registry import Registry, record_from_json
    from rasd.stages.actors import ActorStage

    extra = [
        {
            "id": "x-is",
            "kind": "jihadist_group",
            "name": "IS",
            "name_ar": "داعش",
            "country": None,
            "acled_inter": 2,
        },
        {
            "id": "x-is-lby",
            "kind": "jihadist_group",
            "name": "IS Libya",
            "name_ar": "ولاية طرابلس",
            "country": "LBY",
            "acled_inter": 2,
            "memberships": [{"id": "x-is", "rel": "part_of", "from": "2014-11", "to": None}],
        },
        {
            "id": "x-gnc",
            "kind": "government",
            "name": "GNC",
            "name_ar": "المؤتمر الوطني العام",
            "country": "LBY",
            "acled_inter": 1,
        },
    ]
    reg = Registry(
        test_registry.records + tuple(record_from_json(json.loads(json.dumps(e))) for e in extra)
    )
    stage = ActorStage(reg)
    text = "رفض المؤتمر الوطني العام الاتفاق. وهاجم داعش نقطة تفتيش. وقال المؤتمر الوطني العام ان الحوار مستمر."
    ids = [m.actor_id for m in _run(stage, text, "2015-08-01").layer("actor_mentions")]
    assert ids == ["x-gnc", "x-is-lby", "x-gnc"]
    assert [m.actor_id for m in _run(stage, text, "2013-01-01").layer("actor_mentions")][
        1
    ] == "x-is"
