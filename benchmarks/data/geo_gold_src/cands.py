import csv,sys
from rasd.text.normalize import normalize_key as nk
D='/work/shared/data/gazetteer_ar/'
rows=[]
for r in csv.DictReader(open(D+'geonames_cities500_mena_ar.tsv'),delimiter='\t',quoting=csv.QUOTE_NONE):
    for a in r['arabic_names'].split('|'):
        rows.append((nk(a),'geonames:'+r['geonameid'],r['name'],r['countrycode'],float(r['latitude']),float(r['longitude']),r['population']))
for r in csv.DictReader(open(D+'ocha_syria_communities.tsv'),delimiter='\t',quoting=csv.QUOTE_NONE):
    rows.append((nk(r['name_ar']),'ocha:'+r['pcode'],r['name_en'],r['admin1_en']+'/'+r['admin2_en'],float(r['lat']),float(r['lon']),''))
for n in sys.argv[1:]:
    k=nk(n); c=[x for x in rows if x[0]==k]
    print(n,'=>',' ; '.join(f"{x[1]} {x[2]} {x[3]} {x[4]:.4f},{x[5]:.4f} {x[6]}" for x in c[:5]))
