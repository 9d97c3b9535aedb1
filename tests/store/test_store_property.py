"""Property: whatever analysis goes into the store comes back unchanged (SQLite)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from store_cases import VERSIONS, make_analysis, make_event

from rasd.store import article_id_for, open_store

ARABIC = st.text(
    alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
    | st.sampled_from(" \n\r\u200c\u0640.،"),
    min_size=1,
    max_size=200,
)
EVENT = st.builds(
    make_event,
    st.sampled_from(["ev1", "ev2", "ev3"]),
    st.sampled_from(["ASSAULT", "PROTEST", "COERCE"]),
    actor1=st.sampled_from([None, "isis", "syr-army"]),
    place=st.sampled_from([None, "douma", "mosul"]),
    killed=st.integers(0, 10_000),
    confidence=st.floats(0, 1),
)


@settings(max_examples=25, deadline=None)
@given(text=ARABIC, events=st.lists(EVENT, max_size=3, unique_by=lambda e: e["id"]))
def test_store_property_round_trip(text: str, events: list) -> None:
    analysis = make_analysis(text, events)
    with open_store("sqlite:///:memory:") as store:  # a fresh database per example
        art_id, _ = store.add_article({"text": text}, analysis, VERSIONS)
        got = store.get_article(art_id)
        assert art_id == article_id_for(text)
        assert got["text"] == text and got["analysis"] == analysis
        stored = {
            e["id"]: e for e in store.query_events(limit=1000)[0] if e["article_id"] == art_id
        }
        for ev in events:
            assert {k: stored[ev["id"]][k] for k in ev} == ev
