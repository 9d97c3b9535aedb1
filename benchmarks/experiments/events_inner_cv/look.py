import pickle, numpy as np, random
data = pickle.load(open('/tmp/ev/feats.pkl','rb'))
rows,_=data['PROTEST']
random.seed(1)
pos=[r for r in rows if r[1]]; neg=[r for r in rows if not r[1] and r[3] and r[5]=='difficult no']
print(len(pos), len(neg))
for r in random.sample(pos,12): print('YES', r[3], r[0][:220])
for r in random.sample(neg,12): print('NO ', r[0][:220])
