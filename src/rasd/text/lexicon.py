"""Loading the lexicon resources (``resources/lexicon/``) and matching words against them.

Everything is read lazily on first use and cached; keys are normalised with `normalize_key`, so
lexicon files are written in ordinary Arabic spelling.  `forms` lists the ways a normalised word
may be read as clitic prefixes + a lexicon entry (+ a pronoun suffix), which every matcher of the
numbers, quantities and dates modules uses.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.doc import Token
from rasd.text.normalize import NormalizedText, normalize_key

__all__ = [
    "Form",
    "forms",
    "load_json",
    "load_tsv",
    "norm_map",
    "phrase_set",
    "sub_end",
    "sub_start",
]

Form = tuple[str, str, str]  # (prefix, rest, suffix), all normalised

_PREFIXES = (
    "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل", "وب", "ول",
    "فب", "فل", "وبال", "فبال", "وك", "وكال",
)  # fmt: skip
_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "كم")


def _read(name: str) -> str:
    return resources.files("rasd.resources").joinpath("lexicon", name).read_text("utf-8")


@lru_cache(maxsize=8)
def load_json(name: str) -> dict[str, Any]:
    """A JSON lexicon file, parsed (cached)."""
    data: dict[str, Any] = json.loads(_read(name))
    return data


@lru_cache(maxsize=8)
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV lexicon file, comment lines (``#``) and blank lines skipped (cached)."""
    rows = csv.reader(_read(name).splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(tuple(r) for r in rows if r and r[0] and not r[0].startswith("#"))


def norm_map(table: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``table`` with normalised keys."""
    return {normalize_key(k): v for k, v in table.items()}


def phrase_set(words: list[str]) -> frozenset[tuple[str, ...]]:
    """Multi-word phrases as tuples of normalised words."""
    return frozenset(tuple(normalize_key(w).split()) for w in words)


@lru_cache(maxsize=65536)
def forms(word: str, suffixes: bool = False) -> tuple[Form, ...]:
    """Readings of a normalised word as prefix + rest (+ suffix), the bare word first.

    Only readings whose rest has at least two letters are listed; callers look the rest up in a
    closed lexicon, so an over-eager split is harmless."""
    out: list[Form] = []
    # a suffix of the rest is a suffix of the word: test the word once, not once per prefix
    ends = [s for s in _SUFFIXES if word.endswith(s)] if suffixes else []
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p) :]
            out.append((p, rest, ""))
            out.extend((p, rest[: -len(s)], s) for s in ends if len(rest) - len(s) >= 3)
    return tuple(out)


def sub_start(view: NormalizedText, token: Token, k: int) -> int:
    """Original offset of the ``k``-th normalised character of ``token`` (k = len: its end)."""
    if k <= 0:
        return token.start
    if k >= len(token.norm):
        return token.end
    return view.starts[view.from_original(token.start) + k]


def sub_end(view: NormalizedText, token: Token, k: int) -> int:
    """Original end offset of the first ``k`` normalised characters of ``token``."""
    if k >= len(token.norm):
        return token.end
    return view.ends[view.from_original(token.start) + k - 1]
