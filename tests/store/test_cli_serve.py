"""`rasd serve --workers N`: several uvicorn processes, each building its app from $RASD_DB."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_cases import VERSIONS, make_analysis, make_article, make_event

from rasd.store import open_store

TEXTS = ["قصف على دوما", "اشتباكات في حرستا", "معارك قرب الموصل"]


def _fill(url: str) -> None:
    with open_store(url) as store:
        for i, t in enumerate(TEXTS):
            ev = make_event("ev1", actor1="syr-army", place="douma", date=f"2015-07-{10 + 5 * i}")
            store.add_article(make_article(t), make_analysis(t, [ev]), VERSIONS)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str) -> tuple[int, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        r = conn.getresponse()
        return r.status, json.loads(r.read())
    finally:
        conn.close()


def _wait_up(proc: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if _get(port, "/api/health")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail(f"rasd serve did not start: {proc.communicate()[1].decode()[-500:]}")


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(x) for x in path.read_text().split()] if path.exists() else []


@pytest.mark.parametrize("workers", [1, 2])
def test_cli_serve_workers_answer_from_one_store(tmp_path: Path, workers: int) -> None:
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    _fill(url)
    port = _free_port()
    cmd = [sys.executable, "-m", "rasd.cli.main", "serve", "--db", url, "--port", str(port),
           "--workers", str(workers)]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "RASD_DB"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        _wait_up(proc, port)
        for _ in range(6):  # several connections: each worker must answer the same
            status, page = _get(port, "/api/events?country=syr&limit=10")
            assert (status, page["total"]) == (200, 3)
        if workers > 1 and Path("/proc").exists():  # uvicorn's worker processes
            assert len(_children(proc.pid)) >= workers
    finally:
        err = _stop(proc)
    assert f"with {workers} worker(s)" in err


def _stop(proc: subprocess.Popen) -> str:
    """Ctrl+C the server (uvicorn stops its workers); its stderr."""
    proc.send_signal(signal.SIGINT)
    try:
        return proc.communicate(timeout=20)[1].decode()
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.communicate()[1].decode()


def test_cli_serve_app_from_env_reads_rasd_db(tmp_path: Path, monkeypatch) -> None:
    from fastapi.testclient import TestClient

    from rasd.cli.serve import app_from_env

    url = f"sqlite:///{tmp_path / 'env.db'}"
    _fill(url)
    monkeypatch.setenv("RASD_DB", url)
    with TestClient(app_from_env()) as client:
        r = client.get("/api/events", params={"date_from": "2015-07-15"})
        assert (r.status_code, r.json()["total"]) == (200, 2)


def test_cli_serve_workers_below_one_is_usage_error(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "rasd.cli.main", "serve", "--workers", "0",
           "--db", f"sqlite:///{tmp_path / 'x.db'}"]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, timeout=60)
    assert proc.returncode == 2
    assert b"--workers" in proc.stderr
