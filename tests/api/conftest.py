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
    from rasd.store import open_store

    st = open_store(f"sqlite:///{tmp_path / 'rasd.db'}")
    st.sample_ids = api_sample.fill(st)  # type: ignore[attr-defined]
    yield st
    st.close()


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
