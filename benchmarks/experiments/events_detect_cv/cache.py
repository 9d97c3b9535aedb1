"""Featurize the OEDA training part (incl. ambiguous) once; store feature-string groups."""
import csv, pickle, sys
from pathlib import Path
from rasd.events.detect import analyse_sentence
from rasd.events.features import TriggerView, sentence_features
from rasd.events.lexicon import load_lexicon
from rasd.events.oeda import is_heldout
from rasd.text.tokenize import tokenize

D = Path("/work/shared/data/events")
out = {}
for name, fname in (("ASSAULT", "assault_detection_dev.csv"), ("PROTEST", "protest_detection_dev.csv")):
    rows = list(csv.DictReader((D / fname).open(encoding="utf-8")))
    recs = []
    for r in rows:
        if is_heldout(r["id"]):
            continue
        toks = tokenize(r["text"])
        sa = analyse_sentence(toks, 0, len(toks), load_lexicon(), {})
        span = max(1, len(toks))
        views = [TriggerView(m, mod, m.first / span) for m, mod, _ in sa.triggers]
        base = sentence_features(toks, 0, len(toks), views)
        recs.append(dict(id=r["id"], text=r["text"], label=r["label"], accept=int(r["accept"]),
                         reject=int(r["reject"]), total=int(r["total"]), base=base,
                         toks=toks, trig=[(m.first, m.last, m.entry.type, m.entry.mode, m.entry.pos, mod) for m, mod, _ in sa.triggers],
                         clauses=list(sa.clauses)))
    out[name] = recs
    print(name, len(recs), sum(r["label"] == "yes" for r in recs))
pickle.dump(out, open("/tmp/evdet/cache.pkl", "wb"))
