"""Subjects that are no actor mention, and passive verbs that look active (rasd.events.arguments).

Verb-subject-object with an unnamed subject: "قصفت طائرات حربية عربية الجماعة …", "اتهم آخرون
صالح …", "ان طائراته قصفت مجموعة من المتمردين": the word after the verb (aircraft, forces,
gunmen without a name, "others") is the subject, so the next mention is the object; actor1 is the
subject's side when the text names it ("طائراته": the sentence's earlier actor), else none.
Passive forms written like active ones: "اغتيل X" (unambiguous), and "X، عشرين عاما، قتل بينما …"
(a strictly transitive violent verb with no object: the person before it was acted on).
A verb with a plural pronoun ("وإيرانيون يزورون السعودية") has its subject in it: the mention
after it is its object.
Normalised forms (ة -> ه, ئ -> ي, أ -> ا), see rasd.text.normalize.
"""

from __future__ import annotations

from rasd.doc import Token
from rasd.events import syntax
from rasd.events.argframe import Frame, Placed
from rasd.events.verbforms import complementiser

__all__ = [
    "early_roles",
    "late_roles",
    "owner",
    "passive_patient",
    "passive_topic",
    "passive_verb",
    "unnamed_preverbal",
    "unnamed_vso",
]

# plural or indefinite nouns that are a whole subject: no genitive can follow them
_COMPLETE = frozenset(
    {"اخرون", "مجهولون", "مسلحون", "مهاجمون", "انتحاريون", "مقاتلون", "عسكريون", "متمردون"}
)
# heads of an unnamed armed subject that may take an owner ("طائرات التحالف", "طائراته")
_OWNED = frozenset(
    {"طايرات", "طايره", "مقاتلات", "مروحيات", "مروحيه", "طيران", "مدفعيه", "دبابات", "دبابه"}
    | {"زوارق", "بوارج", "قوات", "قوه", "وحدات", "عناصر", "جنود", "رجال", "مسلحو", "مقاتلو"}
    | {"صواريخ", "قذايف", "مسلحي", "مقاتلي", "عناصرها"}
)
_PRONOUNS = ("ه", "ها", "هم", "هما")
_TIME = frozenset({"امس", "اليوم", "ليلا", "فجرا", "صباحا", "مساء", "مجددا", "ايضا", "بدورها"})
# unambiguous passives (ASSAULT / COERCE)
_PASSIVE = frozenset({"اغتيل", "اغتيلت", "اغتيلا", "اغتيلوا", "اصيب", "اصيبت", "اصيبوا"})
_TOPIC_GAP = 10  # "المزارع ابراهيم صالحة، عشرين عاماً، قتل": the topic this far back
_STRICT = frozenset({"قتل", "اغتيل", "اعدم", "خطف", "اختطف", "اعتقل", "جرح", "اغتال"})


def _head(tok: Token) -> tuple[str, bool]:
    """("complete" | "owned" | "", pronoun suffix) for the word after the verb."""
    form = tok.stem_form
    if form in _COMPLETE:
        return "complete", False
    if form in _OWNED:
        return "owned", False
    for suf in _PRONOUNS:
        if form.endswith(suf) and form[: -len(suf)] in _OWNED:
            return "owned", True
    return "", False


def owner(f: Frame) -> Placed | None:
    """The antecedent of a possessive pronoun on the subject ("قال الجيش التركي ان طائراته"):
    the sentence's first free mention, its speaker included."""
    return next((p for p in f.earlier[::-1] if not (p.counted or p.marked or p.dative)), None)


def _covered(f: Frame, k: int) -> bool:
    start = f.tokens[k].start
    return any(p.mention.start <= start < p.mention.end for p in f.later)


def _side_adjective(f: Frame, k: int, nxt: Placed) -> bool:
    """The mention is the head's owner or side: a genitive right after it ("طائرات التحالف")
    or an indefinite nisba after its adjectives ("طائرات حربية سعودية")."""
    if nxt.first == k + 1:
        return True
    words = f.tokens[k + 1 : nxt.first + 1]
    if nxt.first - k > 3:
        return False
    return all(t.kind == "word" and "ال" not in {p.form for p in t.prefixes} for t in words)


def unnamed_vso(f: Frame, side: Placed | None) -> tuple[bool, Placed | None, Placed | None]:
    """(applies, actor1, actor2) for a verb trigger whose subject right after it is no mention.
    ``side`` is the pronoun's antecedent ("طائراته"), used when the head has a pronoun suffix."""
    k = f.trig[1]
    while k < len(f.tokens) and f.tokens[k].norm in _TIME:
        k += 1
    if k >= len(f.tokens) or f.tokens[k].kind != "word" or f.tokens[k].prefixes:
        return False, None, None
    kind, owned = _head(f.tokens[k])
    if not kind or _covered(f, k):
        return False, None, None
    nxt = next((p for p in f.after if p.first > k and not p.agent), None)
    if kind == "owned" and not owned and nxt is not None and _side_adjective(f, k, nxt):
        return False, None, None  # "طائرات التحالف": the genitive owner acts (VSO as before)
    obj = f.target or (nxt if nxt is not None and not nxt.dative else None)
    return True, side if owned else None, obj


def unnamed_preverbal(f: Frame, side: Placed | None) -> tuple[bool, Placed | None, Placed | None]:
    """Pattern "ان طائراته قصفت مجموعة من المتمردين": the word right before the verb is its
    unnamed subject (after "إن / أن" or with a pronoun suffix), so the mention after is the
    object and actor1 the pronoun's antecedent (``side``) or none."""
    k = f.trig[0] - 1
    if k < 1 or f.tokens[k].kind != "word" or _covered_before(f, k):
        return False, None, None
    kind, owned = _head(f.tokens[k])
    if not kind or not (owned or complementiser(f.tokens[k - 1])):
        return False, None, None
    obj = f.target or next((p for p in f.after if not (p.agent or p.dative)), None)
    return True, side if owned else None, obj


def _covered_before(f: Frame, k: int) -> bool:
    start = f.tokens[k].start
    return any(p.mention.start <= start < p.mention.end for p in f.earlier)


def passive_verb(tok: Token) -> bool:
    """A verb form that is only passive once unvocalised ("اغتيل", "اغتيلت", "أصيب")."""
    return tok.stem_form in _PASSIVE or tok.norm in _PASSIVE


def passive_patient(f: Frame) -> Placed | None:
    """The mention right after a passive verb (at most two definite words between):
    "اغتيل الصحفي عبدالله قابل"; not "اللذين اغتيلا وقام المتمردون"."""
    if not passive_verb(f.tokens[f.trig[0]]):
        return None
    nxt = next((p for p in f.after if not (p.agent or p.dative)), None)
    if nxt is None or nxt.first - f.trig[1] > 2:
        return None
    gap = f.tokens[f.trig[1] : nxt.first]  # only a title may stand between ("الصحفي")
    return nxt if all([c.form for c in t.prefixes] == ["ال"] for t in gap) else None


def passive_topic(f: Frame) -> Placed | None:
    """Pattern "المزارع ابراهيم صالحة، عشرين عاماً، قتل بينما …": a strictly transitive violent
    verb with no mention after it in its clause; the person named before it (an unknown name or
    a civilian) across commas was acted on."""
    tok = f.tokens[f.trig[0]]
    if f.trig[1] - f.trig[0] != 1 or tok.prefixes or syntax.plural_verb(tok):
        return None
    if tok.stem_form not in _STRICT and tok.norm not in _STRICT:
        return None
    if f.after:
        return None
    near = next((p for p in f.earlier if not (p.dative or p.marked or p.agent)), None)
    if (
        near is None
        or f.trig[0] - near.first > _TOPIC_GAP
        or not any(t.kind == "punct" for t in f.tokens[near.first : f.trig[0]])
    ):
        return None
    aid = near.mention.actor_id
    return near if aid.startswith("unk-") or aid.endswith("civilians") else None


Roles = tuple[Placed | None, Placed | None]


def early_roles(f: Frame) -> Roles | None:
    """Before the passive-agent rule: an unnamed subject before the verb, a passive's patient."""
    pre = unnamed_preverbal(f, owner(f))
    if pre[0]:
        return pre[1], pre[2]
    patient = passive_patient(f) if f.agent is None else None
    return (None, patient) if patient is not None else None


def late_roles(f: Frame, violent: bool) -> Roles | None:
    """Before verb-subject-object: an unnamed subject after the verb, a passive's topic."""
    vso = unnamed_vso(f, owner(f))
    if vso[0]:
        return vso[1], vso[2]
    victim = passive_topic(f) if violent else None
    if victim is not None:
        return None, victim
    return plural_roles(f)


def plural_roles(f: Frame) -> Roles | None:
    """Pattern "قصفوا مواقع X": a verb with a plural pronoun has its subject in it (verb-first
    verbs stay singular), so the mention after it is its object and the subject the nearest
    free mention before."""
    tok = f.tokens[f.trig[0]]
    if f.trig[1] - f.trig[0] != 1 or not syntax.plural_verb(tok):
        return None
    obj = f.target or next((p for p in f.after if not (p.agent or p.dative)), None)
    if obj is None:
        return None
    subj = next((p for p in f.before if not (p.dative or p.counted or p.marked)), None)
    return subj, obj
