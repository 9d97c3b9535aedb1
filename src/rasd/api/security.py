"""Request size limit, security headers and bearer-token authentication for the API."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from rasd.errors import AuthError, Forbidden, TooManyRequests

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Content-Security-Policy of every answer: only this server's own scripts, styles and fonts.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
)


class SecurityHeaders:
    """ASGI middleware adding `SECURITY_HEADERS` to every HTTP answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """ASGI middleware answering 413 (E603) to request bodies over ``max_bytes``.

    The body is read (at most ``max_bytes`` + one chunk) before the app runs, then replayed.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(send)
            return
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.max_bytes:
                await self._too_large(send)
                return
        await self.app(scope, _replay(b"".join(chunks), receive), send)

    async def _too_large(self, send: Send) -> None:
        body = json.dumps(
            {"error": {"code": "E603", "status": 413,
                       "message": f"request body larger than {self.max_bytes} bytes"}}
        ).encode()  # fmt: skip
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


bearer = HTTPBearer(auto_error=False, description="API token from `rasd users add NAME --role ...`")


def current_user(
    request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)
) -> dict:
    """The ``{"name", "role"}`` of a valid bearer token, else raise `AuthError` (401).

    A client address with too many recent failures gets `TooManyRequests` (429) instead.
    """
    throttle = getattr(request.app.state, "auth_throttle", None)
    client = request.client.host if request.client else "unknown"
    if throttle is not None and (wait := throttle.retry_after(client)):
        raise TooManyRequests(
            "too many failed sign-in attempts from this address",
            hint=f"try again in {wait} s", retry_after=wait,
        )  # fmt: skip
    try:
        return _check_credentials(request, credentials)
    except AuthError:
        if throttle is not None:
            throttle.failed(client)
        raise


def _check_credentials(request: Request, credentials: HTTPAuthorizationCredentials | None) -> dict:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise AuthError("this request needs a header 'Authorization: Bearer <token>'",
                        hint="create a token with `rasd users add NAME --role reviewer`")  # fmt: skip
    user = request.app.state.store.check_token(credentials.credentials)
    if not user:
        raise AuthError("the token is not valid", hint="ask an admin for a new token")
    return dict(user)


def require_role(user: dict, roles: tuple[str, ...]) -> None:
    """Raise `Forbidden` (403) when ``user`` has none of ``roles``."""
    if user.get("role") not in roles:
        raise Forbidden(f"role {user.get('role')!r} may not do this; needs one of {list(roles)}")
