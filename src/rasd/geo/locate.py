"""From tokens to Place records: the library function behind the places stage.

`locate(text, tokens, gazetteer, view=None, loc_spans=())` detects toponyms, resolves them
with the article's context and applies the geometry words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.doc import Place, Token
from rasd.geo.detect import detect
from rasd.geo.gazetteer import Gazetteer
from rasd.geo.geometry import to_places
from rasd.geo.resolve import resolve
from rasd.text.normalize import NormalizedText, normalize
from rasd.text.tokenize import tokenize

__all__ = ["locate", "locate_text", "shipped_gazetteer"]


@lru_cache(maxsize=1)
def shipped_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded on first use and then shared."""
    return Gazetteer.load()


def locate(
    tokens: Sequence[Token],
    gazetteer: Gazetteer,
    view: NormalizedText,
    loc_spans: Sequence[tuple[int, int]] = (),
) -> tuple[Place, ...]:
    """Places of one article, in text order."""
    mentions = detect(tokens, view, gazetteer, loc_spans)
    return to_places(resolve(mentions, gazetteer), tokens)


def locate_text(text: str, gazetteer: Gazetteer | None = None) -> tuple[Place, ...]:
    """Convenience: normalise, tokenise and locate a raw text."""
    view = normalize(text)
    return locate(tokenize(view), gazetteer or shipped_gazetteer(), view)
