"""Round 3 (crowd roles): the shipped featurization (with rasd.events.crowd) vs the cached v2 one,
same harness, 5 fold seeds, C 0.03 / 0.1 / 0.3 for PROTEST, 0.3 for ASSAULT."""
import sys, json
sys.path.insert(0, "/tmp/evdet")
from harness import Data, nested, CACHE
from rasd.events.train import featurize, _matrix
for t, cs in (("PROTEST", tuple(map(float, sys.argv[1].split(",")))), ("ASSAULT", tuple(map(float, sys.argv[2].split(","))))):
    X = _matrix([featurize(r["text"], t)[0] for r in CACHE[t]])
    for c in cs:
        r = nested(Data(t, X=X), dict(soft=False), c, seeds=tuple(range(5)), calib="all")
        print(t, c, "shipped featurization + crowd", json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}), flush=True)
