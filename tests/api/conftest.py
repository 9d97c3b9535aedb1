from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
import api_sample


@pytest.fixture
def store(tmp_path: Path) -> Iterator:
    """A real store (SQLite file in tmp_path) filled with the three sample articles."""
    with api_sample.sample_store(tmp_path) as st:
        yield st


@pytest.fixture
def client(store) -> Iterator[TestClient]:
    from rasd.api import create_app

    with TestClient(create_app(store, max_body_bytes=20_000)) as c:
        yield c


@pytest.fixture
def token(store) -> str:
    return store.add_user("mona", "reviewer")


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
