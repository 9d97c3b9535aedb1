import sys, json
sys.path.insert(0, "/tmp/evdet")
from harness import Data, nested, CACHE
from rasd.events.train import featurize, _matrix
t = "PROTEST"
X = _matrix([featurize(r["text"], t)[0] for r in CACHE[t]])
for name, d in (("before (current features)", Data(t)), ("after (shipped featurization)", Data(t, X=X))):
    for C in (0.03, 0.1):
        r = nested(d, dict(soft=False), C, seeds=tuple(range(5)), calib="all")
        print(t, name, C, json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}), flush=True)
