# Round 3 prototype, as run (PYTHONPATH=$PWD/src): exp5.py PROTEST,ASSAULT 0.1,0.3 5 (structural bag, writes /tmp/evprot/base_<T>.pkl); exp6.py PROTEST 0.1 5 1,3 crowd
import sys, json, time, pickle, os
sys.path.insert(0, "/work/wt-evprot/benchmarks/experiments/events_detect_cv"); sys.path.insert(0, "/work/wt-evprot/benchmarks/experiments/events_detect_cv")
sys.path.insert(0, "/tmp/evdet"); from harness import Data, nested, CACHE, hashrows
from scipy.sparse import hstack
import structural as S
from rasd.events.train import _matrix
types = sys.argv[1].split(","); Cs = [float(c) for c in sys.argv[2].split(",")]; seeds = tuple(range(int(sys.argv[3])))
scales = [float(s) for s in sys.argv[4].split(",")]; which = sys.argv[5].split(",")
for t in types:
    rows = pickle.load(open(f"/tmp/evprot/base_{t}.pkl", "rb"))
    X0 = _matrix(rows)
    def fs(r):
        out = []
        if "crowd" in which: out += S.crowd_feats(r["toks"], r["trig"])
        if "struct" in which: out += S.feats(r["toks"], r["trig"])
        return out
    Xs = hashrows([fs(r) for r in CACHE[t]])
    for C in Cs:
        for s in scales:
            X = (X0 + s * Xs).tocsr() if s else X0
            t0 = time.time()
            r = nested(Data(t, X=X), dict(soft=False), C, seeds=seeds)
            print(t, C, which, s, json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}), f"{time.time()-t0:.0f}s", flush=True)
