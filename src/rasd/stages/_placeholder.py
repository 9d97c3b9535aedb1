"""Development placeholder for stages whose module is being written: provides empty layers."""

from __future__ import annotations

from rasd.doc import Document


class EmptyStage:
    def __init__(self, name: str, requires: tuple[str, ...], provides: tuple[str, ...]) -> None:
        self.name = name
        self.version = f"{name}.placeholder"
        self.requires = requires
        self.provides = provides

    def __call__(self, doc: Document) -> Document:
        for p in self.provides:
            doc = doc.with_layer(p, ())
        return doc
