"""Detection round 4 lexicon: PROTEST gathering phrases and "did not stop" (لم يتوقف عن)."""

import pytest

from rasd.events.detect import analyse_sentence
from rasd.events.lexicon import load_lexicon
from rasd.text.tokenize import tokenize


def _triggers(text: str) -> dict[str, tuple[str, str]]:
    tokens = tokenize(text)
    sa = analyse_sentence(tokens, 0, len(tokens), load_lexicon(), {})
    return {
        text[tokens[m.first].start : tokens[m.last - 1].end]: (m.entry.type, mod)
        for m, mod, _ in sa.triggers
    }


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وتجمع مئات من الطلاب امام مبنى الوزارة", "وتجمع مئات"),
        ("احتشد الآلاف في الساحة الرئيسية للمدينة", "احتشد الآلاف"),
        ("شارك العشرات في وقفة صامتة امام السفارة", "وقفة صامتة"),
    ],
)
def test_gathering_with_a_crowd_count_is_a_protest(text: str, trigger: str) -> None:
    assert _triggers(text)[trigger] == ("PROTEST", "asserted")


def test_gathering_without_a_count_starts_no_trigger() -> None:
    # تجمع alone is also "a coalition" (التجمع الوطني): only a counted crowd starts a trigger
    assert _triggers("قال التجمع الوطني ان الحكومة فشلت") == {}


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("لم تتوقف القوات الامريكية عن تعذيب المحتجزين", "تعذيب", "asserted"),
        ("القوات الامريكية لم تتوقف عن تعذيب المحتجزين", "تعذيب", "asserted"),
        ("لم يكف الجيش عن قصف الاحياء", "قصف", "asserted"),
        ("الجيش لم يكف عن قصف الاحياء", "قصف", "asserted"),
        ("لم يقصف الجيش الاحياء", "يقصف", "negated"),
    ],
)
def test_did_not_stop_is_asserted(text: str, trigger: str, modality: str) -> None:
    assert _triggers(text)[trigger] == ("ASSAULT", modality)


def test_news_threshold_passes_the_sentence_it_was_chosen_at(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from rasd.events import train
    from rasd.events.model import LinearFilter

    # scores 0.0 / -0.8 / -2.0: the F1-best threshold sits at the second, whose probability
    # (0.3248) rounds up to 0.325; the stage compares the unrounded probability
    rows = [("a", True), ("b", True), ("c", False)]
    index = {"a": [0], "b": [1], "c": [2]}
    monkeypatch.setattr(train, "featurize", lambda text, name: (index[text], True))
    monkeypatch.setattr(train, "_fit_intercept", lambda score, y, a: 0.0)
    w = np.array([0.0, -0.7318, -2.0] + [0.0] * (train.DIM - 3))
    a, b, thr = train._news_profile((w, 0.0), rows, "PROTEST", 1.0, [])
    filt = LinearFilter(w.astype(np.float32), 0.0, a, b, thr)
    assert round(filt.probability([1]), 3) == 0.325 and filt.probability([1]) < 0.325
    assert filt.probability([1]) >= filt.threshold
    assert filt.probability([2]) < filt.threshold
