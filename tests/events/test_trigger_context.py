from importlib import resources

import numpy as np

from rasd.events.detect import analyse_sentence
from rasd.events.lexicon import load_lexicon
from rasd.events.trigger_context import clusters_crc, context_features, load_word_clusters
from rasd.text.tokenize import tokenize


def _features(text: str) -> list[str]:
    tokens = tokenize(text)
    sa = analyse_sentence(tokens, 0, len(tokens), load_lexicon(), {})
    pairs = [(m, mod) for m, mod, _ in sa.triggers]
    return context_features(tokens, 0, len(tokens), pairs, sa.clauses)


def test_tally_and_speech_cues() -> None:
    feats = _features("وقال المتحدث ان 11 مسلحا قتلوا في الاشتباك")
    assert "ASSAULT|S:قتلوا" in feats
    assert "ASSAULT|NUMNEAR:verb" in feats
    assert "ASSAULT|SPEECH" in feats
    assert "ASSAULT|SP:قال" in feats
    assert "ASSAULT|CLPOS:first" in feats  # وقال opens the sentence: one clause
    assert "ASSAULT|CLPOS:later" in _features("قال المتحدث، ان 11 مسلحا قتلوا في الاشتباك")


def test_past_time_and_clause_words() -> None:
    feats = _features("هاجم مسلحون القرية عام 2005")
    assert "ASSAULT|HIST" in feats
    assert {"ASSAULT|CW:مسلحون", "ASSAULT|CW:قريه", "ASSAULT|CW:<NUM>"} <= set(feats)
    assert "ASSAULT|CLPOS:first" in feats
    assert "ASSAULT|SPEECH" not in feats


def test_only_asserted_filtered_types_get_trigger_features() -> None:
    assert not any(f.startswith("ASSAULT|") for f in _features("لم يهاجم المسلحون الحاجز"))
    feats = _features("تظاهر الطلاب امام الوزارة")
    assert "PROTEST|S:تظاهر" in feats
    assert not any(f.startswith("ASSAULT|") for f in feats)


def test_word_clusters_feed_sentence_features() -> None:
    table = load_word_clusters()
    assert "الجيش" in table
    feats = _features("قصف الجيش البلدة")
    assert f"K:{table['الجيش'][0]}" in feats
    assert any(f.startswith("ASSAULT|WR:") for f in feats)


def test_shipped_filters_match_the_shipped_clusters() -> None:
    # the filter weights were trained with these clusters; retrain after the NER clusters change
    ref = resources.files("rasd.resources").joinpath("events/filters.npz")
    with ref.open("rb") as fh:
        data = np.load(fh)
        for t in ("ASSAULT", "PROTEST"):
            assert int(data[f"{t}_meta"][-1]) == clusters_crc()
