"""The store on both back-ends: idempotent writes, round trips, filters, full-text search."""

from __future__ import annotations

import pytest
from store_cases import VERSIONS, make_analysis, make_article, make_event

from rasd.store import article_id_for, content_hash, open_store

T_DOUMA = "قصف مدفعي على مدينة دوما أسفر عن مقتل خمسة مدنيين"
T_HARASTA = "اشتباكات عنيفة في حرستا بين الجيش السوري وجيش الإسلام"
T_MOSUL = "القوات العراقية تتقدم نحو الموصل وسط معارك مع تنظيم داعش"
T_ALEPPO = "تظاهرة في حلب تطالب بوقف القصف"


def _fill(store) -> dict[str, str]:
    rows = [
        (
            T_DOUMA,
            [
                make_event(
                    "ev1",
                    actor1="syr-army",
                    place="douma",
                    killed=5,
                    confidence=0.9,
                    acled="Explosions/Remote violence",
                )
            ],
            "2015-07-25",
            "alriyadh",
        ),
        (
            T_HARASTA,
            [
                make_event(
                    "ev1",
                    actor1="syr-army",
                    actor2="syr-jaysh-al-islam",
                    place="harasta",
                    date="2015-07-26",
                    killed=3,
                    confidence=0.6,
                )
            ],
            "2015-07-26",
            "okaz",
        ),
        (
            T_MOSUL,
            [
                make_event(
                    "ev1",
                    actor1="irq-army",
                    actor2="isis",
                    place="mosul",
                    date="2015-08-01",
                    confidence=0.7,
                ),
                make_event(
                    "ev2",
                    "THREATEN",
                    actor1="isis",
                    place="mosul",
                    date="2015-08-01",
                    modality="threatened",
                    acled=None,
                    confidence=0.4,
                ),
            ],
            "2015-08-01",
            "alwatan",
        ),
        (
            T_ALEPPO,
            [
                make_event(
                    "ev1",
                    "PROTEST",
                    place="aleppo",
                    date="2015-08-03",
                    acled="Protests",
                    confidence=0.5,
                )
            ],
            "2015-08-03",
            "aljazirah",
        ),
    ]
    ids = {}
    for text, events, date, source in rows:
        art_id, created = store.add_article(
            make_article(text, date=date, source=source),
            make_analysis(text, events, date),
            VERSIONS,
        )
        assert created
        ids[text] = art_id
    return ids


def test_store_add_article_same_text_stored_once(store) -> None:
    art = make_article(T_DOUMA)
    analysis = make_analysis(T_DOUMA, [make_event("ev1", place="douma")])
    first = store.add_article(art, analysis, VERSIONS)
    again = store.add_article(dict(art, id="other-id", source="okaz"), analysis, VERSIONS)
    assert first == (article_id_for(T_DOUMA), True)
    assert again == (article_id_for(T_DOUMA), False)
    assert store.has_article(content_hash(T_DOUMA))
    assert not store.has_article(content_hash(T_DOUMA + " "))
    info = store.info()
    assert (info["articles"], info["events"], info["schema_version"]) == (1, 1, 4)


def test_store_get_article_round_trip(store) -> None:
    analysis = make_analysis(
        T_MOSUL, [make_event("ev1", actor1="irq-army", place="mosul")], art_id="src-7"
    )
    art_id, _ = store.add_article(make_article(T_MOSUL, art_id="src-7"), analysis, VERSIONS)
    got = store.get_article(art_id)
    assert got["text"] == T_MOSUL
    assert got["analysis"] == analysis
    assert got["versions"] == VERSIONS
    assert got["rasd_version"] == "0.1.0"
    assert store.get_article("src-7")["id"] == art_id  # by the input id too
    assert store.get_article("nope") is None


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["douma", "harasta", "mosul", "mosul", "aleppo"]),
        ({"type": "ASSAULT"}, ["douma", "harasta", "mosul"]),
        ({"type": "PROTEST,THREATEN"}, ["mosul", "aleppo"]),
        ({"actor": "syr-army"}, ["douma", "harasta"]),
        ({"actor": "isis"}, ["mosul", "mosul"]),
        ({"country": "irq"}, ["mosul", "mosul"]),
        ({"modality": "threatened"}, ["mosul"]),
        ({"date_from": "2015-07-26", "date_to": "2015-08-01"}, ["harasta", "mosul", "mosul"]),
        ({"bbox": "36.0,33.0,37.0,34.0"}, ["douma", "harasta"]),
        ({"place": "Douma"}, ["douma", "harasta"]),  # admin2 Douma holds Harasta
        ({"place": "حلب"}, ["aleppo"]),
        ({"q": "الموصل"}, ["mosul", "mosul"]),
        ({"q": "القصف"}, ["douma", "aleppo"]),  # stem match: قصف
        ({"q": "دوما", "type": "ASSAULT"}, ["douma"]),
    ],
)
def test_store_query_events_filters(store, filters, expected) -> None:
    _fill(store)
    events, total = store.query_events(**filters)
    assert total == len(expected)
    assert [e["place"]["name"].lower() for e in events] == expected


def test_store_query_events_paging_and_extras(store) -> None:
    ids = _fill(store)
    page, total = store.query_events(order="-date", limit=2, offset=1)
    assert total == 5
    assert [e["date"] for e in page] == ["2015-08-01", "2015-08-01"]
    ev = store.query_events(actor="syr-jaysh-al-islam")[0][0]
    assert ev["uid"] == f"{ids[T_HARASTA]}-ev1"
    assert (ev["actor1_name"], ev["actor2_name"]) == ("Military Forces of Syria", "Jaysh al-Islam")
    assert ev["dedup_group"].startswith("inc") and ev["reviews"] == []


@pytest.mark.parametrize(
    ("query", "n"),
    [
        ("بدوما", 1),  # clitic on the query word
        ("مقتل المدنيين", 1),  # several words, article form مدنيين
        ("الإسلام", 1),
        ("الاسلام", 1),  # hamza folded
        ("تَظاهرة", 1),  # diacritics ignored
        ("بغداد", 0),
    ],
)
def test_store_fulltext_search_arabic_normalisation(store, query, n) -> None:
    _fill(store)
    assert len({e["article_id"] for e in store.query_events(q=query)[0]}) == n


def test_store_actors_network_timeline(store) -> None:
    _fill(store)
    actors, total = store.list_actors()
    assert total == 4
    counts = {a["id"]: a["event_count"] for a in actors}
    assert counts == {"irq-army": 1, "isis": 2, "syr-army": 2, "syr-jaysh-al-islam": 1}
    assert store.list_actors(q="داعش")[1] == 1
    assert store.get_actor("isis")["aliases"] == [T_MOSUL[0:4]]
    net = store.network(country="SYR")
    assert net["edges"] == [
        {"source": "syr-army", "target": "syr-jaysh-al-islam", "type": "ASSAULT", "weight": 1}
    ]
    weeks = store.timeline(bucket="week", type="ASSAULT")
    assert weeks == [
        {"period": "2015-07-20", "type": "ASSAULT", "count": 2},
        {"period": "2015-07-27", "type": "ASSAULT", "count": 1},
    ]


def test_store_reviews_never_change_machine_output(store) -> None:
    ids = _fill(store)
    uid = f"{ids[T_DOUMA]}-ev1"
    token = store.add_user("mona", "reviewer")
    assert store.check_token(token) == {"name": "mona", "role": "reviewer"}
    assert store.check_token(token + "x") is None
    review = store.add_review(uid, "mona", "edit", {"fatalities": {"low": 4, "best": 4, "high": 6}})
    assert (review["verdict"], review["reviewer"]) == ("edit", "mona")
    ev = store.get_event(uid)
    assert ev["fatalities"]["best"] == 5  # the machine's original
    assert [r["changes"]["fatalities"]["best"] for r in ev["reviews"]] == [4]
    assert uid not in {e["uid"] for e in store.review_queue()}
    assert [e["confidence"] for e in store.review_queue(limit=2)] == [0.4, 0.5]


def test_store_reopen_applies_no_migration_twice(db_url) -> None:
    first = open_store(db_url)
    first.add_article(make_article(T_ALEPPO), make_analysis(T_ALEPPO, []), VERSIONS)
    first.close()
    second = open_store(db_url)
    info = second.info()
    second.close()
    assert (info["schema_version"], info["pending_migrations"], info["articles"]) == (4, [], 1)


def test_store_migrates_an_older_database(db_url) -> None:
    from rasd.store.base import make_engine
    from rasd.store.migrations import MIGRATIONS, applied_versions

    engine = make_engine(db_url)
    with engine.begin() as conn:
        for _number, _name, fn in MIGRATIONS[:2]:
            fn(conn)
        conn.exec_driver_sql(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES "
            "(1, 'initial', 'x'), (2, 'fulltext', 'x')"
        )
    assert applied_versions(engine) == {1, 2}
    engine.dispose()
    with open_store(db_url) as st:
        assert st.info()["schema_version"] == 4
        assert st.add_article(make_article(T_ALEPPO), make_analysis(T_ALEPPO, []), VERSIONS)[1]
