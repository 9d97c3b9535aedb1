"""The ner stage with the shipped model: entities, offsets, confidences, robustness, CLI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rasd.doc import Document
from rasd.pipeline import Pipeline
from rasd.stages.ner import NerStage, build
from rasd.stages.text import NormalizeStage, SentenceStage, TokenizeStage


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([NormalizeStage(), TokenizeStage(), SentenceStage(), build()])


def _entities(pipe: Pipeline, text: str) -> set[tuple[str, str]]:
    doc = pipe(text)
    return {(text[e.start : e.end], e.label) for e in doc.layer("entities")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قال الرئيس السوري بشار الأسد في دمشق إن الجيش سيواصل عملياته.",
            {("بشار الأسد", "PER"), ("دمشق", "LOC")},
        ),
        (
            "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف.",
            {("جون كيري", "PER"), ("سيرغي لافروف", "PER"), ("جنيف", "LOC")},
        ),
        (
            "وأعلن المتحدث باسم الأمم المتحدة ستيفان دوجاريك أن المنظمة سترسل مساعدات.",
            {("الأمم المتحدة", "ORG"), ("ستيفان دوجاريك", "PER")},
        ),
        ("قَالَ الرَّئِيسُ بَشّار الأَسَد", {("بَشّار الأَسَد", "PER")}),
        ("وقال الرئيس بشـــار الأسد", {("بشـــار الأسد", "PER")}),
    ],
)
def test_ner_finds_entities(pipe: Pipeline, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _entities(pipe, text)


def test_ner_entity_records_follow_the_contract(pipe: Pipeline) -> None:
    text = "وصل جون كيري إلى جنيف\nوالتقى سيرغي لافروف في القاهرة."
    ents = pipe(text).layer("entities")
    assert [e.id for e in ents] == [f"e{i}" for i in range(1, len(ents) + 1)]
    assert [e.start for e in ents] == sorted(e.start for e in ents)
    for e in ents:
        assert e.label in ("PER", "ORG", "LOC", "MISC")
        assert 0.0 <= e.confidence <= 1.0
        assert text[e.start : e.end].strip() == text[e.start : e.end]
        assert e.start == 0 or not text[e.start - 1].isalpha()  # whole tokens only


def test_ner_build_loads_no_model() -> None:
    stage = build()
    assert (stage.name, stage.version) == ("ner", "ner.crf.v3")
    assert (stage.requires, stage.provides) == (("tokens", "sentences"), ("entities",))
    assert stage._model is None


def test_ner_empty_document(pipe: Pipeline) -> None:
    assert pipe("").layer("entities") == ()
    assert (
        NerStage(model=build().model)(
            Document("").with_layer("tokens", ()).with_layer("sentences", ())
        ).layer("entities")
        == ()
    )


def _data_dir() -> Path | None:
    for cand in (
        os.environ.get("RASD_DATA", ""),
        os.path.join(os.environ.get("RASD_SHARED_DIR", "/nonexistent"), "data"),
        "shared/data",
        "../shared/data",
        "/work/shared/data",
    ):
        if cand and (Path(cand) / "anercorp_camel").is_dir():
            return Path(cand)
    return None


@pytest.mark.skipif(_data_dir() is None, reason="shared/data (ANERcorp) not available")
def test_ner_noisy_dev_loses_at_most_two_f1(pipe: Pipeline) -> None:
    from rasd.models.ner.perturb import perturb, stage_score
    from rasd.models.ner.train import load_data

    data = load_data(_data_dir())  # type: ignore[arg-type]
    clean = stage_score(data.dev, pipe).prf()[2]
    noisy = stage_score(perturb(data.dev, seed=1), pipe).prf()[2]
    assert clean >= 80.0
    assert clean - noisy <= 2.0


def test_ner_cli_eval_scores_a_conll_file(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rasd.cli.main import app

    gold = tmp_path / "gold.conll"
    gold.write_text("التقى O\nجون B-PERS\nكيري I-PERS\nفي O\nجنيف B-LOC\n. O\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "ner", str(gold)])
    assert result.exit_code == 0, result.output
    assert "micro" in result.output
    assert "100.0" in result.output


def test_ner_cli_train_has_help() -> None:
    from typer.testing import CliRunner

    from rasd.cli.main import app

    result = CliRunner().invoke(app, ["train", "ner", "--help"])
    assert result.exit_code == 0
    assert "--extra" in result.output
