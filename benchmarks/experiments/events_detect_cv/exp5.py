# Round 3 prototype, as run (PYTHONPATH=$PWD/src): exp5.py PROTEST,ASSAULT 0.1,0.3 5 (structural bag, writes /tmp/evprot/base_<T>.pkl); exp6.py PROTEST 0.1 5 1,3 crowd
import sys, json, time, pickle, os
sys.path.insert(0, "/work/wt-evprot/benchmarks/experiments/events_detect_cv"); sys.path.insert(0, "/work/wt-evprot/benchmarks/experiments/events_detect_cv")
sys.path.insert(0, "/tmp/evdet"); from harness import Data, nested, CACHE, hashrows
from scipy.sparse import hstack
from structural import feats
from rasd.events.train import featurize, _matrix
types = sys.argv[1].split(","); Cs = [float(c) for c in sys.argv[2].split(",")]; seeds = tuple(range(int(sys.argv[3])))
for t in types:
    pk = f"/tmp/evprot/base_{t}.pkl"
    if os.path.exists(pk):
        rows = pickle.load(open(pk, "rb"))
    else:
        rows = [featurize(r["text"], t)[0] for r in CACHE[t]]; pickle.dump(rows, open(pk, "wb"))
    X0 = _matrix(rows)
    import numpy as np
    from rasd.events.features import hashed
    rows2 = [sorted(set(rw) | set(hashed(feats(r["toks"], r["trig"])))) for rw, r in zip(rows, CACHE[t])]
    X1 = _matrix(rows2)
    for C in Cs:
        for name, X in (("v2", X0), ("v2+struct", X1)):
            t0 = time.time()
            r = nested(Data(t, X=X), dict(soft=False), C, seeds=seeds)
            print(t, C, name, json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}), f"{time.time()-t0:.0f}s", flush=True)
