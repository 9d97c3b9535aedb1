"""Round 4 (a)/(b): featurize the OEDA training part per lexicon candidate -> /tmp/evdet4/cand.pkl.

Per sentence: the shipped sentence features (as `rasd.events.train.featurize`) and, for each
asserted lexicon candidate of the type, its own feature list (the sentence bag, the features of
the other triggers, but the trigger / trigger-clause features of this candidate only), whether it
sits at a coders' event verb (span gold), and dense meta-features for a second stage.
"""

import csv
import json
import pickle
import re
import sys
from pathlib import Path

from rasd.events.detect import analyse_sentence
from rasd.events.features import TriggerView, sentence_features
from rasd.events.lexicon import load_lexicon
from rasd.events.oeda import is_heldout
from rasd.text.tokenize import tokenize

D = Path("/work/shared/data/events")
OUT = Path("/tmp/evdet4")
_WS = re.compile(r"\S+")
_REL = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"}
_PREP = {"في", "علي", "بعد", "اثر", "خلال", "منذ", "عقب", "قبل", "ضد", "من", "الي", "حول"}
_PAST = set("عام منذ الماضي الماضيه سابق سابقا قبل ذكري اعوام سنوات شهر العام".split())
_SPEECH = set("قال وقال اكد واكد افاد وافاد اعلن واعلن ذكر وذكر اضاف واضاف اشار واشار".split())
_TALLY = set("قتيل قتلي جريح جرحي مصرع حصيله ضحايا اصابه مقتل".split())


def verb_words(entry: dict) -> set[str]:
    words = set(entry.get("verb_gold", "").split())
    for sp in entry.get("spans", []):
        words.update(sp.get("verb", []))
    return words


def word_of(text: str, start: int) -> str:
    for m in _WS.finditer(text):
        if m.start() <= start < m.end():
            return m.group()
    return ""


def meta(toks, m, mod_all, cands, clauses, t):  # type: ignore[no-untyped-def]
    """Dense meta-features of one candidate (stage b)."""
    n = max(1, len(toks))
    a, b = next(((x, y) for x, y in clauses if x <= m.first < y), (m.first, m.last))
    clause = toks[a:b]
    near = toks[max(0, m.first - 3) : m.last + 3]
    prev = toks[m.first - 1].norm if m.first > 0 else ""
    tok = toks[m.first]
    pre = "".join(p.form for p in tok.prefixes)
    return [
        1.0 if m.entry.pos == "verb" else 0.0,
        m.entry.prior,
        float(len(cands)),
        float(sum(1 for mm, mod in mod_all if mm.entry.type == t and mod != "asserted")),
        m.first / n,
        float(n),
        float(any(x.kind == "number" for x in near)),
        float(any(x.norm in _TALLY for x in toks)),
        float(any(x.norm in _PAST or re.fullmatch(r"(19|20)\d\d", x.norm) for x in clause)),
        float(any(x.norm in _SPEECH for x in toks[: m.first])),
        float(m.entry.pos != "verb" and (prev in _PREP or "ب" in pre or "ل" in pre)),
        float(any(x.norm in _REL for x in toks[a : m.first])),
        float((a, b) == tuple(clauses[0])) if clauses else 1.0,
        float(len(clauses)),
    ]


def window(toks, m, t):  # type: ignore[no-untyped-def]
    """Stems of the 3 words either side of the candidate, by offset, and as a bag."""
    from rasd.events.trigger_context import feature_stem

    out = []
    for k in range(1, 4):
        for side, i in (("L", m.first - k), ("R", m.last - 1 + k)):
            if 0 <= i < len(toks) and toks[i].kind != "punct":
                st = feature_stem(toks[i])
                out += [f"{t}|W{side}{k}:{st}", f"{t}|W{side}:{st}"]
    return out


def own_feats(feats, t):  # type: ignore[no-untyped-def]
    """The candidate's own features: its trigger and trigger-clause features (and crowd roles)."""
    keys = tuple(f"{k}:{t}" for k in ("T", "TM", "TP", "TF", "TMOD", "TW", "TPM", "TPRE"))
    return [f for f in feats if f.startswith(keys) or f.startswith((f"{t}|", "PROTEST|Y"))]


def build(name: str) -> list[dict]:
    rows = list(csv.DictReader((D / f"{name.lower()}_detection_dev.csv").open(encoding="utf-8")))
    spans = {d["source"]: d for d in json.loads((D / f"{name.lower()}_spans_dev.json").read_text())}
    lex = load_lexicon()
    recs = []
    for r in rows:
        if is_heldout(r["id"]) or r["label"] == "ambiguous":
            continue
        toks = tokenize(r["text"])
        sa = analyse_sentence(toks, 0, len(toks), lex, {})
        span = max(1, len(toks))
        views = [TriggerView(m, mod, m.first / span) for m, mod, _ in sa.triggers]
        base = sentence_features(toks, 0, len(toks), views, sa.clauses)
        mods = [(m, mod) for m, mod, _ in sa.triggers]
        ci = [k for k, (m, mod) in enumerate(mods) if m.entry.type == name and mod == "asserted"]
        vw = verb_words(spans[r["id"]]) if r["id"] in spans else None
        cands = []
        for k in ci:
            m = mods[k][0]
            own = [v for j, v in enumerate(views) if j == k or j not in ci]
            f = sentence_features(toks, 0, len(toks), own, sa.clauses)
            w = " ".join(word_of(r["text"], toks[i].start) for i in range(m.first, m.last))
            gold = None if vw is None else any(x in vw for x in w.split())
            win = window(toks, m, name)
            cands.append(
                dict(
                    feats=f,
                    word=w,
                    gold=gold,
                    win=own_feats(f, name) + win,
                    meta=meta(toks, m, mods, ci, sa.clauses, name),
                )
            )
        recs.append(
            dict(
                id=r["id"],
                text=r["text"],
                label=r["label"],
                y=r["label"] == "yes",
                base=base,
                cands=cands,
                has_span=vw is not None,
                verbs=sorted(vw) if vw else [],
            )
        )
    return recs


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    out = {t: build(t) for t in sys.argv[1:] or ("ASSAULT", "PROTEST")}
    for t, recs in out.items():
        pos = [r for r in recs if r["y"]]
        print(
            t,
            len(recs),
            "pos",
            len(pos),
            "pos w/o cand",
            sum(not r["cands"] for r in pos),
            "pos with span",
            sum(r["has_span"] for r in pos),
            "pos with a gold-matched cand",
            sum(any(c["gold"] for c in r["cands"]) for r in pos),
            "cands in pos",
            sum(len(r["cands"]) for r in pos),
            "cands in neg",
            sum(len(r["cands"]) for r in recs if not r["y"]),
        )
    pickle.dump(out, (OUT / "cand.pkl").open("wb"))
