"""The dates stage: time expressions resolved against the publication date."""

from __future__ import annotations

from rasd.doc import Document
from rasd.text.dates import find_dates, parse_iso
from rasd.text.normalize import normalize

__all__ = ["DateStage"]


class DateStage:
    """Reads ``tokens`` (and ``norm``) and ``Document.date``; writes ``dates`` (tuple of TimeExpr).

    Relative and year-less expressions are resolved against the publication date and skipped
    when the document has none; see `rasd.text.dates` for the rules and precisions."""

    name = "dates"
    version = "dates.rules.v1"
    requires = ("tokens",)
    provides = ("dates",)

    def __call__(self, doc: Document) -> Document:
        view = doc.get("norm", None) or normalize(doc.text)
        found = find_dates(doc.layer("tokens"), view, parse_iso(doc.date))
        return doc.with_layer("dates", tuple(found))
