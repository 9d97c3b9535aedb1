"""Fixtures for the reliability tests: a store with the API sample articles, a test client,
and a real uvicorn server on a free localhost port (for raw, unnormalised request paths)."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "api"))  # api_sample: hand-made articles with exact spans


@pytest.fixture
def store(tmp_path: Path) -> Iterator:
    import api_sample

    with api_sample.sample_store(tmp_path) as st:
        yield st


@pytest.fixture
def token(store) -> str:
    return store.add_user("mona", "reviewer")


@pytest.fixture
def client(store) -> Iterator:
    from fastapi.testclient import TestClient

    from rasd.api import create_app

    with TestClient(create_app(store, max_body_bytes=20_000)) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live(store) -> Iterator[tuple[str, int]]:
    """(host, port) of `create_app(store)` served by uvicorn in a thread; stopped afterwards."""
    import uvicorn

    from rasd.api import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="error")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    yield ("127.0.0.1", port)
    server.should_exit = True
    thread.join(timeout=10)
