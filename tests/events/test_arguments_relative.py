"""Meeting partners after "مع ضباط من X" and subjects of relative clauses ("X الذي … اجتمع")."""

import pytest

from rasd.events.extract import extract_events
from rasd.stages.events import default_resources

from .helpers import make_doc


@pytest.mark.parametrize(
    ("text", "actors", "actor1", "actor2"),
    [
        (
            "اما وفد حركة حماس الذي وصل من غزة امس واجتمع مع مسؤولين من المخابرات المصرية فقد عاد.",
            [("حركة حماس", "hamas"), ("المخابرات المصرية", "egy-gis")],
            "hamas",
            "egy-gis",
        ),
        (
            "واجتمع وزير الخارجية الروسي مع وفد من المعارضة السورية في موسكو.",
            [("وزير الخارجية الروسي", "rus-mfa"), ("المعارضة السورية", "syr-opposition")],
            "rus-mfa",
            "syr-opposition",
        ),
        (
            # a mention far before the verb without a relative pronoun is not its subject
            "وقال الجيش الاردني في بيان صدر مساء امس عن مكتبه ان وفدا اجتمع مع قادة العشائر.",
            [("الجيش الاردني", "jor-military"), ("العشائر", "tribes")],
            None,
            "tribes",
        ),
    ],
)
def test_arguments_partner_and_relative_subject(text, actors, actor1, actor2) -> None:
    doc = make_doc(text, actors=actors)
    ev = next(e for e in extract_events(doc, default_resources()) if e.type == "CONSULT")
    assert (ev.actor1, ev.actor2) == (actor1, actor2)
