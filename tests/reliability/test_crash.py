"""Crash safety of `rasd ingest` (issue 10): kill -9 at random points then resume, two ingests
on one SQLite file at once, and a full disk.  Real subprocesses on a real SQLite store."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crash_tools import (
    connect_ro,
    fts_rows,
    half_written,
    integrity,
    run_ingest,
    snapshot,
    start_ingest,
    write_corpus,
)

N_ARTICLES = 30
KILLS_PER_CHAIN = 5
SEED = 20261125


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The corpus, and the store an uninterrupted run makes of it (with its wall time)."""
    folder = tmp_path_factory.mktemp("clean")
    corpus = write_corpus(folder / "corpus.jsonl", range(N_ARTICLES))
    t0 = time.perf_counter()
    done = run_ingest(corpus, folder / "clean.db")
    seconds = time.perf_counter() - t0
    assert done.returncode == 0, done.stderr
    snap = snapshot(folder / "clean.db")
    assert len(snap["articles"]) == N_ARTICLES and len(snap["events"]) > N_ARTICLES
    return {"corpus": corpus, "snapshot": snap, "seconds": seconds}


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    con = connect_ro(db)
    try:
        return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except Exception:  # killed before the schema was created
        return 0
    finally:
        con.close()


def _kill_at(corpus: Path, db: Path, target: int, jitter: float) -> bool:
    """Start an ingest; once ``target`` articles are stored wait ``jitter`` s (so the kill falls
    anywhere in the next article's analysis or transaction) and SIGKILL it.

    Returns True when the process was still running at the kill.
    """
    proc = start_ingest(corpus, db)
    deadline = time.monotonic() + 60
    while proc.poll() is None and _stored(db) < target and time.monotonic() < deadline:
        time.sleep(0.003)
    time.sleep(jitter)
    alive = proc.poll() is None
    proc.kill()  # SIGKILL: no cleanup, no atexit, no rollback in the process
    proc.communicate(timeout=30)
    return alive


def _assert_consistent(db: Path) -> None:
    if not db.exists():
        return
    assert integrity(db) == "ok"
    assert half_written(db) == []
    stored, indexed = fts_rows(db)
    assert stored == indexed


@pytest.mark.parametrize("chain", [0, 1, 2, 3])
def test_crash_kill9_then_resume_gives_clean_run(
    clean: dict[str, Any], tmp_path: Path, chain: int
) -> None:
    """Five kill -9 at seeded random points, each followed by a restart; then a full resume.

    A point is a random number of stored articles plus a random delay of up to 20 ms (one
    article takes about 15 ms), so kills fall in start-up, analysis and open transactions.
    After every kill the store is consistent; after the resume it equals the clean run.
    """
    rng = random.Random(SEED + chain)
    targets = sorted(rng.sample(range(N_ARTICLES - 5), KILLS_PER_CHAIN))
    db = tmp_path / "crash.db"
    killed, progress = 0, []
    for target in targets:
        killed += _kill_at(clean["corpus"], db, target, rng.uniform(0.0, 0.02))
        _assert_consistent(db)
        progress.append(_stored(db))
    assert killed == KILLS_PER_CHAIN, f"every kill must hit a running ingest: {progress}"
    assert progress == sorted(progress), f"a kill lost stored articles: {progress}"
    unfinished = sum(n < N_ARTICLES for n in progress)
    assert unfinished >= KILLS_PER_CHAIN - 1, f"the kills came too late: {progress}"
    done = run_ingest(clean["corpus"], db)
    assert done.returncode == 0, done.stderr
    assert snapshot(db) == clean["snapshot"]


def test_crash_two_ingests_at_once_lose_nothing(clean: dict[str, Any], tmp_path: Path) -> None:
    """Two processes writing one SQLite file at once, overlapping corpora."""
    from rasd.store import open_store

    db = tmp_path / "shared.db"
    open_store(f"sqlite:///{db}").close()  # see test_crash_new_store_opened_at_once
    a = start_ingest(write_corpus(tmp_path / "a.jsonl", range(0, 20)), db)
    b = start_ingest(write_corpus(tmp_path / "b.jsonl", range(10, 30)), db)
    outs = [p.communicate(timeout=120) for p in (a, b)]
    assert (a.returncode, b.returncode) == (0, 0), [o[1].decode() for o in outs]
    assert integrity(db) == "ok"
    assert half_written(db) == []
    snap = snapshot(db)
    assert snap["articles"] == clean["snapshot"]["articles"]
    assert snap["events"] == clean["snapshot"]["events"]


OPEN_AT = """
import sys, time
from rasd.store import open_store
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
open_store(sys.argv[1]).close()
"""


@pytest.mark.parametrize("trial", range(2))
def test_crash_new_store_opened_at_once(tmp_path: Path, trial: int) -> None:
    """Three processes open (and so create and migrate) one new SQLite file at the same instant."""
    url = f"sqlite:///{tmp_path / 'new.db'}"
    at = str(time.time() + 1.0)
    procs = [subprocess.Popen([sys.executable, "-c", OPEN_AT, url, at], stderr=subprocess.PIPE)
             for _ in range(3)]  # fmt: skip
    errors = [p.communicate(timeout=60)[1].decode()[-300:] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    assert integrity(tmp_path / "new.db") == "ok"


def _mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir()
    cmd = ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)]
    if shutil.which("mount") is None or subprocess.run(cmd, capture_output=True).returncode:
        pytest.skip("a full disk is simulated with a small tmpfs, which needs root to mount")


def test_crash_full_disk_gives_coded_error_and_consistent_store(tmp_path: Path) -> None:
    """A 512 kB filesystem fills up mid-corpus: a coded error, exit 1, no torn article;
    once space is freed a rerun completes and equals a clean run on a roomy disk."""
    corpus = write_corpus(tmp_path / "long.jsonl", range(24), padding=200)
    roomy = run_ingest(corpus, tmp_path / "roomy.db")
    assert roomy.returncode == 0, roomy.stderr
    disk = tmp_path / "disk"
    _mount_tmpfs(disk, "512k")
    try:
        full = run_ingest(corpus, disk / "full.db")
        assert full.returncode == 1
        assert "Traceback" not in full.stderr
        assert "rasd: error[E40" in full.stderr and "full" in full.stderr, full.stderr
        assert integrity(disk / "full.db") == "ok"
        assert half_written(disk / "full.db") == []
        assert 0 < _stored(disk / "full.db") < 24
        subprocess.run(["mount", "-o", "remount,size=32m", str(disk)], check=True)
        resumed = run_ingest(corpus, disk / "full.db")
        assert resumed.returncode == 0, resumed.stderr
        assert snapshot(disk / "full.db") == snapshot(tmp_path / "roomy.db")
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
