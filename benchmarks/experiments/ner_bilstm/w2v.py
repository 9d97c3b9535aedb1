import sys, time
from pathlib import Path
from rasd.models.ner.build_lexicon import corpus_sentences, train_word2vec
data = Path("../shared/data")
conll = [data / "anercorp_camel" / "ANERCorp_CamelLab_train_noperiods.txt", *sorted((data / "aqmar").glob("*.txt")), data / "wojood_sample" / "train.txt"]
t=time.time()
sents = corpus_sentences(sorted((data / "news").glob("*_all.jsonl.gz")), conll)
print("sents", len(sents), time.time()-t, flush=True)
kv = train_word2vec(sents, seed=13)
kv.save("/tmp/ner_bilstm/w2v.kv")
print("done", time.time()-t, len(kv))
