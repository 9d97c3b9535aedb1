import pytest
from tests.conftest import SEED

from rasd.doc import Document
from rasd.events.modality import MODALITIES
from rasd.registry import STAGES
from rasd.stages.events import build

from .helpers import make_doc

PLOVER = set(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT".split()
)


def test_stage_contract() -> None:
    stage = build()
    assert stage.name == "events"
    assert stage.requires == (
        "tokens",
        "sentences",
        "entities",
        "quantities",
        "dates",
        "actors",
        "places",
    )
    assert stage.provides == ("events", "actors", "actor_mentions")
    assert STAGES["events"].factory == "rasd.stages.events:build"


def _seed_doc() -> Document:
    if not SEED.is_file():
        pytest.skip("shared/seed/ghouta.txt not present")
    return build()(make_doc(SEED.read_text("utf-8"), date="2018-03-25"))


def _has(doc: Document, etype: str, trigger: str, modality: str) -> bool:
    return any(
        e.type == etype
        and trigger in doc.text[e.trigger.start : e.trigger.end]
        and e.modality == modality
        for e in doc.layer("events")
    )


@pytest.mark.parametrize(
    ("etype", "trigger", "modality"),
    [
        ("ASSAULT", "اطلاق نار", "asserted"),  # the clash between the two groups near Douma/Harasta
        ("REJECT", "يرفض", "asserted"),
        ("CONSULT", "اجتمع", "asserted"),  # the meeting with Russian officers
        ("AGREE", "وافق", "asserted"),
        ("RETREAT", "الانسحاب", "intended"),  # the agreed withdrawal
        ("THREATEN", "سيمنع بالقوة", "asserted"),
        ("THREATEN", "حرب حتى الموت", "asserted"),
        ("ASSAULT", "فسيهزمون", "hypothetical"),  # the predicted defeat of the army
    ],
)
def test_stage_seed_article_events(etype: str, trigger: str, modality: str) -> None:
    assert _has(_seed_doc(), etype, trigger, modality)


def test_stage_events_are_well_formed_spans_into_the_original_text() -> None:
    doc = _seed_doc()
    events = doc.layer("events")
    assert len(events) >= 10
    for e in events:
        assert e.type in PLOVER and e.modality in MODALITIES and 0.0 <= e.confidence <= 1.0
        assert (
            0
            <= e.evidence.start
            <= e.trigger.start
            < e.trigger.end
            <= e.evidence.end
            <= len(doc.text)
        )
        assert (
            doc.text[e.trigger.start : e.trigger.end].strip()
            == doc.text[e.trigger.start : e.trigger.end]
        )
    assert [e.id for e in events] == [f"ev{i}" for i in range(1, len(events) + 1)]


def test_stage_keeps_offsets_with_diacritics_and_tatweel() -> None:
    text = "وَاجْتَمَعَ الوفـــد مع ضباط روس.\r\nثم هدّد القائد بالانسحاب."
    doc = build()(make_doc(text))
    got = [(e.type, doc.text[e.trigger.start : e.trigger.end]) for e in doc.layer("events")]
    assert got == [("CONSULT", "وَاجْتَمَعَ"), ("THREATEN", "هدّد"), ("RETREAT", "بالانسحاب")]


def test_stage_empty_document() -> None:
    assert build()(make_doc("")).layer("events") == ()
