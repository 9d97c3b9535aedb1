from __future__ import annotations

import json

import pytest


def _uid(client, actor: str) -> str:
    return client.get("/api/events", params={"actor": actor}).json()["events"][0]["uid"]


@pytest.mark.parametrize(
    ("body", "changes"),
    [({"verdict": "confirm"}, {}),
     ({"verdict": "reject", "changes": {}}, {}),
     ({"verdict": "edit", "changes": {"type": "COERCE", "modality": "reported_uncertain"}},
      {"type": "COERCE", "modality": "reported_uncertain"})],
)  # fmt: skip
def test_reviews_stored_with_reviewer_and_time(client, auth, body, changes) -> None:
    uid = _uid(client, "yem-houthis")
    r = client.post(f"/api/events/{uid}/review", json=body, headers=auth)
    assert r.status_code == 201, r.text
    review = r.json()
    assert review["reviewer"] == "mona" and review["verdict"] == body["verdict"]
    assert review["changes"] == changes and review["created_at"]
    event = client.get(f"/api/events/{uid}").json()
    assert [x["verdict"] for x in event["reviews"]] == [body["verdict"]]
    assert event["type"] == "ASSAULT"  # the machine's output is never overwritten
    assert client.get(f"/api/events/{uid}/reviews").json()[0]["reviewer"] == "mona"
    assert len(client.get("/api/reviews").json()) == 1
    assert uid not in {e["uid"] for e in client.get("/api/review-queue").json()}


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": "Basic bW9uYTpwdw=="},
        {"Authorization": "Bearer "},
    ],
)
def test_reviews_without_valid_token_are_401_and_change_nothing(client, headers) -> None:
    uid = _uid(client, "yem-houthis")
    r = client.post(f"/api/events/{uid}/review", json={"verdict": "confirm"}, headers=headers)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "E601"
    assert r.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/reviews").json() == []


@pytest.mark.parametrize(
    ("body", "status"),
    [({"verdict": "maybe"}, 422), ({"verdict": "edit"}, 422),
     ({"verdict": "edit", "changes": {"uid": "x"}}, 422),
     ({"verdict": "edit", "changes": {"type": "BOMBING"}}, 422),
     ({"verdict": "edit", "changes": {"modality": "sure"}}, 422),
     ({"verdict": "edit", "changes": {"date": "28/07/2015"}}, 422),
     ({"verdict": "confirm", "extra": 1}, 422)],
)  # fmt: skip
def test_reviews_invalid_bodies_are_rejected(client, auth, body, status) -> None:
    uid = _uid(client, "yem-houthis")
    r = client.post(f"/api/events/{uid}/review", json=body, headers=auth)
    assert r.status_code == status and r.json()["error"]["code"] == "E604"
    assert client.get("/api/reviews").json() == []


def test_reviews_unknown_event_is_404(client, auth) -> None:
    r = client.post("/api/events/none/review", json={"verdict": "confirm"}, headers=auth)
    assert r.status_code == 404 and r.json()["error"]["code"] == "E602"


def test_reviews_jsonl_is_training_data(client, auth) -> None:
    uid = _uid(client, "syr-jaysh-al-islam")
    body = {"verdict": "edit", "changes": {"modality": "asserted"}}
    assert client.post(f"/api/events/{uid}/review", json=body, headers=auth).status_code == 201
    r = client.get("/api/reviews.jsonl")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in r.text.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert row["review"]["changes"] == {"modality": "asserted"}
    assert row["event"]["modality"] == "intended"  # the machine's original
    assert row["evidence_text"].startswith("واتفق جيش الإسلام")
