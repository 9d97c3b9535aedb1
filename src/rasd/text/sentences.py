"""Sentence splitting over tokens: Arabic and Latin end marks, line breaks, dotted abbreviations.

A sentence ends after . ! ? ؟ ؛ … or at a line break.  A period after a one- or two-letter word
("ار. بي. جي.", "د.", "U.S.") is an abbreviation dot, not an end.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.doc import Sentence, Token

__all__ = ["split_sentences"]

_ENDERS = {".", "!", "?", "؟", "؛", "…"}
_CLOSERS = {'"', "»", ")", "]", "'"}


def _is_abbreviation_dot(tokens: Sequence[Token], i: int) -> bool:
    if tokens[i].norm != "." or i == 0:
        return False
    prev = tokens[i - 1]
    return prev.end == tokens[i].start and prev.kind in ("word", "latin") and len(prev.norm) <= 2


def split_sentences(text: str, tokens: Sequence[Token]) -> list[Sentence]:
    sentences: list[Sentence] = []
    first = 0
    n = len(tokens)
    for i, tok in enumerate(tokens):
        end_here = tok.norm in _ENDERS and not _is_abbreviation_dot(tokens, i)
        if end_here:
            # keep closing quotes/brackets with the sentence they close
            while (
                i + 1 < n
                and tokens[i + 1].norm in _CLOSERS
                and tokens[i + 1].start == tokens[i].end
            ):
                i += 1
        nxt = tokens[i + 1] if i + 1 < n else None
        line_break = nxt is not None and "\n" in text[tokens[i].end : nxt.start]
        if (end_here or line_break or nxt is None) and i >= first:
            sentences.append(Sentence(tokens[first].start, tokens[i].end, first, i + 1))
            first = i + 1
    return sentences
