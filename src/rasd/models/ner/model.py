"""Inference with the trained CRF: normalised words in, entity spans with confidences out."""

from __future__ import annotations

import bisect
import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rasd.errors import ModelError
from rasd.models.ner.conll import from_bioes, spans_of
from rasd.models.ner.features import FeatureExtractor
from rasd.models.ner.lexicon import Lexicon

__all__ = [
    "Calibration",
    "NerModel",
    "TaggedSpan",
    "default_model_dir",
    "read_attributes",
    "write_attributes",
]

MODEL_FILE = "ner.crfsuite"
CALIBRATION_FILE = "calibration.json"
SILVER_FILE = "silver.tsv"
ATTRIBUTES_FILE = "attributes.txt.gz"


def default_model_dir() -> Path:
    """The shipped model folder inside the installed package."""
    return Path(str(resources.files("rasd.resources") / "models" / "ner"))


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """An entity over words [first, last) of one sentence, with its (calibrated) confidence."""

    label: str
    first: int
    last: int
    confidence: float


@dataclass(frozen=True, slots=True)
class Calibration:
    """Monotone piecewise-linear map from the raw span marginal to a calibrated probability."""

    xs: tuple[float, ...] = (0.0, 1.0)
    ys: tuple[float, ...] = (0.0, 1.0)

    def __call__(self, raw: float) -> float:
        i = bisect.bisect_left(self.xs, raw)
        if i <= 0:
            return self.ys[0]
        if i >= len(self.xs):
            return self.ys[-1]
        x0, x1, y0, y1 = self.xs[i - 1], self.xs[i], self.ys[i - 1], self.ys[i]
        return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1

    @classmethod
    def read(cls, path: Path) -> Calibration:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text("utf-8"))
        return cls(tuple(data["xs"]), tuple(data["ys"]))


def write_attributes(model: Path, out: Path, min_weight: float = 0.0) -> int:
    """Write the attributes of ``model`` with some state weight above ``min_weight`` (absolute),
    one a line, sorted, gzipped (deterministic); return how many.  Attributes below it are then
    never passed to crfsuite, which prunes the model at inference without retraining."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    best: dict[str, float] = {}
    for (attr, _label), weight in tagger.info().state_features.items():
        best[attr] = max(best.get(attr, 0.0), abs(weight))
    kept = sorted(a for a, w in best.items() if w > min_weight)
    data = "".join(a + "\n" for a in kept).encode("utf-8")
    out.write_bytes(gzip.compress(data, mtime=0))
    return len(kept)


def read_attributes(path: Path) -> frozenset[str] | None:
    """The attribute set written by `write_attributes` (None when the file is absent)."""
    if not path.exists():
        return None
    return frozenset(gzip.decompress(path.read_bytes()).decode("utf-8").splitlines())


class NerModel:
    """A crfsuite tagger plus the lexicon its features need."""

    def __init__(self, folder: str | Path | None = None) -> None:
        base = Path(folder) if folder else default_model_dir()
        self._setup(
            base / MODEL_FILE,
            Lexicon.load(base),
            Calibration.read(base / CALIBRATION_FILE),
            read_attributes(base / ATTRIBUTES_FILE),
        )

    @classmethod
    def from_parts(
        cls, path: Path, lexicon: Lexicon, calibration: Calibration | None = None
    ) -> NerModel:
        """A model from a crfsuite file and a lexicon already in memory (used in training)."""
        model = cls.__new__(cls)
        model._setup(path, lexicon, calibration or Calibration())
        return model

    def _setup(
        self,
        path: Path,
        lexicon: Lexicon,
        calibration: Calibration,
        known: frozenset[str] | None = None,
    ) -> None:
        import pycrfsuite

        if not path.exists():
            raise ModelError(f"NER model not found: {path}", hint="run `rasd train ner`")
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        self.features = FeatureExtractor(lexicon, known)
        self.calibration = calibration

    def raw_tags(self, words: Sequence[str]) -> list[str]:
        """The tagger's own tags of one sentence (BIOES or BIO, as the model was trained)."""
        if not words:
            return []
        return self.tagger.tag(self.features.encoded_sequence(words))  # type: ignore[no-any-return]

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags of one sentence of normalised words."""
        return from_bioes(self.raw_tags(words))

    def spans(self, words: Sequence[str]) -> list[TaggedSpan]:
        """Entities of one sentence with the calibrated marginal probability of each."""
        raw = self.raw_tags(words)
        out: list[TaggedSpan] = []
        marginal = self.tagger.marginal
        for label, first, last in spans_of(from_bioes(raw)):
            conf = min(marginal(raw[i], i) for i in range(first, last))
            out.append(TaggedSpan(label, first, last, self.calibration(conf)))
        return out
