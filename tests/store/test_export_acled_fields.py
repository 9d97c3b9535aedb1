"""ACLED columns filled from what rasd knows: admin3, source_scale and assoc_actor_1/2."""

from __future__ import annotations

import io

import pytest
from store_cases import VERSIONS

import rasd
from rasd.store.export import ExportFilters, export
from rasd.store.export.assoc import identity_groups, registry_parents
from rasd.store.export.sources import load_outlets, scale_label, source_scale

AIRSTRIKE = "قتل خمسة مدنيين بينهم نساء وأطفال في غارة لطيران النظام على بلدة سراقب في ريف إدلب."
PROTEST = "تظاهر مئات الطلاب في مدينة حرستا بريف دمشق ضد قوات النظام."


@pytest.mark.parametrize(
    ("source", "url", "outlet"),
    [
        ("Enab Baladi", None, "enab-baladi"),
        ("عنب بلدي", None, "enab-baladi"),
        (None, "https://www.enabbaladi.net/archives/1", "enab-baladi"),
        (
            "alwatan",
            "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=1",
            "saudinewsnet-alwatan",
        ),
        ("aawsat", None, "saudinewsnet-aawsat"),
        ("الشرق الأوسط", None, "saudinewsnet-aawsat"),
        ("Reuters", None, "reuters"),
        ("وكالة الصحافة الفرنسية", None, "afp"),
        ("arabic.rt.com", None, "rt-arabic"),
        (None, "https://t.me/some_channel/12", "telegram"),
        ("SANA", "http://example.org/1", "sana"),
    ],
)
def test_outlets_find_by_url_and_name(source, url, outlet) -> None:
    found = load_outlets().find(source, url)
    assert found is not None and found.id == outlet


@pytest.mark.parametrize(
    ("source", "url"), [("alwatan", None), ("Daily Planet", None), (None, None)]
)
def test_outlets_unknown_or_ambiguous_is_none(source, url) -> None:
    assert load_outlets().find(source, url) is None  # 'alwatan' alone: Saudi, Syrian, Kuwaiti...


@pytest.mark.parametrize(
    ("outlet", "country", "admin1", "label"),
    [
        ("sana", "SYR", "Idleb", "National"),
        ("sana", "IRQ", "Nineveh", "Regional"),
        ("saudinewsnet-okaz", "SYR", "Idleb", "Regional"),
        ("saudinewsnet-okaz", "SAU", None, "National"),
        ("aljazeera", "YEM", None, "Regional"),
        ("aljazeera", "MLI", None, "International"),
        ("reuters", "SYR", None, "International"),
        ("twitter", "SYR", None, "New media"),
        ("deirezzor24", "SYR", "Deir-ez-Zor", "Subnational"),
        ("deirezzor24", "SYR", "Idleb", "National"),
        ("rudaw", "IRQ", "Erbil", "Subnational"),
        ("rudaw", "IRQ", "Baghdad", "National"),
        ("rudaw", "SYR", "Aleppo", "Regional"),
        ("sana", None, None, ""),
    ],
)
def test_scale_label_against_event_place(outlet, country, admin1, label) -> None:
    outlets = load_outlets()
    found = next(o for o in outlets.by_name.values() if o.id == outlet)
    assert scale_label(found, country, admin1) == label


def test_source_scale_combines_in_acled_order_and_never_guesses() -> None:
    arts = [{"source": "Reuters"}, {"source": "SANA"}, {"source": "sana"}]
    assert source_scale(arts, "SYR", "Damascus") == "National-International"
    assert source_scale([{"source": "Twitter"}, {"source": "aawsat"}], "SYR", None) == (
        "New media-Regional"
    )
    three = [{"source": "Rudaw"}, {"source": "INA"}, {"source": "Reuters"}]
    assert source_scale(three, "IRQ", "Erbil") == "Subnational-International"  # ACLED: pairs
    assert source_scale(arts + [{"source": "Daily Planet"}], "SYR", None) == ""


@pytest.mark.parametrize(
    ("surface", "labels"),
    [
        ("النساء والأطفال", ["Women", "Children"]),
        ("وامرأة", ["Women"]),
        ("لطلاب", ["Students"]),
        ("طالب", []),  # also the verb "demanded" (طالب مجلس المحافظة)
        ("عمال الإغاثة", ["Aid Workers"]),
        ("مراسل سوري", ["Journalists"]),
        ("المدنيين", []),
        ("مزارع", []),  # farms, not farmers
        ("العاملين", []),  # employees of anything
    ],
)
def test_identity_groups_from_mention(surface, labels) -> None:
    assert identity_groups(surface) == labels


@pytest.mark.parametrize(
    ("actor", "date", "parents"),
    [
        ("lby-gna-forces", "2018-05-01", ["lby-gna"]),
        ("lby-gna-forces", "2022-05-01", ["lby-gnu"]),
        ("lby-saiqa", "2019-04-04", ["lby-lna"]),
        ("lby-saiqa", "2012-01-01", []),  # before it joined Haftar's LNA
        ("no-such-actor", "2015-01-01", []),
    ],
)
def test_registry_parents_on_event_date(actor, date, parents) -> None:
    assert registry_parents(actor, date) == parents


def _export_rows(store) -> list[dict[str, str]]:
    import csv

    buf = io.StringIO()
    export(store, "acled-csv", buf, ExportFilters())
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


def _add(store, text: str, source: str, url: str) -> None:
    analysis = rasd.analyze(text, date="2015-07-25").to_json()
    art = {"text": text, "date": "2015-07-25", "source": source, "url": url, "title": text[:20]}
    store.add_article(art, analysis, VERSIONS)


def test_export_fills_admin3_scale_and_assoc_from_real_analysis(store) -> None:
    _add(store, AIRSTRIKE, "Enab Baladi", "https://www.enabbaladi.net/archives/1")
    _add(store, PROTEST, "Reuters", "https://www.reuters.com/world/1")
    rows = {r["location"]: r for r in _export_rows(store)}
    saraqib, harasta = rows["Saraqib"], rows["Harasta"]
    assert (saraqib["admin1"], saraqib["admin2"], saraqib["admin3"]) == (
        "Idleb",
        "Idleb",
        "Saraqab",
    )
    assert (harasta["admin2"], harasta["admin3"]) == ("Duma", "Harasta")
    assert saraqib["source_scale"] == "National"
    assert harasta["source_scale"] == "International"
    assert saraqib["actor2"] == "Civilians (Syria)"
    assert saraqib["assoc_actor_2"] == "Women (Syria); Children (Syria)"
    assert saraqib["assoc_actor_1"] == "Syrian Arab Army"  # the air force's parent in 2015
    assert harasta["assoc_actor_1"] == "Students (Syria)"
    assert harasta["assoc_actor_2"] == ""


@pytest.mark.parametrize(
    ("text", "mention", "assoc"),
    [
        ("قتل صحفي سوري في قصف على حلب", "صحفي سوري", "Journalists (Syria)"),
        ("قال في مؤتمر صحفي إن القصف على حلب", "صحفي", ""),  # a press conference
        ("وقال للصحافيين إن القصف على حلب مستمر", "للصحافيين", ""),  # addressees
        ("وقال المكتب الإعلامي للثوار إن حلب قصفت", "الإعلامي", ""),  # a media office
        ("قتل خمسة بينهم نساء وأطفال في حلب", "نساء وأطفال", "Women (Syria); Children (Syria)"),
    ],
)
def test_associated_identity_of_civilian_side(text, mention, assoc) -> None:
    from rasd.store.export.assoc import associated_actors

    start = text.index(mention)
    record = {
        "article_id": "a1",
        "actor1": None,
        "actor2": "civilians",
        "date": "2015-07-25",
        "evidence": {"start": 0, "end": len(text)},
        "place": {"country": "SYR"},
        "articles": [{"id": "a1", "text": text}],
        "actor_mentions": {"civilians": [[start, start + len(mention)]]},
        "actor_rows": {"actor2": {"name": "Civilians (unspecified country)", "kind": "civilians"}},
    }
    assert associated_actors(record, "actor2") == assoc
