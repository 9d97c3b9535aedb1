"""The FastAPI application: HTTP API of CONTRACT.md plus the web interface at ``/``.

`create_app` takes its services (a store from `rasd.store.open_store`, an analyse function)
as arguments; nothing is loaded at import time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd import __version__
from rasd.api import routes_articles, routes_events, routes_reviews
from rasd.api.security import BodyLimit, SecurityHeaders
from rasd.api.throttle import AuthThrottle
from rasd.errors import (
    AuthError,
    Forbidden,
    InputTooLarge,
    NotFound,
    RasdError,
    RequestInvalid,
    RequestTooLarge,
    TooManyRequests,
)

log = logging.getLogger("rasd.api")
Analyze = Callable[[dict[str, Any]], tuple[dict[str, Any], dict[str, str]]]

#: Default largest request body: 2 MB (an article of ~400 words is ~5 kB).
MAX_BODY_BYTES = 2_000_000
HTTP_STATUS: dict[type[RasdError], int] = {
    AuthError: 401, Forbidden: 403, NotFound: 404, RequestTooLarge: 413, InputTooLarge: 413,
    RequestInvalid: 422, TooManyRequests: 429,
}  # fmt: skip


def pipeline_analyze(stages: tuple[str, ...] | None = None) -> Analyze:
    """An `Analyze` over the default pipeline, or over the named ``stages`` of the registry.

    The pipeline is built on first call; articles are analysed one at a time.
    """
    lock = threading.Lock()

    def analyze(article: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
        from rasd.pipeline import default_pipeline

        meta = {k: article[k] for k in ("title", "source", "url") if k in article}
        with lock:
            pipe = default_pipeline(stages)
            doc = pipe(article["text"], date=article.get("date"), id=article.get("id"), **meta)
            return doc.to_json(), pipe.versions()

    return analyze


def create_app(
    store: Any,
    *,
    analyze: Analyze | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    cors_origins: Sequence[str] = (),
    web: bool = True,
    auth_throttle: AuthThrottle | None = None,
) -> FastAPI:
    """The API over ``store`` (see docs/store-interface.md), with the web interface at ``/``.

    No CORS headers are sent unless ``cors_origins`` names the origins allowed.  Failed sign-ins
    are limited per client address by ``auth_throttle`` (default: 10 a minute, then 429).
    """
    app = FastAPI(
        title="rasd API", version=__version__, openapi_url="/openapi.json",
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN
        description="Conflict events coded from Arabic news, with evidence spans and reviews.",
    )  # fmt: skip
    app.state.store = store
    app.state.analyze = analyze or pipeline_analyze()
    app.state.auth_throttle = auth_throttle or AuthThrottle()
    app.include_router(routes_events.router)
    app.include_router(routes_reviews.router)
    app.include_router(routes_articles.router)
    _add_error_handlers(app)
    if web:
        _add_web(app)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])  # fmt: skip
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def _add_web(app: FastAPI) -> None:
    from rasd.web import static_dir

    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html; charset=utf-8")


def error_response(
    status: int,
    code: str,
    message: str,
    details: list | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """The JSON error answer: ``{"error": {"code", "status", "message"[, "details"]}}``."""
    body: dict[str, Any] = {"code": code, "status": status, "message": message}
    if details is not None:
        body["details"] = details
    headers = dict(headers or {})
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse({"error": body}, status_code=status, headers=headers or None)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RasdError)
    def rasd_error(request: Request, exc: RasdError) -> JSONResponse:
        status = next((s for cls, s in HTTP_STATUS.items() if isinstance(exc, cls)), 400)
        message = f"{exc.message} ({exc.hint})" if exc.hint else exc.message
        headers = (
            {"Retry-After": str(exc.retry_after)} if isinstance(exc, TooManyRequests) else None
        )
        return error_response(status, exc.code, message, headers=headers)

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [_clean(e) for e in exc.errors()]
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(400, "E604", "the request body is not valid JSON", errors)
        where = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors[:5])
        return error_response(422, "E604", f"invalid request: {where}", errors)

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {400: "E604", 404: "E602", 405: "E604"}.get(exc.status_code, "E600")
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    def crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(500, "E999", f"internal error: {type(exc).__name__}")


def _clean(error: dict) -> dict:
    """A validation error without its ``ctx``/``input`` (they may not be JSON or may be huge)."""
    return {"type": error.get("type"), "loc": list(error.get("loc", ())), "msg": error.get("msg")}
