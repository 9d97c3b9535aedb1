"""Named-entity recognition stage: a feature-rich CRF over the pipeline's tokens.

Reads ``tokens`` and ``sentences``; writes ``entities`` (`Entity` records labelled PER, ORG, LOC
or MISC, ids ``e1``, ``e2``, ... in text order, spans covering whole tokens in the original text,
confidence = calibrated marginal probability of the span).  Features use ``Token.norm`` only,
so diacritics, tatweel and hamza spellings do not change the result.  The model is loaded on
the first call, not when the stage is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rasd.doc import Document, Entity, Sentence, Token

if TYPE_CHECKING:
    from rasd.models.ner.model import NerModel

__all__ = ["NerStage", "build"]


class NerStage:
    """CRF named-entity tagger (model files from ``model_dir``, default the shipped model)."""

    name = "ner"
    version = "ner.crf.v3"
    requires: tuple[str, ...] = ("tokens", "sentences")
    provides: tuple[str, ...] = ("entities",)

    def __init__(self, model: NerModel | None = None, model_dir: str | Path | None = None) -> None:
        self._model = model
        self._model_dir = model_dir

    @property
    def model(self) -> NerModel:
        if self._model is None:
            from rasd.models.ner.model import NerModel

            self._model = NerModel(self._model_dir)
        return self._model

    def find(self, tokens: tuple[Token, ...], sentences: tuple[Sentence, ...]) -> list[Entity]:
        """Entities of every sentence, in text order."""
        model = self.model
        found: list[Entity] = []
        for sent in sentences:
            toks = tokens[sent.first_token : sent.last_token]
            for sp in model.spans([t.norm for t in toks]):
                eid = f"e{len(found) + 1}"
                found.append(
                    Entity(
                        eid, sp.label, toks[sp.first].start, toks[sp.last - 1].end, sp.confidence
                    )
                )
        return found

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer(
            "entities", tuple(self.find(doc.layer("tokens"), doc.layer("sentences")))
        )


def build() -> NerStage:
    return NerStage()
