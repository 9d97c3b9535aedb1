"""Review routes: store a verdict, list reviews (JSON and JSONL training data), the queue.

Reviews are stored beside the machine's events with who and when; they never change them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from rasd.api.models import EDITABLE_FIELDS, ErrorOut, Event, EventType, Modality, Review, ReviewIn
from rasd.api.security import current_user, require_role
from rasd.errors import NotFound, RequestInvalid

router = APIRouter(prefix="/api", tags=["reviews"])
ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    400: {"model": ErrorOut},
    401: {"model": ErrorOut},
    403: {"model": ErrorOut},
    413: {"model": ErrorOut},
}


@router.get("/events/{uid}/reviews", response_model=list[Review], responses=ERRORS)
def event_reviews(request: Request, uid: str) -> list[dict]:
    """The reviews of one event, oldest first."""
    if request.app.state.store.get_event(uid) is None:
        raise NotFound(f"no event {uid!r}")
    return request.app.state.store.reviews(uid)


@router.post("/events/{uid}/review", response_model=Review, status_code=201,
             responses=WRITE_ERRORS)  # fmt: skip
def review_event(
    request: Request, uid: str, body: ReviewIn, user: dict = Depends(current_user)
) -> dict:
    """Store a reviewer's verdict (confirm / reject / edit) with who and when.

    The machine's event is never overwritten: the review is stored beside it.
    """
    require_role(user, ("reviewer", "admin"))
    store = request.app.state.store
    if store.get_event(uid) is None:
        raise NotFound(f"no event {uid!r}")
    _check_changes(body)
    return store.add_review(uid, user["name"], body.verdict, body.changes)


def _check_changes(body: ReviewIn) -> None:
    if body.verdict == "edit" and not body.changes:
        raise RequestInvalid("verdict 'edit' needs at least one field in 'changes'")
    unknown = sorted(set(body.changes) - EDITABLE_FIELDS)
    if unknown:
        raise RequestInvalid(
            f"fields {unknown} cannot be edited; editable: {sorted(EDITABLE_FIELDS)}"
        )
    if "date" in body.changes:
        _check_date(body.changes["date"])
    _check_vocab(body.changes, "type", EventType.__args__)
    _check_vocab(body.changes, "modality", Modality.__args__)


def _check_date(value: object) -> None:
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        raise RequestInvalid(f"date {value!r} is not YYYY-MM-DD") from None


def _check_vocab(changes: dict, field: str, allowed: tuple[str, ...]) -> None:
    if field in changes and changes[field] not in allowed:
        raise RequestInvalid(f"{field} {changes[field]!r} is not one of {list(allowed)}")


@router.get("/reviews", response_model=list[Review])
def all_reviews(request: Request) -> list[dict]:
    """Every stored review (training data for the next model), oldest first."""
    return request.app.state.store.reviews(None)


@router.get("/review-queue", response_model=list[Event])
def review_queue(
    request: Request, limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)
) -> list[dict]:
    """Unreviewed events, lowest confidence first."""
    return request.app.state.store.review_queue(limit=limit, offset=offset)


@router.get("/reviews.jsonl", response_class=StreamingResponse)
def reviews_jsonl(request: Request) -> StreamingResponse:
    """Every review as training data, one JSON object a line: the review, the machine's event,
    the evidence text and the article id (``{"review", "event", "evidence_text", "article_id"}``).
    """
    lines = _training_lines(request.app.state.store)
    return StreamingResponse(lines, media_type="application/x-ndjson")


def _training_lines(store: Any) -> Iterator[str]:
    texts: dict[str, str] = {}
    for review in store.reviews(None):
        event = store.get_event(review["event_uid"]) or {}
        aid = event.get("article_id")
        if aid and aid not in texts:
            texts[aid] = (store.get_article(aid) or {}).get("text", "")
        span = event.get("evidence") or {}
        text = texts.get(aid or "", "")
        evidence = text[span["start"] : span["end"]] if "start" in span else None
        row = {"review": review, "event": event, "evidence_text": evidence, "article_id": aid}
        yield json.dumps(row, ensure_ascii=False) + "\n"
