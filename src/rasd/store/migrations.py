"""Numbered schema migrations, applied in order and recorded in ``schema_migrations``.

Each migration is ``(number, name, function(conn))`` and runs in its own transaction.  A released
migration is never edited: change the schema with a new, higher-numbered one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, func, inspect, select, text, update

from rasd.store import schema as s

__all__ = ["MIGRATIONS", "applied_versions", "migrate"]

_CORE_TABLES = (
    s.schema_migrations,
    s.articles,
    s.incidents,
    s.events,
    s.actors,
    s.actor_aliases,
    s.reviews,
    s.users,
)


def _m0001_initial(conn: Connection) -> None:
    s.metadata.create_all(conn, tables=list(_CORE_TABLES))


def _m0002_fulltext(conn: Connection) -> None:
    """SQLite: an FTS5 table over the normalised view; PostgreSQL: tsvector ('arabic') + GIN."""
    if conn.dialect.name == "sqlite":
        conn.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                "body, tokenize = 'unicode61 remove_diacritics 2')"
            )
        )
    else:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS article_fts ("
                "article_seq INTEGER PRIMARY KEY REFERENCES articles(seq), tsv tsvector NOT NULL)"
            )
        )
        conn.execute(
            text("CREATE INDEX IF NOT EXISTS ix_article_fts_tsv ON article_fts USING GIN (tsv)")
        )


def _m0003_incident_lookup(conn: Connection) -> None:
    """Index for the incremental dedup lookup (type, modality, first date)."""
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_incidents_lookup "
            "ON incidents (type, modality, date_first)"
        )
    )
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_incidents_lat_lon ON incidents (lat, lon)"))


def _m0004_country_codes(conn: Connection) -> None:
    """Country codes are stored upper-case, so the country filter can use its index."""
    for table in (s.events, s.incidents, s.actors):
        conn.execute(
            update(table)
            .where(table.c.country != func.upper(table.c.country))
            .values(country=func.upper(table.c.country))
        )


MIGRATIONS: tuple[tuple[int, str, Callable[[Connection], None]], ...] = (
    (1, "initial", _m0001_initial),
    (2, "fulltext", _m0002_fulltext),
    (3, "incident_lookup", _m0003_incident_lookup),
    (4, "country_codes", _m0004_country_codes),
)


def applied_versions(engine: Engine) -> set[int]:
    with engine.connect() as conn:
        return _applied(conn)


def _applied(conn: Connection) -> set[int]:
    if not inspect(conn).has_table("schema_migrations"):
        return set()
    return {r[0] for r in conn.execute(select(s.schema_migrations.c.version))}


def _lock(conn: Connection) -> None:
    """Take the migration lock for this transaction: one migrator at a time, on both back-ends.

    SQLite: ``BEGIN IMMEDIATE`` takes the database write lock before anything is read (waiting
    up to the busy timeout); PostgreSQL: a transaction-level advisory lock.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.execute(text("SELECT pg_advisory_xact_lock(7263001)"))


def migrate(engine: Engine) -> list[int]:
    """Apply the missing migrations; returns the numbers applied now (by this process).

    Each migration runs in its own transaction under the migration lock and re-reads the applied
    versions inside it, so processes opening one new database at once never apply one twice.
    """
    if not {n for n, _, _ in MIGRATIONS} - applied_versions(engine):
        return []
    applied: list[int] = []
    for number, name, fn in MIGRATIONS:
        with engine.connect() as conn:
            _lock(conn)
            if number in _applied(conn):
                conn.rollback()
                continue
            fn(conn)
            conn.execute(
                s.schema_migrations.insert().values(
                    version=number,
                    name=name,
                    applied_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
            conn.commit()
        applied.append(number)
    return applied
