"""Large and hostile files: streamed, bounded memory, oversized articles refused with a coded error."""

from __future__ import annotations

import json
import resource
from pathlib import Path

import pytest

from rasd.io.readers import MAX_ARTICLE_CHARS, iter_inputs


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_readers_20mb_line_refused_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "a", "text": "قبل"}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "ن" * 10_000_000}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "z", "text": "بعد"}, ensure_ascii=False) + "\n")
    assert path.stat().st_size > 20_000_000
    items = list(iter_inputs([str(path)]))
    assert [i.article["id"] for i in items if i.article] == ["a", "z"]
    (bad,) = [i for i in items if i.error]
    assert bad.error.code == "E107" and bad.origin.endswith(":2")


@pytest.mark.slow
def test_readers_200mb_jsonl_streams_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    line = (
        json.dumps(
            {"text": "اشتباكات عنيفة بين الجيش والمسلحين في ريف حلب الشمالي " * 40},
            ensure_ascii=False,
        )
        + "\n"
    )
    n = 200_000_000 // len(line.encode("utf-8")) + 1
    with open(path, "w", encoding="utf-8") as fh:
        for _ in range(n):
            fh.write(line)
    assert path.stat().st_size >= 200_000_000
    before = _rss_mb()
    count = sum(1 for i in iter_inputs([str(path)]) if i.article)
    assert count == n
    assert _rss_mb() - before < 150  # streamed line by line, never the whole file


def test_readers_article_limit_is_sane() -> None:
    assert MAX_ARTICLE_CHARS >= 5_000_000 // 2
