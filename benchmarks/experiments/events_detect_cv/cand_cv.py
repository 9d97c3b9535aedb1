"""Round 4 (a): candidate-level filters from the span gold vs the shipped sentence filter, nested CV.

    python cand_cv.py TYPE C[,C..] variant[,variant..] [seeds]

variants: ``sent`` (the shipped sentence-bag LR); ``cand:W:F`` (one row per asserted lexicon
candidate, positive = the candidate at a coders' verb; the other candidates of a "yes" sentence
are negatives of weight W (0 = left out); a "yes" sentence without span gold or without a
matched candidate gives all its candidates as positives of weight F (0 = left out)); sentence
score = max over its candidates.  ``mix:W:F`` = mean of the sent and cand scores.
Same nested scheme as harness.py: outer stratified 5-fold per seed; inner 5-fold OOF in each
outer training fold gives the Platt curve and the F1-best threshold applied to the outer fold.
Reads /tmp/evdet4/cand.pkl (cand_cache.py).
"""

import os
import pickle
import sys
import zlib

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

DIM = 1 << 18


def hashrows(feat_lists):  # type: ignore[no-untyped-def]
    rows = [sorted({zlib.crc32(f.encode()) & (DIM - 1) for f in fl}) for fl in feat_lists]
    indptr = np.cumsum([0] + [len(r) for r in rows])
    ind = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    return csr_matrix((np.ones(len(ind), np.float32), ind, indptr), shape=(len(rows), DIM))


def sig(z):  # type: ignore[no-untyped-def]
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def best_t(p, y, cand):  # type: ignore[no-untyped-def]
    best = (0.0, 0.0)
    for t in np.unique(np.round(p[cand], 3)):
        pred = cand & (p >= t)
        f1 = 2 * float((pred & y).sum()) / max(1.0, pred.sum() + y.sum())
        if f1 > best[0]:
            best = (f1, float(t))
    return best


def ece(conf, right, bins=10):  # type: ignore[no-untyped-def]
    conf, right = np.asarray(conf), np.asarray(right, float)
    idx = np.minimum((conf * bins).astype(int), bins - 1)
    return sum(
        (idx == b).sum() / len(conf) * abs(conf[idx == b].mean() - right[idx == b].mean())
        for b in range(bins)
        if (idx == b).any()
    )


class Data:
    def __init__(self, recs):  # type: ignore[no-untyped-def]
        self.recs = recs
        self.y = np.array([r["y"] for r in recs])
        self.cand = np.array([bool(r["cands"]) for r in recs])
        self.X = hashrows([r["base"] for r in recs])
        owner, feats, lab, wins = [], [], [], []
        for i, r in enumerate(recs):
            matched = r["y"] and any(c["gold"] for c in r["cands"])
            for c in r["cands"]:
                owner.append(i)
                feats.append(c["feats"])
                wins.append(c["win"])
                lab.append(
                    "neg" if not r["y"] else "pos" if c["gold"] else "other" if matched else "fb"
                )
        self.owner = np.array(owner)
        self.clab = np.array(lab)
        self.XC = hashrows(feats)
        self.XW = hashrows(wins)
        self.meta = np.array([c["meta"] for r in recs for c in r["cands"]])


def fit_sent(d, idx, c):  # type: ignore[no-untyped-def]
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear")
    clf.fit(d.X[idx], d.y[idx])
    return lambda te: clf.decision_function(d.X[te])


def fit_cand(d, idx, c, w_other, w_fb, win=False):  # type: ignore[no-untyped-def]
    XC = d.XW if win else d.XC
    rows = np.flatnonzero(np.isin(d.owner, idx))
    lab = d.clab[rows]
    y = (lab == "pos") | (lab == "fb")
    w = np.where(lab == "other", w_other, np.where(lab == "fb", w_fb, 1.0))
    keep = w > 0
    rows, y, w = rows[keep], y[keep], w[keep]
    pos, neg = w[y].sum(), w[~y].sum()
    w = w * np.where(y, (pos + neg) / (2 * pos), (pos + neg) / (2 * neg))
    clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear")
    clf.fit(XC[rows], y, sample_weight=w)

    def score(te):  # type: ignore[no-untyped-def]
        out = np.full(len(te), -30.0)
        r = np.flatnonzero(np.isin(d.owner, te))
        z = clf.decision_function(XC[r])
        pos_of = {s: k for k, s in enumerate(te)}
        for j, zz in zip(r, z, strict=True):
            k = pos_of[d.owner[j]]
            out[k] = max(out[k], zz)
        return out

    return score


def fitter(variant, c):  # type: ignore[no-untyped-def]
    if variant == "sent":
        return lambda d, idx: fit_sent(d, idx, c)
    kind, wo, wf = variant.split(":")
    if kind in ("cand", "win"):
        return lambda d, idx: fit_cand(d, idx, c, float(wo), float(wf), kind == "win")
    if kind == "mixw":

        def mixw(d, idx):  # type: ignore[no-untyped-def]
            a, b = fit_sent(d, idx, 0.03), fit_cand(d, idx, c, float(wo), float(wf), True)
            return lambda te: a(te) + b(te)

        return mixw

    def mix(d, idx):  # type: ignore[no-untyped-def]
        a, b = fit_sent(d, idx, c), fit_cand(d, idx, c, float(wo), float(wf))
        return lambda te: (a(te) + b(te)) / 2

    return mix


def oof(d, idx, fit, seed):  # type: ignore[no-untyped-def]
    out = np.zeros(len(d.y))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(idx, d.y[idx]):
        out[idx[te]] = fit(d, idx[tr])(idx[te])
    return out


def nested(d, fit, seeds):  # type: ignore[no-untyped-def]
    res = {"nested": [], "oof": [], "conf": [], "right": []}
    allidx = np.arange(len(d.y))
    for s in seeds:
        o = oof(d, allidx, fit, 100 + s)
        res["oof"].append(best_t(sig(o), d.y, d.cand)[0])
        pred = np.zeros(len(d.y), bool)
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=s).split(allidx, d.y):
            io = oof(d, tr, fit, s)
            cm = d.cand[tr]
            pl = LogisticRegression(C=1e6).fit(io[tr][cm].reshape(-1, 1), d.y[tr][cm])
            a, b = pl.coef_[0][0], pl.intercept_[0]
            _, t = best_t(sig(a * io[tr] + b), d.y[tr], cm)
            p = sig(a * fit(d, tr)(te) + b)
            e = d.cand[te] & (p >= t)
            pred[te] = e
            res["conf"].extend(p[e])
            res["right"].extend(d.y[te][e])
        res["nested"].append(2 * (pred & d.y).sum() / (pred.sum() + d.y.sum()))
    return res


def main() -> None:
    t, cs, variants = sys.argv[1], sys.argv[2], sys.argv[3]
    seeds = range(int(sys.argv[4]) if len(sys.argv) > 4 else 5)
    d = Data(pickle.load(open(os.environ.get("CAND", "/tmp/evdet4/cand.pkl"), "rb"))[t])
    for v in variants.split(","):
        for c in (float(x) for x in cs.split(",")):
            r = nested(d, fitter(v, c), seeds)
            print(
                f"{t} {v} C={c} nested={np.mean(r['nested']):.3f} "
                f"({' '.join(f'{x:.3f}' for x in r['nested'])}) oof={np.mean(r['oof']):.3f} "
                f"({' '.join(f'{x:.3f}' for x in r['oof'])}) ece={ece(r['conf'], r['right']):.3f} "
                f"n={len(r['conf'])}",
                flush=True,
            )


if __name__ == "__main__":
    main()
