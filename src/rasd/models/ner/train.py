"""Training of the NER CRF: data assembly, crfsuite training, dev scoring and calibration.

Reads the shared CoNLL corpora (ANERcorp train split, optionally AQMAR and the Wojood sample),
makes the fixed dev split (every 10th ANERcorp sentence), appends the sentence-final periods
the ANERcorp file lacks, and writes ``ner.crfsuite`` and ``calibration.json`` to the output folder
(the lexicon files ``clusters.tsv`` and ``gazetteer.tsv`` must already be there), and
``attributes.txt.gz``, the attributes inference keeps (those with a state weight above ``prune``).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.models.ner.conll import (
    TaggedSentence,
    add_final_period,
    dev_split,
    read_conll,
    read_many,
    spans_of,
    to_bioes,
)
from rasd.models.ner.evaluate import Score, score
from rasd.models.ner.features import FeatureExtractor
from rasd.models.ner.lexicon import Lexicon
from rasd.models.ner.model import (
    ATTRIBUTES_FILE,
    CALIBRATION_FILE,
    MODEL_FILE,
    SILVER_FILE,
    NerModel,
    write_attributes,
)
from rasd.text.normalize import normalize_key

__all__ = ["TrainConfig", "TrainData", "load_data", "train"]

ANERCORP = "anercorp_camel/ANERCorp_CamelLab_train_noperiods.txt"


@dataclass(frozen=True)
class TrainConfig:
    data: Path
    out: Path
    extra: tuple[str, ...] = ()  # "aqmar", "wojood"
    c1: float = 0.01
    c2: float = 0.1
    max_iterations: int = 100
    min_freq: int = 1
    silver_articles: int = 0  # news articles tagged for the self-trained lexicon (0: none)
    prune: float = 0.1  # attributes with no state weight above this are never passed to crfsuite
    scheme: str = "bioes"  # tags the CRF learns: "bioes" or "bio" (inference reads either)


@dataclass(frozen=True)
class TrainData:
    train: list[TaggedSentence]
    dev: list[TaggedSentence]
    sizes: dict[str, tuple[int, int]]  # corpus -> (sentences, tokens)


def _size(sents: list[TaggedSentence]) -> tuple[int, int]:
    return len(sents), sum(len(s.tokens) for s in sents)


def load_data(data: Path, extra: tuple[str, ...] = ()) -> TrainData:
    """ANERcorp train/dev (periods added back) plus the extra corpora, all mapped to our labels."""
    train, dev = dev_split(read_conll(data / ANERCORP, "anercorp"))
    train = [add_final_period(s) for s in train]
    dev = [add_final_period(s) for s in dev]
    sizes = {"anercorp train": _size(train), "anercorp dev": _size(dev)}
    for corpus in extra:
        if corpus == "aqmar":
            more = read_many((data / "aqmar").glob("*.txt"), "aqmar")
        elif corpus == "wojood":
            more = read_many(
                [data / "wojood_sample" / f for f in ("train.txt", "val.txt")], "wojood"
            )
            more = [s for s in more if s.tokens != ("$#$",)]
        else:
            raise ValueError(f"unknown corpus {corpus!r}")
        sizes[corpus] = _size(more)
        train += more
    return TrainData(train, dev, sizes)


def norm_words(tokens: tuple[str, ...]) -> list[str]:
    """The normalised forms the pipeline's tokenizer would give (``Token.norm``)."""
    return [normalize_key(t) or t for t in tokens]


def _fit(
    config: TrainConfig,
    sentences: list[TaggedSentence],
    lexicons: tuple[Lexicon, Lexicon],
    path: Path,
    progress: Callable[[int, int], Any] | None = None,
) -> None:
    """Train one CRF; sentence i gets its features from ``lexicons[i % 2]``."""
    import pycrfsuite

    class _Trainer(pycrfsuite.Trainer):  # type: ignore[misc]
        def message(self, message: str) -> None:
            if progress is not None and message.startswith("***** Iteration #"):
                progress(int(message.split("#")[1].split()[0]), config.max_iterations)

    extractors = (FeatureExtractor(lexicons[0]), FeatureExtractor(lexicons[1]))
    trainer = _Trainer(verbose=False)
    for i, sent in enumerate(sentences):
        tags = to_bioes(sent.tags) if config.scheme == "bioes" else sent.tags
        trainer.append(extractors[i % 2].sequence(norm_words(sent.tokens)), list(tags))
    trainer.set_params(
        {
            "c1": config.c1,
            "c2": config.c2,
            "max_iterations": config.max_iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": config.min_freq,
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def _silver_lexicons(
    config: TrainConfig, data: TrainData, base: Lexicon, log: Callable[[str], Any]
) -> tuple[Lexicon, Lexicon]:
    """Two-fold self-training: a model trained on one half tags the news for the other half.

    Writes the averaged table to ``silver.tsv``; returns the lexicons for halves 0 and 1."""
    from rasd.models.ner.silver import (
        average,
        fractions,
        news_sentences,
        silver_table,
        write_silver,
    )

    news = sorted((config.data / "news").glob("*_all.jsonl.gz"))[0]
    plain = base.with_silver(None)
    tables = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in (0, 1):
            half = [s for i, s in enumerate(data.train) if i % 2 == k]
            path = Path(tmp) / f"fold{k}.crfsuite"
            log(f"silver fold {k}: training on {len(half):,} sentences")
            _fit(config, half, (plain, plain), path)
            log(f"silver fold {k}: tagging {config.silver_articles:,} news articles")
            model = NerModel.from_parts(path, plain)
            tables.append(silver_table(model, news_sentences(news, config.silver_articles)))
    rows = write_silver(average(tables), config.out / SILVER_FILE)
    log(f"silver lexicon: {rows:,} words")
    # sentence i is in half i % 2; it must see the table of the model trained on the other half
    return base.with_silver(fractions(tables[1])), base.with_silver(fractions(tables[0]))


def train(
    config: TrainConfig,
    data: TrainData,
    progress: Callable[[int, int], Any] | None = None,
    log: Callable[[str], Any] = print,
) -> Score:
    """Train the CRF on ``data.train``, write it to ``config.out``, score it on ``data.dev``."""
    config.out.mkdir(parents=True, exist_ok=True)
    (config.out / CALIBRATION_FILE).unlink(missing_ok=True)
    (config.out / SILVER_FILE).unlink(missing_ok=True)
    (config.out / ATTRIBUTES_FILE).unlink(missing_ok=True)
    base = Lexicon.load(config.out)
    if config.silver_articles:
        lexicons = _silver_lexicons(config, data, base, log)
    else:
        lexicons = (base, base)
    _fit(config, data.train, lexicons, config.out / MODEL_FILE, progress)
    kept = write_attributes(config.out / MODEL_FILE, config.out / ATTRIBUTES_FILE, config.prune)
    log(f"attributes with a state weight above {config.prune}: {kept:,}")
    calibrate(NerModel(config.out), data.dev, config.out / CALIBRATION_FILE)
    return evaluate_model(NerModel(config.out), data.dev)


def evaluate_model(model: NerModel, sentences: list[TaggedSentence]) -> Score:
    """Entity-level score of ``model`` on gold sentences."""
    preds = [model.tag(norm_words(s.tokens)) for s in sentences]
    return score([s.tags for s in sentences], preds)


def calibrate(model: NerModel, sentences: list[TaggedSentence], out: Path, bins: int = 10) -> None:
    """Histogram-binning calibration of span confidences on ``sentences``, monotone, to JSON."""
    pairs: list[tuple[float, bool]] = []
    for sent in sentences:
        gold = set(spans_of(sent.tags))
        for sp in model.spans(norm_words(sent.tokens)):
            pairs.append((sp.confidence, (sp.label, sp.first, sp.last) in gold))
    pairs.sort()
    xs, ys = [0.0], [0.0]
    size = max(1, len(pairs) // bins)
    for i in range(0, len(pairs), size):
        chunk = pairs[i : i + size]
        xs.append(sum(c for c, _ in chunk) / len(chunk))
        ys.append(max(ys[-1], (sum(ok for _, ok in chunk) + 1) / (len(chunk) + 2)))
    xs.append(1.0)
    ys.append(max(ys[-1], ys[-1]))
    out.write_text(json.dumps({"xs": xs, "ys": ys, "pairs": len(pairs)}, indent=1), "utf-8")
