import pickle, sys, numpy as np
src=open("/tmp/ner_bilstm/train.py").read().split("net=Net()")[0]
mode=sys.argv[1]; sys.argv=["x",mode,"1","1"]; exec(src)
crf=pickle.load(open(f"/tmp/ner_bilstm/crfm_{mode}.pkl","rb"))
for b in (0,0.25,0.5,0.75,1.0,1.5,2.0):
    preds=[]
    for c in crf:
        l=np.log(c+1e-6); l[:,0]-=b; preds.append(viterbi(l))
    tp=fp=fn=0
    for g,p in zip(Ydv,preds):
        G=spans(g);P=spans(p); tp+=len(G&P); fp+=len(P-G); fn+=len(G-P)
    print(b, round(100*tp/(tp+fp),2), round(100*tp/(tp+fn),2), round(100*f1(Ydv,preds),2))
