import sys, time, json
import numpy as np
sys.path.insert(0, "/tmp/evdet")
import harness
from harness import Data, nested, hashrows, CACHE, cand_of
from extras import sent_clusters, trig_window_clusters, trig_clause, combo
ALL3 = combo(sent_clusters, trig_window_clusters, trig_clause)
OTHER = {"ASSAULT": "PROTEST", "PROTEST": "ASSAULT"}


def cross_data(t, extra, only_cand):
    d = Data(t, extra)
    xs = [r for r in CACHE[OTHER[t]] if r["label"] != "ambiguous" and (not only_cand or cand_of(r, t))]
    if not xs:
        return d
    from scipy.sparse import vstack
    X2 = hashrows([r["base"] + (extra(r, t) if extra else []) for r in xs])
    d.X = vstack([d.X, X2]).tocsr()
    n = len(xs)
    d.label = np.r_[d.label, np.array(["easy no"] * n)]
    d.scored = np.r_[d.scored, np.zeros(n, bool)]
    d.y = np.r_[d.y, np.zeros(n, bool)]
    d.acc = np.r_[d.acc, np.zeros(n)]
    d.tot = np.r_[d.tot, np.ones(n)]
    d.cand = np.r_[d.cand, np.array([cand_of(r, t) for r in xs])]
    print(t, "cross rows", n, "with cand", int(d.cand[-n:].sum()), flush=True)
    return d


seeds = tuple(range(5))
t = sys.argv[1]
jobs = [(n, f) for n, f in [("current", None), ("all3", ALL3)]]
for name, f in jobs:
    d = Data(t, f)
    for sname, sch, C in [("hard", dict(soft=False), 0.3), ("hard", dict(soft=False), 0.1), ("hard", dict(soft=False), 1.0), ("soft", dict(soft=True), 0.3), ("hard dnw0.5", dict(soft=False, dnw=0.5), 0.3)]:
        if name == "current" and (C != 0.3):
            continue
        r = nested(d, sch, C, seeds=seeds, calib="emitted")
        print(t, name, sname, C, json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}), flush=True)
for oc in (False, True):
    d = cross_data(t, ALL3, oc)
    for sname, sch in [("hard", dict(soft=False)), ("soft", dict(soft=True))]:
        r = nested(d, sch, 0.3, seeds=seeds, calib="emitted")
        print(t, "all3+cross", "cand-only" if oc else "all", sname, json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}), flush=True)
