"""The overlap index that marks toponyms found inside NER LOC entities (issue 8, speed)."""

from __future__ import annotations

import pytest

from rasd.geo.detect import _SpanIndex

SPANS = [(10, 20), (0, 3), (40, 45), (12, 30)]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (3, 10, False),  # between (0, 3) and (10, 20): half-open, touching is no overlap
        (2, 4, True),
        (25, 28, True),  # inside (12, 30) only, which starts before (10, 20) ends
        (30, 40, False),
        (44, 50, True),
        (45, 60, False),
        (19, 20, True),
    ],
)
def test_detect_span_index_overlaps(start: int, end: int, expected: bool) -> None:
    assert _SpanIndex(SPANS).overlaps(start, end) is expected
    assert any(s < end and start < e for s, e in SPANS) is expected  # the rule it replaces


def test_detect_span_index_empty() -> None:
    assert _SpanIndex([]).overlaps(0, 100) is False
