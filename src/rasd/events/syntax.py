"""Arabic syntax cues for argument assignment (normalised forms, see rasd.text.normalize).

Small closed word classes, no data file: prepositions that make a mention a place or a target,
markers of a passive agent ("على يد", "من قبل", "بواسطة"), relative verbs that name the agent
of an attack noun ("هجوم شنه X"), attack nouns whose genitive is the attacker ("غارات X"),
pronoun-bearing complementisers that carry the subject of a speech verb ("أعلن X أنه سيمنع").
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.doc import Token

__all__ = [
    "after_limit",
    "agent_marked",
    "attack_noun",
    "ba_complement",
    "belongs_to",
    "clause_start",
    "clause_word",
    "condemned",
    "counted",
    "heading_end",
    "relative_victim",
    "dative",
    "locative",
    "modifier",
    "number_word",
    "pronoun_complementiser",
    "participle",
    "partner_marked",
    "plural_verb",
    "protest_against",
    "relative_agent_verb",
    "relative_pronoun",
    "responsibility",
    "speaker",
    "target_reach",
    "targeted",
    "undergo_verb",
]

_LOCATIVE = frozenset(
    {"في", "قرب", "وسط", "شمال", "جنوب", "شرق", "غرب", "داخل", "بمدينه", "مدينه", "منطقه"}
    | {"بلده", "محافظه", "اقليم", "ولايه", "قريه", "حي", "عند", "امام"}
)
_QUOTES = frozenset({"«", "»", '"', "(", ")", "“", "”"})
_CONDEMN = frozenset({"ينددون", "يندد", "تندد", "نددوا", "ندد", "نددت", "منددين", "منددا"})
_NUMBER_WORDS = frozenset(
    {"ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "عشرات", "مئات"}
    | {"اثنين", "اثنان", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "عده"}
    | {"عشرين", "ثلاثين", "اربعين", "خمسين", "مئه", "الاف", "احد", "احدي", "بعض", "اي"}
)
_GROUP_WORDS = frozenset(
    {"من", "الف", "رجال", "عناصر", "افراد", "اعضاء", "مقاتلي", "جنود", "ضباط", "بينهم"}
)
# "مع ضباط من X", "مع وفد X", "مع ممثلين عن X": X is the partner of a meeting or agreement
_DELEGATES = frozenset(
    {"وفد", "وفدا", "ضباط", "مسوولين", "مسوولي", "ممثلين", "ممثلي", "ممثل", "قاده", "قادة"}
    | {"مندوبين", "مندوب", "مسوول", "زعماء", "زعيم", "رئيس", "وزير", "قائد", "من", "عن", "كبار"}
)
_PARTNER = "مع"
_MEET = frozenset({"للقاء", "بلقاء", "لملاقاه"})  # "زيارة … للقاء مسؤولين عراقيين": met
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
_FIRE = frozenset({"رصاص", "نيران", "رصاصه", "قذائف", "صواريخ"})
_UNDERGO = frozenset({"تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "نجا", "نجت", "نجوا", "ينجو"})
_ATTACK_NOUNS = frozenset(
    {"هجوم", "هجمات", "هجمه", "غاره", "غارات", "ضربه", "ضربات", "اعتداء", "اعتداءات"}
    | {"قصف", "تفجير", "تفجيرات", "عمليه", "هجومه", "هجومها", "هجومهم", "رصاص", "نيران"}
)
_RELATIVE_AGENT = frozenset(
    {"شنه", "شنها", "شنتها", "شنهما", "نفذه", "نفذها", "نفذتها", "نفذهما", "تبناه", "تبنتها"}
    | {"تبناها", "شنوه", "نفذوه", "شنوها", "نفذوها", "نظمها", "نظمه", "نظمتها", "نظموها"}
    | {"نسب", "نسبت", "تبنت", "تبني"}
)
_PROTEST_AGAINST = frozenset(
    {"ضد", "للتنديد", "تنديدا", "احتجاجا", "للاحتجاج", "برحيل", "باستقاله", "بسقوط", "الموت"}
    | {"بزياره", "ينددون", "يندد", "نددوا", "منددين", "بالتنديد", "لرحيل", "باسقاط", "يسقط"}
    | {"معاديه", "معاديا", "مناهضه", "مناهضا", "مناوئه", "مناوئا", "غضب", "احتجاج", "احتجاجهم"}
    | {"للاحتجاج", "احتجاجه", "احتجاجها", "باستقاله", "مطالبين", "للمطالبه", "تنديد"}
)
# words a protest cue may reach across: "غضب متزايد من قرار X", "احتجاجا على سياسات X"
_PROTEST_BRIDGE = frozenset(
    {"علي", "من", "قرار", "قرارات", "سياسه", "سياسات", "احكام", "حكم", "اجراءات", "تصريحات"}
    | {"زياره", "متزايد", "شديد", "باستقاله", "برحيل", "بسقوط", "بتدخل"}
)
# words that open a new clause: a mention before one is not the subject of a verb after it
_CLAUSE_BREAK = frozenset(
    {"ان", "بان", "لان", "فيما", "بينما", "حيث", "عندما", "حين", "حينما", "بعدما", "كما", "اذ"}
    | {"لكن", "ولكن", "فيما", "وفيما", "وبينما", "اثناء", "وقت"}
)
_SPEECH = frozenset(
    {"قال", "قالت", "قالوا", "يقول", "تقول", "اعلن", "اعلنت", "اعلنوا", "افاد", "افادت", "ذكر"}
    | {"ذكرت", "اكد", "اكدت", "اوضح", "اوضحت", "اضاف", "اضافت", "اشار", "اشارت", "صرح"}
    | {"صرحت", "نقل", "نقلت", "روي", "روت", "افادوا", "ذكروا", "اكدوا", "يقولون", "اعتبر"}
)
_PRONOUN_COMP = frozenset(
    {"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "لانه", "لانها", "لانهم"}
)


def locative(tokens: Sequence[Token], i: int) -> bool:
    """A mention at token ``i`` inside a place phrase: "في بغداد", "شمال العراق", "بالعراق"."""
    forms = [p.form for p in tokens[i].prefixes]
    if forms[:2] == ["ب", "ال"] or forms[:3] == ["و", "ب", "ال"]:
        return not condemned(tokens, i)
    return i > 0 and (tokens[i - 1].norm in _LOCATIVE or tokens[i - 1].stem_form in _LOCATIVE)


def counted(tokens: Sequence[Token], i: int) -> bool:
    """A mention that follows a number ("11 مسلحا", "ثمانية اشخاص", "ستة من رجال الشرطة")."""
    words = [t for t in tokens[max(0, i - 5) : i] if t.norm not in _QUOTES][-3:]  # "«15» داعشيا"
    for t in reversed(words):
        if t.kind == "number" or t.stem_form in _NUMBER_WORDS:
            return True
        if t.norm not in _GROUP_WORDS and t.stem_form not in _GROUP_WORDS:
            return False
    return False


_SUFFER = frozenset(
    {"قتل", "قتلوا", "قتلت", "اغتيل", "اغتيلت", "اغتيلوا", "اصيب", "اصيبت", "اصيبوا", "جرح"}
    | {"جرحوا", "خطف", "خطفت", "خطفوا", "لقي", "لقيت", "لقوا", "سقط", "سقطوا", "استشهد"}
    | {"استشهدوا", "قضي", "قضوا", "نجا", "نجت", "نجوا", "تعرض", "تعرضت", "تعرضوا"}
)


def relative_victim(tokens: Sequence[Token], last: int) -> bool:
    """Pattern "النائب انطوان غانم الذي قتل مع 9 مواطنين", "مقاتلي النصرة الذين لقوا مصرعهم":
    the mention ending at token ``last`` is who suffered, not who attacked."""
    k = last + 1
    if k + 1 >= len(tokens) or tokens[k].norm not in _RELATIVE:
        return False
    return tokens[k + 1].stem_form in _SUFFER or tokens[k + 1].norm in _SUFFER


def partner_marked(tokens: Sequence[Token], i: int) -> bool:
    """Pattern "مع X", "مع ضباط من X", "للقاء X": X is the other party of a meeting."""
    for k in (1, 2, 3):
        if i - k < 0:
            return False
        t = tokens[i - k]
        if t.norm == _PARTNER or t.stem_form == _PARTNER or t.norm in _MEET:
            return True
        if t.norm not in _DELEGATES and t.stem_form not in _DELEGATES:
            return False
    return False


def relative_pronoun(tok: Token) -> bool:
    """ "الذي", "التي", "الذين": the clause after it has the noun before it as subject."""
    return tok.norm in _RELATIVE


def agent_marked(tokens: Sequence[Token], i: int) -> bool:
    """Pattern "على يد X", "من قبل X", "بواسطة X", "برصاص X": X is the agent of a passive verb."""
    if i >= 2 and (tokens[i - 1].kind == "number" or tokens[i - 1].stem_form in _NUMBER_WORDS):
        i -= 1  # "على يد عشرة مسلحين"
    if i >= 1 and tokens[i - 1].stem_form in _FIRE and tokens[i - 1].norm[:1] in ("ب", "ل"):
        return True  # "قتل برصاص قوات الأمن", "بنيران الجيش", "استسلم X لرصاص الأمن"
    if i >= 2 and tokens[i - 1].norm == "علي":
        # "هجمات يلقى باللوم فيها على X", "ألقي اللوم على X": X is blamed
        if any(tokens[k].stem_form in {"لوم", "اللوم"} for k in range(max(0, i - 4), i - 1)):
            return True
    if i >= 1 and tokens[i - 1].norm in {"بواسطه", "يد", "ايدي", "قبل"}:
        two = tokens[i - 2].norm if i >= 2 else ""
        return tokens[i - 1].norm == "بواسطه" or two in {"علي", "من"}
    return False


def dative(tokens: Sequence[Token], i: int) -> bool:
    """Pattern "للصحافيين", "لـ«الشرق الأوسط»": a possessor or addressee, never the subject."""
    if any(p.form == "ل" for p in tokens[i].prefixes):
        return True
    return i >= 2 and tokens[i - 1].kind == "punct" and tokens[i - 2].norm in {"ل", "لـ"}


_BELONG = frozenset({"تابعه", "تابع", "تابعين", "تابعون", "تابعا", "تابعات"})


def belongs_to(tokens: Sequence[Token], i: int) -> bool:
    """Pattern "طائرة بدون طيار تابعة لوكالة المخابرات": the "لـX" owns the force, it is no
    dative (X may act)."""
    return i >= 1 and tokens[i - 1].stem_form in _BELONG


_LED_BY = frozenset({"قياده", "زعامه", "رئاسه"})
_LOYAL = frozenset({"تابع", "تابعه", "موالي", "مواليه", "موالين", "موالون", "مواليا", "الموالي"})


def modifier(tokens: Sequence[Token], i: int, prev_end: int | None) -> bool:
    """Pattern "طائرات التحالف العربي بقيادة السعودية", "ميليشيا حزب الله الموالية لإيران": a
    mention led by "بقيادة / بزعامة" or after "التابع / الموالية لـ", right after another named
    actor's mention (``prev_end``: where that one ends), describes that actor; it is no
    separate side."""
    if prev_end is None or i < 1:
        return False
    tok = tokens[i]
    cue = i
    if not (tok.stem_form in _LED_BY and any(p.form == "ب" for p in tok.prefixes)):
        cue = i - 1
        cue_tok = tokens[cue]
        led = cue_tok.stem_form in _LED_BY and any(p.form == "ب" for p in cue_tok.prefixes)
        loyal = cue_tok.stem_form in _LOYAL and any(p.form == "ل" for p in tok.prefixes)
        if not (led or loyal):
            return False
    return cue >= 1 and tokens[cue - 1].end <= prev_end and tokens[cue].start >= prev_end


_NOT_BA = frozenset(
    {"بعد", "بين", "بعض", "بلاد", "بغداد", "بيان", "بدون", "بسبب", "بيروت", "بريطانيا"}
)
_BA_CLAUSE = frozenset({"بان", "بانه", "بانها", "بانهم", "بانهما"})


def ba_complement(tok: Token) -> bool:
    """The word after an addressee: "بوقف", "بالرحيل", "بأنها" ("طالب X بوقف", "اتهم X بأنه")."""
    if tok.kind != "word":
        return False
    forms = [p.form for p in tok.prefixes]
    if tok.norm in _BA_CLAUSE or bool(forms) and forms[0] == "ب":
        return True
    # an unsegmented "بوقف": a ب-initial word of five letters or more, no preposition
    return not forms and len(tok.norm) >= 4 and tok.norm[0] == "ب" and tok.norm not in _NOT_BA


def participle(tok: Token) -> bool:
    """An active participle used as a circumstantial ("مطالبا", "متهمين", "محذرا"): its subject
    is the main clause's, so a mention after it is its object."""
    form = tok.stem_form
    return len(form) >= 5 and form[0] == "م" and form.endswith(("ا", "ين", "ه"))


# words between a target mark and the actor it hits: "على مجموعة من عناصر «كتائب القسام»"
_TARGET_BRIDGE = frozenset(
    {"مجموعه", "من", "عناصر", "مواقع", "موقع", "مقر", "مقرات", "افراد", "دوريه", "دوريات"}
    | {"موكب", "قافله", "منزل", "منازل", "تجمع", "تجمعات", "معاقل", "معسكر", "مراكز", "مركز"}
    | {"ثكنه", "حاجز", "نقطه", "تمركزات", "اهداف", "قياديين", "قاده", "مسلحي", "مقاتلي"}
    | {"لواء", "عميد", "عقيد", "شيخ", "نايب", "قيادي", "زعيم", "قايد"}  # "على منزل اللواء X"
)
_TARGETING = frozenset(
    {"مستهدفه", "مستهدفا", "مستهدفين", "استهدفت", "استهدف", "تستهدف", "يستهدف", "استهدفوا"}
    | {"استهدفا", "واستهدفت", "واستهدف", "طالت", "طال"}
)


def _bridge(t: Token) -> bool:
    return t.norm in _TARGET_BRIDGE or t.stem_form in _TARGET_BRIDGE


def target_reach(tokens: Sequence[Token], i: int, marks: frozenset[str]) -> bool:
    """Pattern "على مجموعة من عناصر X": a target mark up to five words before X, only part
    words ("مجموعة", "من", "عناصر", "مواقع") in between."""
    for k in range(1, 6):
        if i - k < 0:
            return False
        t = tokens[i - k]
        if t.norm in marks:
            return True
        if t.kind != "punct" and not _bridge(t):
            return False
    return False


def targeted(tokens: Sequence[Token], i: int, trig: tuple[int, int]) -> bool:
    """Pattern "غارات … مستهدفة مقاتلي الشباب", "غارات استهدفت مواقع X": X is hit (not when
    the targeting verb is the trigger itself: "استهدفت طائرات التحالف …")."""
    for k in range(1, 4):
        j = i - k
        if j < 0 or trig[0] <= j < trig[1]:
            return False
        t = tokens[j]
        if t.norm in _TARGETING or t.stem_form in _TARGETING:
            return True
        if k > 1 and t.kind != "punct" and not _bridge(t):
            return False
    return False


def plural_verb(tok: Token) -> bool:
    """A verb with a plural subject pronoun ("يطالبون", "ورشقوا", "قصفوا"): in verb-first order
    Arabic verbs stay singular ("طالب الأهالي"), so a mention after it is its object."""
    form = tok.stem_form
    if len(form) < 4:
        return False
    return form.endswith("وا") or form.endswith("ون") and form[0] in "يت"


def attack_noun(tok: Token) -> bool:
    """A noun whose following genitive or adjective is the attacker ("غارات التحالف")."""
    return tok.stem_form in _ATTACK_NOUNS or tok.norm in _ATTACK_NOUNS


def relative_agent_verb(tok: Token) -> bool:
    """Pattern "شنه", "نفذتها": the mention after it carried out the attack noun before it."""
    return tok.stem_form in _RELATIVE_AGENT or tok.norm in _RELATIVE_AGENT  # "نفذتها"


def pronoun_complementiser(tok: Token) -> bool:
    """Pattern "أنه", "بأنهم": the clause after it has the subject of the speech verb before it."""
    norm = tok.norm[1:] if tok.norm.startswith("و") else tok.norm  # "وانه"
    return norm in _PRONOUN_COMP or tok.stem_form in _PRONOUN_COMP


def protest_against(tokens: Sequence[Token], i: int) -> bool:
    """Pattern "ضد X", "للتنديد بـ X", "برحيل X", "الموت لـ X", "غضب من قرار X": X is what
    protesters oppose (the cue one or two words before X, or further across "من قرار")."""
    for k in range(1, 5):
        if i - k < 0:
            return False
        t = tokens[i - k]
        if t.norm in _PROTEST_AGAINST or t.stem_form in _PROTEST_AGAINST:
            return True
        if k >= 2 and t.norm not in _PROTEST_BRIDGE and t.stem_form not in _PROTEST_BRIDGE:
            return False
    return False


def undergo_verb(tok: Token) -> bool:
    """Pattern "تعرض X لهجوم", "نجا X من محاولة اغتيال": X is acted on."""
    return tok.stem_form in _UNDERGO or tok.norm in _UNDERGO


def clause_word(tok: Token) -> bool:
    """A word that opens a new clause: "أن", "فيما", "حيث", "عندما" …"""
    return _breaks(tok)


def _breaks(tok: Token) -> bool:
    return tok.norm in _CLAUSE_BREAK or tok.stem_form in _CLAUSE_BREAK


_CLAUSE_PUNCT = frozenset({"،", ",", "؛", ";", ".", ":", "!", "?", "؟"})


def clause_start(
    tokens: Sequence[Token], first: int, trig: int, names: frozenset[int] = frozenset()
) -> int:
    """First token of a verb's clause: after a comma or "أن / فيما / حيث" (not inside a name)."""
    for k in range(trig - 1, first - 1, -1):
        if k not in names and (_breaks(tokens[k]) or tokens[k].norm in _CLAUSE_PUNCT):
            return k + 1
    return first


def heading_end(tokens: Sequence[Token], first: int, trig: int) -> int:
    """First token after a dateline colon before ``trig`` ("لندن ـ «الشرق الأوسط»: تحولت
    مسيرة"); the colon of a quote ("قال كيري: «اتفقنا على دعم»") keeps its speaker."""
    for k in range(trig - 1, first - 1, -1):
        if tokens[k].norm == ":":
            lead = tokens[max(first, k - 5) : k]
            # "لندن ـ «الشرق الأوسط»:" (the tatweel is normalised away), "شار- سبق- متابعة:"
            marked = tokens[k - 1].norm == "»" or any(t.norm in _DASHES for t in lead)
            dateline = marked and not any(map(_said, lead))
            return k + 1 if dateline else first
    return first


_DASHES = frozenset({"ـ", "-", "–", "—"})


def _said(tok: Token) -> bool:
    word = tok.stem_form
    return word in _SPEECH or word[:1] in ("و", "ف") and word[1:] in _SPEECH


def after_limit(
    tokens: Sequence[Token], trig_end: int, last: int, names: frozenset[int] = frozenset()
) -> int:
    """End of the tokens after a trigger that can hold its arguments: up to "فيما / حيث / أن"."""
    for k in range(trig_end, last):
        if k in names:
            continue  # "بان كي مون" is a name, not "بأن"
        if _breaks(tokens[k]) or tokens[k].norm in {".", "؛", ";", ":", "!", "?", "؟"}:
            return k
    return last


def speaker(tokens: Sequence[Token], i: int, trig: tuple[int, int]) -> bool:
    """Pattern "قال X", "أعلنت X": X speaks (a speech verb that is not the trigger before it)."""
    k = i - 1
    if k < 0 or trig[0] <= k < trig[1]:
        return False
    word = tokens[k].stem_form
    return word in _SPEECH or word[:1] in ("و", "ف") and word[1:] in _SPEECH  # "وقال"


def responsibility(tok: Token) -> bool:
    """Pattern "أعلنت X مسؤوليتها عن الهجوم": X claims the attack."""
    return tok.stem_form.startswith(("مسووليه", "مسووليت"))


def condemned(tokens: Sequence[Token], i: int) -> bool:
    """Pattern "ينددون بالمعلمة": the mention is what is condemned (an object, no place)."""
    forms = [p.form for p in tokens[i].prefixes]
    return i > 0 and forms[:1] == ["ب"] and tokens[i - 1].stem_form in _CONDEMN


def number_word(tok: Token) -> bool:
    """A number ("30", "ثلاث", "عشرات")."""
    return tok.kind == "number" or tok.stem_form in _NUMBER_WORDS
