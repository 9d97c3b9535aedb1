import sys, time, json
sys.path.insert(0, "/tmp/evdet")
from harness import Data, nested
from extras import sent_clusters, trig_window_clusters, trig_clause, combo
variants = {
    "+sent clusters k256": sent_clusters,
    "+trigger window clusters k1024": trig_window_clusters,
    "+trigger clause feats": trig_clause,
    "+all three": combo(sent_clusters, trig_window_clusters, trig_clause),
}
types = sys.argv[1:] or ["PROTEST", "ASSAULT"]
for t in types:
    for name, f in variants.items():
        d = Data(t, f)
        for sname, sch in (("hard", dict(soft=False)), ("soft", dict(soft=True))):
            if t == "ASSAULT" and sname == "soft":
                continue
            t0 = time.time()
            r = nested(d, sch, 0.3)
            print(t, name, sname, json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}), f"{time.time()-t0:.0f}s", flush=True)
