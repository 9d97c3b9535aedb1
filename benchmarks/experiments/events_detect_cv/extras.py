"""Extra feature groups for the experiments."""
import re

CL = {}
for ln in open("/work/wt-evdet/src/rasd/resources/models/ner/clusters.tsv", encoding="utf-8"):
    p = ln.rstrip("\n").split("\t")
    CL[p[0]] = (p[2], p[3], p[4])


def cl(tok, k):
    c = CL.get(tok.norm)
    if c is None and tok.parts:
        c = CL.get(tok.stem.form)
    return c[k] if c else None


def stem(tok):
    if tok.kind == "number":
        return "<NUM>"
    return tok.stem.form if tok.parts else tok.norm


def sent_clusters(r, t):
    out = []
    for tok in r["toks"]:
        if tok.kind == "word":
            c = cl(tok, 1)
            if c:
                out.append("K256:" + c)
    return out


def _cands(r, t):
    return [x for x in r["trig"] if x[2] == t and x[5] == "asserted"]


def trig_window_clusters(r, t, w=4):
    out, toks = [], r["toks"]
    for first, last, *_ in _cands(r, t):
        for i in range(max(0, first - w), first):
            c = cl(toks[i], 2)
            if c:
                out.append("TWL:" + c)
        for i in range(last, min(len(toks), last + w)):
            c = cl(toks[i], 2)
            if c:
                out.append("TWR:" + c)
    return out


def _clause(r, i):
    for a, b in r["clauses"]:
        if a <= i < b:
            return a, b
    return i, i + 1


HIST = {"عام", "منذ", "الماضي", "الماضيه", "سابق", "سابقا", "قبل", "ذكري", "اعوام", "سنوات", "شهر", "العام"}
SPEECH = {"قال", "وقال", "اعلن", "واعلن", "اكد", "واكد", "طالب", "وطالب", "دعا", "ودعا", "هدد", "وهدد", "ندد", "دان", "ادان", "وادان", "حذر", "وحذر", "نفي", "ونفي", "اتهم", "واتهم", "يطالب", "يدعو", "رفض"}


def trig_clause(r, t):
    """Trigger-centred: clause bag, surface form, numbers near, speech verb before, history words."""
    out, toks = [], r["toks"]
    for first, last, _, mode, pos, _ in _cands(r, t):
        a, b = _clause(r, first)
        tok = toks[first]
        out.append("TS:" + tok.norm)
        for i in range(a, b):
            if toks[i].kind != "punct" and not (first <= i < last):
                out.append("CW:" + stem(toks[i]))
        near = [toks[i] for i in range(max(0, first - 3), min(len(toks), last + 3))]
        if any(x.kind == "number" or x.norm in ("عشرات", "مئات", "الاف") for x in near):
            out.append("TNUMNEAR:" + pos)
        if any(toks[i].kind == "number" for i in range(a, b)):
            out.append("TNUMCL")
        before = {toks[i].norm for i in range(0, first)}
        if before & SPEECH:
            out.append("TSPEECH")
        for s in before & SPEECH:
            out.append("TSP:" + s.lstrip("و"))
        cw = {toks[i].norm for i in range(a, b)}
        if cw & HIST or any(re.fullmatch(r"(19|20)\d\d", toks[i].norm) for i in range(a, b)):
            out.append("THIST")
        out.append(f"TCLPOS:{'first' if (a, b) == r['clauses'][0] else 'later'}")
    return out


def combo(*fs):
    return lambda r, t: [x for f in fs for x in f(r, t)]
