"""Reviews (never overwriting the machine's output) and API users (only token hashes stored)."""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError

from rasd.errors import StoreError, UsageError
from rasd.store import schema as s
from rasd.store.base import store_error
from rasd.store.queries import review_dict
from rasd.store.rows import now

__all__ = ["ROLES", "VERDICTS", "AuthMixin", "apply_reviews"]

VERDICTS = ("confirm", "reject", "edit")
ROLES = ("reviewer", "admin")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def apply_reviews(event: dict[str, Any], reviews: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The event as reviewers left it: None if the latest verdict is reject; edits applied in order."""
    out = dict(event)
    for r in reviews:
        if r["verdict"] == "reject":
            out["_rejected"] = True
        elif r["verdict"] in ("confirm", "edit"):
            out.pop("_rejected", None)
            out.update(r.get("changes") or {})
    return None if out.pop("_rejected", False) else out


class AuthMixin:
    engine: Engine

    def add_review(
        self, event_uid: str, reviewer: str, verdict: str, changes: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Record a verdict on an event; the machine's event row is never changed."""
        if verdict not in VERDICTS:
            raise UsageError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
        changes = changes or {}
        try:
            with self.engine.begin() as conn:
                if (
                    conn.execute(select(s.events.c.seq).where(s.events.c.uid == event_uid)).first()
                    is None
                ):
                    raise StoreError(f"no event {event_uid!r}", hint="take uids from query_events")
                seq = conn.execute(
                    s.reviews.insert().values(
                        event_uid=event_uid,
                        reviewer=reviewer,
                        verdict=verdict,
                        changes=json.dumps(changes, ensure_ascii=False),
                        created_at=now(),
                    )
                ).inserted_primary_key[0]
                row = conn.execute(select(s.reviews).where(s.reviews.c.seq == seq)).mappings().one()
        except OperationalError as ex:
            raise store_error(ex, f"could not store the review of {event_uid}") from None
        return review_dict(row)

    def reviews(self, event_uid: str | None = None) -> list[dict[str, Any]]:
        stmt = select(s.reviews).order_by(s.reviews.c.seq)
        if event_uid is not None:
            stmt = stmt.where(s.reviews.c.event_uid == event_uid)
        with self.engine.connect() as conn:
            return [review_dict(r) for r in conn.execute(stmt).mappings()]

    def add_user(self, name: str, role: str) -> str:
        """Create a user and return its token (shown once; only its SHA-256 is stored)."""
        if role not in ROLES:
            raise UsageError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        token = secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            if conn.execute(select(s.users.c.name).where(s.users.c.name == name)).first():
                raise StoreError(f"user {name!r} exists", hint="choose another name")
            conn.execute(
                s.users.insert().values(
                    name=name, role=role, token_hash=_token_hash(token), created_at=now()
                )
            )
        return token

    def check_token(self, token: str) -> dict[str, Any] | None:
        if not token:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(
                select(s.users.c.name, s.users.c.role).where(
                    s.users.c.token_hash == _token_hash(token)
                )
            ).first()
        return {"name": row.name, "role": row.role} if row else None
