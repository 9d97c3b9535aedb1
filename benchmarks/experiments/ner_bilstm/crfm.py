import pickle, numpy as np, sys
from pathlib import Path
from rasd.models.ner.train import load_data, norm_words, _fit, TrainConfig
from rasd.models.ner.lexicon import Lexicon
from rasd.models.ner.model import NerModel, default_model_dir
LABELS = ["O"] + [f"{p}-{l}" for l in ("PER","ORG","LOC","MISC") for p in "BIES"]
data = load_data(Path("../shared/data"))
mode=sys.argv[1]; OFF=int(sys.argv[2]) if len(sys.argv)>2 else 4  # inner split: every 10th training sentence at this offset
if mode=="inner":
    tr=[s for i,s in enumerate(data.train) if i%10!=OFF]; va=[s for i,s in enumerate(data.train) if i%10==OFF]
    lex=Lexicon.load(default_model_dir())
    p=Path("/tmp/ner_bilstm/inner_off.crfsuite")
    _fit(TrainConfig(data=Path("../shared/data"), out=Path("/tmp/ner_bilstm")), tr, (lex,lex), p)
    model=NerModel.from_parts(p, lex)
else:
    va=data.dev; model=NerModel()
out=[]
for s in va:
    words=norm_words(s.tokens)
    model.tagger.set(model.features.encoded_sequence(words))
    m=np.array([[model.tagger.marginal(l,i) if l in model.tagger.labels() else 0.0 for l in LABELS] for i in range(len(words))])
    out.append(m)
pickle.dump(out,open(f"/tmp/ner_bilstm/crfm_{mode}{OFF if mode == 'inner' and OFF != 4 else ''}.pkl","wb"))
print("done",len(out))
