"""CoNLL readers for the NER corpora, with each corpus's tags mapped to rasd's PER/ORG/LOC/MISC.

A corpus file has one ``token TAG [TAG2 ...]`` line per token and a blank line between sentences;
only the first tag column is used (Wojood's nested tags are ignored).  Tags come out in BIO form
over the labels ``PER ORG LOC MISC``; a tag the mapping drops becomes ``O``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import DataCheckError

__all__ = [
    "LABELS",
    "TaggedSentence",
    "add_final_period",
    "corpus_label",
    "dev_split",
    "read_conll",
    "from_bioes",
    "spans_of",
    "to_bioes",
]

LABELS = ("PER", "ORG", "LOC", "MISC")
_ANERCORP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_AQMAR = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}  # MIS0-3 are article-specific: dropped
_WOJOOD = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC", "EVENT": "MISC"}
_MAPS = {"anercorp": _ANERCORP, "aqmar": _AQMAR, "wojood": _WOJOOD}
_SENTENCE_END = {".", "!", "?", "؟"}


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    """One gold sentence: surface tokens and BIO tags over PER/ORG/LOC/MISC."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def corpus_label(corpus: str) -> Callable[[str], str]:
    """The tag mapping of ``corpus`` (anercorp, aqmar, wojood): raw BIO tag -> rasd BIO tag."""
    table = _MAPS[corpus]

    def mapped(tag: str) -> str:
        if tag in ("O", "OO") or "-" not in tag:
            return "O"
        prefix, _, label = tag.partition("-")
        label = label.strip("-`")
        new = table.get(label)
        if new is None or prefix not in ("B", "I"):
            return "O"
        return f"{prefix}-{new}"

    return mapped


def _repair(tags: list[str]) -> tuple[str, ...]:
    """Turn an I- tag that does not continue an entity of its label into a B- tag."""
    out: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return tuple(out)


def read_conll(path: str | Path, corpus: str = "anercorp") -> list[TaggedSentence]:
    """Read a CoNLL file, mapping its tags with ``corpus_label(corpus)``."""
    mapped = corpus_label(corpus)
    sentences: list[TaggedSentence] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            parts = line.split()
            if not parts:
                if toks:
                    sentences.append(TaggedSentence(tuple(toks), _repair(tags)))
                toks, tags = [], []
                continue
            if len(parts) < 2:
                raise DataCheckError(f"{path}:{lineno}: expected 'token TAG', got {line.strip()!r}")
            toks.append(parts[0])
            tags.append(mapped(parts[1]))
    if toks:
        sentences.append(TaggedSentence(tuple(toks), _repair(tags)))
    return sentences


def read_many(paths: Iterable[str | Path], corpus: str) -> list[TaggedSentence]:
    return [s for p in sorted(map(str, paths)) for s in read_conll(p, corpus)]


def dev_split(
    sentences: list[TaggedSentence], every: int = 10
) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """Fixed split: every ``every``-th sentence (index 9, 19, ...) goes to dev, the rest to train."""
    train = [s for i, s in enumerate(sentences) if i % every != every - 1]
    dev = [s for i, s in enumerate(sentences) if i % every == every - 1]
    return train, dev


def add_final_period(sentence: TaggedSentence) -> TaggedSentence:
    """Append the sentence-final "." that the ANERcorp train file lacks (if it has no end mark)."""
    if sentence.tokens and sentence.tokens[-1] in _SENTENCE_END:
        return sentence
    return TaggedSentence((*sentence.tokens, "."), (*sentence.tags, "O"))


def spans_of(tags: Iterable[str]) -> Iterator[tuple[str, int, int]]:
    """(label, first, last+1) token spans of a BIO sequence, conlleval style."""
    label, start = "", -1
    i = -1
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and tag[2:] == label:
            continue
        if label:
            yield label, start, i
        label, start = (tag[2:], i) if tag != "O" else ("", -1)
    if label:
        yield label, start, i + 1


def to_bioes(tags: Sequence[str]) -> tuple[str, ...]:
    """BIO tags (repaired, see `read_conll`) to BIOES: single-token entities become ``S-``, the
    last token of a longer entity ``E-``."""
    out: list[str] = []
    n = len(tags)
    for i, tag in enumerate(tags):
        if tag == "O":
            out.append(tag)
            continue
        label = tag[2:]
        ends = i + 1 >= n or tags[i + 1] != "I-" + label
        if tag.startswith("B-"):
            out.append(("S-" if ends else "B-") + label)
        else:
            out.append(("E-" if ends else "I-") + label)
    return tuple(out)


def from_bioes(tags: Sequence[str]) -> list[str]:
    """BIOES (or BIO) tags back to BIO: ``S-``/``B-`` start an entity, ``I-``/``E-`` continue one
    of the same label (else start one), and a token after an ``E-``/``S-`` never continues it."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag == "O":
            out.append(tag)
        else:
            kind, label = tag[0], tag[2:]
            goes_on = kind in "IE" and prev[0] in "BI" and prev[2:] == label
            out.append(("I-" if goes_on else "B-") + label)
        prev = tag
    return out
