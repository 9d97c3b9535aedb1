import pickle, sys, numpy as np
from collections import Counter
src=open("/tmp/ner_bilstm/train.py").read().split("net=Net()")[0]
sys.argv=["x","inner","1","1"]; exec(src)
from rasd.models.ner.train import load_data
from pathlib import Path
data=load_data(Path("../shared/data")); va=[s for i,s in enumerate(data.train) if i%10==4]
crf=pickle.load(open("/tmp/ner_bilstm/crfm_inner.pkl","rb"))
trainwords=Counter(); 
tr=[s for i,s in enumerate(data.train) if i%10!=4]
from rasd.models.ner.conll import spans_of
seen=set(" ".join(s.tokens[a:b]) for s in tr for l,a,b in spans_of(s.tags))
cat=Counter(); ex=[]
for s,c,y in zip(va,crf,Ydv):
    P=spans(viterbi(np.log(c+1e-6))); G=spans(y)
    for g in G-P:
        txt=" ".join(s.tokens[g[1]:g[2]])
        over=[p for p in P if p[1]<g[2] and g[1]<p[2]]
        if not over: k="miss"
        elif any((p[1],p[2])==(g[1],g[2]) for p in over): k="type"
        else: k="boundary"
        cat[(k,g[0],"seen" if txt in seen else "unseen")]+=1
        if k=="miss" and g[0]=="PER": ex.append(" ".join(s.tokens[max(0,g[1]-3):g[1]])+" [["+txt+"]] "+" ".join(s.tokens[g[2]:g[2]+2]))
    for p in P-G:
        over=[g for g in G if p[1]<g[2] and g[1]<p[2]]
        if not over: cat[("spurious",p[0],"")]+=1
for k,v in sorted(cat.items(),key=lambda x:-x[1]): print(k,v)
print("\n".join(ex[:40]))
from rasd.models.ner.conll import read_conll
allS=read_conll("../shared/data/anercorp_camel/ANERCorp_CamelLab_train_noperiods.txt")
orig=[i for i in range(len(allS)) if i%10!=9]  # train indices in original order
vaorig=[orig[i] for i in range(len(orig)) if i%10==4]
ents=[{(" ".join(s.tokens[a:b])) : l for l,a,b in spans_of(s.tags)} for s in allS]
hit=Counter()
for s,c,y,oi in zip(va,crf,Ydv,vaorig):
    P=spans(viterbi(np.log(c+1e-6))); G=spans(y)
    for g in G-P:
        txt=" ".join(s.tokens[g[1]:g[2]])
        near=[ents[j].get(txt) for j in range(max(0,oi-15),min(len(allS),oi+16)) if j!=oi]
        hit[("missed", any(n==g[0] for n in near))]+=1
    for g in G&P:
        txt=" ".join(s.tokens[g[1]:g[2]])
        near=[ents[j].get(txt) for j in range(max(0,oi-15),min(len(allS),oi+16)) if j!=oi]
        hit[("found", any(n==g[0] for n in near))]+=1
print(hit)
