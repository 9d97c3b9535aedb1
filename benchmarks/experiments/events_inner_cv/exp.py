import sys, zlib, re, time, pickle
import numpy as np
from pathlib import Path
from rasd.events.oeda import load_detection, is_heldout
from rasd.events.train import featurize, _matrix, _sigmoid
from rasd.events.features import DIM
from rasd.text.normalize import normalize_key
import xml.etree.ElementTree as ET
D = Path('/work/shared/data')
MASK = DIM - 1
def ngram_feats(text):
    k = normalize_key(text)
    words = re.findall(r'\w+', k)
    f = ['u:'+w for w in words]
    f += ['g:'+a+'_'+b for a, b in zip(['<s>']+words, words+['</s>'])]
    for w in words:
        p = ' '+w+' '
        for n in (2,3,4,5):
            f += ['k:'+p[j:j+n] for j in range(len(p)-n+1)]
    return sorted({zlib.crc32(x.encode())&MASK for x in f})
def xml_pos(fname):
    root = ET.parse(D/'universalpetrarch_arabic/gsr'/fname).getroot()
    return [s.find('Text').text.strip() for s in root.iter('Sentence')]
out = {}
for name, fn, xf in (('ASSAULT','assault_detection_dev.csv','arabic_assault_gsr_validation.xml'),('PROTEST','protest_detection_dev.csv','arabic_protest_gsr_validation.xml')):
    allc = load_detection(D/'events'/fn)
    import csv
    allkeys = {normalize_key(r['text']): r for r in csv.DictReader(open(D/'events'/fn, encoding='utf-8'))}
    tr = [s for s in allc if not is_heldout(s.id)]
    extra = [t for t in xml_pos(xf) if normalize_key(t) not in allkeys]
    t0=time.time()
    rows = []
    for s in tr:
        f, c = featurize(s.text, name)
        rows.append((s.text, s.positive, f, c, ngram_feats(s.text), s.label))
    xrows = []
    for t in extra:
        f, c = featurize(t, name)
        xrows.append((t, True, f, c, ngram_feats(t), 'xml'))
    print(name, len(rows), sum(r[1] for r in rows), 'cand pos', sum(r[1] and r[3] for r in rows), 'cand', sum(r[3] for r in rows), 'xml extra', len(extra), time.time()-t0, flush=True)
    out[name] = (rows, xrows)
pickle.dump(out, open('/tmp/ev/feats.pkl','wb'))
