"""Sentence features for the learned event filters: hashed word, bigram, char n-gram and cue
features, plus word-cluster and trigger-clause features (rasd.events.trigger_context) and the
PROTEST crowd-role features (rasd.events.crowd).

Features are strings hashed with CRC-32 into ``DIM`` buckets (stable across processes and
machines, unlike ``hash()``); the weights that go with them live in ``resources/events``.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

from rasd.doc import Token
from rasd.events.clauses import split_clauses
from rasd.events.crowd import crowd_features
from rasd.events.lexicon import Match, TriggerEntry
from rasd.events.trigger_context import context_features, feature_stem

__all__ = ["DIM", "TriggerView", "hashed", "sentence_features"]

DIM = 1 << 18
_NGRAMS = (3, 4, 5)


class TriggerView:
    """What the features need to know about one trigger found in the sentence."""

    __slots__ = ("match", "modality", "position")

    def __init__(self, match: Match, modality: str, position: float) -> None:
        self.match = match
        self.modality = modality
        self.position = position


def _word_features(tokens: Sequence[Token], first: int, last: int) -> list[str]:
    feats: list[str] = []
    prev = "<S>"
    for i in range(first, last):
        tok = tokens[i]
        if tok.kind == "punct":
            continue
        stem = feature_stem(tok)
        feats.append("w:" + stem)
        feats.append("b:" + prev + "_" + stem)
        prev = stem
        if tok.kind == "word":
            padded = " " + tok.norm + " "
            for n in _NGRAMS:
                feats.extend("c:" + padded[j : j + n] for j in range(len(padded) - n + 1))
    return feats


def _trigger_features(tokens: Sequence[Token], trig: TriggerView) -> list[str]:
    entry = trig.match.entry
    assert isinstance(entry, TriggerEntry)
    t = entry.type
    where = "start" if trig.position < 0.2 else "end" if trig.position > 0.8 else "mid"
    word = " ".join(entry.words)
    feats = [
        f"T:{t}",
        f"TM:{t}:{entry.mode}",
        f"TP:{t}:{entry.pos}",
        f"TF:{t}:{word}",
        f"TMOD:{t}:{trig.modality}",
        f"TW:{t}:{where}",
        f"TPM:{t}:{entry.pos}:{trig.modality}",
    ]
    tok = tokens[trig.match.first]
    if tok.prefixes:
        feats.append(f"TPRE:{t}:" + "".join(p.form for p in tok.prefixes))
    return feats


def sentence_features(
    tokens: Sequence[Token],
    first: int,
    last: int,
    triggers: Iterable[TriggerView],
    clauses: Sequence[tuple[int, int]] | None = None,
) -> list[str]:
    """All feature strings of the sentence tokens[first:last] with its lexicon triggers
    (``clauses``: its clause ranges, computed when not given)."""
    views = list(triggers)
    feats = _word_features(tokens, first, last)
    for trig in views:
        feats.extend(_trigger_features(tokens, trig))
    n = len(views)
    if clauses is None:
        clauses = split_clauses(tokens, first, last)
    pairs = [(v.match, v.modality) for v in views]
    feats.extend(context_features(tokens, first, last, pairs, clauses))
    feats.extend(crowd_features(tokens, first, last, pairs))
    length = last - first
    feats.append("len:" + ("s" if length < 12 else "m" if length < 30 else "l"))
    feats.append(f"ntrig:{min(n, 4)}")
    feats.append("bias")
    return feats


def hashed(features: Iterable[str]) -> list[int]:
    """Distinct hashed bucket indices of the features."""
    mask = DIM - 1
    return sorted({zlib.crc32(f.encode("utf-8")) & mask for f in features})
