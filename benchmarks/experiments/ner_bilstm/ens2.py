import pickle, sys, numpy as np
mode=sys.argv[1]; seeds=sys.argv[2].split(",")
src=open("/tmp/ner_bilstm/train.py").read().split("net=Net()")[0]
sys.argv=["x",mode,"1","1"]; exec(src)
crf=pickle.load(open(f"/tmp/ner_bilstm/crfm_{mode}.pkl","rb"))
nns=[pickle.load(open(f"/tmp/ner_bilstm/lp_{mode}_{s}.pkl","rb")) for s in seeds]
pn=[np.mean([np.exp(n[i]) for n in nns],0) for i in range(len(crf))]
def prf(preds):
    tp=fp=fn=0
    for g,p in zip(Ydv,preds):
        G=spans(g);P=spans(p); tp+=len(G&P); fp+=len(P-G); fn+=len(G-P)
    P=tp/(tp+fp); R=tp/(tp+fn); return f"P {100*P:.2f} R {100*R:.2f} F {200*P*R/(P+R):.2f}"
print("crf", prf([viterbi(np.log(c+1e-6)) for c in crf]))
for i,n in enumerate(nns): print("nn",seeds[i], prf([viterbi(l) for l in n]))
print("nn avg", prf([viterbi(np.log(p+1e-6)) for p in pn]))
for a in (0.4,0.5,0.6,0.7):
  for b in (0,0.5):
    out=[]
    for c,p in zip(crf,pn):
        l=np.log(a*c+(1-a)*p+1e-6); l[:,0]-=b; out.append(viterbi(l))
    print("mix",a,"obias",b,prf(out))
