"""Token brute force is rate-limited per client address; CORS and security headers are exact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rasd.api.security import CSP
from rasd.api.throttle import AuthThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def limited(store) -> Iterator:
    """A client whose app allows 5 failed sign-ins a minute per address."""
    from fastapi.testclient import TestClient

    from rasd.api import create_app

    app = create_app(store, auth_throttle=AuthThrottle(max_failures=5, window=60))
    with TestClient(app, client=("10.0.0.1", 1234)) as c:
        c.app_state = app.state  # type: ignore[attr-defined]
        yield c


def _me(c, token: str):
    return c.get("/api/me", headers={"Authorization": f"Bearer {token}"})


def test_api_limits_brute_force_gets_429_with_retry_after(limited, token) -> None:
    codes = [_me(limited, f"guess-{i}").status_code for i in range(5)]
    assert codes == [401] * 5
    r = _me(limited, "guess-5")
    assert r.status_code == 429
    assert r.json()["error"]["code"] == "E606"
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert _me(limited, token).status_code == 429  # blocked even with the right token
    r = limited.post("/api/articles", json={"text": "نص"}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 429 and limited.app_state.store.info()["articles"] == 3


def test_api_limits_other_addresses_and_reads_unaffected(limited, token) -> None:
    from fastapi.testclient import TestClient

    for i in range(8):
        _me(limited, f"guess-{i}")
    assert limited.get("/api/events").status_code == 200  # reads need no token
    with TestClient(limited.app, client=("10.0.0.2", 1234)) as other:
        assert _me(other, token).status_code == 200


@pytest.mark.parametrize(
    ("fails", "advance", "expected"),
    [(4, 0, 0), (5, 0, 60), (5, 30, 30), (5, 59.5, 1), (5, 60, 0), (12, 0, 60)],
)
def test_api_limits_sliding_window(fails: int, advance: float, expected: int) -> None:
    clock = Clock()
    throttle = AuthThrottle(max_failures=5, window=60, clock=clock)
    for _ in range(fails):
        throttle.failed("1.2.3.4")
    clock.now += advance
    assert throttle.retry_after("1.2.3.4") == expected
    assert throttle.retry_after("5.6.7.8") == 0


def test_api_limits_window_slides_per_failure() -> None:
    clock = Clock()
    throttle = AuthThrottle(max_failures=3, window=10, clock=clock)
    for _ in range(3):
        throttle.failed("a")
        clock.now += 4  # failures at 1000, 1004, 1008
    assert throttle.retry_after("a") == 0  # now 1012: only two failures are in the window
    throttle.failed("a")
    assert throttle.retry_after("a") == 2  # 1004 leaves the window at 1014; now is 1012


def test_api_limits_tracked_addresses_are_bounded() -> None:
    throttle = AuthThrottle(max_failures=2, window=60, max_clients=100, clock=Clock())
    for i in range(1000):
        throttle.failed(f"10.0.{i // 256}.{i % 256}")
    assert len(throttle._failures) == 100


EXPECTED_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "geolocation=(), camera=(), microphone=()",
}


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/", 200), ("GET", "/api/events", 200), ("GET", "/api/events/nope", 404),
     ("GET", "/static/app.css", 200), ("GET", "/openapi.json", 200),
     ("POST", "/api/articles", 401), ("POST", "/api/events/x/review", 401),
     ("DELETE", "/api/events", 405), ("GET", "/api/events?limit=0", 422)],
)  # fmt: skip
def test_api_limits_security_headers_exact(client, method: str, path: str, status: int) -> None:
    r = client.request(method, path)
    assert r.status_code == status
    assert {k: r.headers.get(k) for k in EXPECTED_HEADERS} == EXPECTED_HEADERS
    assert "access-control-allow-origin" not in r.headers
    assert "server" not in r.headers or "uvicorn" not in r.headers["server"].lower()


def test_api_limits_security_headers_on_413_and_429(limited, token) -> None:
    r = limited.post("/api/articles", content=b"x" * 3_000_000,
                     headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert r.status_code == 413
    assert {k: r.headers.get(k) for k in EXPECTED_HEADERS} == EXPECTED_HEADERS
    for i in range(6):
        r = _me(limited, f"guess-{i}")
    assert r.status_code == 429
    assert {k: r.headers.get(k) for k in EXPECTED_HEADERS} == EXPECTED_HEADERS


@pytest.fixture
def cors(store) -> Iterator:
    from fastapi.testclient import TestClient

    from rasd.api import create_app

    with TestClient(create_app(store, cors_origins=["https://ui.example.org"])) as c:
        yield c


def test_api_limits_cors_allows_only_named_origin(cors) -> None:
    ok = cors.get("/api/events", headers={"Origin": "https://ui.example.org"})
    assert ok.headers["access-control-allow-origin"] == "https://ui.example.org"
    assert "access-control-allow-credentials" not in ok.headers
    bad = cors.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in bad.headers


@pytest.mark.parametrize(
    ("origin", "method", "status", "allow_origin"),
    [("https://ui.example.org", "POST", 200, "https://ui.example.org"),
     ("https://ui.example.org", "DELETE", 400, "https://ui.example.org"),
     ("https://evil.example", "POST", 400, None),
     ("null", "GET", 400, None)],
)  # fmt: skip
def test_api_limits_cors_preflight(cors, origin, method, status, allow_origin) -> None:
    r = cors.options("/api/articles", headers={
        "Origin": origin, "Access-Control-Request-Method": method,
        "Access-Control-Request-Headers": "authorization,content-type"})  # fmt: skip
    assert r.status_code == status
    assert r.headers.get("access-control-allow-origin") == allow_origin
    if status == 200:
        assert r.headers["access-control-allow-methods"] == "GET, POST"
        assert (
            r.headers["access-control-allow-headers"]
            == "Accept, Accept-Language, Authorization, Content-Language, Content-Type"
        )
