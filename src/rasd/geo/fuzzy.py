"""Fuzzy candidates for misspelt place names.

Keys are first folded by the letters the press confuses (س/ز/ص/ث، ت/ط، د/ذ/ض/ظ، ق/ك، ح/ه),
so "حرزتا" and "حرستا" share the folded key "حرستا".  Then one insertion, deletion,
substitution or transposition on the folded key is found with a deletion-neighbourhood index
(symmetric delete): every key and each of its one-letter deletions point to the key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["FuzzyIndex", "fold", "within_one_edit"]

_CONFUSED = str.maketrans(
    {"ز": "س", "ص": "س", "ث": "س", "ط": "ت", "ذ": "د", "ض": "د", "ظ": "د", "ك": "ق", "ح": "ه"}
)
MIN_FUZZY_LEN = 4
SCORE_FOLDED = 0.85  # equal after folding confusable letters
SCORE_EDIT = 0.7  # one edit after folding


def fold(key: str) -> str:
    """Fold the letters the press confuses onto one representative."""
    return key.translate(_CONFUSED)


def _deletions(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i + 1 :] == b[i:] if la > lb else a[i:] == b[i + 1 :]


class FuzzyIndex:
    """Deletion-neighbourhood index over folded keys."""

    def __init__(self, keys: Iterable[str] | Mapping[str, object]) -> None:
        self.by_folded: dict[str, list[str]] = {}
        self.neighbours: dict[str, list[str]] = {}
        for key in keys:
            f = fold(key)
            self.by_folded.setdefault(f, []).append(key)
            if len(f) >= MIN_FUZZY_LEN and len(self.by_folded[f]) == 1:
                for d in {f, *_deletions(f)}:
                    self.neighbours.setdefault(d, []).append(f)

    def match(self, key: str) -> list[tuple[str, float]]:
        """Keys near ``key`` with a match score, best first; the key itself is not included."""
        f = fold(key)
        out: dict[str, float] = {k: SCORE_FOLDED for k in self.by_folded.get(f, ()) if k != key}
        if len(f) >= MIN_FUZZY_LEN:
            seen: set[str] = set()
            for d in sorted({f, *_deletions(f)}):
                for g in self.neighbours.get(d, ()):
                    if g in seen or g == f:
                        continue
                    seen.add(g)
                    if within_one_edit(f, g):
                        for k in self.by_folded[g]:
                            out.setdefault(k, SCORE_EDIT)
        return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))  # deterministic order
