import pickle, numpy as np, zlib
from rasd.events.detect import analyse_sentence
from rasd.events.lexicon import load_lexicon
from rasd.text.tokenize import tokenize
from rasd.events.features import DIM
from rasd.text.normalize import normalize_key
MASK=DIM-1
HIST=('العام الماضي','منذ','عام 20','في 19','الشهر الماضي','السنة الماضية','الاسبوع الماضي','ذكرى')
TALLY=('حصيله','عدد القتلى','ارتفع عدد','عدد الضحايا','عدد المتظاهرين','اجمالي')
def _stem(tok):
    if tok.kind=='number': return '<NUM>'
    return tok.stem.form if tok.parts else tok.norm
def ctx_feats(text):
    toks=tokenize(text); n=len(toks)
    sa=analyse_sentence(toks,0,n,load_lexicon(),{})
    f=[]
    words=[i for i in range(n) if toks[i].kind!='punct']
    for m,mod,_ in sa.triggers:
        t=m.entry.type
        i=m.first
        prev=[j for j in words if j<i][-2:]
        nxt=[j for j in words if j>=m.last][:2]
        if prev: f.append(f'P1:{t}:{_stem(toks[prev[-1]])}')
        if len(prev)==2: f.append(f'P2:{t}:{_stem(toks[prev[0]])}_{_stem(toks[prev[1]])}')
        if nxt: f.append(f'N1:{t}:{_stem(toks[nxt[0]])}')
        pre=''.join(p.form for p in toks[i].prefixes) if toks[i].parts else ''
        f.append(f'TPRE2:{t}:{pre}:{m.entry.pos}')
        f.append(f'TSUF:{t}:{toks[i].norm[-2:]}')
        f.append(f'TIDX:{t}:{min(len(prev),2)}:{m.entry.pos}')
    k=normalize_key(text)
    for h in HIST:
        if normalize_key(h) in k: f.append('HIST:'+h)
    for h in TALLY:
        if normalize_key(h) in k: f.append('TALLY:'+h)
    return sorted({zlib.crc32(x.encode())&MASK for x in f})
data=pickle.load(open('/tmp/ev/feats.pkl','rb'))
ctx={name:[ctx_feats(r[0]) for r in rows] for name,(rows,_) in data.items()}
pickle.dump(ctx,open('/tmp/ev/ctx.pkl','wb'))
