"""Article, actor and user routes.

``POST /api/articles`` analyses one article with the pipeline given to `create_app` and stores
it; the other routes only read the store.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response

from rasd.api.models import (
    Actor,
    ActorPage,
    ArticleCreated,
    ArticleIn,
    ArticleOut,
    ErrorOut,
    Me,
)
from rasd.api.security import current_user, require_role
from rasd.errors import NotFound

router = APIRouter(prefix="/api")
ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut}, 401: {"model": ErrorOut}, 403: {"model": ErrorOut},
    413: {"model": ErrorOut}, 422: {"model": ErrorOut},
}  # fmt: skip


@router.get("/articles/{article_id}", response_model=ArticleOut, responses=ERRORS,
            tags=["articles"])  # fmt: skip
def get_article(request: Request, article_id: str) -> dict:
    """The original text of one article and its full analysis (CONTRACT.md JSON)."""
    article = request.app.state.store.get_article(article_id)
    if article is None:
        raise NotFound(f"no article {article_id!r}")
    return article


@router.post("/articles", response_model=ArticleCreated, status_code=201,
             responses=WRITE_ERRORS, tags=["articles"])  # fmt: skip
def add_article(
    request: Request, response: Response, body: ArticleIn, user: dict = Depends(current_user)
) -> dict:
    """Analyse one input article and store it (idempotent: the same text is stored once).

    Answers 201 when the article is new and 200 when it was already stored.
    """
    require_role(user, ("reviewer", "admin"))
    article = body.model_dump(exclude_none=True, mode="json")
    analysis, versions = request.app.state.analyze(article)
    article_id, created = request.app.state.store.add_article(article, analysis, versions)
    if not created:
        response.status_code = 200
    return {"id": article_id, "created": created, "analysis": analysis}


@router.get("/actors", response_model=ActorPage, tags=["actors"])
def list_actors(
    request: Request,
    q: str | None = Query(None, max_length=200, description="part of a name (Arabic or Latin)"),
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> dict:
    """Registry and seen actors with aliases and event counts."""
    actors, total = request.app.state.store.list_actors(q=q, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "actors": actors}


@router.get("/actors/{actor_id}", response_model=Actor, responses=ERRORS, tags=["actors"])
def get_actor(request: Request, actor_id: str) -> dict:
    """One actor: registry entry, aliases and event count."""
    actor = request.app.state.store.get_actor(actor_id)
    if actor is None:
        raise NotFound(f"no actor {actor_id!r}")
    return actor


@router.get("/me", response_model=Me, responses={401: {"model": ErrorOut}}, tags=["users"])
def me(user: dict = Depends(current_user)) -> dict:
    """The user a bearer token belongs to (the web interface checks a token with it)."""
    return {"name": user["name"], "role": user["role"]}


@router.get("/health", tags=["meta"])
def health() -> dict:
    """Liveness check."""
    from rasd import __version__

    return {"status": "ok", "rasd_version": __version__}
