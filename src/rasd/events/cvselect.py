"""Repeated stratified K-fold for the ASSAULT / PROTEST filters (needs scikit-learn).

`rasd train events` uses it to choose the regularisation C, the ``oeda`` threshold and the
Platt curve from out-of-fold (OOF) decision scores over several fold seeds, instead of one
5-fold split: one split let C flip on an OOF difference of 0.002 (issue 6).

* ``repeated_oof``: for each seed, stratified K-fold OOF decision scores of class-balanced
  logistic regression, and the fold of every row.
* ``cross_fitted``: for each seed and fold, the threshold (best F1) and the calibrator are fitted
  on the OOF scores of the *other* folds and applied to the fold: an honest estimate of the
  emitted events' F1 and ECE that costs no refit of the filter.
* ``one_se_choice``: the smallest C whose mean OOF F1 is within one standard error of the best.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rasd.events.evaluate import expected_calibration_error

__all__ = [
    "CResult",
    "PlattFit",
    "best_threshold",
    "cross_fitted",
    "fit_platt",
    "one_se_choice",
    "repeated_oof",
    "sigmoid",
    "summarise",
]

SEEDS = (0, 1, 2, 3, 4)
FOLDS = 5


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def repeated_oof(  # type: ignore[no-untyped-def]
    x,
    y: np.ndarray,
    c: float,
    seeds: Sequence[int] = SEEDS,
    folds: int = FOLDS,
    models: list[tuple[np.ndarray, float]] | None = None,
    extra: tuple[Any, np.ndarray, float] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(scores, fold ids), both of shape (len(seeds), len(y)); the (weights, bias) of every fold
    model are appended to ``models`` when given.  ``extra`` = (rows, labels, weight): sentences
    added to every training fold with that sample weight, never scored (so C, thresholds and
    calibration still rest on the out-of-fold scores of ``x`` alone)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    scores = np.zeros((len(seeds), len(y)))
    fold_of = np.zeros((len(seeds), len(y)), dtype=np.int64)
    for i, seed in enumerate(seeds):
        for k, (tr, te) in enumerate(
            StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y)
        ):
            clf = LogisticRegression(
                C=c, class_weight="balanced", max_iter=2000, solver="liblinear"
            )
            clf.fit(*_with_extra(x[tr], y[tr], extra))
            scores[i, te] = clf.decision_function(x[te])
            fold_of[i, te] = k
            if models is not None:
                models.append((clf.coef_[0].copy(), float(clf.intercept_[0])))
    return scores, fold_of


def _with_extra(  # type: ignore[no-untyped-def]
    x, y: np.ndarray, extra: tuple[Any, np.ndarray, float] | None
):
    """(rows, labels, sample weights) of a training fold, with the extra rows stacked on
    (no weights at all without extra rows: the plain fit)."""
    if extra is None:
        return x, y, None
    import scipy.sparse as sp

    ex, ey, weight = extra
    stack = sp.vstack([x, ex]).tocsr() if sp.issparse(x) else np.vstack([x, ex])
    return stack, np.r_[y, ey], np.r_[np.ones(len(y)), np.full(len(ey), weight)]


def best_threshold(score: np.ndarray, y: np.ndarray, cand: np.ndarray) -> tuple[float, float]:
    """Best F1 of 'cand and score >= t' over t (scores rounded to 3 decimals), and that t
    (the lowest t when tied); (0, inf) when no candidate exists."""
    s = np.round(score, 3)
    cs = s[cand]
    if not len(cs):
        return 0.0, float("inf")
    order = np.argsort(-cs, kind="stable")
    ts, ys = cs[order], y[cand][order]
    tp = np.cumsum(ys)
    last = np.r_[ts[1:] != ts[:-1], True]  # last index of each run of equal scores
    f1 = 2 * tp[last] / (np.arange(1, len(ts) + 1)[last] + y.sum())
    j = int(np.argmax(f1[::-1]))  # ties -> the lowest threshold
    return float(f1[::-1][j]), float(ts[last][::-1][j])


@dataclass(frozen=True)
class PlattFit:
    a: float
    b: float

    def __call__(self, score: np.ndarray) -> np.ndarray:
        return sigmoid(self.a * score + self.b)


def fit_platt(score: np.ndarray, y: np.ndarray) -> PlattFit | None:
    """Maximum-likelihood Platt curve; None with one class or a non-positive slope."""
    from sklearn.linear_model import LogisticRegression

    if len(set(y.tolist())) < 2:
        return None
    lr = LogisticRegression(C=1e6).fit(score.reshape(-1, 1), y)
    a, b = float(lr.coef_[0][0]), float(lr.intercept_[0])
    return PlattFit(a, b) if a > 0 else None


def _calibrator(
    score: np.ndarray, y: np.ndarray, cand: np.ndarray, thr: float, mode: str
) -> PlattFit | None:
    """Platt on all candidates, or on the emitted ones (falls back to all candidates)."""
    if mode == "emitted":
        em = cand & (np.round(score, 3) >= thr)
        fit = fit_platt(score[em], y[em])
        if fit is not None:
            return fit
    return fit_platt(score[cand], y[cand])


@dataclass(frozen=True)
class CResult:
    """One C: mean / SE of the per-seed OOF F1, and cross-fitted (honest) F1 and ECE."""

    c: float
    oof_f1: float
    oof_se: float
    seed_f1: tuple[float, ...]
    xfit_f1: dict[str, float]
    xfit_ece: dict[str, float]
    xfit_n: int


def cross_fitted(
    scores: np.ndarray, fold_of: np.ndarray, y: np.ndarray, cand: np.ndarray, mode: str
) -> tuple[list[float], list[float], list[bool]]:
    """Per-seed F1, and the (confidence, right) pairs of the emitted events, all seeds pooled."""
    f1s: list[float] = []
    conf: list[float] = []
    right: list[bool] = []
    for s in range(scores.shape[0]):
        pred = np.zeros(len(y), dtype=bool)
        for k in np.unique(fold_of[s]):
            te, tr = fold_of[s] == k, fold_of[s] != k
            _, thr = best_threshold(scores[s, tr], y[tr], cand[tr])
            cal = _calibrator(scores[s, tr], y[tr], cand[tr], thr, mode)
            em = te & cand & (np.round(scores[s], 3) >= thr)
            pred |= em
            if cal is not None:
                conf.extend(cal(scores[s, em]).tolist())
                right.extend(y[em].tolist())
        f1s.append(2 * float((pred & y).sum()) / max(1.0, float(pred.sum() + y.sum())))
    return f1s, conf, right


def summarise(
    c: float, scores: np.ndarray, fold_of: np.ndarray, y: np.ndarray, cand: np.ndarray
) -> CResult:
    """OOF F1 per seed (best threshold on the seed's pooled OOF) with the one-SE of the folds:
    per seed, the std of the fold F1s at that threshold over sqrt(folds), averaged over seeds."""
    seed_f1, ses = [], []
    for s in range(scores.shape[0]):
        f1, thr = best_threshold(scores[s], y, cand)
        seed_f1.append(f1)
        folds = np.unique(fold_of[s])
        per_fold = []
        for k in folds:
            m = fold_of[s] == k
            pred = m & cand & (np.round(scores[s], 3) >= thr)
            per_fold.append(2 * float((pred & y).sum()) / max(1.0, float(pred.sum() + y[m].sum())))
        ses.append(float(np.std(per_fold, ddof=1)) / np.sqrt(len(folds)))
    xf1, xece = {}, {}
    n = 0
    for mode in ("all", "emitted"):
        f1s, conf, right = cross_fitted(scores, fold_of, y, cand, mode)
        xf1[mode] = float(np.mean(f1s))
        xece[mode] = expected_calibration_error(conf, right)
        n = len(conf)
    return CResult(c, float(np.mean(seed_f1)), float(np.mean(ses)), tuple(seed_f1), xf1, xece, n)


def one_se_choice(results: Sequence[CResult]) -> CResult:
    """The smallest C (strongest L2 penalty) within one SE of the best mean OOF F1."""
    best = max(results, key=lambda r: r.oof_f1)
    ok = [r for r in results if r.oof_f1 >= best.oof_f1 - best.oof_se]
    return min(ok, key=lambda r: r.c)
