import pickle, sys, time, math, random, numpy as np, torch, torch.nn as nn
SEED=int(sys.argv[6]) if len(sys.argv)>6 else 1
torch.manual_seed(SEED); random.seed(SEED); np.random.seed(SEED)
torch.set_num_threads(int(sys.argv[2]) if len(sys.argv)>2 else 2)
D=pickle.load(open("/tmp/ner_bilstm/data.pkl","rb"))
V=np.load("/tmp/ner_bilstm/vectors.npy")
V=V/np.maximum(np.linalg.norm(V,axis=1,keepdims=True),1e-9)
LABELS=D["labels"]; NL=len(LABELS); NC=len(D["chars"])+2
mode=sys.argv[1] if len(sys.argv)>1 else "inner"
EPOCHS=int(sys.argv[3]) if len(sys.argv)>3 else 20
HID=int(sys.argv[4]) if len(sys.argv)>4 else 128
FB=int(sys.argv[5]) if len(sys.argv)>5 else 64
Xtr,Ytr=D["train"]; Xdv,Ydv=D["dev"]
if mode=="inner":
    idx=list(range(len(Xtr)))
    va=[i for i in idx if i%10==4]; tr=[i for i in idx if i%10!=4]
    Xdv,Ydv=[Xtr[i] for i in va],[Ytr[i] for i in va]
    Xtr,Ytr=[Xtr[i] for i in tr],[Ytr[i] for i in tr]
UNK=V.shape[0]
class Net(nn.Module):
    def __init__(s):
        super().__init__()
        s.emb=nn.Embedding(UNK+1,100); s.emb.weight.data[:UNK]=torch.tensor(V); s.emb.weight.data[UNK]=0
        s.emb.weight.requires_grad=False
        s.ce=nn.Embedding(NC,32,padding_idx=0)
        s.conv=nn.Conv1d(32,64,3,padding=1)
        nf=len(Xtr[0][0][4])
        s.drop=nn.Dropout(0.5)
        s.bag=nn.EmbeddingBag(len(D['fvocab'])+1,FB,mode='sum',padding_idx=0)
        s.lstm=nn.LSTM(300+64+nf+FB,HID,batch_first=True,bidirectional=True)
        s.out=nn.Linear(2*HID,NL)
    def forward(s,w,k,st,ch,f,mask,fb):
        B,T,C=ch.shape
        c=s.ce(ch.view(B*T,C)).transpose(1,2)
        c=torch.relu(s.conv(c)); c=c.masked_fill((ch.view(B*T,C)==0).unsqueeze(1),-1e4).max(2).values
        c=torch.where(c<-1e3,torch.zeros_like(c),c).view(B,T,-1)
        x=torch.cat([s.emb(w),s.emb(k),s.emb(st),c,f,s.bag(fb.view(B*T,-1)).view(B,T,-1)],-1)
        x=s.drop(x)
        lens=mask.sum(1).cpu()
        p=nn.utils.rnn.pack_padded_sequence(x,lens,batch_first=True,enforce_sorted=False)
        h,_=s.lstm(p); h,_=nn.utils.rnn.pad_packed_sequence(h,batch_first=True,total_length=T)
        return s.out(s.drop(h))
def batch(X,Y):
    T=max(len(x) for x in X); C=max(len(r[3]) for x in X for r in x); B=len(X)
    w=torch.full((B,T),UNK); k=w.clone(); st=w.clone(); ch=torch.zeros(B,T,C,dtype=torch.long)
    FL=max(len(r[5]) for x in X for r in x); fb=torch.zeros(B,T,FL,dtype=torch.long)
    f=torch.zeros(B,T,len(X[0][0][4])); y=torch.zeros(B,T,dtype=torch.long); m=torch.zeros(B,T,dtype=torch.bool)
    for i,(x,yy) in enumerate(zip(X,Y)):
        for j,r in enumerate(x):
            w[i,j]=r[0] if r[0]>=0 else UNK; k[i,j]=r[1] if r[1]>=0 else UNK; st[i,j]=r[2] if r[2]>=0 else UNK
            ch[i,j,:len(r[3])]=torch.tensor(r[3]); f[i,j]=torch.tensor(r[4]); y[i,j]=yy[j]; m[i,j]=True; fb[i,j,:len(r[5])]=torch.tensor(r[5],dtype=torch.long)
    return w,k,st,ch,f,m,y,fb
# BIOES constraints
def allowed(a,b):
    A=LABELS[a]; Bl=LABELS[b]
    ap,al=(A.split("-")+[""])[:2]; bp,bl=(Bl.split("-")+[""])[:2]
    if A=="O": ap="O"
    if Bl=="O": bp="O"
    if ap in ("B","I"): return bp in ("I","E") and bl==al
    return bp in ("O","B","S")
TR=np.array([[0 if allowed(a,b) else -1e9 for b in range(NL)] for a in range(NL)])
START=np.array([0 if (l=="O" or l[0] in "BS") else -1e9 for l in LABELS])
END=np.array([0 if (l=="O" or l[0] in "ES") else -1e9 for l in LABELS])
def viterbi(lp):
    T=len(lp); sc=START+lp[0]; bp=[]
    for t in range(1,T):
        cand=sc[:,None]+TR; b=cand.argmax(0); bp.append(b); sc=cand.max(0)+lp[t]
    sc=sc+END; best=[int(sc.argmax())]
    for b in reversed(bp): best.append(int(b[best[-1]]))
    return best[::-1]
def spans(tags):
    out=set(); start=None
    for i,t in enumerate(tags):
        l=LABELS[t]
        if l[0]=="S": out.add((l[2:],i,i+1))
        elif l[0]=="B": start=i
        elif l[0]=="E" and start is not None: out.add((l[2:],start,i+1)); start=None
    return out
def f1(golds,preds):
    tp=fp=fn=0
    for g,p in zip(golds,preds):
        G=spans(g);P=spans(p); tp+=len(G&P); fp+=len(P-G); fn+=len(G-P)
    pr=tp/max(tp+fp,1); rc=tp/max(tp+fn,1); return 2*pr*rc/max(pr+rc,1e-9)
net=Net(); opt=torch.optim.Adam([p for p in net.parameters() if p.requires_grad],lr=2e-3)
sched=torch.optim.lr_scheduler.LambdaLR(opt,lambda e: 1/(1+0.1*e))
order=list(range(len(Xtr)))
# sort by length in buckets
def predict(X):
    net.eval(); outs=[]
    with torch.no_grad():
        for i in range(0,len(X),64):
            XB=X[i:i+64]; w,k,st,ch,f,m,_,fb=batch(XB,[[0]*len(x) for x in XB])
            lp=torch.log_softmax(net(w,k,st,ch,f,m,fb),-1).numpy()
            for j,x in enumerate(XB): outs.append(lp[j,:len(x)])
    net.train(); return outs
best=0
for ep in range(EPOCHS):
    t=time.time(); random.shuffle(order); tot=0
    chunks=[sorted(order[i:i+320],key=lambda j:len(Xtr[j])) for i in range(0,len(order),320)]
    bl=[c[i:i+32] for c in chunks for i in range(0,len(c),32)]; random.shuffle(bl)
    for ids in bl:
        w,k,st,ch,f,m,y,fb=batch([Xtr[j] for j in ids],[Ytr[j] for j in ids])
        lo=net(w,k,st,ch,f,m,fb); loss=nn.functional.cross_entropy(lo[m],y[m])
        opt.zero_grad(); loss.backward(); nn.utils.clip_grad_norm_(net.parameters(),5); opt.step(); tot+=loss.item()
    lps=predict(Xdv); sc=f1(Ydv,[viterbi(l) for l in lps])
    sched.step()
    print(f"ep {ep} loss {tot:.1f} f1 {sc*100:.2f} {time.time()-t:.0f}s",flush=True)
torch.save(net.state_dict(),f"/tmp/ner_bilstm/net_{mode}_{SEED}.pt")
pickle.dump(lps,open(f"/tmp/ner_bilstm/lp_{mode}_{SEED}.pkl","wb"))
