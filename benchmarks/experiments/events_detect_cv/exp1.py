import sys, time, json
sys.path.insert(0, "/tmp/evdet")
from harness import Data, nested
schemes = {
    "hard (current)": dict(soft=False),
    "hard dn_w=0.5": dict(soft=False, dnw=0.5),
    "hard dn_w=2": dict(soft=False, dnw=2.0),
    "soft": dict(soft=True),
    "soft+ambig": dict(soft=True, ambig=True),
    "hard cand-only": dict(soft=False, cand_only=True),
}
for t in ("ASSAULT", "PROTEST"):
    d = Data(t)
    for name, sch in schemes.items():
        t0 = time.time()
        r = nested(d, sch, 0.3)
        print(t, name, json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}), f"{time.time()-t0:.0f}s", flush=True)
