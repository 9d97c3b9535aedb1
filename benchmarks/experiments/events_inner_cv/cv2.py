import pickle, sys, numpy as np
from sklearn.linear_model import LogisticRegression
sys.path.insert(0,'/tmp/ev')
from cv import best_f1, oof
from rasd.events.train import _matrix
data=pickle.load(open('/tmp/ev/feats.pkl','rb')); ctx=pickle.load(open('/tmp/ev/ctx.pkl','rb'))
for name in ('ASSAULT','PROTEST'):
    rows,_=data[name]
    y=np.array([r[1] for r in rows]); cand=np.array([r[3] for r in rows])
    for fk in ('cur','cur+ctx'):
        for c in (0.1,0.3,1.0):
            fe=[r[2] for r in rows] if fk=='cur' else [sorted(set(r[2])|set(x)) for r,x in zip(rows,ctx[name])]
            x=_matrix(fe)
            mk=lambda: LogisticRegression(C=c,class_weight='balanced',max_iter=2000,solver='liblinear')
            fs=[best_f1(oof(x,y,mk,s),y,cand)[0] for s in (0,1,2,3)]
            print(name,fk,c,'%.3f'%np.mean(fs),' '.join('%.3f'%f for f in fs),flush=True)
