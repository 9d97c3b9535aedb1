import sys, json
sys.path.insert(0, "/tmp/evdet")
from harness import Data, nested, CACHE
from rasd.events.train import featurize, _matrix
for t in ("ASSAULT", "PROTEST"):
    X = _matrix([featurize(r["text"], t)[0] for r in CACHE[t]])
    d = Data(t, X=X)
    r = nested(d, dict(soft=False), 0.3, seeds=tuple(range(5)), calib="all")
    print(t, "shipped featurization calib=all", json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}), flush=True)
