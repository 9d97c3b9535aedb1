"""Store fixtures: a fresh SQLite file per test, and PostgreSQL when RASD_TEST_PG_URL is set.

PostgreSQL tests (marked ``postgres``) skip without RASD_TEST_PG_URL, fail when it is set but the
server is unusable, and fail instead of skipping when RASD_REQUIRE_PG=1 (CI).
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


def pg_base_url() -> str:
    url = os.environ.get("RASD_TEST_PG_URL")
    if not url:
        if os.environ.get("RASD_REQUIRE_PG") == "1":
            pytest.fail(
                "RASD_REQUIRE_PG=1 but RASD_TEST_PG_URL is not set "
                '(run: eval "$(scripts/start_postgres.sh)")'
            )
        pytest.skip("PostgreSQL tests need RASD_TEST_PG_URL (scripts/start_postgres.sh)")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    import psycopg

    base = pg_base_url()
    schema = f"rasd_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:  # an unusable server fails here
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'rasd.sqlite'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url: str) -> Iterator[object]:
    from rasd.store import open_store

    st = open_store(db_url)
    yield st
    st.close()
