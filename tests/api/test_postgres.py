"""The API over a PostgreSQL store (marked ``postgres``: needs RASD_TEST_PG_URL; in CI
RASD_REQUIRE_PG=1 turns a missing server into a failure)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import api_sample
import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_client() -> Iterator[tuple[TestClient, str]]:
    """A client over a fresh PostgreSQL schema holding the sample articles, and a token."""
    base = os.environ.get("RASD_TEST_PG_URL")
    if not base:
        if os.environ.get("RASD_REQUIRE_PG") == "1":
            pytest.fail("RASD_REQUIRE_PG=1 but RASD_TEST_PG_URL is not set")
        pytest.skip("PostgreSQL tests need RASD_TEST_PG_URL (scripts/start_postgres.sh)")
    import psycopg

    from rasd.store import open_store

    schema = f"rasd_api_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    store = open_store(f"{base}{sep}options=-csearch_path%3D{schema}")
    try:
        api_sample.fill(store)
        token = store.add_user("mona", "reviewer")
        with TestClient(create_app(store)) as client:
            yield client, token
    finally:
        store.close()
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.mark.parametrize(
    ("params", "total"),
    [({}, 5), ({"type": "ASSAULT"}, 3), ({"country": "YEM"}, 2), ({"q": "البراميل"}, 2),
     ({"bbox": "43,12,45,14"}, 1), ({"date_from": "2015-08-01"}, 3)],
)  # fmt: skip
def test_postgres_event_filters(pg_client, params, total) -> None:
    client, _ = pg_client
    assert client.get("/api/events", params=params).json()["total"] == total


def test_postgres_review_roundtrip(pg_client) -> None:
    client, token = pg_client
    uid = client.get("/api/review-queue").json()[0]["uid"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.post(f"/api/events/{uid}/review", json={"verdict": "reject"}).status_code == 401
    r = client.post(f"/api/events/{uid}/review", json={"verdict": "reject"}, headers=headers)
    assert r.status_code == 201
    assert [x["reviewer"] for x in client.get(f"/api/events/{uid}").json()["reviews"]] == ["mona"]
