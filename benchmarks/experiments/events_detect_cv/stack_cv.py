"""Round 4 (b): a small non-linear second stage over the linear score and dense meta-features.

    python stack_cv.py TYPE gbm|mlp|lr [seeds]

In each outer training fold (same outer folds as cand_cv.py / harness.py): inner 5-fold OOF
decision scores of the shipped sentence LR (C = 0.03); the second stage sees [that score,
number of candidates, mean and max over the sentence's asserted candidates of the meta-features
of cand_cache.meta]; its own 5-fold OOF probabilities on the outer training fold give the F1-best
threshold; then it is refitted on the whole outer training fold and applied to the outer fold
(with the linear score of the LR refitted there).  Both use the mean of the inner fold LR models on the outer fold (as shipped).  Baseline = the linear score alone (Platt +
threshold from the inner OOF, as cand_cv.py ``sent``).
"""

import os
import pickle
import sys

import numpy as np
from cand_cv import Data, best_t, ece, fit_sent, sig
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

C = 0.03


def dense(d):  # type: ignore[no-untyped-def]
    k = d.meta.shape[1]
    out = np.zeros((len(d.y), 1 + 2 * k))
    for i in range(len(d.y)):
        rows = d.meta[d.owner == i]
        if len(rows):
            out[i] = np.r_[len(rows), rows.mean(0), rows.max(0)]
    return out


def model(kind, seed):  # type: ignore[no-untyped-def]
    if kind == "gbm":
        return HistGradientBoostingClassifier(
            max_depth=3,
            learning_rate=0.05,
            max_iter=150,
            l2_regularization=1.0,
            min_samples_leaf=20,
            class_weight="balanced",
            random_state=seed,
        )
    if kind == "mlp":
        return MLPClassifier((16,), alpha=1.0, max_iter=2000, random_state=seed)
    return LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)


def stage2(kind, f_tr, y_tr, seed):  # type: ignore[no-untyped-def]
    sc = StandardScaler().fit(f_tr)
    m = model(kind, seed).fit(sc.transform(f_tr), y_tr)
    return lambda f: m.predict_proba(sc.transform(f))[:, 1]


def oof_bag(d, idx, te, fit, seed):  # type: ignore[no-untyped-def]
    """Inner OOF scores of idx and the mean score of the inner fold models on te (as the
    shipped filter, the mean of its fold models, whose scale matches the OOF scores)."""
    out, zs = np.zeros(len(d.y)), []
    for tr, ite in StratifiedKFold(5, shuffle=True, random_state=seed).split(idx, d.y[idx]):
        f = fit(d, idx[tr])
        out[idx[ite]] = f(idx[ite])
        zs.append(f(te))
    return out, np.mean(zs, axis=0)


def run(d, kind, seeds):  # type: ignore[no-untyped-def]
    meta = dense(d)
    allidx = np.arange(len(d.y))
    fit = lambda dd, idx: fit_sent(dd, idx, C)  # noqa: E731
    out = {"base": [], "st": [], "conf": [], "right": []}
    for s in seeds:
        pb, ps = np.zeros(len(d.y), bool), np.zeros(len(d.y), bool)
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=s).split(allidx, d.y):
            io, z = oof_bag(d, tr, te, fit, s)
            cm = d.cand[tr]
            pl = LogisticRegression(C=1e6).fit(io[tr][cm].reshape(-1, 1), d.y[tr][cm])
            a, b = pl.coef_[0][0], pl.intercept_[0]
            _, t = best_t(sig(a * io[tr] + b), d.y[tr], cm)
            pb[te] = d.cand[te] & (sig(a * z + b) >= t)
            # second stage, trained on candidate sentences only
            trc = tr[cm]
            f_tr = np.c_[io[trc], meta[trc]]
            o2 = np.zeros(len(trc))
            for itr, ite in StratifiedKFold(5, shuffle=True, random_state=s).split(trc, d.y[trc]):
                o2[ite] = stage2(kind, f_tr[itr], d.y[trc][itr], s)(f_tr[ite])
            full = np.zeros(len(tr))
            full[cm] = o2
            _, t2 = best_t(full, d.y[tr], cm)
            p2 = stage2(kind, f_tr, d.y[trc], s)(np.c_[z, meta[te]])
            e = d.cand[te] & (p2 >= t2)
            ps[te] = e
            out["conf"].extend(p2[e])
            out["right"].extend(d.y[te][e])
        for key, p in (("base", pb), ("st", ps)):
            out[key].append(2 * (p & d.y).sum() / (p.sum() + d.y.sum()))
    return out


def main() -> None:
    t, kind = sys.argv[1], sys.argv[2]
    seeds = range(int(sys.argv[3]) if len(sys.argv) > 3 else 5)
    d = Data(pickle.load(open(os.environ.get("CAND", "/tmp/evdet4/cand.pkl"), "rb"))[t])
    r = run(d, kind, seeds)
    for key in ("base", "st"):
        print(
            f"{t} {kind} {key} nested={np.mean(r[key]):.3f} "
            f"({' '.join(f'{x:.3f}' for x in r[key])})"
        )
    print(
        f"{t} {kind} stage-2 raw-probability ece={ece(r['conf'], r['right']):.3f} n={len(r['conf'])}"
    )


if __name__ == "__main__":
    main()
