"""The store's tables (SQLAlchemy Core), shared by the SQLite and PostgreSQL back-ends.

Tables are created by the numbered migrations in `rasd.store.migrations`; a table that exists in a
released migration is changed only by a later migration, never by editing it here alone.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

__all__ = [
    "actor_aliases",
    "actors",
    "articles",
    "events",
    "incidents",
    "metadata",
    "reviews",
    "schema_migrations",
    "users",
]

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(100), nullable=False),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("ext_id", Text, index=True),
    Column("title", Text),
    Column("source", Text),
    Column("url", Text),
    Column("date", String(10), index=True),
    Column("text", Text, nullable=False),
    Column("analysis", Text, nullable=False),
    Column("rasd_version", String(32), nullable=False),
    Column("versions", Text, nullable=False),
    Column("n_events", Integer, nullable=False, default=0),
    Column("created_at", String(32), nullable=False),
)

incidents = Table(
    "incidents",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("type", String(16), nullable=False),
    Column("modality", String(24), nullable=False),
    Column("date_first", String(10), index=True),
    Column("date_last", String(10)),
    Column("country", String(8)),
    Column("admin2", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("fatalities_low", Integer, nullable=False, default=0),
    Column("fatalities_best", Integer, nullable=False, default=0),
    Column("fatalities_high", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=1),
    Column("n_articles", Integer, nullable=False, default=1),
    Column("updated_at", String(32), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(80), nullable=False, unique=True),
    Column("article_id", String(40), ForeignKey("articles.id"), nullable=False, index=True),
    Column("event_id", String(40), nullable=False),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(40)),
    Column("acled_event_type", String(40)),
    Column("modality", String(24), nullable=False, index=True),
    Column("date", String(10), index=True),
    Column("time_precision", Integer),
    Column("actor1", Text, index=True),
    Column("actor2", Text, index=True),
    Column("place_name", Text),
    Column("place_key", Text, index=True),
    Column("country", String(8), index=True),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", Integer),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("fatalities_low", Integer, nullable=False, default=0),
    Column("fatalities_best", Integer, nullable=False, default=0),
    Column("fatalities_high", Integer, nullable=False, default=0),
    Column("incident_id", Integer, ForeignKey("incidents.seq"), index=True),
    Column("dedup_reason", Text),
    Column("data", Text, nullable=False),
)
Index("ix_events_lat_lon", events.c.lat, events.c.lon)

actors = Table(
    "actors",
    metadata,
    Column("id", String(120), primary_key=True),
    Column("name", Text),
    Column("name_ar", Text),
    Column("kind", String(40)),
    Column("country", String(8)),
    Column("acled_inter", Integer),
    Column("in_registry", Boolean, nullable=False, default=False),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("actor_id", String(120), ForeignKey("actors.id"), primary_key=True),
    Column("alias", Text, primary_key=True),
)

reviews = Table(
    "reviews",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("event_uid", String(80), ForeignKey("events.uid"), nullable=False, index=True),
    Column("reviewer", Text, nullable=False),
    Column("verdict", String(16), nullable=False),
    Column("changes", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("name", String(120), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", String(32), nullable=False),
)
