import pickle, sys, numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from scipy.sparse import diags
sys.path.insert(0,'/tmp/ev')
from cv import best_f1
from rasd.events.train import _matrix
data=pickle.load(open('/tmp/ev/feats.pkl','rb'))
def nb_oof(x,y,c,seed,alpha=1.0):
    o=np.zeros(len(y))
    for tr,te in StratifiedKFold(5,shuffle=True,random_state=seed).split(np.zeros(len(y)),y):
        xt=x[tr]; yt=y[tr]
        p=np.asarray(xt[yt].sum(0)).ravel()+alpha; q=np.asarray(xt[~yt].sum(0)).ravel()+alpha
        r=np.log((p/p.sum())/(q/q.sum()))
        R=diags(r)
        m=LogisticRegression(C=c,class_weight='balanced',max_iter=2000,solver='liblinear').fit(xt@R,yt)
        o[te]=m.decision_function(x[te]@R)
    return o
for name in ('ASSAULT','PROTEST'):
    rows,_=data[name]
    y=np.array([r[1] for r in rows]); cand=np.array([r[3] for r in rows])
    for fk in ('cur','both'):
        fe=[r[2] for r in rows] if fk=='cur' else [sorted(set(r[2])|set(r[4])) for r in rows]
        x=_matrix(fe).tocsr()
        for c in (0.03,0.1,0.3,1):
            fs=[best_f1(nb_oof(x,y,c,s),y,cand)[0] for s in (0,1,2,3)]
            print(name,fk,c,'%.3f'%np.mean(fs),flush=True)
