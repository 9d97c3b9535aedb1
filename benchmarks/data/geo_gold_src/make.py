"""Make benchmarks/data/geo_gold.jsonl: coordinates copied from hand-chosen TSV rows (never the resolver)."""
import csv, gzip, json, random, re
from rasd.text.normalize import normalize_key as nk
D='/work/shared/data/gazetteer_ar/'
GN={r['geonameid']:r for r in csv.DictReader(open(D+'geonames_cities500_mena_ar.tsv'),delimiter='\t',quoting=csv.QUOTE_NONE)}
OC=[r for r in csv.DictReader(open(D+'ocha_syria_communities.tsv'),delimiter='\t',quoting=csv.QUOTE_NONE)]
OCP={r['pcode']:r for r in OC}
REG={}
for r in csv.DictReader((l for l in open('/work/main/src/rasd/resources/gazetteer/regions.tsv') if not l.startswith('#')),delimiter='\t'):
    REG[r['name_en']]=r
ALLKEYS={nk(a) for r in GN.values() for a in r['arabic_names'].split('|')}|{nk(r['name_ar']) for r in OC}
def ref(x):
    src,i=x.split(':',1)
    if src=='geonames':
        r=GN[i]; return dict(lat=float(r['latitude']),lon=float(r['longitude']),country=r['countrycode'],admin1=None,ref=x)
    if src=='ocha':
        r=OCP[i]; return dict(lat=float(r['lat']),lon=float(r['lon']),country='SY',admin1=r['admin1_en'],ref=x)
    r=REG[i]; return dict(lat=float(r['lat']),lon=float(r['lon']),country=r['iso3'],admin1=None,ref='regions:'+i)
# hand-chosen rows (checked against the candidates printed from the TSVs)
NEWS={'دمشق':'ocha:C1001','حلب':'ocha:C1007','حمص':'ocha:C2528','حماة':'ocha:C2987','إدلب':'ocha:C3871','درعا':'ocha:C5993',
'الرقة':'ocha:C5710','دير الزور':'ocha:C5086','الحسكة':'ocha:C4360','اللاذقية':'ocha:C3480','طرطوس':'ocha:C5221','الزبداني':'ocha:C2429',
'تدمر':'ocha:C2889','جسر الشغور':'ocha:C4199','مضايا':'ocha:C2450','عين العرب':'ocha:C1946','تل أبيض':'ocha:C5792','القامشلي':'ocha:C4564',
'منبج':'ocha:C1767','القريتين':'ocha:C2663','سراقب':'ocha:C3916','داريا':'ocha:C2498','الفوعة':'ocha:C3905','جبلة':'ocha:C3585',
'بغداد':'geonames:98182','الموصل':'geonames:99072','الرمادي':'geonames:98717','الفلوجة':'geonames:99454','تكريت':'geonames:90150',
'بيجي':'geonames:97783','كركوك':'geonames:94787','سامراء':'geonames:91597','البصرة':'geonames:99532','أربيل':'geonames:95446',
'بعقوبة':'geonames:97990','عدن':'geonames:415189','صنعاء':'geonames:71137','تعز':'geonames:70225',
'مأرب':'geonames:72968','الحديدة':'geonames:79415','لحج':'geonames:73560','زنجبار':'geonames:69426','الضالع':'geonames:80384',
'صعدة':'geonames:71334','المكلا':'geonames:78754','ذمار':'geonames:76184','عتق':'geonames:77726','خور مكسر':'geonames:73786',
'الشيخ عثمان':'geonames:77940','بنغازي':'geonames:88319','سرت':'geonames:2210554','درنة':'geonames:87205','مصراتة':'geonames:2214846',
'سبها':'geonames:2212775','سوريا':'regions:Syria','العراق':'regions:Iraq','اليمن':'regions:Yemen','ليبيا':'regions:Libya'}
VAR={'ا':'[اأإآ]','أ':'[اأإآ]','إ':'[اأإآ]','ة':'[ةه]','ه':'[ةه]','ى':'[ىي]','ي':'[ىي]'}
CUE=re.compile(r'(?:^|\s)(?:في|وفي|مدينة|بمدينة|ومدينة|بلدة|من|ومن|الى|إلى|قرب)\s+$')
def news_items():
    arts=[json.loads(l) for l in gzip.open('/work/shared/data/news/saudinewsnet_2015_conflict.jsonl.gz','rt')]
    out=[]
    for name,r in NEWS.items():
        pat=re.compile(r'(?<![\u0621-\u064A])(و?ب?)('+''.join(VAR.get(c,re.escape(c)) for c in name)+r')(?![\u0621-\u064A])')
        n=0; cap=2 if r.startswith('regions') else 4
        for a in arts[::3]:
            m=pat.search(a['text'])
            if not m: continue
            before=a['text'][max(0,m.start()-20):m.start()]
            if not ('ب' in m.group(1) or CUE.search(before)): continue
            g=ref(r); out.append(dict(kind='news',article_id=a['id'],start=m.start(2),end=m.end(2),surface=m.group(2),
                geo_precision=3 if r.startswith('regions') else 1,**g))
            n+=1
            if n>=cap: break
    return out
T=["قصفت قوات النظام {cue} {name} {ctx} صباح اليوم.","قتل ثلاثة مدنيين في غارة جوية على {cue} {name} {ctx}.",
"سيطرت فصائل المعارضة على {cue} {name} {ctx} بعد اشتباكات عنيفة.","أفاد ناشطون بسقوط قذائف على {cue} {name} {ctx}.",
"نزحت عشرات العائلات من {cue} {name} {ctx} خلال الأيام الماضية."]
def ctx(r,rng):
    a=r['admin1_ar']
    if a=='مدينة دمشق': return 'في دمشق'
    a=a.replace('ريف دمشق','دمشق')
    return rng.choice(['بريف '+a,'في ريف '+a,'في محافظة '+r['admin1_ar']])
CONF={'س':'ص','ص':'س','ز':'س','ت':'ط','ط':'ت','د':'ذ','ذ':'د','ق':'ك','ك':'ق','ض':'د','ث':'س','ظ':'ز'}
def misspell(w,rng):
    opts=[]
    for i,c in enumerate(w):
        if c in CONF: opts.append(w[:i]+CONF[c]+w[i+1:])
    for i in range(1,len(w)-1):
        if w[i] in 'اوي': opts.append(w[:i]+w[i+1:])
    p=4 if w.startswith('ال') else 2
    opts.append(w[:p]+'ا'+w[p:]) if 'ا' not in w[p-1:p+1] else None
    opts=[o for o in opts if nk(o) not in ALLKEYS]
    return rng.choice(opts) if opts else None
TO=["اندلعت اشتباكات عنيفة {cue} {name} {ctx}.","سقطت قذائف {cue} {name} {ctx} مساء أمس."]
def sentence_item(kind,r,name_surface,rng,cue=None,prec=1):
    tt=TO if cue else T
    cue=cue or rng.choice(['بلدة','قرية'])
    t=rng.choice(tt).format(cue=cue,name='\x00',ctx=ctx(r,rng))
    s=t.index('\x00'); text=t.replace('\x00',name_surface)
    return dict(kind=kind,article_id=None,text=text,start=s,end=s+len(name_surface),surface=name_surface,
        geo_precision=prec,**ref('ocha:'+r['pcode']))
def written(rng):
    from collections import Counter
    cnt=Counter(nk(r['name_ar']) for r in OC)
    gnk=Counter(nk(a) for g in GN.values() for a in g['arabic_names'].split('|'))
    OC2=[dict(r,name_ar=r['name_ar'].split('_')[0].strip()) for r in OC if '-' not in r['name_ar']]
    cnt=Counter(nk(r['name_ar']) for r in OC2)
    pool=[r for r in OC2 if cnt[nk(r['name_ar'])]==1 and gnk[nk(r['name_ar'])]==0 and '\ufffd' not in r['name_ar'] and r['admin1_ar']!='مدينة دمشق']
    rng.shuffle(pool)
    out=[]
    for r in pool[:40]: out.append(sentence_item('village',r,r['name_ar'],rng))
    mis=[r for r in pool[40:] if ' ' not in r['name_ar'] and len(r['name_ar'])>=5]
    k=0
    for r in mis:
        w=misspell(r['name_ar'],rng)
        if w: out.append(dict(sentence_item('misspelling',r,w,rng),correct=r['name_ar'])); k+=1
        if k>=66: break
    rest=mis[200:]
    for r in rest[:18]:
        phrase=rng.choice(['في محيط','على أطراف','قرب','في محيط بلدة','على أطراف قرية'])
        it=sentence_item('outskirts',r,r['name_ar'],rng,cue=phrase,prec=2); out.append(it)
    # between: pairs within the same admin3, both unique names
    by3={}
    for r in pool[300:]: by3.setdefault(r['admin3_code'],[]).append(r)
    pairs=[v[:2] for v in by3.values() if len(v)>=2][:20]
    for a,b in pairs:
        t=rng.choice(["تدور اشتباكات عنيفة بين {a} و{b} {ctx}.","قصف الطيران الطريق بين {a} و{b} {ctx}.","تقدمت القوات على المحور الواصل بين {a} و{b} {ctx}."]).format(a=a['name_ar'],b=b['name_ar'],ctx=ctx(a,rng))
        s=t.index('بين '); e=t.index(b['name_ar'],s)+len(b['name_ar'])
        ga,gb=ref('ocha:'+a['pcode']),ref('ocha:'+b['pcode'])
        out.append(dict(kind='between',article_id=None,text=t,start=s,end=e,surface=t[s:e],geo_precision=2,
            lat=round((ga['lat']+gb['lat'])/2,6),lon=round((ga['lon']+gb['lon'])/2,6),country='SY',admin1=a['admin1_en'],ref=ga['ref']+'+'+gb['ref']))
    return out
rng=random.Random(7)
items=news_items()+written(rng)
from collections import Counter
print(len(items),Counter(i['kind'] for i in items))
with open('/work/main/benchmarks/data/geo_gold.jsonl','w') as f:
    for n,i in enumerate(items,1):
        f.write(json.dumps(dict(id=f'g{n:03d}',**i),ensure_ascii=False)+'\n')
