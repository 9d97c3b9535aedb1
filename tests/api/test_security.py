from __future__ import annotations

import pytest

CONTRACT_ROUTES = {
    ("get", "/api/events"), ("get", "/api/events.geojson"), ("get", "/api/events/{uid}"),
    ("get", "/api/articles/{article_id}"), ("get", "/api/actors"), ("get", "/api/actors/{actor_id}"),
    ("post", "/api/articles"), ("post", "/api/events/{uid}/review"),
}  # fmt: skip


def test_security_oversized_body_is_413_json(client, auth) -> None:
    body = {"text": "ا" * 30_000}
    r = client.post("/api/articles", json=body, headers=auth)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "E603"


def test_security_oversized_streamed_body_is_413(client, auth) -> None:
    big = (b"x" * 8_000 for _ in range(4))  # no Content-Length: counted while reading
    assert client.post("/api/articles", content=big, headers=auth).status_code == 413
    small = (b'{"title": "' + b"a" * 5_000 + b'"}' for _ in range(1))
    assert client.post("/api/articles", content=small, headers=auth).status_code == 422


@pytest.mark.parametrize("raw", [b"{bad json", b'{"text": "x",}', b"\xff\xfe"])
def test_security_malformed_json_is_400_json(client, auth, raw) -> None:
    headers = {**auth, "Content-Type": "application/json"}
    r = client.post("/api/articles", content=raw, headers=headers)
    assert r.status_code in (400, 422)
    assert r.json()["error"]["code"] == "E604"


@pytest.mark.parametrize("path", ["/", "/api/events", "/api/nope", "/static/app.css"])
def test_security_headers_on_every_answer(client, path) -> None:
    r = client.get(path)
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_security_no_cors_by_default(client) -> None:
    r = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = client.options(
        "/api/events",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in pre.headers


def test_security_unknown_route_and_method_are_json(client) -> None:
    r = client.get("/api/nope")
    assert r.status_code == 404 and r.json()["error"]["code"] == "E602"
    r = client.delete("/api/events")
    assert r.status_code == 405 and r.json()["error"]["status"] == 405


def test_security_openapi_lists_contract_routes(client) -> None:
    spec = client.get("/openapi.json").json()
    found = {(m, p) for p, ops in spec["paths"].items() for m in ops}
    assert CONTRACT_ROUTES <= found
    review = spec["paths"]["/api/events/{uid}/review"]["post"]
    assert {"401", "413", "422"} <= set(review["responses"])
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/", "text/html"), ("/static/js/main.js", "javascript"),
     ("/static/vendor/leaflet/leaflet.js", "javascript"),
     ("/static/vendor/world-atlas/countries-50m.json", "application/json"),
     ("/static/vendor/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", "font/woff2")],
)  # fmt: skip
def test_security_web_files_served_locally(client, path, kind) -> None:
    r = client.get(path)
    assert r.status_code == 200 and kind in r.headers["content-type"]


def test_security_index_loads_nothing_from_elsewhere(client) -> None:
    html = client.get("/").text
    assert 'dir="rtl"' in html and "http://" not in html and "https://" not in html
