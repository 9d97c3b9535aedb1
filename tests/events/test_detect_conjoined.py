"""A demand or a casualty tally does not reach a new finite verb joined with و / ف, and a dropped
(demanded / tally) trigger never hides a reported one of the same type in its clause."""

import pytest

from rasd.events.detect import detect_sentence
from rasd.stages.events import default_resources

from .helpers import make_doc


def _assault(text: str) -> list[tuple[str, str]]:
    res = default_resources()
    tokens = make_doc(text).layer("tokens")
    cands = detect_sentence(tokens, 0, len(tokens), res.lexicon, res.filters, res.calibration)
    return [
        (text[tokens[c.match.first].start : tokens[c.match.last - 1].end], c.modality)
        for c in cands
        if c.type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("طالبت الحكومة بوقف القصف وقصفت الطائرات السوق.", [("وقصفت", "asserted")]),
        ("ارتفعت حصيلة قتلى الاشتباكات وهاجم مسلحون حاجزا للجيش.", [("وهاجم", "asserted")]),
        # the demanded act itself stays demanded (the stage drops it)
        ("دعا المجلس الى وقف الهجمات على المدنيين.", [("الهجمات", "demanded")]),
    ],
)
def test_detect_demand_and_tally_do_not_reach_a_new_verb(text, expected) -> None:
    assert _assault(text) == expected
