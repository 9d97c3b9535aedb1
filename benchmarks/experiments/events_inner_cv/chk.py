import numpy as np
from pathlib import Path
from rasd.events.oeda import load_detection, is_heldout
from rasd.events.train import featurize
from rasd.events.model import load_filters
from rasd.events.evaluate import analyse_text
from rasd.events.scoring import asserted_of
f=load_filters('oeda')['ASSAULT']
sents=[s for s in load_detection(Path('/work/shared/data/events/assault_detection_dev.csv')) if not is_heldout(s.id)][:300]
diff=0; n=0; both=0; only_stage=0; only_feat=0
for s in sents:
    idx,c=featurize(s.text,'ASSAULT'); p=f.probability(idx)
    fe=c and p>=f.threshold
    found=asserted_of(analyse_text(s.text,profile='oeda').get('events'),'ASSAULT')
    if found and fe:
        both+=1; diff=max(diff,abs(max(e.confidence for e in found)-p))
    elif found: only_stage+=1
    elif fe: only_feat+=1
print(both,only_stage,only_feat,diff)
