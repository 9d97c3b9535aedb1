"""The quantities stage: counted numbers with their unit, bounds and casualty kind."""

from __future__ import annotations

from rasd.doc import Document
from rasd.text.normalize import normalize
from rasd.text.quantities import find_quantities

__all__ = ["QuantityStage"]


class QuantityStage:
    """Reads ``tokens``, ``sentences`` (and ``norm``); writes ``quantities`` and ``quantity_info``.

    ``quantities`` is a tuple of `rasd.doc.Quantity`; ``quantity_info`` is a parallel tuple of
    `rasd.text.quantities.QuantityInfo` (qualifier, counted noun, killed / wounded / detained
    with the span of the word that says so).  Use `rasd.text.quantities.casualty_kind`."""

    name = "quantities"
    version = "quantities.rules.v1"
    requires = ("tokens", "sentences")
    provides = ("quantities", "quantity_info")

    def __call__(self, doc: Document) -> Document:
        view = doc.get("norm", None) or normalize(doc.text)
        pairs = find_quantities(doc.layer("tokens"), view, doc.get("sentences"))
        doc = doc.with_layer("quantities", tuple(q for q, _ in pairs))
        return doc.with_layer("quantity_info", tuple(i for _, i in pairs))
