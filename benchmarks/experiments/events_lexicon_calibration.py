"""Lexicon-confidence calibration: which model, measured by 5-fold CV over articles of the news
gold *dev* half only (the test half is never read here).

    PYTHONPATH=src python benchmarks/experiments/events_lexicon_calibration.py

For every event the lexicon scores (all types but asserted ASSAULT/PROTEST, which the learned
filters score), the raw confidence is prior x modality factor; "right" means the sentence has a
gold event of its type.  Models: Platt on logit(raw) (shipped before), Platt on logit(raw) plus
an asserted flag, Platt per trigger-quality bin (prior < 0.6 / >= 0.6), isotonic on raw.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from rasd.events.context import load_fatality_words
from rasd.events.evaluate import analyse_text, expected_calibration_error
from rasd.events.extract import EventResources, extract_events
from rasd.events.lexicon import load_lexicon
from rasd.events.model import load_filters
from rasd.events.oeda import is_heldout
from rasd.events.scoring import load_news

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "benchmarks/data/events_gold.jsonl"
NEWS = ROOT.parent / "shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"


def dev_events() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    filters = load_filters("news")
    res = EventResources(load_lexicon(), filters, load_fatality_words(), (1.0, 0.0))
    rows = [json.loads(x) for x in GOLD.read_text("utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if not is_heldout(r["article_id"])]
    arts = load_news(NEWS, {r["article_id"] for r in rows})
    raw, asserted, fold, right = [], [], [], []
    for art_id in sorted(arts):
        events = extract_events(analyse_text(arts[art_id]["text"]), res)
        k = int(hashlib.md5(art_id.encode()).hexdigest(), 16) % 5
        for r in (r for r in rows if r["article_id"] == art_id):
            types = {e["type"] for e in r["events"]}
            for e in events:
                if not r["start"] <= e.trigger.start < r["end"]:
                    continue
                if e.type in filters and e.modality == "asserted":
                    continue
                raw.append(e.confidence)
                asserted.append(e.modality == "asserted")
                fold.append(k)
                right.append(e.type in types)
    return np.array(raw), np.array(asserted, float), np.array(fold), np.array(right)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def _platt(x: np.ndarray, y: np.ndarray, xt: np.ndarray) -> np.ndarray:
    return LogisticRegression(C=1e6).fit(x, y).predict_proba(xt)[:, 1]


def _binned(raw: np.ndarray, y: np.ndarray, rt: np.ndarray) -> np.ndarray:
    out = np.zeros(len(rt))
    for hi in (False, True):
        m, mt = (raw >= 0.6) == hi, (rt >= 0.6) == hi
        out[mt] = y[m].mean() if m.any() else y.mean()
    return out


def main() -> None:
    raw, asserted, fold, y = dev_events()
    x1 = _logit(raw).reshape(-1, 1)
    x2 = np.column_stack([_logit(raw), asserted])
    preds: dict[str, np.ndarray] = {
        k: np.zeros(len(y)) for k in ("platt", "platt+asserted", "bins", "isotonic", "constant")
    }
    for k in range(5):
        tr, te = fold != k, fold == k
        preds["platt"][te] = _platt(x1[tr], y[tr], x1[te])
        preds["platt+asserted"][te] = _platt(x2[tr], y[tr], x2[te])
        preds["bins"][te] = _binned(raw[tr], y[tr], raw[te])
        iso = IsotonicRegression(out_of_bounds="clip", y_min=0.05, y_max=0.95).fit(raw[tr], y[tr])
        preds["isotonic"][te] = iso.predict(raw[te])
        preds["constant"][te] = y[tr].mean()
    print(f"dev lexicon events n={len(y)} right={int(y.sum())}; 5-fold CV over articles")
    print(f"uncalibrated raw: ECE={expected_calibration_error(list(raw), list(y)):.3f}")
    for name, p in preds.items():
        brier = float(np.mean((p - y) ** 2))
        print(f"{name}: ECE={expected_calibration_error(list(p), list(y)):.3f} Brier={brier:.4f}")


if __name__ == "__main__":
    main()
