import gzip, json, time, logging
from gensim.models import Word2Vec
from rasd.text.normalize import normalize_key
import re
TOK = re.compile(r"\w+")
class Corpus:
    def __iter__(self):
        with gzip.open("/work/shared/data/news/saudinewsnet_2015_all.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                txt = normalize_key(json.loads(line)["text"])
                for s in re.split(r"[.!?؟\n]", txt):
                    w = TOK.findall(s)
                    if len(w) > 2:
                        yield w
t0 = time.time()
sents = list(Corpus())
print("sents", len(sents), "words", sum(map(len, sents)), f"{time.time()-t0:.0f}s", flush=True)
m = Word2Vec(sents, vector_size=100, window=5, min_count=3, sg=0, epochs=5, workers=1, seed=13)
print("trained", len(m.wv), f"{time.time()-t0:.0f}s", flush=True)
m.wv.save("/tmp/evdet/w2v.kv")
