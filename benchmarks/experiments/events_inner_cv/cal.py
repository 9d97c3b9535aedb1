import pickle, sys, numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.isotonic import IsotonicRegression
from sklearn.model_selection import StratifiedKFold
sys.path.insert(0,'/tmp/ev')
from cv import best_f1, oof
from rasd.events.train import _matrix, _sigmoid
from rasd.events.evaluate import expected_calibration_error as ece
data=pickle.load(open('/tmp/ev/feats.pkl','rb'))
C={'ASSAULT':0.3,'PROTEST':0.3}
def platt(s,y):
    m=LogisticRegression(C=1e6).fit(s.reshape(-1,1),y); a,b=m.coef_[0][0],m.intercept_[0]
    return lambda z: _sigmoid(a*z+b)
def iso(s,y):
    m=IsotonicRegression(y_min=0.02,y_max=0.98,out_of_bounds='clip').fit(s,y.astype(float))
    return lambda z: m.predict(z)
def bins(s,y,k=5):
    qs=np.quantile(s,np.linspace(0,1,k+1)[1:-1])
    acc=[(y[np.digitize(s,qs)==i].sum()+1)/( (np.digitize(s,qs)==i).sum()+2) for i in range(k)]
    return lambda z: np.array(acc)[np.digitize(z,qs)]
METHODS={'platt_all':(platt,False),'platt_emit':(platt,True),'iso_all':(iso,False),'iso_emit':(iso,True),'bins_emit':(bins,True)}
for name in ('ASSAULT','PROTEST'):
    rows,_=data[name]
    y=np.array([r[1] for r in rows]); cand=np.array([r[3] for r in rows]); x=_matrix([r[2] for r in rows])
    mk=lambda: LogisticRegression(C=C[name],class_weight='balanced',max_iter=2000,solver='liblinear')
    res={m:([],[]) for m in METHODS}; f1s=[]
    for seed in (0,1,2):
        pred=np.zeros(len(y),bool)
        for tr,te in StratifiedKFold(5,shuffle=True,random_state=seed).split(np.zeros(len(y)),y):
            inner=oof(x[tr],y[tr],mk,seed+10)
            ytr,ctr=y[tr],cand[tr]
            _,t=best_f1(inner,ytr,ctr)
            s=mk().fit(x[tr],ytr).decision_function(x[te])
            emit=cand[te]&(s>=t); pred[te]=emit
            for mname,(fn,onlyemit) in METHODS.items():
                sel=ctr&(inner>=t) if onlyemit else ctr
                cal=fn(inner[sel],ytr[sel])
                res[mname][0].extend(cal(s[emit])); res[mname][1].extend(y[te][emit])
        f1s.append(2*(pred&y).sum()/(pred.sum()+y.sum()))
    print(name,'nested F1 %.3f'%np.mean(f1s),' '.join('%.3f'%f for f in f1s))
    for m,(c,r) in res.items(): print('  ',m,'ECE %.3f'%ece(c,r),'n',len(c),'mean conf %.3f acc %.3f'%(np.mean(c),np.mean(r)),flush=True)
