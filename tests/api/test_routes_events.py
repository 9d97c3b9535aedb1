from __future__ import annotations

import pytest


def _uids(client, **params) -> list[str]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return sorted(f"{e['type']}@{e['date']}" for e in r.json()["events"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["AGREE@2015-08-02", "ASSAULT@2015-07-28", "ASSAULT@2015-08-02",
              "ASSAULT@2015-08-05", "PROTEST@2015-07-28"]),
        ({"type": "PROTEST"}, ["PROTEST@2015-07-28"]),
        ({"actor": "yem-houthis"}, ["ASSAULT@2015-07-28"]),
        ({"actor": "syr-faylaq-al-rahman"}, ["AGREE@2015-08-02"]),
        ({"country": "YEM"}, ["ASSAULT@2015-07-28", "PROTEST@2015-07-28"]),
        ({"modality": "intended"}, ["AGREE@2015-08-02"]),
        ({"date_from": "2015-08-01", "date_to": "2015-08-02"},
         ["AGREE@2015-08-02", "ASSAULT@2015-08-02"]),
        ({"bbox": "43,12,45,14"}, ["ASSAULT@2015-07-28"]),
        ({"type": "ASSAULT", "country": "SYR"}, ["ASSAULT@2015-08-02", "ASSAULT@2015-08-05"]),
        ({"q": "البراميل"}, ["AGREE@2015-08-02", "ASSAULT@2015-08-02"]),
        ({"type": "PROTEST,AGREE"}, ["AGREE@2015-08-02", "PROTEST@2015-07-28"]),
        ({"modality": "intended,asserted", "country": "YEM"},
         ["ASSAULT@2015-07-28", "PROTEST@2015-07-28"]),
        ({"place": "Taiz"}, ["ASSAULT@2015-07-28"]),
        ({"place": "تعز"}, ["ASSAULT@2015-07-28"]),
    ],
)  # fmt: skip
def test_routes_events_filters(client, params, expected) -> None:
    assert _uids(client, **params) == expected


def test_routes_events_pagination_counts_all(client) -> None:
    first = client.get("/api/events", params={"limit": 2, "offset": 0}).json()
    rest = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    last = client.get("/api/events", params={"limit": 2, "offset": 4}).json()
    assert (first["total"], rest["total"], last["total"]) == (5, 5, 5)
    assert [len(p["events"]) for p in (first, rest, last)] == [2, 2, 1]
    uids = [e["uid"] for p in (first, rest, last) for e in p["events"]]
    assert len(set(uids)) == 5


@pytest.mark.parametrize(
    ("params", "field"),
    [({"limit": 0}, "limit"), ({"limit": 5000}, "limit"), ({"offset": -1}, "offset"),
     ({"type": "BOMBING"}, "type"), ({"type": "ASSAULT,X"}, "type"), ({"modality": "maybe"}, "modality"),
     ({"date_from": "25/03/2018"}, "date_from"), ({"bbox": "1,2,3"}, "bbox"),
     ({"bbox": "0,50,10,40"}, "bbox"), ({"date_from": "2015-08-03", "date_to": "2015-08-01"}, "date_")],
)  # fmt: skip
def test_routes_events_bad_filters_are_422_json(client, params, field) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "E604" and err["status"] == 422 and field in err["message"]


def test_routes_events_geojson_points(client) -> None:
    r = client.get("/api/events.geojson", params={"country": "YEM"})
    assert r.status_code == 200
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and fc["total"] == 2
    coords = sorted(tuple(f["geometry"]["coordinates"]) for f in fc["features"])
    assert coords == [(44.0209, 13.5795), (44.2067, 15.3547)]
    assert {f["properties"]["type"] for f in fc["features"]} == {"ASSAULT", "PROTEST"}


def test_routes_events_one_event_with_evidence(client) -> None:
    listed = client.get("/api/events", params={"actor": "yem-houthis"}).json()["events"][0]
    r = client.get(f"/api/events/{listed['uid']}")
    assert r.status_code == 200
    ev = r.json()
    assert ev["article_ids"] == [listed["article_id"]]
    text = client.get(f"/api/articles/{listed['article_id']}").json()["text"]
    assert text[ev["trigger"]["start"] : ev["trigger"]["end"]] == "اشتباكات"
    assert text[ev["evidence"]["start"] : ev["evidence"]["end"]].endswith("مصادر طبية.")
    assert ev["fatalities"]["best"] == 12 and ev["actor1"] == "yem-houthis"


def test_routes_events_unknown_event_is_404_json(client) -> None:
    r = client.get("/api/events/nope")
    assert r.status_code == 404 and r.json()["error"]["code"] == "E602"
    assert client.get("/api/events/nope/reviews").status_code == 404


def test_routes_events_review_queue_lowest_confidence_first(client) -> None:
    queue = client.get("/api/review-queue").json()
    confidences = [e["confidence"] for e in queue]
    assert confidences == sorted(confidences) and confidences[0] == 0.35


def test_routes_events_timeline_by_day_and_week(client) -> None:
    days = client.get("/api/timeline", params={"type": "ASSAULT"}).json()
    assert [(d["period"], d["count"]) for d in days] == [
        ("2015-07-28", 1),
        ("2015-08-02", 1),
        ("2015-08-05", 1),
    ]
    weeks = client.get("/api/timeline", params={"bucket": "week", "type": "ASSAULT"}).json()
    assert sum(w["count"] for w in weeks) == 3 and len(weeks) == 2


def test_routes_events_network_edges_weighted(client) -> None:
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"], e["type"]): e["weight"] for e in net["edges"]}
    assert edges[("yem-houthis", "yem-army", "ASSAULT")] == 1
    assert edges[("syr-jaysh-al-islam", "syr-faylaq-al-rahman", "AGREE")] == 1
    ids = {n["id"] for n in net["nodes"]}
    assert {"yem-houthis", "yem-army", "syr-jaysh-al-islam"} <= ids
    assert (
        client.get("/api/network", params={"country": "SYR"}).json()["edges"][0]["type"] == "AGREE"
    )
