"""Zero fatalities with the span that says so, also when words stand between the phrase's parts."""

import pytest

from rasd.events.context import event_fatalities, load_fatality_words

from .helpers import make_doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "انفجرت عبوة في السوق ولم يسفر الانفجار عن وقوع إصابات.",
            "لم يسفر الانفجار عن وقوع إصابات",
        ),
        ("سقطت قذائف على الحي ولم تسفر القذائف عن أي إصابات.", "لم تسفر القذائف عن أي إصابات"),
        ("انفجرت عبوة ولم يسفر عن إصابات.", "لم يسفر عن إصابات"),
        ("هاجم مسلحون الحاجز دون أن يسفر الهجوم عن إصابات.", "دون أن يسفر الهجوم عن إصابات"),
        ("انفجرت سيارة ولم ترد حتى الآن أنباء عن إصابات.", "لم ترد حتى الآن أنباء عن إصابات"),
        # more than three words between the parts: not a no-casualty statement any more
        ("لم يسفر الاجتماع الطويل بين الوفدين أمس عن إصابات.", None),
        ("انفجرت عبوة في السوق.", None),
    ],
)
def test_context_no_casualty_phrase_with_gap(text: str, expected: str | None) -> None:
    doc = make_doc(text)
    tokens = doc.layer("tokens")
    fat, _ = event_fatalities(tokens, (0, len(tokens)), (), load_fatality_words())
    surface = text[fat.start : fat.end] if fat.start is not None else None
    assert (fat.best, surface) == (0, expected)
