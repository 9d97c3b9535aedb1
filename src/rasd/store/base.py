"""Opening a store (SQLite by default, PostgreSQL by URL) and writing articles into it.

The same SQLAlchemy Core code serves both back-ends.  SQLite runs in WAL mode.  Every article is
written in one transaction (text, analysis, events, actors, full-text row, incident merges), so
a crash loses nothing that was committed and never leaves half an article.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError

from rasd import __version__
from rasd.errors import DatabaseUrlError, DiskFull, StoreError
from rasd.store import schema as s
from rasd.store.dedup import assign_incidents, rebuild_incidents
from rasd.store.fts import fts_index
from rasd.store.migrations import MIGRATIONS, applied_versions, migrate
from rasd.store.rows import actor_rows, article_id_for, content_hash, event_rows, now

__all__ = ["BaseStore", "default_url", "make_engine", "store_error"]

#: What SQLite (SQLITE_FULL) and PostgreSQL (SQLSTATE 53100, ENOSPC) say when the disk is full
_DISK_FULL = ("database or disk is full", "no space left on device", "could not extend file")


def store_error(
    ex: OperationalError, message: str, hint: str | None = None
) -> StoreError | DiskFull:
    """The coded error for a failed database operation: `DiskFull` (E403) when out of space."""
    detail = str(ex.orig)
    if getattr(ex.orig, "sqlstate", None) == "53100" or any(
        m in detail.lower() for m in _DISK_FULL
    ):
        return DiskFull(
            f"{message}: {detail.strip()}",
            hint="the disk holding the database is full: free space and run the command again; "
            "nothing half-written was kept and stored articles are skipped",
        )
    return StoreError(f"{message}: {detail.strip()}", hint=hint)


def default_url() -> str:
    """``$RASD_DB`` if set, else ``sqlite:///<user data dir>/rasd.sqlite``."""
    env = os.environ.get("RASD_DB")
    if env:
        return env
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("rasd", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'rasd.sqlite'}"


def _wal(cur: Any, tries: int = 300) -> None:
    """Switch to WAL mode.  On a new file that others open at the same instant the switch can
    report "database is locked" at once (SQLite's busy timeout does not cover it): retry."""
    for attempt in range(tries):
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as ex:
            if "locked" not in str(ex) or attempt == tries - 1:
                raise
            time.sleep(0.02 + 0.03 * random.random())


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    _wal(cur)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(url: str) -> Engine:
    """An Engine for ``sqlite:///path`` or ``postgresql://...`` (psycopg 3 driver)."""
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    elif not url.startswith(("sqlite://", "postgresql+")):
        raise DatabaseUrlError(
            f"unsupported database URL {url!r}",
            hint="use sqlite:///path/to/file.db or postgresql://user@host/db",
        )
    try:
        engine = create_engine(url, future=True, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ImportError) as ex:
        raise DatabaseUrlError(f"cannot use database URL {url!r}: {ex}") from None
    if engine.dialect.name == "sqlite":
        db = engine.url.database
        if db and db != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class BaseStore:
    """Connection handling, migrations and the write path."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_url()
        self.engine = make_engine(self.url)
        try:
            migrate(self.engine)
        except OperationalError as ex:
            raise store_error(
                ex,
                f"cannot open database {self._safe_url()}",
                hint="check that the server runs and the URL is right",
            ) from None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> BaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writes ---------------------------------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(
                    select(s.articles.c.seq).where(s.articles.c.content_hash == content_hash)
                ).first()
                is not None
            )

    def add_article(
        self, article: dict[str, Any], analysis: dict[str, Any], versions: dict[str, str]
    ) -> tuple[str, bool]:
        """Store an article and its analysis in one transaction; (article_id, created)."""
        text = article["text"]
        art_id = article_id_for(text)
        try:
            with self.engine.begin() as conn:
                if (
                    conn.execute(select(s.articles.c.seq).where(s.articles.c.id == art_id)).first()
                    is not None
                ):
                    return art_id, False
                self._write(conn, art_id, article, analysis, versions)
        except IntegrityError:  # another writer stored the same text just now
            if self.has_article(content_hash(text)):
                return art_id, False
            raise
        except OperationalError as ex:
            raise store_error(ex, f"could not store article {art_id}") from None
        return art_id, True

    def _write(
        self,
        conn: Connection,
        art_id: str,
        article: dict[str, Any],
        analysis: dict[str, Any],
        versions: dict[str, str],
    ) -> None:
        text = article["text"]
        rows = event_rows(art_id, analysis)
        seq = conn.execute(
            s.articles.insert().values(
                id=art_id,
                content_hash=content_hash(text),
                ext_id=article.get("id"),
                title=article.get("title"),
                source=article.get("source"),
                url=article.get("url"),
                date=article.get("date") or analysis.get("publication_date"),
                text=text,
                analysis=json.dumps(analysis, ensure_ascii=False),
                rasd_version=analysis.get("rasd_version") or __version__,
                versions=json.dumps(versions, sort_keys=True),
                n_events=len(rows),
                created_at=now(),
            )
        ).inserted_primary_key[0]
        fts_index(conn, seq, article.get("title"), text)
        self._write_actors(conn, analysis, text)
        if rows:
            seqs = (
                conn.execute(
                    s.events.insert().returning(s.events.c.seq, sort_by_parameter_order=True), rows
                )
                .scalars()
                .all()
            )
            assign_incidents(conn, [r | {"seq": q} for r, q in zip(rows, seqs, strict=True)])

    def _write_actors(self, conn: Connection, analysis: dict[str, Any], text: str) -> None:
        actors, aliases = actor_rows(analysis, text)
        for table, rows in ((s.actors, actors), (s.actor_aliases, aliases)):
            if rows:
                conn.execute(self._insert_ignore(table), rows)

    def _insert_ignore(self, table: Any) -> Any:
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert(table).on_conflict_do_nothing()

    def rebuild_incidents(self) -> int:
        """Recompute all cross-article merges (e.g. after changing the dedup rules)."""
        with self.engine.begin() as conn:
            return rebuild_incidents(conn)

    # ---- reads ----------------------------------------------------------------------------
    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """The article by store id (or, failing that, by its input id) with its analysis."""
        a = s.articles
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(a).where(a.c.id == article_id)).mappings().first()
                or conn.execute(select(a).where(a.c.ext_id == article_id).order_by(a.c.seq))
                .mappings()
                .first()
            )
        if row is None:
            return None
        return {
            "id": row["id"],
            "ext_id": row["ext_id"],
            "title": row["title"],
            "source": row["source"],
            "url": row["url"],
            "date": row["date"],
            "text": row["text"],
            "analysis": json.loads(row["analysis"]),
            "rasd_version": row["rasd_version"],
            "versions": json.loads(row["versions"]),
            "created_at": row["created_at"],
        }

    def info(self) -> dict[str, Any]:
        """Counts and schema state (``rasd db info``)."""
        with self.engine.connect() as conn:
            counts = {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (s.articles, s.events, s.incidents, s.actors, s.reviews, s.users)
            }
        done = applied_versions(self.engine)
        return {
            "url": self._safe_url(),
            "backend": self.dialect,
            "schema_version": max(done, default=0),
            "pending_migrations": [n for n, _, _ in MIGRATIONS if n not in done],
            **counts,
        }
