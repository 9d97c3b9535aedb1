"""Prepare tensors for the NN NER experiment."""
import pickle, sys, numpy as np
from pathlib import Path
from rasd.models.ner.train import load_data, norm_words
from rasd.models.ner.conll import to_bioes
from rasd.models.ner.lexicon import Lexicon
from rasd.models.ner.features import FeatureExtractor, _shape
from rasd.models.ner.model import default_model_dir
from gensim.models import KeyedVectors

kv = KeyedVectors.load("/tmp/ner_bilstm/w2v.kv")
lex = Lexicon.load(default_model_dir())
fx = FeatureExtractor(lex)
data = load_data(Path("../shared/data"))
LABELS = ["O"] + [f"{p}-{l}" for l in ("PER","ORG","LOC","MISC") for p in "BIES"]
SHAPES = ["ar","Lat","lat","num","mixnum","punct","sym"]
chars = {}
def cid(c):
    return chars.setdefault(c, len(chars)+1)
def enc(words):
    keys=[fx._key(w) for w in words]
    gaz=lex.match_spans(keys, fx._split)
    rows=[]
    for w,k,g in zip(words,keys,gaz):
        stem=fx._split(w)[1] or w
        wi=kv.key_to_index.get(w, -1); ki=kv.key_to_index.get(k,-1); si=kv.key_to_index.get(stem,-1)
        single=lex.single_labels(k)|lex.single_labels(w)
        f=[1.0 if l in single else 0.0 for l in ("LOC1","LOC","PER")]
        f+= [1.0 if g==f"{p}-{l}" else 0.0 for p in "BI" for l in ("LOC1","LOC","PER")]
        f+= [1.0 if _shape(w)==s else 0.0 for s in SHAPES]
        cnt=lex.count(w); f.append(min(np.log1p(cnt)/12,1.0))
        rows.append((wi,ki,si,[cid(c) for c in w[:24]],f,fx.own(w)))
    return rows
out={}
for name,sents in (("train",data.train),("dev",data.dev)):
    X=[];Y=[]
    for s in sents:
        X.append(enc(norm_words(s.tokens))); Y.append([LABELS.index(t) for t in to_bioes(s.tags)])
    out[name]=(X,Y)
    print(name,len(X))
from collections import Counter
cnt=Counter(a for i,x in enumerate(out["train"][0]) if i%10!=4 for r in x for a in set(r[5]))
vocab={a:j+1 for j,a in enumerate(sorted(a for a,c in cnt.items() if c>=2))}
print("feature vocab",len(vocab))
for name in ("train","dev"):
    X,Y=out[name]
    out[name]=([[r[:5]+([vocab[a] for a in r[5] if a in vocab],) for r in x] for x in X],Y)
out["fvocab"]=vocab
out["chars"]=chars; out["labels"]=LABELS
pickle.dump(out,open("/tmp/ner_bilstm/data.pkl","wb"))
np.save("/tmp/ner_bilstm/vectors.npy", kv.vectors.astype(np.float32))
