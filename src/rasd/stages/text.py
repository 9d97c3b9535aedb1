"""Text-layer stages: the normalised view, tokens and sentences."""

from __future__ import annotations

from rasd.doc import Document
from rasd.text.normalize import normalize
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import tokenize


class NormalizeStage:
    """Reads the text; writes ``norm`` (a NormalizedText with its offset map)."""

    name = "normalize"
    version = "normalize.charmap.v1"
    requires: tuple[str, ...] = ()
    provides = ("norm",)

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer("norm", normalize(doc.text))


class TokenizeStage:
    """Reads ``norm``; writes ``tokens`` (with clitic sub-spans)."""

    name = "tokenize"
    version = "tokenize.regex-clitic.v1"
    requires = ("norm",)
    provides = ("tokens",)

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer("tokens", tuple(tokenize(doc.layer("norm"))))


class SentenceStage:
    """Reads ``tokens``; writes ``sentences``."""

    name = "sentences"
    version = "sentences.rules.v1"
    requires = ("tokens",)
    provides = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer("sentences", tuple(split_sentences(doc.text, doc.layer("tokens"))))
