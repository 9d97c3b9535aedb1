import pickle, sys, numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.model_selection import StratifiedKFold
from rasd.events.train import _matrix, _sigmoid
data = pickle.load(open('/tmp/ev/feats.pkl','rb'))
def best_f1(p, y, cand):
    best=(0,0)
    for t in np.unique(np.round(p[cand],3)):
        pred=cand&(p>=t); f=2*(pred&y).sum()/max(1,pred.sum()+y.sum())
        if f>best[0]: best=(f,t)
    return best
def oof(x,y,mk,seed):
    o=np.zeros(len(y))
    for tr,te in StratifiedKFold(5,shuffle=True,random_state=seed).split(np.zeros(len(y)),y):
        m=mk().fit(x[tr],y[tr]); o[te]=m.decision_function(x[te])
    return o
def nested_f1(x,y,cand,mk,seed):
    # threshold chosen on inner OOF within each outer training fold
    pred=np.zeros(len(y),bool)
    for tr,te in StratifiedKFold(5,shuffle=True,random_state=seed).split(np.zeros(len(y)),y):
        inner=oof(x[tr],y[tr],mk,seed+1)
        _,t=best_f1(inner,y[tr],cand[tr])
        m=mk().fit(x[tr],y[tr]); s=m.decision_function(x[te])
        pred[te]=cand[te]&(s>=t)
    return 2*(pred&y).sum()/max(1,pred.sum()+y.sum())
if __name__=="__main__":
    variants = sys.argv[1].split(',')
    for name in ('ASSAULT','PROTEST'):
        rows,_=data[name]
        y=np.array([r[1] for r in rows]); cand=np.array([r[3] for r in rows])
        feats={'cur':[r[2] for r in rows],'ng':[r[4] for r in rows],'both':[sorted(set(r[2])|set(r[4])) for r in rows]}
        for v in variants:
            fk,model,c=v.split(':'); c=float(c)
            x=_matrix(feats[fk])
            if model=='lr': mk=lambda: LogisticRegression(C=c,class_weight='balanced',max_iter=2000,solver='liblinear')
            else: mk=lambda: LinearSVC(C=c,class_weight='balanced')
            fs=[best_f1(oof(x,y,mk,s),y,cand)[0] for s in (0,1,2)]
            nf=[nested_f1(x,y,cand,mk,s) for s in (0,)] if len(sys.argv)>2 else [0]
            print(name,v,'bestthr oofF1 %.3f'%np.mean(fs),' '.join('%.3f'%f for f in fs),'nested %.3f'%np.mean(nf),flush=True)
