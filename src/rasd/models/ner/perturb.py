"""Noisy copies of gold sentences for the robustness check (issue 4, item 5), and stage-level scoring.

`perturb` adds diacritics and tatweel, drops hamzas and attaches the conjunction و to words,
seeded.  `stage_score` runs the real pipeline (normalize, tokenize, sentences, ner) on the
sentence text and scores entities as character spans, so the pipeline's tokenizer is tested too.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from rasd.models.ner.conll import TaggedSentence, spans_of
from rasd.models.ner.evaluate import Score

__all__ = ["Noise", "perturb", "sentence_text", "stage_score"]

_HARAKAT = "\u064e\u064f\u0650\u0651\u0652\u064b\u064c\u064d"
_HAMZA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ي"})
_TATWEEL = "\u0640"
_JOINING = set("بتثجحخسشصضطظعغفقكلمنهي")


@dataclass(frozen=True)
class Noise:
    """Per-word probabilities of each kind of noise."""

    diacritics: float = 0.3
    tatweel: float = 0.1
    hamza: float = 1.0
    clitic: float = 0.1


def _is_arabic(word: str) -> bool:
    return bool(word) and all("\u0621" <= ch <= "\u064a" for ch in word)


def _noisy(word: str, rng: random.Random, noise: Noise) -> str:
    if not _is_arabic(word):
        return word
    if rng.random() < noise.hamza:
        word = word.translate(_HAMZA)
    if rng.random() < noise.clitic and not word.startswith("و") and len(word) > 2:
        word = "و" + word
    if rng.random() < noise.tatweel:
        spots = [i for i in range(1, len(word)) if word[i - 1] in _JOINING]
        if spots:
            i = rng.choice(spots)
            word = word[:i] + _TATWEEL + word[i:]
    if rng.random() < noise.diacritics:
        word = "".join(ch + (rng.choice(_HARAKAT) if rng.random() < 0.5 else "") for ch in word)
    return word


def perturb(
    sentences: Iterable[TaggedSentence], seed: int = 0, noise: Noise = Noise()
) -> list[TaggedSentence]:
    """The same sentences, same tags, with noisy word forms."""
    rng = random.Random(seed)
    return [
        TaggedSentence(tuple(_noisy(w, rng, noise) for w in s.tokens), s.tags) for s in sentences
    ]


def sentence_text(sentence: TaggedSentence) -> tuple[str, set[tuple[str, int, int]]]:
    """The tokens joined by spaces, and the gold entities as (label, start, end) character spans."""
    starts: list[int] = []
    pos = 0
    for tok in sentence.tokens:
        starts.append(pos)
        pos += len(tok) + 1
    text = " ".join(sentence.tokens)
    gold = {
        (lab, starts[a], starts[b - 1] + len(sentence.tokens[b - 1]))
        for lab, a, b in spans_of(sentence.tags)
    }
    return text, gold


def stage_score(sentences: Iterable[TaggedSentence], pipeline: object) -> Score:
    """Score a pipeline (callable text -> Document with ``entities``) on gold sentences."""
    result = Score()
    for sent in sentences:
        text, gold = sentence_text(sent)
        doc = pipeline(text)  # type: ignore[operator]
        pred = {(e.label, e.start, e.end) for e in doc.layer("entities")}
        result.tokens += len(sent.tokens)
        for label, *_ in gold:
            result.gold[label] += 1
        for span in pred:
            result.pred[span[0]] += 1
            result.tp[span[0]] += span in gold
    return result
