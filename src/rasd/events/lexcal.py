"""Calibration of the lexicon confidence (types and modalities the filters do not score).

The raw confidence is the trigger prior times a modality factor; ``calibration.json`` maps it
through sigmoid(a * logit(raw) + b).  (a, b) are fitted by maximum likelihood on the lexicon-
scored events of the dev half of rasd's news gold ("right" = the sentence has a gold event of the
type).  The lexicon entries were themselves chosen on errors of that half, so its accuracy there
(about 0.76) overstates the accuracy on new text.  The intercept is therefore shifted so that the
mean confidence over the dev events equals the accuracy pooled with a prior: the accuracy, on the
same dev half, of the lexicon as it was before any entry was chosen on that half (commit 176dfd8,
114 right of 202 lexicon-scored events, measured by
``benchmarks/experiments/events_calibration/lexicon_prior.py``), each measurement weighted by
its number of events.

``cross_fitted_ece`` measures a calibrator by repeated K-fold over dev *articles* (fit on some
articles, assess on the others), with and without the shrinkage.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

from rasd.events.cvselect import PlattFit, fit_platt, sigmoid
from rasd.events.evaluate import expected_calibration_error

__all__ = ["PRIOR_N", "PRIOR_RIGHT", "cross_fitted_ece", "fit_lexicon_calibration", "shrunk_platt"]

PRIOR_RIGHT = 114
PRIOR_N = 202

Fitter = Callable[[np.ndarray, np.ndarray], PlattFit]


def _intercept_for_mean(a: float, x: np.ndarray, target: float) -> float:
    """b such that mean(sigmoid(a * x + b)) == target (bisection; the mean rises with b)."""
    lo, hi = -20.0, 20.0
    for _ in range(80):
        mid = (lo + hi) / 2
        if float(sigmoid(a * x + mid).mean()) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def plain_platt(x: np.ndarray, y: np.ndarray) -> PlattFit:
    fit = fit_platt(x, y)
    return (
        fit
        if fit is not None
        else PlattFit(0.0, float(np.log((y.mean() + 1e-3) / (1 - y.mean() + 1e-3))))
    )


def shrunk_platt(x: np.ndarray, y: np.ndarray) -> PlattFit:
    """Platt slope, intercept moved so the mean confidence is the prior-pooled accuracy."""
    fit = plain_platt(x, y)
    target = (float(y.sum()) + PRIOR_RIGHT) / (len(y) + PRIOR_N)
    return PlattFit(fit.a, _intercept_for_mean(fit.a, x, target))


def cross_fitted_ece(
    x: np.ndarray,
    y: np.ndarray,
    groups: list[str],
    fitter: Fitter,
    seeds: tuple[int, ...] = (0, 1, 2, 3, 4),
    folds: int = 5,
) -> float:
    """ECE (10 bins) of the events of held-out articles, folds of articles, seeds pooled."""
    names = sorted(set(groups))
    conf: list[float] = []
    right: list[bool] = []
    for seed in seeds:
        perm = np.random.default_rng(seed).permutation(len(names))
        fold_of_name = {names[j]: i % folds for i, j in enumerate(perm)}
        fold = np.array([fold_of_name[g] for g in groups])
        for k in range(folds):
            te = fold == k
            if not te.any():
                continue
            cal = fitter(x[~te], y[~te])
            conf.extend(cal(x[te]).tolist())
            right.extend(y[te].tolist())
    return expected_calibration_error(conf, right)


def lexicon_events(
    gold_rows: list[dict],  # type: ignore[type-arg]
    news: Path,
    filters_path: Path,
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(logit of the raw confidence, right, article id) of the lexicon-scored events."""
    from rasd.events.context import load_fatality_words
    from rasd.events.evaluate import analyse_text
    from rasd.events.extract import EventResources, extract_events
    from rasd.events.lexicon import load_lexicon
    from rasd.events.model import read_filters
    from rasd.events.scoring import load_news

    filters = read_filters(filters_path, "news")
    res = EventResources(load_lexicon(), filters, load_fatality_words(), (1.0, 0.0))
    arts = load_news(news, {r["article_id"] for r in gold_rows})
    xs, ys, groups = [], [], []
    for art_id in sorted(arts):
        events = extract_events(analyse_text(arts[art_id]["text"]), res)
        for r in (r for r in gold_rows if r["article_id"] == art_id):
            gold_types = {e["type"] for e in r["events"]}
            for e in events:
                if r["start"] <= e.trigger.start < r["end"] and not (
                    e.type in filters and e.modality == "asserted"
                ):
                    xs.append(float(np.log(e.confidence / (1 - e.confidence))))
                    ys.append(e.type in gold_types)
                    groups.append(art_id)
    return np.array(xs), np.array(ys), groups


def fit_lexicon_calibration(
    gold_rows: list[dict],  # type: ignore[type-arg]
    news: Path,
    filters_path: Path,
    out: Path,
) -> list[str]:
    """Fit the shrunk curve on the dev rows given, write ``out``, return a log."""
    x, y, groups = lexicon_events(gold_rows, news, filters_path)
    fit = shrunk_platt(x, y)
    plain = plain_platt(x, y)
    data = {
        "a": round(fit.a, 4),
        "b": round(fit.b, 4),
        "n": len(y),
        "positive": int(y.sum()),
        "prior_right": PRIOR_RIGHT,
        "prior_n": PRIOR_N,
        "unshrunk_b": round(plain.b, 4),
        "fitted_on": "benchmarks/data/events_gold.jsonl dev half",
    }
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return [
        f"lexicon calibration: n={len(y)} right={int(y.sum())} a={fit.a:.3f} b={fit.b:.3f} "
        f"(unshrunk b={plain.b:.3f}; mean confidence {float(fit(x).mean()):.3f})",
        f"lexicon calibration, cross-fitted ECE over dev articles (5 folds x 5 seeds): "
        f"plain Platt {cross_fitted_ece(x, y, groups, plain_platt):.3f}, "
        f"shrunk {cross_fitted_ece(x, y, groups, shrunk_platt):.3f}",
    ]
