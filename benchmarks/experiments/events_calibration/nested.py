"""Nested CV of the whole filter-training procedure, old vs new, OEDA training part only.

Outer: stratified 5-fold x 3 seeds (100-102).  In each outer training fold, the procedure picks
C, the threshold and the Platt curve, trains the filter, and the outer fold is scored: F1 of
"asserted candidate and p >= threshold", ECE (10 bins) of the emitted events, seeds pooled.

* old = `rasd train events` before this round: one 5-fold split (seed 0), C = argmax OOF F1,
  Platt on all candidates then on the emitted ones when >= 100 pass;
* new = rasd.events.train: 5 folds x 5 seeds, one-SE rule, pooled Platt (emitted / all by
  cross-fitted ECE).

    git show 73fc1b9:src/rasd/events/train.py > /tmp/evcal/old_train.py
    PYTHONPATH=$PWD/src OMP_NUM_THREADS=1 nice -n 10 python benchmarks/experiments/events_calibration/nested.py ASSAULT
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from rasd.events.cvselect import one_se_choice, repeated_oof, sigmoid, summarise
from rasd.events.evaluate import calibration_table, expected_calibration_error
from rasd.events.oeda import is_heldout, load_detection
from rasd.events.train import _CS, _matrix, _pooled_platt, featurize

DATA = Path(__file__).resolve().parents[4] / "shared/data/events"
spec = importlib.util.spec_from_file_location("old_train", "/tmp/evcal/old_train.py")
old = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
spec.loader.exec_module(old)  # type: ignore[union-attr]


def old_proc(x, y, cand):  # type: ignore[no-untyped-def]
    c, abt = _old_proc(x, y, cand)
    return c, abt, None


def _old_proc(x, y, cand):  # type: ignore[no-untyped-def]
    scored = []
    for c in old._CS:
        oof = old._oof_scores(x, y, c)
        scored.append((old._best_f1_threshold(old._sigmoid(oof), y, cand)[0], c, oof))
    _, c, oof = max(scored, key=lambda t: t[0])
    platt = LogisticRegression(C=1e6).fit(oof[cand].reshape(-1, 1), y[cand])
    a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
    _, thr = old._best_f1_threshold(old._sigmoid(a * oof + b), y, cand)
    return c, old._emitted_platt(oof, y, cand, (a, b, thr))


def new_proc(x, y, cand):  # type: ignore[no-untyped-def]
    res, oofs, models = [], {}, {}
    for c in _CS:
        models[c] = []
        oofs[c] = repeated_oof(x, y, c, models=models[c])
        res.append(summarise(c, *oofs[c], y, cand))
    ch = one_se_choice(res)
    mode = "emitted" if ch.xfit_ece["emitted"] <= ch.xfit_ece["all"] else "all"
    w = np.mean([m[0] for m in models[ch.c]], axis=0)
    bias = float(np.mean([m[1] for m in models[ch.c]]))
    return ch.c, _pooled_platt(oofs[ch.c][0], y, cand, mode), (w, bias)


def bag_proc(x, y, cand):  # type: ignore[no-untyped-def]
    return new_proc(x, y, cand)


def main() -> None:
    name = sys.argv[1]
    sents = [
        s
        for s in load_detection(DATA / f"{name.lower()}_detection_dev.csv")
        if not is_heldout(s.id)
    ]
    feats = [featurize(s.text, name) for s in sents]
    x = _matrix([f for f, _ in feats])
    cand = np.array([c for _, c in feats])
    y = np.array([s.positive for s in sents])
    procs = {"old": old_proc, "new": new_proc, "bag": bag_proc}
    for label in sys.argv[2].split(",") if len(sys.argv) > 2 else procs:
        proc = procs[label]
        f1s, conf, right, cs = [], [], [], []
        for seed in (100, 101, 102):
            pred = np.zeros(len(y), bool)
            for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
                c, (a, b, thr), bag = proc(x[tr], y[tr], cand[tr])
                cs.append(c)
                if label == "bag":
                    score = x[te] @ bag[0] + bag[1]
                else:
                    clf = LogisticRegression(
                        C=c, class_weight="balanced", max_iter=2000, solver="liblinear"
                    ).fit(x[tr], y[tr])
                    score = clf.decision_function(x[te])
                p = sigmoid(a * score + b)
                em = cand[te] & (p >= thr)
                pred[te[em]] = True
                conf += p[em].tolist()
                right += y[te][em].tolist()
            f1s.append(2 * float((pred & y).sum()) / float(pred.sum() + y.sum()))
        print(
            f"{name} {label}: nested F1 {np.mean(f1s):.3f} ({' '.join(f'{v:.3f}' for v in f1s)}) "
            f"ECE {expected_calibration_error(conf, right):.3f} (n={len(conf)}, floor "
            f"{_floor(conf):.3f}) C chosen {cs}",
            flush=True,
        )
        print(calibration_table(conf, right))


def _floor(conf: list[float]) -> float:
    """Mean ECE of perfectly calibrated labels (drawn with p = conf), 200 draws: the noise floor."""
    rng = np.random.default_rng(0)
    c = np.array(conf)
    return float(
        np.mean(
            [expected_calibration_error(conf, list(rng.random(len(c)) < c)) for _ in range(200)]
        )
    )


if __name__ == "__main__":
    main()
