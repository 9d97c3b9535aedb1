"""Crowd-role features of the PROTEST filter (rasd.events.crowd)."""

from rasd.events.crowd import REPEAT, crowd_features
from rasd.events.detect import analyse_sentence
from rasd.events.lexicon import load_lexicon
from rasd.text.tokenize import tokenize


def _names(text: str) -> set[str]:
    toks = tokenize(text)
    sa = analyse_sentence(toks, 0, len(toks), load_lexicon(), {})
    feats = crowd_features(toks, 0, len(toks), [(m, mod) for m, mod, _ in sa.triggers])
    assert len(feats) % REPEAT == 0
    return {f.removeprefix("PROTEST|Y:").split("#")[0] for f in feats}


def test_crowd_gathering_is_the_act() -> None:
    names = _names("وتجمع آلاف المتظاهرين امام مبنى البرلمان مطالبين باستقالة الحكومة.")
    assert "ACT_BEFORE:protesters" in names
    assert "ANYACT" in names


def test_crowd_dispersed_by_police_is_acted_on() -> None:
    names = _names("وفرقت الشرطة المتظاهرين بالغاز المسيل للدموع.")
    assert "NOUNPREV:protesters" in names  # "الشرطة المتظاهرين": no crowd act before it
    assert not any(n.startswith("ACT_") for n in names)
    assert "OBJ_BEFORE:protesters" in _names("وقامت الشرطة بتفريق المتظاهرين.")


def test_counted_crowd_and_svo() -> None:
    names = _names("تظاهر نحو 15 شخصا أمام القنصلية.")
    assert {"ACT_BEFORE:civilians", "COUNTED:civilians"} <= names
    assert "ACT_AFTER:protesters" in _names("المتظاهرون احتشدوا في الساحة.")


def test_only_for_sentences_with_an_asserted_protest_trigger() -> None:
    assert _names("قتل خمسة اشخاص في انفجار سيارة مفخخة.") == set()
    assert _names("لم يتظاهر أحد.") == set()
