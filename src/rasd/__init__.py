"""rasd: Arabic news to conflict event data.

``import rasd`` loads no model and reads no file; the pipeline is built on first use.

>>> import rasd
>>> doc = rasd.analyze("اشتباكات بين الجيش السوري وتنظيم داعش في دير الزور", date="2018-03-25")
>>> doc.to_json()["publication_date"]
'2018-03-25'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "analyze"]

if TYPE_CHECKING:
    from rasd.doc import Document


def analyze(text: str, date: str | None = None, *, id: str | None = None, **meta: Any) -> Document:
    """Analyse one article and return its `Document` (``doc.to_json()`` gives CONTRACT.md JSON)."""
    from rasd.pipeline import default_pipeline

    return default_pipeline()(text, date=date, id=id, **meta)
