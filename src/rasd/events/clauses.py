"""Clause segmentation inside a sentence, from punctuation and clause-opening words.

A clause is a half-open range of token indices.  Boundaries are commas, semicolons, colons,
brackets and quotes, and words that open a new clause (لكن، بينما، فيما، حيث، ثم، الذي …).
Modality cues marked as clause-bound (negation, سوف) do not reach across a boundary.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.doc import Token

__all__ = ["clause_bounds", "is_strong_boundary", "split_clauses"]

_PUNCT = frozenset({"،", ",", "؛", ";", ":", "(", ")", "«", "»", '"', "-", "–", "—", "[", "]"})
_OPENERS = frozenset(
    "لكن ولكن بينما فيما حيث ثم اذ بل لان كما الذي التي الذين اللذين اما واما وقد لقد ولقد فقد "
    "وهنا اضافه بعدما عندما حين وبالفعل بالفعل قال وقال يقول ويقول اضاف واضاف اكد واكد اعلن واعلن "
    "كان وكان".split()
)


def _opens_clause(tok: Token) -> bool:
    """Punctuation, a clause-opening word, or fa- on a verb-like word (the answer of a condition)."""
    if tok.kind == "punct":
        return tok.norm in _PUNCT
    if tok.norm in _OPENERS:
        return True
    return (
        tok.norm[:2] in ("فس", "فل", "في", "فت", "فن") and len(tok.norm) > 4 and bool(tok.prefixes)
    )


# openers that are adverbs when no و is attached (هدد المجلس بالفعل بعواقب): they split clauses
# for the filter features but stop no modality cue
_ADVERBS = frozenset({"بالفعل"})


def is_strong_boundary(tok: Token) -> bool:
    """A boundary that no modality cue crosses: a clause-opening word (not a comma, not fa-)."""
    return tok.norm in _OPENERS and tok.norm not in _ADVERBS


def split_clauses(tokens: Sequence[Token], first: int, last: int) -> list[tuple[int, int]]:
    """Clauses of the sentence tokens[first:last] as (first, last) token ranges."""
    out: list[tuple[int, int]] = []
    start = first
    for i in range(first, last):
        if i > start and _opens_clause(tokens[i]):
            out.append((start, i))
            start = i
    if start < last:
        out.append((start, last))
    return out


def clause_bounds(clauses: Sequence[tuple[int, int]], index: int) -> tuple[int, int]:
    """The clause that holds token ``index``."""
    for a, b in clauses:
        if a <= index < b:
            return a, b
    return index, index + 1
