"""Rebuild ``resources/actors/matching/common_words.txt.gz``: normalised words frequent in news.

The fuzzy matcher never treats a frequent word as a typo of a name ("السلام" is not a typo of
"الاسلام").  The list holds only words (a derived statistic), never text.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from rasd.text.normalize import normalize_key

__all__ = ["count_words", "write_common_words"]

_WORD = re.compile(r"[\u0621-\u064A]+")


def _texts(paths: Iterable[Path]) -> Iterable[str]:
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
            for line in fh:
                if line.strip():
                    yield json.loads(line).get("text", "")


def count_words(paths: Iterable[Path]) -> Counter[str]:
    """Normalised Arabic word counts over JSONL article files (``text`` field)."""
    counts: Counter[str] = Counter()
    for text in _texts(paths):
        counts.update(_WORD.findall(normalize_key(text)))
    return counts


def write_common_words(paths: Iterable[Path], out: Path, min_count: int = 10) -> int:
    """Write the sorted words seen at least ``min_count`` times (3+ letters); returns how many."""
    counts = count_words(paths)
    words = sorted(w for w, k in counts.items() if k >= min_count and len(w) >= 3)
    with open(out, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(("\n".join(words) + "\n").encode("utf-8"))
    return len(words)
