"""Numbered schema migrations, applied in order and recorded in ``schema_migrations``.

Each migration is ``(number, name, function(conn))`` and runs in its own transaction.  A released
migration is never edited: change the schema with a new, higher-numbered one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text

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


MIGRATIONS: tuple[tuple[int, str, Callable[[Connection], None]], ...] = (
    (1, "initial", _m0001_initial),
    (2, "fulltext", _m0002_fulltext),
    (3, "incident_lookup", _m0003_incident_lookup),
)


def applied_versions(engine: Engine) -> set[int]:
    if not inspect(engine).has_table("schema_migrations"):
        return set()
    with engine.connect() as conn:
        return {r[0] for r in conn.execute(select(s.schema_migrations.c.version))}


def migrate(engine: Engine) -> list[int]:
    """Apply the missing migrations; returns the numbers applied now."""
    done = applied_versions(engine)
    applied: list[int] = []
    for number, name, fn in MIGRATIONS:
        if number in done:
            continue
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # one migrator at a time
                conn.execute(text("SELECT pg_advisory_xact_lock(7263001)"))
                if (
                    conn.execute(text("SELECT to_regclass('schema_migrations')")).scalar()
                    and conn.execute(
                        select(s.schema_migrations.c.version).where(
                            s.schema_migrations.c.version == number
                        )
                    ).first()
                ):
                    continue
            fn(conn)
            conn.execute(
                s.schema_migrations.insert().values(
                    version=number,
                    name=name,
                    applied_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
        applied.append(number)
    return applied
