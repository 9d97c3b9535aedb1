import sys, json
import numpy as np
from scipy.sparse import hstack, csr_matrix
sys.path.insert(0, "/tmp/evdet")
from harness import Data, nested, CACHE
from gensim.models import KeyedVectors
from rasd.events.train import featurize, _matrix
kv = KeyedVectors.load("/tmp/evdet/w2v.kv")

def vec(toks):
    vs = [kv[t.norm] for t in toks if t.kind == "word" and t.norm in kv]
    if not vs:
        return np.zeros(kv.vector_size)
    v = np.mean(vs, 0)
    return v / (np.linalg.norm(v) + 1e-9)

def dense(r, t):
    toks = r["toks"]
    s = vec(toks)
    c = [x for x in r["trig"] if x[2] == t and x[5] == "asserted"]
    if c:
        w = vec([toks[i] for f, l, *_ in c for i in range(max(0, f - 4), min(len(toks), l + 4))])
    else:
        w = np.zeros(kv.vector_size)
    return np.r_[s, w]

for t in sys.argv[1:]:
    X = _matrix([featurize(r["text"], t)[0] for r in CACHE[t]])
    D = np.array([dense(r, t) for r in CACHE[t]])
    for scale in (0.5, 1.0, 2.0):
        XX = hstack([X, csr_matrix(D * scale)]).tocsr()
        d = Data(t, X=XX)
        C = 0.3
        r = nested(d, dict(soft=False), C, seeds=tuple(range(5)), calib="emitted" if t == "ASSAULT" else "all")
        print(t, "shipped + w2v mean vectors x", scale, json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}), flush=True)
