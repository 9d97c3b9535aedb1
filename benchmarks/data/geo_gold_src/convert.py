"""Turn an actor annotation file (article|surface|k-th occurrence|actor id or NIL) into gold JSONL.

Usage: python convert.py ann.txt ../actors_gold.jsonl   (ann2.txt -> ../actors_gold_heldout.jsonl)
"""
import gzip,json,collections,sys
ANN,OUT=sys.argv[1],sys.argv[2]
arts={}
for l in gzip.open('/work/shared/data/news/saudinewsnet_2015_conflict.jsonl.gz','rt'):
    a=json.loads(l); arts[a['id']]=a
COUNTRY={'snn-2855':'SYR','snn-1739':'LBY','snn-1358':'IRQ','snn-856':'YEM','snn-723':'SYR','snn-1021':'SYR','snn-1390':'SYR','snn-1816':'SYR','snn-3028':'IRQ','snn-3047':'IRQ','snn-2871':'IRQ','snn-2782':'IRQ','snn-1199':'YEM','snn-2470':'YEM','snn-3092':'YEM','snn-300':'LBY','snn-1577':'LBY','snn-2766':'LBY'}
isl=lambda c: '\u0621'<=c<='\u064A'
def ok_start(text,i):
    j=i
    for _ in range(3):
        if j==0 or not isl(text[j-1]): return True
        if text[j-1] in 'وفبلك' and i-j<2: j-=1; continue
        return False
    return False
def occ(text,surf,k):
    res=[]; i=text.find(surf)
    while i>=0:
        e=i+len(surf)
        if ok_start(text,i) and (e==len(text) or not isl(text[e])): res.append(i)
        i=text.find(surf,i+1)
    return res[k] if k<len(res) else None
out=[]
for line in open(ANN):
    if line.startswith('#') or not line.strip(): continue
    aid,surf,k,actor=line.strip().split('|')
    s=occ(arts[aid]['text'],surf,int(k))
    if s is None: print('NOT FOUND',aid,surf,k); continue
    out.append({"article":aid,"start":s,"end":s+len(surf),"actor":None if actor=='NIL' else actor,"conflict":COUNTRY[aid]})
out.sort(key=lambda x:(x['article'],x['start']))
seen=set()
for o in out:
    if (o['article'],o['start']) in seen: print('DUP',o)
    seen.add((o['article'],o['start']))
print(len(out))
with open(OUT,'w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print(collections.Counter(o['conflict'] for o in out), sum(o['actor'] is None for o in out))
for o in out:
    t=arts[o['article']]['text']
    print(o['article'], '|', t[max(0,o['start']-12):o['start']].replace('\n',' '), '[[', t[o['start']:o['end']], ']]', t[o['end']:o['end']+10].replace('\n',' '), '->', o['actor'])
