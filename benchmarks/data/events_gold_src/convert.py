import collections
import glob
import gzip
import json

from rasd.text.normalize import normalize, normalize_key

cands = {
    json.loads(line)["i"]: json.loads(line)
    for line in open("benchmarks/data/events_gold_src/cands.jsonl")
}
arts = {}
need = {c["article_id"] for c in cands.values()}
for line in gzip.open("../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz", "rt"):
    a = json.loads(line)
    if a["id"] in need:
        arts[a["id"]] = a["text"]
views = {k: normalize(v) for k, v in arts.items()}


def find(view, s, e, phrase, after=None):
    key = normalize_key(phrase)
    ns, ne = view.from_original(s), view.from_original(e)
    pos = view.text.find(key, ns, ne)
    if pos < 0:
        return None
    return list(view.to_original(pos, pos + len(key)))


out = []
errs = 0
for f in sorted(glob.glob("benchmarks/data/events_gold_src/a[1-4].txt")):
    for line in open(f):
        if not line.strip():
            continue
        i, ann = line.rstrip("\n").split("\t")
        c = cands[int(i)]
        v = views[c["article_id"]]
        evs = []
        if ann.strip() != "-":
            for part in ann.split(" ; "):
                bits = part.strip().split("/")
                t, mod, trig = bits[0], bits[1], bits[2]
                a1 = bits[3] if len(bits) > 3 and bits[3] != "-" else None
                a2 = bits[4] if len(bits) > 4 and bits[4] != "-" else None
                ts = find(v, c["start"], c["end"], trig)
                if ts is None:
                    print("TRIGGER?", i, trig)
                    errs += 1
                    continue
                ev = {"type": t, "modality": mod, "trigger": ts}
                for k, a in (("actor1", a1), ("actor2", a2)):
                    if a:
                        sp = find(v, c["start"], c["end"], a)
                        if sp is None:
                            print("ACTOR?", i, a)
                            errs += 1
                        ev[k] = sp
                    else:
                        ev[k] = None
                evs.append(ev)
        out.append(
            {"article_id": c["article_id"], "start": c["start"], "end": c["end"], "events": evs}
        )
with open("benchmarks/data/events_gold.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

print(len(out), "sentences", sum(len(r["events"]) for r in out), "events", errs, "errors")
print(collections.Counter(e["type"] for r in out for e in r["events"]))
print(collections.Counter(e["modality"] for r in out for e in r["events"]))
