"""Storing analyses: SQLite (default) or PostgreSQL, full-text search, incidents, reviews, users.

>>> from rasd.store import open_store
>>> store = open_store("sqlite:///:memory:")
>>> store.info()["articles"]
0

The interface is described in docs/store-interface.md.
"""

from __future__ import annotations

from rasd.store.auth import AuthMixin, apply_reviews
from rasd.store.base import BaseStore, default_url
from rasd.store.queries import QueryMixin
from rasd.store.rows import article_id_for, content_hash

__all__ = ["Store", "apply_reviews", "article_id_for", "content_hash", "default_url", "open_store"]


class Store(QueryMixin, AuthMixin, BaseStore):
    """A rasd database: see docs/store-interface.md."""


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``url``; None = the default file."""
    return Store(url)
