"""Cross-article deduplication: the merge rule on a table of pairs, and incidents in the store."""

from __future__ import annotations

import pytest
from store_cases import PLACES, VERSIONS, make_analysis, make_article, make_event

from rasd.store.dedup import compatible, haversine_km


def _row(
    article: str,
    etype: str = "ASSAULT",
    *,
    a1: str | None = "syr-army",
    a2: str | None = "syr-jaysh-al-islam",
    place: str | None = "douma",
    date: str | None = "2015-07-25",
    modality: str = "asserted",
    precision: int = 1,
    acled: str = "Battles",
    admin2: str | None = None,
) -> dict:
    p = PLACES.get(place or "", {})
    return {
        "article_id": article,
        "type": etype,
        "modality": modality,
        "date": date,
        "actor1": a1,
        "actor2": a2,
        "acled_event_type": acled,
        "lat": p.get("lat"),
        "lon": p.get("lon"),
        "country": p.get("country"),
        "admin2": admin2 or p.get("admin2"),
        "geo_precision": precision if p else None,
    }


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (_row("A"), _row("B"), "same type ASSAULT; compatible actors; 0.0 km apart; same day"),
        (
            _row("A"),
            _row("B", place="harasta", date="2015-07-26"),
            "same type ASSAULT; compatible actors; 4.0 km apart; 1 day apart",
        ),
        (
            _row("A"),
            _row("B", a2=None),
            "same type ASSAULT; compatible actors; 0.0 km apart; same day",
        ),
        (
            _row("A"),
            _row("B", a1="syr-jaysh-al-islam", a2="syr-army"),
            "same type ASSAULT; compatible actors (sides swapped); 0.0 km apart; same day",
        ),
        (
            _row("A", precision=2),
            _row("B", place="harasta", precision=1, admin2="Douma"),
            "same type ASSAULT; compatible actors; 4.0 km apart; same day",
        ),
        # never merged:
        (_row("A"), _row("A"), None),  # same article
        (_row("A"), _row("B", etype="PROTEST"), None),  # other type
        (_row("A"), _row("B", modality="threatened"), None),  # other modality
        (_row("A"), _row("B", date="2015-07-27"), None),  # two days apart
        (_row("A"), _row("B", date=None), None),  # no date
        (_row("A"), _row("B", a2="isis"), None),  # distinct actor pair
        (
            _row("A", acled="Violence against civilians"),
            _row("B", a1="syr-jaysh-al-islam", a2="syr-army", acled="Violence against civilians"),
            None,
        ),
        (_row("A"), _row("B", place="aleppo"), None),  # 300 km apart
        (_row("A"), _row("B", place=None), None),  # no place
    ],
)
def test_dedup_compatible_pairs(a, b, reason) -> None:
    assert compatible(a, b) == reason


def test_dedup_far_places_same_admin2_not_merged() -> None:
    a = _row("A", place="douma", precision=2, admin2="X")
    b = _row("B", place="aleppo", precision=2, admin2="X")
    assert compatible(a, b) is None  # > 50 km even though the admin2 labels agree


def test_dedup_haversine_km() -> None:
    d = haversine_km(
        PLACES["douma"]["lat"],
        PLACES["douma"]["lon"],
        PLACES["aleppo"]["lat"],
        PLACES["aleppo"]["lon"],
    )
    assert 300 < d < 320


def _add(store, text: str, events: list, source: str, date: str = "2015-07-25") -> str:
    art_id, _ = store.add_article(
        make_article(text, source=source, date=date), make_analysis(text, events, date), VERSIONS
    )
    return art_id


def test_dedup_incident_across_three_reports(store) -> None:
    a = _add(
        store,
        "تقرير أول عن اشتباكات دوما",
        [
            make_event(
                "ev1", actor1="syr-army", actor2="syr-jaysh-al-islam", place="douma", killed=4
            )
        ],
        "alriyadh",
    )
    b = _add(
        store,
        "تقرير ثان عن اشتباكات حرستا",
        [make_event("ev1", actor1="syr-army", place="harasta", killed=10, date="2015-07-26")],
        "okaz",
    )
    c = _add(
        store,
        "تقرير ثالث عن اشتباكات دوما",
        [
            make_event(
                "ev1", actor1="syr-jaysh-al-islam", actor2="syr-army", place="douma", killed=7
            )
        ],
        "alwatan",
    )
    other = _add(
        store,
        "اشتباكات في حلب",
        [
            make_event(
                "ev1", actor1="syr-army", actor2="syr-jaysh-al-islam", place="aleppo", killed=2
            )
        ],
        "alyaum",
    )
    ev = store.get_event(f"{b}-ev1")
    assert ev["article_ids"] == [a, b, c]
    assert ev["incident"]["fatalities"] == {"low": 4, "best": 7, "high": 10}
    assert ev["dedup_reason"] == "same type ASSAULT; compatible actors; 4.0 km apart; 1 day apart"
    assert store.get_event(f"{other}-ev1")["article_ids"] == [other]
    assert store.info()["incidents"] == 2
    assert store.query_events()[1] == 4  # per-article events stay queryable


def test_dedup_rebuild_gives_same_incidents(store) -> None:
    for i, place in enumerate(["douma", "harasta", "aleppo", "douma"]):
        _add(store, f"خبر رقم {i}", [make_event("ev1", actor1="syr-army", place=place)], f"s{i}")
    before = sorted((e["uid"], e["dedup_group"]) for e in store.query_events()[0])
    assert store.rebuild_incidents() == 2
    after = sorted((e["uid"], e["dedup_group"]) for e in store.query_events()[0])
    groups = lambda rows: sorted({tuple(u for u, g in rows if g == grp) for _, grp in rows})  # noqa: E731
    assert groups(before) == groups(after)
