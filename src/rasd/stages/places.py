"""The places stage: toponyms resolved against the embedded gazetteer.

Reads ``tokens`` (with clitic parts), ``sentences`` and ``entities`` (LOC spans, when a NER
model is present; the gazetteer and cue words find places without it) and the ``norm`` view;
writes ``places``: a tuple of `rasd.doc.Place` in text order (ids p1, p2, ...), each with the
original span of the name without clitic prefixes, coordinates, admin names, feature,
ACLED geo-precision and a confidence.
"""

from __future__ import annotations

from rasd.doc import Document
from rasd.geo.gazetteer import Gazetteer
from rasd.geo.locate import locate, shipped_gazetteer
from rasd.text.normalize import normalize

__all__ = ["PlacesStage", "build"]


class PlacesStage:
    """Gazetteer geocoding; the gazetteer is injected or loaded lazily on first call."""

    name = "places"
    version = "places.gazetteer.v1"
    requires = ("tokens", "sentences", "entities")
    provides = ("places",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = shipped_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Document) -> Document:
        view = doc.get("norm", None) or normalize(doc.text)
        loc = [(e.start, e.end) for e in doc.get("entities") if e.label == "LOC"]
        return doc.with_layer("places", locate(doc.layer("tokens"), self.gazetteer, view, loc))


def build() -> PlacesStage:
    return PlacesStage()
