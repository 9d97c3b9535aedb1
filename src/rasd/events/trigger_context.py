"""Trigger-centred and word-cluster features for the learned ASSAULT / PROTEST filters.

Besides the bag of the whole sentence (rasd.events.features), the filters see, for every
*asserted* ASSAULT or PROTEST trigger (feature names prefixed by its type):

* ``S`` the trigger token's surface form (قتل / قتلوا / يقتل / مقتل …);
* ``CW`` the stems of the other words of its clause;
* ``NUMNEAR`` a number or "dozens / hundreds" within three tokens (casualty tallies),
  ``NUMCL`` a number in the clause, ``HIST`` a year or a past-time word in the clause;
* ``SPEECH`` / ``SP`` a reporting, demand or threat verb before it in the sentence;
* ``CLPOS`` whether its clause is the first of the sentence;
* ``WL`` / ``WR`` the fine word2vec clusters (k = 1024) of the four words left / right of it;

and for the whole sentence ``K`` the middle-grain cluster (k = 256) of each word.  The clusters
are the NER stage's ``resources/models/ner/clusters.tsv`` (word2vec on the shared news,
k-means); their CRC-32 is stored with the filter weights, and a test checks they still match.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from rasd.doc import Token
from rasd.events.lexicon import Match, TriggerEntry

__all__ = [
    "FILTERED_TYPES",
    "clusters_crc",
    "context_features",
    "feature_stem",
    "load_word_clusters",
]

FILTERED_TYPES = frozenset({"ASSAULT", "PROTEST"})
_CLUSTERS = ("models", "ner", "clusters.tsv")
_WINDOW = 4
_COUNT_WORDS = frozenset({"عشرات", "مئات", "الاف"})
_YEAR = re.compile(r"(19|20)\d\d")
_PAST = frozenset("عام منذ الماضي الماضيه سابق سابقا قبل ذكري اعوام سنوات شهر العام".split())
_SPEECH = frozenset(
    "قال وقال اعلن واعلن اكد واكد طالب وطالب دعا ودعا هدد وهدد ندد دان ادان وادان حذر وحذر "
    "نفي ونفي اتهم واتهم يطالب يدعو رفض".split()
)


def _clusters_text() -> str:
    ref = resources.files("rasd.resources").joinpath("/".join(_CLUSTERS))
    return ref.read_text("utf-8") if ref.is_file() else ""


@lru_cache(maxsize=1)
def load_word_clusters() -> dict[str, tuple[str, str]]:
    """Normalised word -> (k=256 cluster, k=1024 cluster); empty if the file is absent."""
    out: dict[str, tuple[str, str]] = {}
    for line in _clusters_text().splitlines():
        parts = line.split("\t")
        if len(parts) >= 5:
            out[parts[0]] = (parts[3], parts[4])
    return out


def clusters_crc() -> int:
    """CRC-32 of the clusters file the features read (0 when it is absent)."""
    return zlib.crc32(_clusters_text().encode("utf-8"))


def _cluster(tok: Token, k: int, table: dict[str, tuple[str, str]]) -> str | None:
    hit = table.get(tok.norm)
    if hit is None and tok.parts:
        hit = table.get(tok.stem_form)
    return hit[k] if hit else None


def feature_stem(tok: Token) -> str:
    """The word as a feature: its clitic-free form, every number as ``<NUM>``."""
    if tok.kind == "number":
        return "<NUM>"
    return tok.stem_form


def _clause_of(clauses: Sequence[tuple[int, int]], i: int) -> tuple[int, int]:
    return next(((a, b) for a, b in clauses if a <= i < b), (i, i + 1))


def _window(tokens: Sequence[Token], m: Match, last: int, t: str, table) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for i in range(max(0, m.first - _WINDOW), m.first):
        c = _cluster(tokens[i], 1, table)
        if c:
            out.append(f"{t}|WL:{c}")
    for i in range(m.last, min(last, m.last + _WINDOW)):
        c = _cluster(tokens[i], 1, table)
        if c:
            out.append(f"{t}|WR:{c}")
    return out


def _clause_feats(
    tokens: Sequence[Token],
    span: tuple[int, int],
    m: Match,
    clause: tuple[int, int],
    t: str,
    opening: bool,
) -> list[str]:
    first, last = span
    a, b = clause
    out = [f"{t}|S:{tokens[m.first].norm}", f"{t}|CLPOS:{'first' if opening else 'later'}"]
    out.extend(
        f"{t}|CW:{feature_stem(tokens[i])}"
        for i in range(a, b)
        if tokens[i].kind != "punct" and not m.first <= i < m.last
    )
    near = tokens[max(first, m.first - 3) : min(last, m.last + 3)]
    entry = m.entry
    assert isinstance(entry, TriggerEntry)
    if any(x.kind == "number" or x.norm in _COUNT_WORDS for x in near):
        out.append(f"{t}|NUMNEAR:{entry.pos}")
    words = tokens[a:b]
    if any(x.kind == "number" for x in words):
        out.append(f"{t}|NUMCL")
    if any(x.norm in _PAST or _YEAR.fullmatch(x.norm) for x in words):
        out.append(f"{t}|HIST")
    before = {tokens[i].norm for i in range(first, m.first)} & _SPEECH
    if before:
        out.append(f"{t}|SPEECH")
        out.extend(f"{t}|SP:{w.removeprefix('و')}" for w in sorted(before))
    return out


def context_features(
    tokens: Sequence[Token],
    first: int,
    last: int,
    triggers: Iterable[tuple[Match, str]],
    clauses: Sequence[tuple[int, int]],
) -> list[str]:
    """Cluster features of the sentence tokens[first:last] and trigger-centred features of its
    asserted ASSAULT / PROTEST triggers ((match, modality) pairs)."""
    table = load_word_clusters()
    out = []
    for i in range(first, last):
        if tokens[i].kind == "word":
            c = _cluster(tokens[i], 0, table)
            if c:
                out.append("K:" + c)
    for m, modality in triggers:
        entry = m.entry
        assert isinstance(entry, TriggerEntry)
        if modality != "asserted" or entry.type not in FILTERED_TYPES:
            continue
        clause = _clause_of(clauses, m.first)
        opening = bool(clauses) and clause == clauses[0]
        out.extend(_clause_feats(tokens, (first, last), m, clause, entry.type, opening))
        out.extend(_window(tokens, m, last, entry.type, table))
    return out
