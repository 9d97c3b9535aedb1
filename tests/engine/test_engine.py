"""Engines give the same analyses; ingest is idempotent and resumes after kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from engine_articles import TEXT_STAGES, articles, write_jsonl

from rasd.engine import analyze, run_extract
from rasd.engine.ingest import IngestSummary, ingest, ingest_articles
from rasd.extract import ExtractSummary
from rasd.io.readers import iter_inputs
from rasd.store import open_store


def _analyses(results) -> list[dict]:
    return [r.analysis for r in results]


def test_engine_workers_equal_single_process() -> None:
    arts = articles(12)
    one = _analyses(analyze(arts, stages=TEXT_STAGES))
    two = _analyses(analyze(arts, workers=2, stages=TEXT_STAGES))
    assert one == two
    assert [a["id"] for a in two] == [f"t{i}" for i in range(12)]


def test_engine_run_extract_reports_bad_lines(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", articles(3), {1: "{not json", 3: '{"id": "x"}'})
    summary = ExtractSummary()
    out = list(run_extract(iter_inputs([str(path)]), summary, workers=2, stages=TEXT_STAGES))
    assert [o["id"] for o in out] == ["t0", "t1", "t2"]
    assert summary.done == 3
    assert [line.split("]")[0] for line in summary.failed] == [
        "rasd: error[E105",
        "rasd: error[E105",
    ]
    assert "in.jsonl:2" in summary.failed[0] and "in.jsonl:4" in summary.failed[1]


def _counts(url: str) -> tuple[int, int, int]:
    with open_store(url) as st:
        info = st.info()
    return info["articles"], info["events"], info["incidents"]


def test_engine_ingest_twice_same_counts(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", articles(10) + articles(2))  # 2 repeated texts
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with open_store(url) as st:
        first = ingest([str(path)], st, progress=False, stages=TEXT_STAGES)
        second = ingest([str(path)], st, workers=2, progress=False, stages=TEXT_STAGES)
    assert (first.done, first.skipped, first.failed) == (10, 2, [])
    assert (second.done, second.skipped, second.failed) == (0, 12, [])
    assert _counts(url)[0] == 10
    with open_store(url) as st:
        art = st.get_article("t3")
    assert art["versions"]["tokenize"] == "tokenize.regex-clitic.v1"
    assert art["versions"]["rasd"] == art["rasd_version"]


_CHILD = """
import sys
from rasd.engine.ingest import ingest
from rasd.store import open_store
with open_store(sys.argv[1]) as st:
    ingest([sys.argv[2]], st, progress=False, stages=("normalize", "tokenize", "sentences"))
"""


def test_engine_ingest_kill9_then_resume_equals_clean_run(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", articles(400))
    crash_url = f"sqlite:///{tmp_path / 'crash.sqlite'}"
    open_store(crash_url).close()
    child = subprocess.Popen([sys.executable, "-c", _CHILD, crash_url, str(path)])
    deadline = time.monotonic() + 60
    while _counts(crash_url)[0] < 20 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    stored_at_kill = _counts(crash_url)[0]
    assert 0 < stored_at_kill < 400, "the child finished before it could be killed"
    with open_store(crash_url) as st:
        resumed = ingest([str(path)], st, progress=False, stages=TEXT_STAGES)
    assert resumed.skipped == stored_at_kill and resumed.done == 400 - stored_at_kill
    clean_url = f"sqlite:///{tmp_path / 'clean.sqlite'}"
    with open_store(clean_url) as st:
        ingest([str(path)], st, progress=False, stages=TEXT_STAGES)
    with open_store(crash_url) as a, open_store(clean_url) as b:
        for i in (0, 199, 399):
            assert a.get_article(f"t{i}")["analysis"] == b.get_article(f"t{i}")["analysis"]
    assert _counts(crash_url) == _counts(clean_url)


def test_engine_ingest_end_to_end_default_pipeline(tmp_path: Path) -> None:
    """Through the real default pipeline (rasd.analyze's), into a store and out again."""
    import rasd

    arts = articles(3)
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with open_store(url) as st:
        summary = ingest_articles(arts, st, IngestSummary())
        assert summary.failed == [] and summary.done == 3
        stored = st.get_article("t1")
    direct = rasd.analyze(arts[1]["text"], date=arts[1]["date"], id="t1").to_json()
    assert stored["analysis"] == direct
    assert set(stored["versions"]) >= {"rasd", "normalize", "ner", "events"}


SPARK_N = int(os.environ.get("RASD_SPARK_TEST_N", "20"))


@pytest.mark.spark
def test_engine_spark_equals_local() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        if os.environ.get("RASD_REQUIRE_SPARK") == "1":
            pytest.fail("RASD_REQUIRE_SPARK=1 but pyspark is not installed")
        pytest.skip("pyspark is not installed (pip install 'rasd[spark]')")
    arts = articles(SPARK_N)
    local = _analyses(analyze(arts, stages=TEXT_STAGES))
    spark = _analyses(analyze(arts, engine="spark", master="local[2]", stages=TEXT_STAGES))
    assert spark == local
