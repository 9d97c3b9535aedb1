"""Training of the ASSAULT / PROTEST sentence filters on the OEDA gold (needs scikit-learn).

Model selection (C), Platt calibration and the decision threshold all use 5-fold out-of-fold
scores on the training part only; the held-out part is never seen here.  The result is written
to ``resources/events/filters.npz`` (see rasd.events.model).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.events.detect import analyse_sentence
from rasd.events.features import DIM, TriggerView, hashed, sentence_features
from rasd.events.lexicon import load_lexicon
from rasd.events.oeda import OedaSentence, is_heldout, load_detection
from rasd.text.tokenize import tokenize

__all__ = ["featurize", "train_filters"]

_CS = (0.03, 0.1, 0.3, 1.0, 3.0)


def featurize(text: str) -> list[int]:
    """Hashed feature indices of one sentence, exactly as the stage computes them."""
    tokens = tokenize(text)
    sa = analyse_sentence(tokens, 0, len(tokens), load_lexicon(), {})
    span = max(1, len(tokens))
    views = [TriggerView(m, mod, m.first / span) for m, mod, _ in sa.triggers]
    return hashed(sentence_features(tokens, 0, len(tokens), views))


def _matrix(rows: Sequence[list[int]]):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    return csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr), shape=(len(rows), DIM))


def _oof_scores(x, y: np.ndarray, c: float) -> np.ndarray:  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    out = np.zeros(len(y))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear")
        clf.fit(x[tr], y[tr])
        out[te] = clf.decision_function(x[te])
    return out


def _best_f1_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    best = (0.0, 0.5)
    for t in np.unique(np.round(p, 3)):
        pred = p >= t
        tp = float((pred & y).sum())
        f1 = 2 * tp / max(1.0, pred.sum() + y.sum())
        best = max(best, (f1, float(t)))
    return best


def _fit_type(sents: Sequence[OedaSentence], log: list[str], name: str) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    x = _matrix([featurize(s.text) for s in sents])
    y = np.array([s.positive for s in sents])
    scored = []
    for c in _CS:
        oof = _oof_scores(x, y, c)
        scored.append((_best_f1_threshold(1 / (1 + np.exp(-oof)), y)[0], c, oof))
    f1, c, oof = max(scored, key=lambda t: t[0])
    platt = LogisticRegression(C=1e6).fit(oof.reshape(-1, 1), y)
    a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
    cal = 1 / (1 + np.exp(-(a * oof + b)))
    _, thr = _best_f1_threshold(cal, y)
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear").fit(x, y)
    log.append(f"{name}: n={len(y)} pos={int(y.sum())} C={c} oof_f1={f1:.3f} threshold={thr:.3f}")
    w = clf.coef_[0].astype(np.float16)
    return w, np.array([float(clf.intercept_[0]), a, b, thr])


def train_filters(data_dir: Path, out: Path) -> list[str]:
    """Train both filters on the non-held-out OEDA sentences; write ``out``; return a log."""
    log: list[str] = []
    arrays: dict[str, np.ndarray] = {}
    for name, fname in (("ASSAULT", "assault_detection_dev.csv"), ("PROTEST", "protest_detection_dev.csv")):
        sents = [s for s in load_detection(data_dir / fname) if not is_heldout(s.id)]
        w, meta = _fit_type(sents, log, name)
        arrays[f"{name}_w"], arrays[f"{name}_meta"] = w, meta
    np.savez_compressed(out, **arrays)
    return log
