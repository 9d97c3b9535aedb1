"""Training of the NER CRF: data assembly, crfsuite training, dev scoring and calibration.

Reads the shared CoNLL corpora (ANERcorp train split, optionally AQMAR and the Wojood sample),
makes the fixed dev split (every 10th ANERcorp sentence), appends the sentence-final periods
the ANERcorp file lacks, and writes ``ner.crfsuite`` and ``calibration.json`` to the output folder
(the lexicon files ``clusters.tsv`` and ``gazetteer.tsv`` must already be there).
"""

from __future__ import annotations

import json
import random
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
)
from rasd.models.ner.evaluate import Score, score
from rasd.models.ner.features import FeatureExtractor
from rasd.models.ner.lexicon import Lexicon
from rasd.models.ner.model import CALIBRATION_FILE, MODEL_FILE, NerModel
from rasd.text.normalize import normalize_key

__all__ = ["TrainConfig", "TrainData", "load_data", "train"]

ANERCORP = "anercorp_camel/ANERCorp_CamelLab_train_noperiods.txt"


@dataclass(frozen=True)
class TrainConfig:
    data: Path
    out: Path
    extra: tuple[str, ...] = ()  # "aqmar", "wojood"
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 150
    min_freq: int = 1
    mask_copies: int = 0  # extra copies of each sentence with entity word identities hidden
    mask_rate: float = 0.5  # chance that an entity is masked in a copy
    seed: int = 13


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


def train(
    config: TrainConfig, data: TrainData, progress: Callable[[int, int], Any] | None = None
) -> Score:
    """Train the CRF on ``data.train``, write it to ``config.out``, score it on ``data.dev``."""
    import pycrfsuite

    class _Trainer(pycrfsuite.Trainer):  # type: ignore[misc]
        def message(self, message: str) -> None:
            if progress is not None and message.startswith("***** Iteration #"):
                progress(int(message.split("#")[1].split()[0]), config.max_iterations)

    fx = FeatureExtractor(Lexicon.load(config.out))
    trainer = _Trainer(verbose=False)
    rng = random.Random(config.seed)
    for sent in data.train:
        feats = fx.sequence(norm_words(sent.tokens))
        trainer.append(feats, list(sent.tags))
        for _ in range(config.mask_copies):
            masked = _masked(feats, sent.tags, rng, config.mask_rate)
            if masked is not None:
                trainer.append(masked, list(sent.tags))
    trainer.set_params(
        {
            "c1": config.c1,
            "c2": config.c2,
            "max_iterations": config.max_iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": config.min_freq,
        }
    )
    config.out.mkdir(parents=True, exist_ok=True)
    (config.out / CALIBRATION_FILE).unlink(missing_ok=True)
    trainer.train(str(config.out / MODEL_FILE))
    model = NerModel(config.out)
    calibrate(model, data.dev, config.out / CALIBRATION_FILE)
    return evaluate_model(NerModel(config.out), data.dev)


_IDENTITY = ("w=", "st=", "bg-=", "bg+=")


def _masked(
    feats: list[list[str]], tags: tuple[str, ...], rng: random.Random, rate: float
) -> list[list[str]] | None:
    """A copy where some entities' word identities are hidden (as if unseen in training).

    Their own ``w=``/``st=``/bigram features and their neighbours' view of them are removed;
    clusters, affixes, shape and gazetteer features stay.  None if no entity was masked."""
    hidden: set[int] = set()
    for _, first, last in spans_of(tags):
        if rng.random() < rate:
            hidden.update(range(first, last))
    if not hidden:
        return None
    out: list[list[str]] = []
    for i, row in enumerate(feats):
        drop = {f"{j - i:+d}:" for j in hidden if 0 < abs(j - i) <= 2}
        keep = [
            f
            for f in row
            if not (i in hidden and f.startswith(_IDENTITY))
            and not (f[:3] in drop and f[3:].startswith(("w=", "st=")))
            and not (
                f.startswith("bg")
                and ((i - 1 in hidden and f[2] == "-") or (i + 1 in hidden and f[2] == "+"))
            )
        ]
        out.append(keep)
    return out


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
