"""Round 4 (c): a lexicon / cue change measured with the shipped training procedure's pieces.

    [NESTED_SEEDS=5-14] python lex_cv.py TYPE LABEL [C]

Featurizes the OEDA training part (and, for PROTEST, the extra news sentences of
benchmarks/data/protest_extra.csv, weight 0.5 in every training fold, never scored) with the
lexicon now in src/rasd/resources/events, then prints, for C (default 0.03, the shipped C):
* oof: per-seed best-threshold F1 of the 5-fold OOF scores, seeds 0-4 (`rasd train events`'
  measure, mean 0.507 for the shipped PROTEST filter);
* nested: per outer seed 0-4, outer stratified 5-fold; in each outer training fold a 5-fold OOF
  (same seed) gives the Platt curve and the F1-best threshold, the filter is the mean of those
  5 fold models (as shipped) and the outer fold is scored; ECE of the emitted events, pooled.
Run it once per lexicon state (swap the .tsv files in between).
"""

import os
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from rasd.events.cvselect import _with_extra, best_threshold, repeated_oof, sigmoid
from rasd.events.extra_data import load_extra
from rasd.events.oeda import is_heldout, load_detection
from rasd.events.train import EXTRA_WEIGHT, _matrix, featurize

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT.parent / "shared/data/events"
# outer seeds of the nested figure (env NESTED_SEEDS="a-b", default 0-4)
_A, _B = (int(v) for v in os.environ.get("NESTED_SEEDS", "0-4").split("-"))
SEEDS = range(_A, _B + 1)


def ece(conf, right, bins=10):  # type: ignore[no-untyped-def]
    conf, right = np.asarray(conf), np.asarray(right, float)
    idx = np.minimum((conf * bins).astype(int), bins - 1)
    return sum(
        (idx == b).sum() / len(conf) * abs(conf[idx == b].mean() - right[idx == b].mean())
        for b in range(bins)
        if (idx == b).any()
    )


def fit_mean(x, y, c, more, seed):  # type: ignore[no-untyped-def]
    """OOF scores on x (5 folds, seed) and the mean of the 5 fold models."""
    oof, ws, bs = np.zeros(len(y)), [], []
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear")
        clf.fit(*_with_extra(x[tr], y[tr], more))
        oof[te] = clf.decision_function(x[te])
        ws.append(clf.coef_[0])
        bs.append(clf.intercept_[0])
    return oof, np.mean(ws, axis=0), float(np.mean(bs))


def nested(x, y, cand, c, more):  # type: ignore[no-untyped-def]
    f1s, conf, right = [], [], []
    for s in SEEDS:
        pred = np.zeros(len(y), bool)
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=s).split(x, y):
            oof, w, b0 = fit_mean(x[tr], y[tr], c, more, s)
            cm = cand[tr]
            pl = LogisticRegression(C=1e6).fit(oof[cm].reshape(-1, 1), y[tr][cm])
            a, b = pl.coef_[0][0], pl.intercept_[0]
            _, t = best_threshold(sigmoid(a * oof + b), y[tr], cm)
            p = sigmoid(a * (x[te] @ w + b0) + b)
            e = cand[te] & (np.round(p, 3) >= t)
            pred[te] = e
            conf.extend(p[e])
            right.extend(y[te][e])
        f1s.append(2 * (pred & y).sum() / (pred.sum() + y.sum()))
    return f1s, ece(conf, right), len(conf)


def main() -> None:
    name, label = sys.argv[1], sys.argv[2]
    c = float(sys.argv[3]) if len(sys.argv) > 3 else 0.03
    sents = [
        s
        for s in load_detection(DATA / f"{name.lower()}_detection_dev.csv")
        if not is_heldout(s.id)
    ]
    feats = [featurize(s.text, name) for s in sents]
    x = _matrix([f for f, _ in feats])
    cand = np.array([k for _, k in feats])
    y = np.array([s.positive for s in sents])
    more = None
    if name == "PROTEST":
        extra = load_extra(
            ROOT / "benchmarks/data/protest_extra.csv",
            ROOT.parent / "shared/data/news/saudinewsnet_2015_all.jsonl.gz",
        )
        ex = _matrix([featurize(e.text, name)[0] for e in extra])
        more = (ex, np.array([e.positive for e in extra]), EXTRA_WEIGHT)
    scores, _ = repeated_oof(x, y, c, extra=more)
    oof = [best_threshold(s, y, cand)[0] for s in scores]
    f1s, e, n = nested(x, y, cand, c, more)
    print(
        f"{name} {label} C={c} candidates={int(cand.sum())} pos_with_cand={int((cand & y).sum())}/{int(y.sum())}"
    )
    print(f"  oof={np.mean(oof):.3f} ({' '.join(f'{v:.3f}' for v in oof)})")
    print(
        f"  nested={np.mean(f1s):.3f} ({' '.join(f'{v:.3f}' for v in f1s)}) ece={e:.3f} n={n}",
        flush=True,
    )


if __name__ == "__main__":
    main()
