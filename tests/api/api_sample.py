"""Sample articles for the API and browser tests: short Arabic texts written for these tests,
with hand-made analyses (entity/actor/place/event layers whose spans are computed from the
text, so they are always exact), so that the map, timeline and network have known data.
Articles analysed by the real pipeline are added through ``POST /api/articles`` in the tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import rasd

TAIZ = (
    "اندلعت اشتباكات عنيفة بين الحوثيين والجيش اليمني في مدينة تعز يوم الثلاثاء، "
    "وقتل 12 مقاتلا بحسب مصادر طبية. وتظاهر مئات في صنعاء احتجاجا على القصف."
)
DOUMA = (
    "قصفت قوات النظام السوري مدينة دوما بالبراميل المتفجرة. "
    "واتفق جيش الإسلام وفيلق الرحمن على وقف القتال بينهما الأسبوع المقبل."
)
XSS_TITLE = '<script>window.__xss = 1</script><img src=x onerror="window.__xss=2">عنوان'
XSS_TEXT = (
    "هاجم مسلحون <script>window.__xss = 3</script> بلدة دوما "
    '<img src=x onerror="window.__xss=4"> <b id="injected">عريض</b> وفق التقارير.'
)

ACTORS = {
    "yem-houthis": ("Houthis", "الحوثيين", "rebel_group", "YEM", 2),
    "yem-army": ("Military Forces of Yemen", "الجيش اليمني", "state_forces", "YEM", 1),
    "syr-army": ("Military Forces of Syria", "قوات النظام السوري", "state_forces", "SYR", 1),
    "syr-jaysh-al-islam": ("Jaysh al-Islam", "جيش الإسلام", "rebel_group", "SYR", 2),
    "syr-faylaq-al-rahman": ("Faylaq al-Rahman", "فيلق الرحمن", "rebel_group", "SYR", 2),
    "unidentified-armed-group": ("Unidentified Armed Group", "مسلحون", "rebel_group", None, 3),
}
PLACES = {
    "تعز": ("Taiz", 13.5795, 44.0209, "YEM", "Taizz"),
    "صنعاء": ("Sanaa", 15.3547, 44.2067, "YEM", "Amanat al Asimah"),
    "دوما": ("Douma", 33.5711, 36.4053, "SYR", "Rif Dimashq"),
}


def _span(text: str, sub: str) -> dict[str, int]:
    start = text.index(sub)
    return {"start": start, "end": start + len(sub)}


def _actor(text: str, actor_id: str) -> dict[str, Any]:
    name, name_ar, kind, country, inter = ACTORS[actor_id]
    s = _span(text, name_ar)
    return {"id": actor_id, "name": name, "name_ar": name_ar, "kind": kind, "country": country,
            "acled_inter": inter, "mentions": [[s["start"], s["end"]]], "in_registry": True}  # fmt: skip


def _place(text: str, pid: str, word: str) -> dict[str, Any]:
    name, lat, lon, country, admin1 = PLACES[word]
    return {"id": pid, "text": word, **_span(text, word), "name": name, "geonameid": None,
            "lat": lat, "lon": lon, "country": country, "admin1": admin1, "admin2": None,
            "feature": "city", "geo_precision": 1, "confidence": 0.9}  # fmt: skip


def _event(text: str, eid: str, etype: str, trigger: str, evidence: str, **fields: Any) -> dict:
    base = {"id": eid, "type": etype, "mode": None, "acled_event_type": None,
            "acled_sub_event_type": None, "cameo": None, "actor1": None, "actor2": None,
            "location": None, "geo_precision": 1, "date": None, "time_precision": 1,
            "modality": "asserted", "quantities": [],
            "fatalities": {"low": 0, "best": 0, "high": 0, "start": None, "end": None},
            "trigger": _span(text, trigger), "evidence": _span(text, evidence)}  # fmt: skip
    return base | fields


def _entities(text: str, pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [{"id": f"e{i + 1}", "text": w, "label": lab, **_span(text, w), "actor_id": None,
             "confidence": 0.9} for i, (w, lab) in enumerate(pairs)]  # fmt: skip


def taiz() -> tuple[dict, dict]:
    t = TAIZ
    first = t[: t.index("طبية.") + 5]
    dead = _span(t, "12 مقاتلا")
    events = [
        _event(t, "ev1", "ASSAULT", "اشتباكات", first, mode="armed-clash", actor1="yem-houthis",
               actor2="yem-army", location="p1", date="2015-07-28", confidence=0.55,
               acled_event_type="Battles", acled_sub_event_type="Armed clash", cameo="190",
               fatalities={"low": 12, "best": 12, "high": 12, **dead},
               quantities=[{"value": 12, "unit": "fighter", **dead}]),
        _event(t, "ev2", "PROTEST", "وتظاهر", t[t.index("وتظاهر"):], location="p2",
               date="2015-07-28", confidence=0.72, acled_event_type="Protests", cameo="141"),
    ]  # fmt: skip
    layers = {
        "entities": _entities(t, [("الحوثيين", "ORG"), ("الجيش اليمني", "ORG"), ("تعز", "LOC"),
                                  ("صنعاء", "LOC")]),
        "actors": [_actor(t, "yem-houthis"), _actor(t, "yem-army")],
        "places": [_place(t, "p1", "تعز"), _place(t, "p2", "صنعاء")],
        "quantities": [{"value": 12, "unit": "fighter", "text": "12 مقاتلا", **dead},
                       {"value": 200, "unit": "person", "text": "مئات", **_span(t, "مئات")}],
        "events": events,
    }  # fmt: skip
    return _build(t, "2015-07-29", "تعز: اشتباكات بين الحوثيين والجيش", "test-taiz", layers)


def douma() -> tuple[dict, dict]:
    t = DOUMA
    events = [
        _event(t, "ev1", "ASSAULT", "قصفت", t[: t.index("المتفجرة.") + 9], mode="aerial",
               actor1="syr-army", location="p1", date="2015-08-02", confidence=0.91,
               acled_event_type="Explosions/Remote violence", cameo="195"),
        _event(t, "ev2", "AGREE", "واتفق", t[t.index("واتفق"):], actor1="syr-jaysh-al-islam",
               actor2="syr-faylaq-al-rahman", location="p1", date="2015-08-02",
               modality="intended", confidence=0.35, cameo="057"),
    ]  # fmt: skip
    layers = {
        "entities": _entities(t, [("قوات النظام السوري", "ORG"), ("دوما", "LOC"),
                                  ("جيش الإسلام", "ORG"), ("فيلق الرحمن", "ORG")]),
        "actors": [_actor(t, a) for a in ("syr-army", "syr-jaysh-al-islam", "syr-faylaq-al-rahman")],
        "places": [_place(t, "p1", "دوما")], "quantities": [], "events": events,
    }  # fmt: skip
    return _build(t, "2015-08-03", "دوما: قصف واتفاق", "test-douma", layers)


def hostile() -> tuple[dict, dict]:
    """An article whose title and text carry script and HTML: it must render as text."""
    t = XSS_TEXT
    events = [_event(t, "ev1", "ASSAULT", "هاجم", t, actor1="unidentified-armed-group",
                     location="p1", date="2015-08-05", confidence=0.6)]  # fmt: skip
    layers = {"entities": _entities(t, [("دوما", "LOC")]),
              "actors": [_actor(t, "unidentified-armed-group")],
              "places": [_place(t, "p1", "دوما")], "quantities": [], "events": events}  # fmt: skip
    return _build(t, "2015-08-05", XSS_TITLE, "test-hostile", layers)


def _build(text: str, date: str, title: str, aid: str, layers: dict) -> tuple[dict, dict]:
    article = {"id": aid, "text": text, "date": date, "title": title, "source": "rasd-tests"}
    analysis = {"id": aid, "rasd_version": rasd.__version__, "language": "ar",
                "publication_date": date, "relations": [], **layers}  # fmt: skip
    return article, analysis


def fill(store: Any) -> dict[str, str]:
    """Store the three sample articles; returns {name: article_id}."""
    versions = {"tests": "api_sample.v1"}
    out = {}
    for name, make in (("taiz", taiz), ("douma", douma), ("hostile", hostile)):
        article, analysis = make()
        out[name], _ = store.add_article(article, analysis, versions)
    return out


@contextmanager
def sample_store(folder: Path) -> Iterator[Any]:
    """A real SQLite store in ``folder`` filled with the three samples (``.sample_ids`` set)."""
    from rasd.store import open_store

    st = open_store(f"sqlite:///{folder / 'rasd.db'}")
    st.sample_ids = fill(st)
    try:
        yield st
    finally:
        st.close()
