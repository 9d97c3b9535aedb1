import pickle, sys, numpy as np
src=open("/tmp/ner_bilstm/train.py").read().split("def batch")[0]
# reuse labels/viterbi/spans from train.py without data-dependent parts
import re
exec(open("/tmp/ner_bilstm/train.py").read().split("net=Net()")[0].replace('mode=sys.argv[1] if len(sys.argv)>1 else "inner"','mode="none"'))
from rasd.models.ner.train import load_data
from rasd.models.ner.conll import to_bioes
from pathlib import Path
OFF=int(sys.argv[1])
data=load_data(Path("../shared/data"))
va=[s for i,s in enumerate(data.train) if i%10==OFF]
Y=[[LABELS.index(t) for t in to_bioes(s.tags)] for s in va]
crf=pickle.load(open(f"/tmp/ner_bilstm/crfm_inner{OFF if OFF != 4 else ''}.pkl","rb"))
for b in (0,0.25,0.5,0.75,1.0):
    preds=[]
    for c in crf:
        l=np.log(c+1e-6); l[:,0]-=b; preds.append(viterbi(l))
    tp=fp=fn=0
    for g,p in zip(Y,preds):
        G=spans(g);P=spans(p); tp+=len(G&P); fp+=len(P-G); fn+=len(G-P)
    print(b, round(100*tp/(tp+fp),2), round(100*tp/(tp+fn),2), round(100*f1(Y,preds),2))
