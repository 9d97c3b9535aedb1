import collections
import gzip
import json
import random

from rasd.events.lexicon import load_lexicon
from rasd.registry import build_pipeline

lex = load_lexicon()
p = build_pipeline(("normalize", "tokenize", "sentences"))
arts = [
    json.loads(line)
    for line in gzip.open("../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz", "rt")
]
rng = random.Random(2015)
rng.shuffle(arts)
by_type = collections.defaultdict(list)
plain = []
for a in arts[:600]:
    d = p(a["text"])
    toks = d.layer("tokens")
    for s in d.layer("sentences"):
        n = s.last_token - s.first_token
        if n < 6 or n > 60:
            continue
        types = {m.entry.type for m in lex.find_triggers(toks, s.first_token, s.last_token)}
        item = (a["id"], s.start, s.end)
        if not types:
            plain.append(item)
        for t in types:
            by_type[t].append(item)
chosen = []
seen = set()
for t in sorted(by_type):
    pool = by_type[t][:]
    rng.shuffle(pool)
    k = 0
    for it in pool:
        if it in seen:
            continue
        chosen.append(it)
        seen.add(it)
        k += 1
        if k >= 15:
            break
rng.shuffle(plain)
chosen += plain[:25]
texts = {a["id"]: a["text"] for a in arts[:600]}
with open("benchmarks/data/events_gold_src/cands.jsonl", "w") as f:
    for i, (aid, s, e) in enumerate(chosen):
        f.write(json.dumps({"i": i, "article_id": aid, "start": s, "end": e}) + "\n")
        print(i, texts[aid][s:e].replace("\n", " "))
print({t: len(v) for t, v in by_type.items()}, file=__import__("sys").stderr)
