"""The OEDA Arabic event gold (shared/data/events): sentences, labels and a fixed split.

Labels: ``yes`` is positive, ``easy no`` / ``difficult no`` negative, ``ambiguous`` left out.
The split is fixed by the MD5 of the sentence id: 3 buckets of 10 are held out for reporting,
the other 7 are for training and calibration (never report on them).
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

__all__ = ["OedaSentence", "annotator_reference", "is_heldout", "load_detection", "load_spans"]

_LABELS = {"yes": True, "easy no": False, "difficult no": False}


@dataclass(frozen=True, slots=True)
class OedaSentence:
    id: str
    text: str
    positive: bool
    label: str


def is_heldout(sentence_id: str) -> bool:
    return int(hashlib.md5(sentence_id.encode("utf-8")).hexdigest(), 16) % 10 < 3


def load_detection(path: Path) -> list[OedaSentence]:
    """Scored sentences of one detection CSV (ambiguous ones dropped)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [
        OedaSentence(r["id"], r["text"], _LABELS[r["label"]], r["label"])
        for r in rows
        if r["label"] in _LABELS
    ]


def annotator_reference(path: Path, split: str) -> dict[str, float]:
    """Expected precision / recall / F1 of ONE annotator of the OEDA pool, drawn at random per
    sentence, scored against the gold labels of ``split`` ("heldout" / "train"), from the vote
    counts: a "yes" sentence was accepted by every annotator (recall 1), and an annotator accepts
    a "difficult no" sentence with probability accept / total.  A reference point for a system's
    F1 (the gold asks for unanimity, so a model may exceed it), not a ceiling."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [
            r
            for r in csv.DictReader(fh)
            if r["label"] in _LABELS and is_heldout(r["id"]) == (split == "heldout")
        ]
    tp = sum(1.0 for r in rows if _LABELS[r["label"]])
    fp = sum(int(r["accept"]) / int(r["total"]) for r in rows if not _LABELS[r["label"]])
    precision = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision / (precision + 1) if precision else 0.0
    return {"positives": tp, "expected_fp": fp, "precision": precision, "recall": 1.0, "f1": f1}


def load_spans(path: Path) -> dict[str, dict[str, str]]:
    """Sentence id -> {"text", "source", "target", "verb"} (the coders' common spans)."""
    data = json.loads(path.read_text("utf-8"))
    return {
        d["source"]: {
            "text": d["text"],
            "source": d.get("source_gold", ""),
            "target": d.get("target_gold", ""),
            "verb": d.get("verb_gold", ""),
        }
        for d in data
    }
