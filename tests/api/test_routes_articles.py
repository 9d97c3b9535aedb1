from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app, pipeline_analyze

TEXT_STAGES = ("normalize", "tokenize", "sentences")
NEW = {"id": "new-1", "text": "قصفت الطائرات مدينة الرقة صباح اليوم.\r\nوقتل ثلاثة مدنيين.",
       "date": "2015-08-01", "title": "الرقة", "source": "tests", "url": "https://example.org/a"}  # fmt: skip


@pytest.fixture
def writer(store):
    """A client whose app analyses with the real pipeline's text stages (no trained model)."""
    with TestClient(create_app(store, analyze=pipeline_analyze(TEXT_STAGES))) as c:
        yield c


def test_routes_articles_get_text_and_analysis(client, store) -> None:
    aid = store.sample_ids["taiz"]
    r = client.get(f"/api/articles/{aid}")
    assert r.status_code == 200
    art = r.json()
    assert art["id"] == aid and art["title"].startswith("تعز")
    assert art["text"].startswith("اندلعت اشتباكات عنيفة")
    places = art["analysis"]["places"]
    assert [art["text"][p["start"] : p["end"]] for p in places] == ["تعز", "صنعاء"]


def test_routes_articles_unknown_is_404(client) -> None:
    r = client.get("/api/articles/none")
    assert r.status_code == 404 and r.json()["error"] == {
        "code": "E602",
        "status": 404,
        "message": "no article 'none'",
    }


def test_routes_articles_post_analyses_and_stores_once(writer, auth) -> None:
    r = writer.post("/api/articles", json=NEW, headers=auth)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["created"] is True and body["analysis"]["publication_date"] == "2015-08-01"
    stored = writer.get(f"/api/articles/{body['id']}").json()
    assert stored["text"] == NEW["text"]  # untouched: CRLF kept
    again = writer.post("/api/articles", json=NEW, headers=auth)
    assert again.status_code == 200 and again.json() == {**body, "created": False}


@pytest.mark.parametrize(
    ("body", "status"),
    [({"title": "no text"}, 422), ({"text": ""}, 422), ({"text": "x", "date": "1/2/2015"}, 422),
     ({"text": "x", "colour": "red"}, 422), ({"text": 5}, 422)],
)  # fmt: skip
def test_routes_articles_post_bad_input(writer, auth, body, status) -> None:
    r = writer.post("/api/articles", json=body, headers=auth)
    assert r.status_code == status and r.json()["error"]["code"] == "E604"


def test_routes_articles_post_without_token_is_401(writer, store) -> None:
    r = writer.post("/api/articles", json=NEW)
    assert r.status_code == 401 and r.json()["error"]["code"] == "E601"
    assert writer.get("/api/events", params={"q": "الرقة"}).json()["total"] == 0


@pytest.mark.parametrize(
    ("q", "ids"),
    [(None, {"yem-houthis", "yem-army", "syr-army", "syr-jaysh-al-islam", "syr-faylaq-al-rahman",
             "unidentified-armed-group"}),
     ("Houthis", {"yem-houthis"})],
)  # fmt: skip
def test_routes_articles_actors_list(client, q, ids) -> None:
    r = client.get("/api/actors", params={"q": q} if q else {})
    assert r.status_code == 200
    assert {a["id"] for a in r.json()["actors"]} == ids


def test_routes_articles_actor_with_event_count(client) -> None:
    actor = client.get("/api/actors/syr-jaysh-al-islam").json()
    assert actor["event_count"] == 1 and actor["name"] == "Jaysh al-Islam"
    assert client.get("/api/actors/none").status_code == 404


def test_routes_articles_me_names_the_token_user(client, auth) -> None:
    assert client.get("/api/me", headers=auth).json() == {"name": "mona", "role": "reviewer"}
    assert client.get("/api/me").status_code == 401
