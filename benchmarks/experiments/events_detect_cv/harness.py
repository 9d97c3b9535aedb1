"""Nested-CV harness for the ASSAULT / PROTEST filters (training part only)."""
import pickle, zlib
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

DIM = 1 << 18
CACHE = pickle.load(open("/tmp/evdet/cache.pkl", "rb"))


def hashrows(feat_lists):
    rows = [sorted({zlib.crc32(f.encode()) & (DIM - 1) for f in fl}) for fl in feat_lists]
    indptr = np.cumsum([0] + [len(r) for r in rows])
    ind = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    return csr_matrix((np.ones(len(ind), np.float32), ind, indptr), shape=(len(rows), DIM))


def sig(z):
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def cand_of(rec, t):
    return any(tt == t and mod == "asserted" for _, _, tt, _, _, mod in rec["trig"])


def best_t(p, y, cand):
    best = (0.0, 0.0)
    for t in np.unique(np.round(p[cand], 3)):
        pred = cand & (p >= t)
        f1 = 2 * float((pred & y).sum()) / max(1.0, pred.sum() + y.sum())
        if f1 > best[0]:
            best = (f1, float(t))
    return best


def ece(conf, right, bins=10):
    conf = np.asarray(conf); right = np.asarray(right, float)
    if len(conf) == 0:
        return float("nan")
    idx = np.minimum((conf * bins).astype(int), bins - 1)
    e = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            e += m.sum() / len(conf) * abs(conf[m].mean() - right[m].mean())
    return e


class Data:
    """X over all rows (scored + ambiguous), labels, soft targets, cand."""

    def __init__(self, t, extra=None, X=None):
        recs = CACHE[t]
        self.recs = recs
        feats = [r["base"] + (extra(r, t) if extra else []) for r in recs]
        self.X = X if X is not None else hashrows(feats)
        self.label = np.array([r["label"] for r in recs])
        self.scored = self.label != "ambiguous"
        self.y = self.label == "yes"
        self.acc = np.array([r["accept"] for r in recs], float)
        self.tot = np.array([r["total"] for r in recs], float)
        self.cand = np.array([cand_of(r, t) for r in recs])


def fit(d, idx, scheme, C):
    """Train on rows idx with the scheme; returns clf."""
    X, y = d.X[idx], d.y[idx]
    lab = d.label[idx]
    if scheme["soft"]:
        keep = np.ones(len(idx), bool) if scheme.get("ambig") else lab != "ambiguous"
        if scheme.get("cand_only"):
            keep &= d.cand[idx]
        X = X[keep]; lab = lab[keep]
        q = d.acc[idx][keep] / d.tot[idx][keep]
        if scheme.get("sharp"):
            q = np.where(lab == "yes", 1.0, np.where(lab == "easy no", 0.0, q * scheme["sharp"]))
        from scipy.sparse import vstack
        XX = vstack([X, X]).tocsr()
        yy = np.r_[np.ones(len(q)), np.zeros(len(q))]
        w = np.r_[q, 1 - q]
        pos, neg = w[: len(q)].sum(), w[len(q):].sum()
        w = w * np.r_[np.full(len(q), (pos + neg) / (2 * pos)), np.full(len(q), (pos + neg) / (2 * neg))]
        m = w > 0
        clf = LogisticRegression(C=C, max_iter=2000, solver="liblinear")
        clf.fit(XX[m], yy[m], sample_weight=w[m])
        return clf
    keep = lab != "ambiguous"
    if scheme.get("cand_only"):
        keep &= d.cand[idx]
    w = np.ones(keep.sum())
    if scheme.get("dnw") is not None:
        w = np.where(lab[keep] == "difficult no", scheme["dnw"], 1.0)
    yk = y[keep]
    pos, neg = w[yk].sum(), w[~yk].sum()
    w = w * np.where(yk, (pos + neg) / (2 * pos), (pos + neg) / (2 * neg))
    clf = LogisticRegression(C=C, max_iter=2000, solver="liblinear")
    clf.fit(X[keep], yk, sample_weight=w)
    return clf


def oof(d, idx, scheme, C, seed):
    """OOF decision scores for the scored rows in idx (ambiguous rows always train-only)."""
    sc = idx[d.scored[idx]]
    amb = idx[~d.scored[idx]]
    out = np.zeros(len(d.y))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(sc, d.y[sc]):
        clf = fit(d, np.r_[sc[tr], amb], scheme, C)
        out[sc[te]] = clf.decision_function(d.X[sc[te]])
    return out


def nested(d, scheme, C, seeds=(0, 1, 2), calib="all"):
    """Honest F1 (threshold + Platt from inner OOF), optimistic OOF F1, pooled ECE of emitted."""
    allidx = np.arange(len(d.y))
    sc = allidx[d.scored]
    amb = allidx[~d.scored]
    res = {"nested": [], "oof": [], "conf": [], "right": []}
    for s in seeds:
        pred = np.zeros(len(d.y), bool)
        o = oof(d, allidx, scheme, C, 100 + s)
        res["oof"].append(best_t(sig(o[sc]), d.y[sc], d.cand[sc])[0])
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=s).split(sc, d.y[sc]):
            tri = np.r_[sc[tr], amb]
            io = oof(d, tri, scheme, C, s)
            itr = sc[tr]
            cm = d.cand[itr]
            pl = LogisticRegression(C=1e6).fit(io[itr][cm].reshape(-1, 1), d.y[itr][cm])
            a, b = pl.coef_[0][0], pl.intercept_[0]
            _, t = best_t(sig(a * io[itr] + b), d.y[itr], cm)
            if calib == "emitted":
                em = cm & (sig(a * io[itr] + b) >= t)
                pl2 = LogisticRegression(C=1e6).fit(io[itr][em].reshape(-1, 1), d.y[itr][em])
                a2, b2 = pl2.coef_[0][0], pl2.intercept_[0]
            else:
                a2, b2 = a, b
            clf = fit(d, tri, scheme, C)
            z = clf.decision_function(d.X[sc[te]])
            p = sig(a * z + b)
            e = d.cand[sc[te]] & (p >= t)
            pred[sc[te]] = e
            res["conf"].extend(sig(a2 * z + b2)[e]); res["right"].extend(d.y[sc[te]][e])
        yy = d.y[sc]; pp = pred[sc]
        res["nested"].append(2 * (pp & yy).sum() / (pp.sum() + yy.sum()))
    return {
        "nested": float(np.mean(res["nested"])), "nested_seeds": [round(float(x), 3) for x in res["nested"]],
        "oof": float(np.mean(res["oof"])), "ece": ece(res["conf"], res["right"]), "n_emit": len(res["conf"]),
    }
