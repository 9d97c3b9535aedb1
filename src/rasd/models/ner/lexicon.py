"""Word clusters, news frequencies and gazetteers used by the NER features.

Files (all keyed by normalised forms, see ``resources/models/ner/provenance.toml``):

- ``clusters.tsv``: ``word  count  c0  c1  c2`` -- the word's frequency in the news corpus and its
  k-means cluster ids over word2vec vectors at three granularities (coarse to fine).
- ``embcodes.npy`` (optional): the binarised word2vec vector of each ``clusters.tsv`` row, in the
  same order: per dimension +1 / -1 when the unit vector's value is beyond the mean of that
  dimension's positive / negative values (Guo et al. 2014), else 0; two bit-packed halves
  (uint8, rows x 2 x dim/8), see `rasd.models.ner.build_lexicon.write_codes`.
- ``gazetteer.tsv``: ``name  label`` -- major places (LOC1), other places (LOC) and person
  names (PER), one or more words.
- ``silver.tsv`` (optional): ``word  n  PER  ORG  LOC  MISC`` -- how often a self-trained model
  tagged the word as each label in the news (see `rasd.models.ner.silver`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["CODES_FILE", "Lexicon"]

CODES_FILE = "embcodes.npy"

_EMPTY: frozenset[str] = frozenset()
_MAX_WORDS = 6
_LABELS = ("PER", "ORG", "LOC", "MISC")
_LEVELS = (0.9, 0.6, 0.3, 0.1)


class Lexicon:
    """In-memory lookup tables; build with `Lexicon.load` (a folder) or from rows."""

    def __init__(
        self,
        clusters: dict[str, tuple[int, tuple[str, ...]]],
        gazetteer: dict[tuple[str, ...], frozenset[str]],
        silver: Mapping[str, tuple[float, ...]] | None = None,
        codes: Any = None,
    ) -> None:
        self._clusters = clusters
        self._codes = codes  # bit-packed sign codes, one row per clusters row (or None)
        self._rows: dict[str, int] = {}
        if codes is not None:
            self._rows = {w: i for i, w in enumerate(clusters)}
        self._gazetteer = gazetteer
        self._silver: dict[str, tuple[str, ...]] = {
            w: _silver_feats(r) for w, r in (silver or {}).items()
        }
        self._single: dict[str, frozenset[str]] = {
            k[0]: v for k, v in gazetteer.items() if len(k) == 1
        }
        # multiword names indexed by their first two words, longest first
        self._multi: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        for name, labels in gazetteer.items():
            if len(name) > 1:
                self._multi.setdefault((name[0], name[1]), []).append((name, sorted(labels)[0]))
        self._firsts = {first for first, _ in self._multi}
        for entries in self._multi.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._heads: dict[str, tuple[str, ...]] = {}
        self._emb_order: Any = None  # see `_embedding_names`
        self._emb_names: list[str] = []

    @classmethod
    def load(cls, folder: str | Path | None = None) -> Lexicon:
        """Read the lexicon files from ``folder`` (default: the shipped model folder)."""
        base = (
            Path(folder)
            if folder
            else Path(str(resources.files("rasd.resources") / "models" / "ner"))
        )
        silver = _read_silver(base / "silver.tsv") if (base / "silver.tsv").exists() else None
        codes = None
        if (base / CODES_FILE).exists():
            import numpy as np

            codes = np.load(base / CODES_FILE, allow_pickle=False)
        return cls(
            _read_clusters(base / "clusters.tsv"),
            _read_gazetteer(base / "gazetteer.tsv"),
            silver,
            codes,
        )

    def with_silver(self, silver: Mapping[str, tuple[float, ...]] | None) -> Lexicon:
        """The same clusters, codes and gazetteer with another silver table."""
        return Lexicon(self._clusters, self._gazetteer, silver, self._codes)

    def embedding(self, w: str) -> tuple[str, ...]:
        """Binarised embedding features of ``w``: ``e12+`` / ``e12-`` per active dimension,
        in string order."""
        row = self._rows.get(w)
        if row is None:
            return ()
        import numpy as np

        if self._emb_order is None:
            self._emb_order, self._emb_names = _embedding_names(self._codes.shape[2] * 8)
        bits = np.unpackbits(self._codes[row], axis=1).ravel()[self._emb_order]
        names = self._emb_names
        return tuple([names[i] for i in bits.nonzero()[0].tolist()])

    def silver(self, w: str) -> tuple[str, ...]:
        """Self-training features of ``w``: ``sv=PER6`` = tagged PER in >= 60% of its news uses."""
        return self._silver.get(w, ())

    def count(self, w: str) -> int:
        hit = self._clusters.get(w)
        return hit[0] if hit else 0

    def clusters(self, w: str) -> tuple[str, ...]:
        hit = self._clusters.get(w)
        return hit[1] if hit else ()

    def single_labels(self, w: str) -> frozenset[str]:
        return self._single.get(w, _EMPTY)

    def match_spans(
        self, words: Sequence[str], split: Callable[[str], tuple[str, str, str]]
    ) -> list[str]:
        """BIO gazetteer tags (``B-LOC``, ``I-PER``, ...; "" outside) by longest multiword match.

        The first word may carry a conjunction or preposition (و ف ب ل ك) before the name."""
        n = len(words)
        out = [""] * n
        i = 0
        while i < n:
            length, label = self._match_at(words, i, split)
            if length:
                out[i] = "B-" + label
                for j in range(i + 1, i + length):
                    out[j] = "I-" + label
                i += length
            else:
                i += 1
        return out

    def _match_at(
        self, words: Sequence[str], i: int, split: Callable[[str], tuple[str, str, str]]
    ) -> tuple[int, str]:
        if i + 1 >= len(words):
            return 0, ""
        heads = self._heads.get(words[i])
        if heads is None:
            heads = self._heads[words[i]] = self._heads_of(words[i], split)
        for head in heads:
            for name, label in self._multi.get((head, words[i + 1]), ()):
                k = len(name)
                if i + k <= len(words) and all(words[i + j] == name[j] for j in range(2, k)):
                    return k, label
        return 0, ""

    def _heads_of(
        self, first: str, split: Callable[[str], tuple[str, str, str]]
    ) -> tuple[str, ...]:
        """Forms of ``first`` that start a multiword name: itself, or without its proclitic."""
        heads = [first]
        pre, stem, _ = split(first)
        if pre:
            heads.append(stem)
            if pre.endswith("ال"):
                heads.append("ال" + stem)
        return tuple(h for h in heads if h in self._firsts)


def _embedding_names(dim: int) -> tuple[Any, list[str]]:
    """For unpacked code bits (``dim`` positive then ``dim`` negative): the permutation that
    puts them in the string order of their names, and the names in that order."""
    import numpy as np

    names = [f"e{d}+" for d in range(dim)] + [f"e{d}-" for d in range(dim)]
    order = sorted(range(2 * dim), key=names.__getitem__)
    return np.array(order, dtype=np.intp), [names[i] for i in order]


def _silver_feats(row: tuple[float, ...]) -> tuple[str, ...]:
    feats = []
    for label, frac in zip(_LABELS, row[1:], strict=True):
        level = next((lv for lv in _LEVELS if frac >= lv), None)
        if level is not None:
            feats.append(f"sv={label}{int(level * 10)}")
    return tuple(feats)


def _read_silver(path: Path) -> dict[str, tuple[float, ...]]:
    table: dict[str, tuple[float, ...]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, *values = line.rstrip("\n").split("\t")
            table[word] = tuple(float(v) for v in values)
    return table


def _read_clusters(path: Path) -> dict[str, tuple[int, tuple[str, ...]]]:
    table: dict[str, tuple[int, tuple[str, ...]]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, count, *ids = line.rstrip("\n").split("\t")
            table[word] = (int(count), tuple(ids))
    return table


def _read_gazetteer(path: Path) -> dict[tuple[str, ...], frozenset[str]]:
    table: dict[tuple[str, ...], set[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            name, label = line.rstrip("\n").split("\t")
            words = tuple(name.split())
            if 0 < len(words) <= _MAX_WORDS:
                table.setdefault(words, set()).add(label)
    return {k: frozenset(v) for k, v in table.items()}
