"""Arabic normalisation as a *view*: the original text is never changed.

`normalize(text)` returns a `NormalizedText` holding the normalised string and, for every
character of it, the half-open span of the original text it came from.  Spans found in the
normalised view are mapped back with `to_original(start, end)`.

What is folded (resources are data: the tables live in ``resources/charmap.json``):
hamza/alef forms -> ا, ta marbuta -> ه, alef maqsura -> ي, ؤ -> و, ئ -> ي, Persian letters,
Arabic-Indic and Persian digits -> ASCII digits, NBSP and other spaces -> ' ', CRLF / CR -> LF.
What is dropped: tatweel, harakat, shadda, sukun, superscript alef, Quranic marks, zero-width
marks, bidi controls, BOM, soft hyphen.  Presentation forms (ligatures) are expanded with NFKC.
"""

from __future__ import annotations

import json
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["NormalizedText", "normalize", "normalize_key"]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised view of ``original`` with a character-offset map back to it."""

    original: str
    text: str
    starts: array  # starts[i]: original offset where normalised char i begins
    ends: array  # ends[i]: original offset where normalised char i ends

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open normalised span [start, end) to the original text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}..{end} outside normalised text of {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_original(self, offset: int) -> int:
        """Index of the first normalised char whose source starts at or after ``offset``."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


@dataclass(frozen=True, slots=True)
class _Tables:
    one_to_one: dict[int, str]
    special: re.Pattern[str]
    replacement: dict[str, str]
    marks: frozenset[str]  # dropped chars that attach to the preceding letter


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = json.loads(resources.files("rasd.resources").joinpath("charmap.json").read_text("utf-8"))
    one: dict[int, str] = {}
    for target, sources in data["fold"].items():
        for ch in sources:
            one[ord(ch)] = target
    drop: set[str] = set()
    for lo, hi in data["drop_ranges"]:
        drop.update(chr(c) for c in range(int(lo, 16), int(hi, 16) + 1))
    replacement: dict[str, str] = {ch: "" for ch in drop}
    replacement["\r\n"] = "\n"
    replacement["\r"] = "\n"
    # presentation forms: expand with NFKC, then fold the result
    for lo, hi in data["nfkc_ranges"]:
        for c in range(int(lo, 16), int(hi, 16) + 1):
            ch = chr(c)
            expanded = unicodedata.normalize("NFKC", ch)
            if expanded != ch:
                folded = "".join(one.get(ord(x), x) for x in expanded if x not in drop)
                if len(folded) == 1:
                    one[c] = folded
                else:
                    replacement[ch] = folded
    alts = sorted(replacement, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(a) for a in alts))
    marks = frozenset(ch for ch in drop if ch == "\u0640" or unicodedata.category(ch) == "Mn")
    return _Tables(one, pattern, replacement, marks)


def normalize(text: str) -> NormalizedText:
    """Build the normalised view of ``text`` with its offset map."""
    t = _tables()
    pieces: list[str] = []
    starts = array("l")
    ends = array("l")
    pos = 0
    for m in t.special.finditer(text):
        if m.start() > pos:
            seg = text[pos : m.start()]
            pieces.append(seg.translate(t.one_to_one))
            rng = range(pos, m.start())
            starts.extend(rng)
            ends.extend(range(pos + 1, m.start() + 1))
        rep = t.replacement[m.group()]
        if not rep and ends and ends[-1] == m.start() and m.group() in t.marks:
            ends[-1] = m.end()  # a dropped combining mark or tatweel belongs to its letter
        elif rep:
            pieces.append(rep)
            for _ in rep:
                starts.append(m.start())
                ends.append(m.end())
        pos = m.end()
    if pos < len(text):
        pieces.append(text[pos:].translate(t.one_to_one))
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return NormalizedText(text, "".join(pieces), starts, ends)


def normalize_key(text: str) -> str:
    """Normalised string only (for dictionary keys): folded, marks dropped, spaces collapsed."""
    return " ".join(normalize(text).text.split())
