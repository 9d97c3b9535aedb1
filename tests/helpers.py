"""Shared test helpers: noisy-text strategies and span checks on CONTRACT output."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

SEPARATORS = [" ", "\u00a0", "\r\n", "\n", "  "]


def noisy_pieces(pieces: Sequence[str], marks: Sequence[str]) -> st.SearchStrategy[tuple[str, str]]:
    """(clean, dirty) pairs: dirty has ``marks`` inside Arabic words and NBSP / CRLF where clean
    has a space / LF; both are joined from ``pieces``."""

    @st.composite
    def _noisy(draw: st.DrawFn) -> tuple[str, str]:
        out: list[str] = []
        for piece in draw(st.lists(st.sampled_from(list(pieces)), min_size=1, max_size=12)):
            words = []
            for w in piece.split(" "):
                chars = list(w)
                for _ in range(draw(st.integers(0, 2))):
                    pos = draw(st.integers(1, len(chars)))
                    if "\u0621" <= chars[pos - 1] <= "\u064a":
                        chars.insert(pos, draw(st.sampled_from(list(marks))))
                words.append("".join(chars))
            out.append(draw(st.sampled_from([" ", "\u00a0"])).join(words))
            out.append(draw(st.sampled_from(SEPARATORS)))
        dirty = "".join(out)
        clean = (
            "".join(c for c in dirty if c not in marks).replace("\u00a0", " ").replace("\r\n", "\n")
        )
        return clean, dirty

    return _noisy()


def assert_spans_exact(text: str, out: dict[str, Any]) -> None:
    """Every span of a CONTRACT object lies in ``text`` and surface forms match exactly."""
    for key in ("entities", "places", "quantities"):
        for item in out[key]:
            assert text[item["start"] : item["end"]] == item["text"]
    for a in out["actors"]:
        for s, e in a["mentions"]:
            assert 0 <= s < e <= len(text)
    for ev in out["events"]:
        for k in ("trigger", "evidence"):
            assert 0 <= ev[k]["start"] <= ev[k]["end"] <= len(text)
