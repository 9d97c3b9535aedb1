"""Regressions of the store bugs found by the reliability tests (issue 10 follow-up): migration
race, LIKE wildcards, full disk, country codes, and the PostgreSQL dedup race."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, text
from store_cases import VERSIONS, make_analysis, make_article, make_event

from rasd.errors import DiskFull, StoreError
from rasd.store import open_store
from rasd.store.migrations import MIGRATIONS
from rasd.store.queries import like_pattern

T_ONE = "اشتباكات عنيفة في دوما بين الجيش السوري وجيش الإسلام"
T_TWO = "معارك في مدينة دوما بين جيش الإسلام وقوات النظام"
OPEN_AT = """
import sys, time
from rasd.store import open_store
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
open_store(sys.argv[1]).close()
"""


def _add(
    store,
    text_: str,
    source: str = "okaz",
    actors: tuple[str | None, str | None] = ("syr-army", "syr-jaysh-al-islam"),
) -> str:
    ev = make_event("ev1", actor1=actors[0], actor2=actors[1], place="douma")
    art_id, created = store.add_article(
        make_article(text_, source=source), make_analysis(text_, [ev]), VERSIONS
    )
    assert created
    return art_id


def test_store_fixes_new_sqlite_opened_by_four_processes_at_once(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    at = str(time.time() + 1.0)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_AT, f"sqlite:///{db}", at], stderr=subprocess.PIPE
        )
        for _ in range(4)
    ]
    errors = [p.communicate(timeout=60)[1].decode()[-300:] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    with sqlite3.connect(db) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert sorted(versions) == [n for n, _, _ in MIGRATIONS]


@pytest.mark.parametrize(
    ("q", "pattern"),
    [
        ("دوما", "%دوما%"),
        ("%", "%\\%%"),
        ("_", "%\\_%"),
        ("a\\b", "%a\\\\b%"),
        ("50%_x", "%50\\%\\_x%"),
    ],
)
def test_store_fixes_like_pattern_escapes_wildcards(q: str, pattern: str) -> None:
    assert like_pattern(q) == pattern


@pytest.mark.parametrize(
    ("q", "total"),
    [("%", 0), ("_", 0), ("%%", 0), ("_%_", 0), ("\\", 0), ("army", 1), ("ARMY", 1), ("جيش", 2)],
)
def test_store_fixes_actor_search_takes_wildcards_literally(store, q: str, total: int) -> None:
    _add(store, T_ONE)
    assert store.list_actors(q=q)[1] == total


@pytest.mark.parametrize(("country", "total"), [("SYR", 1), ("syr", 1), (" Syr ", 1), ("IRQ", 0)])
def test_store_fixes_country_filter_on_normalised_codes(store, country: str, total: int) -> None:
    ev = make_event("ev1", actor1="syr-army", place="douma")
    analysis = make_analysis(T_ONE, [ev])
    analysis["places"][0]["country"] = "syr"  # a lower-case code from some upstream stage
    store.add_article(make_article(T_ONE), analysis, VERSIONS)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT country FROM events")).scalar_one() == "SYR"
    assert store.query_events(country=country)[1] == total


def test_store_fixes_country_migration_upper_cases_old_rows(db_url: str) -> None:
    with open_store(db_url) as store:
        _add(store, T_ONE)
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE events SET country = 'syr'"))
            conn.execute(text("UPDATE incidents SET country = 'syr'"))
            conn.execute(text("DELETE FROM schema_migrations WHERE version = 4"))
    with open_store(db_url) as store:
        assert store.info()["pending_migrations"] == []
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT country FROM events")).scalar_one() == "SYR"
            assert conn.execute(text("SELECT country FROM incidents")).scalar_one() == "SYR"
        assert store.query_events(country="SYR")[1] == 1


def _limit_pages(store, pages: int) -> None:
    """SQLite's max_page_count: past it every write fails with SQLITE_FULL, like a full disk."""

    def limit(dbapi_conn, _record) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    store.engine.dispose()
    event.listen(store.engine, "connect", limit)


def test_store_fixes_full_disk_is_disk_full_and_store_stays_whole(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    try:
        _add(store, T_ONE)
        with store.engine.connect() as conn:
            pages = conn.execute(text("PRAGMA page_count")).scalar_one()
        _limit_pages(store, pages + 2)
        big = T_TWO + " " + "نص طويل " * 5000
        with pytest.raises(DiskFull) as err:
            _add(store, big)
        assert err.value.code == "E403" and not isinstance(err.value, StoreError)
        assert "database or disk is full" in err.value.line() and "free space" in err.value.line()
        info = store.info()
        assert (info["articles"], info["events"], info["incidents"]) == (1, 1, 1)
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    finally:
        store.close()
    with open_store(sqlite_url) as roomy:  # space again: the same article now goes in
        _add(roomy, big)
        assert roomy.info()["articles"] == 2


@pytest.mark.postgres
def test_store_fixes_postgres_dedup_serialised_between_writers(pg_url: str) -> None:
    """Writer A has stored a report but not committed; writer B's report of the same incident
    must wait for A and then join A's incident (not start a second one).  The two reports name
    different actors (compatible: each side known in one only), so B never waits on A's rows."""
    from rasd.store.dedup import lock_incidents

    a, b = open_store(pg_url), open_store(pg_url)
    conn = a.engine.connect()
    try:
        conn.begin()
        ev = make_event("ev1", actor1="syr-army", place="douma")
        a._write(conn, "a" * 20, make_article(T_ONE), make_analysis(T_ONE, [ev]), VERSIONS)
        lock_incidents(conn, ["ASSAULT"])  # re-entrant: held already by _write
        done = threading.Event()
        worker = threading.Thread(
            target=lambda: (_add(b, T_TWO, "alriyadh", (None, "syr-jaysh-al-islam")), done.set())
        )
        worker.start()
        assert not done.wait(1.0), "writer B did not wait for writer A's dedup lock"
        conn.commit()
        worker.join(timeout=30)
        assert done.is_set()
        info = b.info()
        assert (info["articles"], info["events"], info["incidents"]) == (2, 2, 1)
    finally:
        conn.close()  # rolls back if the test failed before the commit
        a.close()
        b.close()
