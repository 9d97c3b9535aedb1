import pytest

from rasd.doc import Document
from rasd.errors import PipelineError, UnknownStage
from rasd.pipeline import Pipeline
from rasd.registry import build_pipeline, create_stage


class _Stage:
    def __init__(self, name: str, requires: tuple[str, ...], provides: tuple[str, ...]) -> None:
        self.name, self.version, self.requires, self.provides = (
            name,
            f"{name}.v1",
            requires,
            provides,
        )

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer(self.provides[0], (self.name,))


def test_pipeline_checks_requirements_at_build() -> None:
    with pytest.raises(PipelineError) as err:
        Pipeline([_Stage("b", ("a",), ("b",))])
    assert "requires ['a']" in err.value.message
    assert err.value.code == "E201"


def test_pipeline_runs_in_order_and_records_versions() -> None:
    pipe = Pipeline([_Stage("a", (), ("a",)), _Stage("b", ("a",), ("b",))])
    doc = pipe("نص")
    assert doc.layer("a") == ("a",) and doc.layer("b") == ("b",)
    assert pipe.versions() == {"a": "a.v1", "b": "b.v1"}
    assert set(pipe.timings) == {"a", "b"}


def test_pipeline_text_is_never_changed() -> None:
    text = "قال الجَيْشُ\r\n\u200fالسوري ١٢"
    doc = build_pipeline(("normalize", "tokenize", "sentences"))(text)
    assert doc.text is text
    assert [text[t.start : t.end] for t in doc.layer("tokens")] == ["قال", "الجَيْشُ", "السوري", "١٢"]


def test_registry_unknown_stage_is_coded() -> None:
    with pytest.raises(UnknownStage):
        create_stage("nope")


def test_document_missing_layer_names_available() -> None:
    doc = Document("x").with_layer("tokens", ())
    with pytest.raises(KeyError, match="tokens"):
        doc.layer("entities")
