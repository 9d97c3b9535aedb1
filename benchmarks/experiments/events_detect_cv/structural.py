"""Prototype structural features (tokens + lexicon triggers of the cached records)."""
from rasd.actors.generic import load_generic_terms

T = load_generic_terms()
PREPS = frozenset("خلال اثناء منذ بعد قبل عقب اثر ابان لدي ضد علي في من حول بسبب اعقاب".split())
DEMAND = frozenset("طالب طالبوا يطالب يطالبون طالبت تطالب دعا دعوا يدعو يدعون دعت تدعو ندد نددوا رفع رفعوا رددوا ردد".split())
CALL = frozenset("دعا دعت دعوه يدعو تدعو الدعوه الي للتظاهر سيتظاهرون سينظمون يعتزم يعتزمون تنظيم لتنظيم".split())
AGENTIVE = frozenset("شنه شنها نفذه نفذها شن نفذ تبني تبنت يد قبل بواسطه".split())
VIOL = frozenset({"ASSAULT", "COERCE"})


def stem(tok):
    if tok.kind == "number":
        return "<NUM>"
    for p in tok.parts:
        if p.kind == "stem":
            return p.form
    return tok.norm


def cat(toks, i):
    s = stem(toks[i])
    c = T.words.get(s) or T.words.get(toks[i].norm)
    if c is None and i + 1 < len(toks):
        c = T.pairs.get((s, stem(toks[i + 1])))
    return c


def counted(toks, i):
    return i > 0 and (toks[i - 1].kind == "number" or stem(toks[i - 1]) in T.number_words or toks[i-1].norm in ("عشرات", "مئات", "الاف", "الاف"))


def feats(toks, trig):
    """trig: list of (first, last, type, mode, pos, modality)."""
    n = len(toks)
    cats = [cat(toks, i) for i in range(n)]
    viol = [(a, b) for a, b, t, _, pos, mod in trig if t in VIOL and pos == "verb"]
    out = []
    for a, b, t, _, pos, mod in trig:
        if mod != "asserted" or t not in ("ASSAULT", "PROTEST"):
            continue
        p = f"{t}|Z"
        # preceding function word (secondary / temporal mention)
        j = a - 1
        while j >= 0 and toks[j].kind == "punct":
            j -= 1
        prevw = stem(toks[j]) if j >= 0 else "<S>"
        if prevw in PREPS:
            out.append(f"{p}PREV:{prevw}")
            out.append(f"{p}PREVPP:{pos}")
        pre = "".join(x.form for x in toks[a].prefixes)
        if pre:
            out.append(f"{p}PRE:{pos}:{pre}")
        # actor categories around the trigger
        for i in range(max(0, a - 4), a):
            if cats[i]:
                out.append(f"{p}BEF:{pos}:{cats[i]}")
        for i in range(b, min(n, b + 4)):
            if cats[i]:
                out.append(f"{p}AFT:{pos}:{cats[i]}" + (":cnt" if counted(toks, i) else ""))
        if b < n and cats[b]:
            out.append(f"{p}GEN:{pos}:{cats[b]}")
        # the crowd / victims as object of a violent verb in the sentence
        for va, vb in viol:
            if (va, vb) == (a, b):
                continue
            for i in range(vb, min(n, vb + 5)):
                if cats[i] in ("protesters", "civilians", "students"):
                    out.append(f"{p}OBJVIOL:{cats[i]}")
                    break
        # speech / demand right after a crowd word
        for i in range(n):
            if cats[i] == "protesters" or (t == "PROTEST" and pos == "agent" and a <= i < b):
                w = [stem(x) for x in toks[max(0, i - 2): i] + toks[i + 1: i + 3]]
                if any(x in DEMAND for x in w):
                    out.append(f"{p}CROWDDEMAND")
        sent = {stem(x) for x in toks} | {x.norm for x in toks}
        if sent & CALL:
            out.append(f"{p}CALL")
        if sent & AGENTIVE:
            out.append(f"{p}AGENTIVE")
        cs = {c for c in cats if c}
        out.extend(f"{p}HAS:{c}" for c in sorted(cs))
        kinds = sorted({pos2 for _, _, t2, _, pos2, m2 in trig if t2 == t and m2 == "asserted"})
        out.append(f"{p}POSSET:{'+'.join(kinds)}")
    return out


ACT = frozenset("تجمع تجمعوا احتشد احتشدوا نزل نزلوا خرج خرجوا ردد رددوا رفع رفعوا هتف هتفوا قطع قطعوا اقتحم اقتحموا توجه توجهوا رشق رشقوا احرق احرقوا نظم نظموا اعتصم اعتصموا تظاهر تظاهروا سار ساروا جاب جابوا تدفق تدفقوا اغلق اغلقوا اقفل اقفلوا حمل حملوا ندد نددوا تجمهر تجمهروا اشتبك اشتبكوا تجمع".split())
QUANT = frozenset("الاف الف مئات عشرات نحو حوالي قرابه من امس اكثر الاف الالاف الاف مئات العشرات المئات عدد".split())
OBJV = frozenset("فرق فرقت تفريق لتفريق قمع قمعت اعتقل اعتقلت اعتقال قتل قتلت مقتل اصابه اصيب جرح ضد علي مع الي ل طالب مطالب مطالبات".split())
CROWD = ("protesters", "civilians", "students")


def _head(tok):
    s = stem(tok)
    return s


def crowd_feats(toks, trig):
    """Crowd-as-subject vs crowd-as-object features (one set per sentence), for PROTEST."""
    n = len(toks)
    has_cand = any(t == "PROTEST" and m == "asserted" for _, _, t, _, _, m in trig)
    if not has_cand:
        return []
    out = set()
    for i in range(n):
        c = cat(toks, i)
        if c not in CROWD:
            continue
        j = i - 1
        while j >= 0 and (toks[j].kind in ("number", "punct") or stem(toks[j]) in QUANT or toks[j].norm in QUANT):
            j -= 1
        if j >= 0:
            w = toks[j].norm.removeprefix("و").removeprefix("ف")
            if w in ACT or stem(toks[j]) in ACT:
                out.add(f"PROTEST|Y:ACT_BEFORE:{c}")
            elif w in OBJV or stem(toks[j]) in OBJV:
                out.add(f"PROTEST|Y:OBJ_BEFORE:{c}")
            elif i - j == 1 and toks[j].kind == "word":
                out.add(f"PROTEST|Y:NOUNPREV:{c}")
            if j == i - 1 and i > 0 and toks[j].norm in QUANT:
                pass
        if i + 1 < n:
            w = toks[i + 1].norm.removeprefix("و").removeprefix("ف")
            if w in ACT or stem(toks[i + 1]) in ACT:
                out.add(f"PROTEST|Y:ACT_AFTER:{c}")
        if i > 0 and toks[i - 1].kind == "number" or (i > 0 and toks[i-1].norm in QUANT):
            out.add(f"PROTEST|Y:COUNTED:{c}")
    sent = {x.norm.removeprefix("و") for x in toks}
    if sent & ACT:
        out.add("PROTEST|Y:ANYACT")
    if not out:
        out.add("PROTEST|Y:NONE")
    return sorted(out)
