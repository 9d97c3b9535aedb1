"""CoNLL reading, tag mapping, dev split and conlleval-style scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.models.ner.conll import (
    TaggedSentence,
    add_final_period,
    corpus_label,
    dev_split,
    from_bioes,
    read_conll,
    spans_of,
    to_bioes,
)
from rasd.models.ner.evaluate import score


@pytest.mark.parametrize(
    ("corpus", "raw", "mapped"),
    [
        ("anercorp", "B-PERS", "B-PER"),
        ("anercorp", "I-LOC", "I-LOC"),
        ("anercorp", "B-MISC", "B-MISC"),
        ("anercorp", "O", "O"),
        ("aqmar", "B-PER", "B-PER"),
        ("aqmar", "B-MIS1", "O"),
        ("aqmar", "OO", "O"),
        ("aqmar", "I--ORG", "I-ORG"),
        ("wojood", "B-GPE", "B-LOC"),
        ("wojood", "I-PERS", "I-PER"),
        ("wojood", "B-DATE", "O"),
        ("wojood", "B-NORP", "B-MISC"),
    ],
)
def test_conll_corpus_label_maps_tags(corpus: str, raw: str, mapped: str) -> None:
    assert corpus_label(corpus)(raw) == mapped


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (("B-PER", "I-PER", "O", "B-LOC"), [("PER", 0, 2), ("LOC", 3, 4)]),
        (("I-ORG", "I-ORG", "B-ORG"), [("ORG", 0, 2), ("ORG", 2, 3)]),
        (("B-PER", "I-LOC", "O"), [("PER", 0, 1), ("LOC", 1, 2)]),
        (("O", "O"), []),
        (("O", "B-MISC", "I-MISC"), [("MISC", 1, 3)]),
    ],
)
def test_conll_spans_of_follows_conlleval(
    tags: tuple[str, ...], spans: list[tuple[str, int, int]]
) -> None:
    assert list(spans_of(tags)) == spans


def test_conll_read_repairs_and_maps(tmp_path: Path) -> None:
    path = tmp_path / "gold.conll"
    path.write_text("قال O\nبشار I-PERS\nالأسد I-PERS\n\nفي O\nدمشق B-LOC\n", encoding="utf-8")
    sents = read_conll(path)
    assert sents == [
        TaggedSentence(("قال", "بشار", "الأسد"), ("O", "B-PER", "I-PER")),
        TaggedSentence(("في", "دمشق"), ("O", "B-LOC")),
    ]


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [(("زار", "دمشق"), ("زار", "دمشق", ".")), (("ماذا", "حدث", "؟"), ("ماذا", "حدث", "؟"))],
)
def test_conll_add_final_period(tokens: tuple[str, ...], expected: tuple[str, ...]) -> None:
    sent = add_final_period(TaggedSentence(tokens, ("O",) * len(tokens)))
    assert sent.tokens == expected
    assert len(sent.tags) == len(expected)


def test_conll_dev_split_takes_every_tenth() -> None:
    sents = [TaggedSentence((str(i),), ("O",)) for i in range(25)]
    train, dev = dev_split(sents)
    assert [s.tokens[0] for s in dev] == ["9", "19"]
    assert len(train) == 23


def test_evaluate_score_counts_exact_spans() -> None:
    gold = [("B-PER", "I-PER", "O", "B-LOC"), ("B-ORG", "O")]
    pred = [("B-PER", "O", "O", "B-LOC"), ("B-ORG", "O")]
    result = score(gold, pred)
    assert result.prf("LOC") == (100.0, 100.0, 100.0)
    assert result.prf("PER") == (0.0, 0.0, 0.0)
    p, r, f = result.prf()
    assert (round(p, 1), round(r, 1), round(f, 1)) == (66.7, 66.7, 66.7)


@pytest.mark.parametrize(
    ("bio", "bioes"),
    [
        (("B-PER", "I-PER", "I-PER", "O"), ("B-PER", "I-PER", "E-PER", "O")),
        (("B-LOC", "B-LOC", "O", "B-ORG"), ("S-LOC", "S-LOC", "O", "S-ORG")),
        (("O", "B-MISC", "I-MISC", "B-PER"), ("O", "B-MISC", "E-MISC", "S-PER")),
        (("B-PER", "B-LOC", "I-LOC"), ("S-PER", "B-LOC", "E-LOC")),
    ],
)
def test_conll_bioes_round_trip(bio: tuple[str, ...], bioes: tuple[str, ...]) -> None:
    assert to_bioes(bio) == bioes
    assert from_bioes(bioes) == list(bio)


@pytest.mark.parametrize(
    ("raw", "bio"),
    [
        (("S-PER", "E-PER"), ["B-PER", "B-PER"]),  # nothing continues a single-token entity
        (("E-LOC", "I-LOC"), ["B-LOC", "B-LOC"]),  # an entity cannot go on after its end
        (("B-ORG", "I-LOC", "E-LOC"), ["B-ORG", "B-LOC", "I-LOC"]),
        (("B-PER", "I-PER", "O"), ["B-PER", "I-PER", "O"]),  # an unclosed entity is kept
    ],
)
def test_conll_from_bioes_repairs_invalid_sequences(raw: tuple[str, ...], bio: list[str]) -> None:
    assert from_bioes(raw) == bio
