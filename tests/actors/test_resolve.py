"""Persons (full name, title + surname, kunya), coreference, ambiguity, NER entities, unknowns."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قال محمد علوش ان القائد علوش سيغادر ثم اكد علوش ذلك",
            [("محمد علوش", "t-alloush"), ("علوش", "t-alloush"), ("علوش", "t-alloush")],
        ),
        ("وصل القائد علوش", []),  # a common-word surname needs the full name first
        ("وصل النقيب شمير", [("شمير", "t-shmeir")]),  # title + rare registered surname
        ("وصل النقيب شمير بن خالد", []),  # a patronymic follows: another person's name
        ("وصل علوش", []),  # a bare surname with no earlier mention is not resolved
        ("قال الرئيس الأسد", [("الرئيس الأسد", "t-assad")]),
        (
            "قال أبو محمد الجولاني ثم اضاف الجولاني",
            [("أبو محمد الجولاني", "t-julani"), ("الجولاني", "t-julani")],
        ),
        ("قال ابو محمد ان الطقس جميل", []),  # a bare kunya is too common to resolve alone
        ("وقال الشيخ أبو محمد", [("أبو محمد", "t-julani")]),  # kunya after a title
    ],
)
def test_resolve_persons_and_coreference(analyze, surface_ids, text, expected):
    assert surface_ids(analyze(text)) == expected


def test_resolve_unknown_kunya_gets_stable_id_and_coreference(analyze):
    text = "قائد الفيلق الشيخ ابو عاصي رفض ذلك. وقال ابو عاصي ان المعركة مستمرة."
    doc = analyze(text)
    got = [(text[m.start : m.end], m.actor_id) for m in doc.layer("actor_mentions")]
    assert [s for s, _ in got] == ["ابو عاصي", "ابو عاصي"]
    assert got[0][1] == got[1][1] and got[0][1].startswith("unk-")
    actor = doc.layer("actors")[0]
    assert (actor.in_registry, actor.kind, len(actor.mentions)) == (False, "person", 2)
    assert analyze("وصل الشيخ أبو عاصي").layer("actor_mentions")[0].actor_id == got[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف الجيش السوري المدنيين", [("الجيش السوري", "t-saa"), ("المدنيين", "t-syr-civ")]),
        (
            "هاجم الجيش العراقي المدنيين",
            [("الجيش العراقي", "t-irq-army"), ("المدنيين", "t-irq-civ")],
        ),
        ("سقط عدد من المدنيين", []),  # no country in the document: not guessed
    ],
)
def test_resolve_ambiguous_alias_by_document_country(analyze, surface_ids, text, expected):
    assert surface_ids(analyze(text)) == expected


def test_resolve_ner_entities_get_actor_ids_and_unknowns(analyze, make_entity):
    text = (
        "قال خالد المصري قائد كتائب الفجر ان جيش الإسلام انسحب. واضاف المصري ان كتائب الفجر باقية."
    )
    ents = [
        make_entity(text, "خالد المصري", "PER", "e1"),
        make_entity(text, "كتائب الفجر", "ORG", "e2"),
        make_entity(text, "جيش الإسلام", "ORG", "e3"),
        make_entity(text, "المصري", "PER", "e4", 1),
        make_entity(text, "كتائب الفجر", "ORG", "e5", 1),
    ]
    doc = analyze(text, ents)
    by_id = {e.id: e for e in doc.layer("entities")}
    assert by_id["e3"].actor_id == "t-jaysh-islam"
    assert by_id["e1"].actor_id.startswith("unk-") and by_id["e4"].actor_id == by_id["e1"].actor_id
    assert by_id["e2"].actor_id.startswith("unk-") and by_id["e5"].actor_id == by_id["e2"].actor_id
    assert {a.id: a.in_registry for a in doc.layer("actors")} == {
        by_id["e1"].actor_id: False,
        by_id["e2"].actor_id: False,
        "t-jaysh-islam": True,
    }
    rels = [(r.type, r.head, r.tail) for r in doc.layer("relations")]
    assert rels == [("leader_of", "e1", "e2")]


def test_resolve_registry_match_without_ner_gets_registry_entity(analyze):
    text = "هاجم جيش الإسلام مواقع قوات النظام"
    doc = analyze(text)
    ents = [(text[e.start : e.end], e.label, e.actor_id, e.source) for e in doc.layer("entities")]
    assert ents == [
        ("جيش الإسلام", "ORG", "t-jaysh-islam", "registry"),
        ("قوات النظام", "ORG", "t-saa", "registry"),
    ]
    assert [m.entity_id for m in doc.layer("actor_mentions")] == [
        e.id for e in doc.layer("entities")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قالت هيئة تحرير الشام انها سيطرت على البلدة. واضافت الهيئة ان المعارك مستمرة.",
            [("هيئة تحرير الشام", "t-hts"), ("الهيئة", "t-hts")],
        ),
        (
            "اعلن مجلس النواب الليبي القرار. وقال مجلس النواب ان القانون نافذ.",
            [("مجلس النواب الليبي", "t-hor"), ("مجلس النواب", "t-hor")],
        ),
        (
            "شن التحالف العربي غارات. ثم قصفت قوات التحالف مواقع المسلحين.",
            [("التحالف العربي", "t-coalition"), ("قوات التحالف", "t-coalition")],
        ),
        (
            "قالت الهيئة ان هيئة تحرير الشام انسحبت",
            [("هيئة تحرير الشام", "t-hts")],
        ),  # only after the full name
        (
            "قالت هيئة تحرير الشام ان الهيئة العامة للاغاثة وصلت",
            [("هيئة تحرير الشام", "t-hts")],
        ),  # longer phrase
    ],
)
def test_resolve_organisation_short_forms(analyze, surface_ids, text, expected):
    assert surface_ids(analyze(text)) == expected


def test_resolve_ner_fragments_inside_registry_names(analyze, make_entity):
    text = "اشتبك جيش الإسلام مع عناصر بي في المدينة"
    ents = [
        make_entity(text, "جيش", "ORG", "e1"),  # NER cut inside the name: takes the name's span
        make_entity(text, "الإسلام", "ORG", "e2"),  # a second fragment: same actor, no new one
        make_entity(text, "بي", "ORG", "e3"),  # too short to be an unknown actor
    ]
    doc = analyze(text, ents)
    got = {e.id: (text[e.start : e.end], e.actor_id) for e in doc.layer("entities")}
    assert got == {
        "e1": ("جيش الإسلام", "t-jaysh-islam"),
        "e2": ("الإسلام", "t-jaysh-islam"),
        "e3": ("بي", None),
    }
    assert [a.id for a in doc.layer("actors")] == ["t-jaysh-islam"]
