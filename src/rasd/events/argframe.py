"""Clause frame of one trigger and the rules that find a subject in it (rasd.events.arguments).

``Placed`` is an actor mention with its syntactic marks; ``Frame`` the mentions around a
trigger kept to its clause.  Subject rules: "أعلن X أنه سيمنع" (carried by "أنه"), SVO with
coordination ("الحوثيين وقوات صالح قصفوا"), relative clauses ("وفد X الذي خرج … واجتمع"), a
conjoined verb with no subject of its own ("اطلقت القوات صاروخا … فقتلت"), the claimant of an
attack ("تبناه تنظيم القاعدة") and the undergoer of "تعرض / نجا X … من محاولة اغتيال".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasd.doc import ActorMention, Token
from rasd.events import syntax, verbforms

__all__ = [
    "Frame",
    "Placed",
    "addressees",
    "carried_subject",
    "claimant",
    "conjoined",
    "conjoined_subject",
    "first_conjunct",
    "kana_topic",
    "light_subject",
    "named_head",
    "restated_object",
    "unnamed_subject",
    "relative_clause",
    "preverbal_subject",
    "pronoun_subject",
    "pronoun_verb",
    "relative_subject",
    "undergoer",
]

_BETWEEN = "بين"
_SUBJECT_GAP = 4  # a mention this close before a verb trigger is its subject (SVO)
_RELATIVE_GAP_VERB = 9  # "X الذي خرج من منطقة دوما واجتمع": the verb this close after "الذي"
_CARRY_GAP = 3
_UNDERGO_GAP = 24  # "تعرض / نجا X …" this many tokens before the attack noun
_CLAIM_GAP = 4
_KANA_GAP = 14  # "وكان ولي العهد … الأمير محمد بن نايف، استقبل": the topic this far back
_KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"})
_PARTICLES = frozenset(
    {"قد", "لقد", "ما", "لا", "لم", "قبل", "بعد"}
)  # "تبناه «تنظيم القاعدة»": the claimant this close after the claim verb


@dataclass(frozen=True, slots=True)
class Placed:
    mention: ActorMention
    first: int  # token index of its first token
    marked: bool  # introduced by a target / partner mark
    agent: bool = False  # "على يد X", "من قبل X"
    counted: bool = False  # "11 مسلحا": acted on
    speaker: bool = False  # "قال X": speaks, not an argument of another verb
    dative: bool = False  # "للصحافيين", "لشرطة المرور": a possessor or addressee, not a subject
    hit: bool = False  # "مستهدفة مقاتلي الشباب": named as what an attack hit


@dataclass(frozen=True, slots=True)
class Frame:
    tokens: Sequence[Token]
    trig: tuple[int, int]
    after: list[Placed]  # in text order
    before: list[Placed]  # nearest first
    earlier: list[Placed]  # every mention before the trigger in the sentence, nearest first
    event_type: str = ""
    later: tuple[Placed, ...] = ()  # every mention after the trigger in the sentence

    @property
    def agent(self) -> Placed | None:
        return next((p for p in self.after + self.before if p.agent), None)

    @property
    def target(self) -> Placed | None:
        return next((p for p in self.after if p.marked), None)


def carried_subject(f: Frame) -> Placed | None:
    """Pattern "أعلن X أنه سيمنع …": the nearest uncounted mention before "أنه", none in between."""
    for k in range(f.trig[0] - 1, max(-1, f.trig[0] - 1 - _CARRY_GAP), -1):
        if syntax.pronoun_complementiser(f.tokens[k]):
            if any(p.first > k for p in f.earlier):
                return None
            return next((p for p in f.earlier if not p.counted and not p.marked), None)
    return None


_QUOTES = frozenset({"«", '"', "“", "”"})


def preverbal_subject(f: Frame) -> Placed | None:
    """SVO: a mention at most four tokens before the verb, no punctuation in between; or the
    noun a relative clause hangs on ("وفد X الذي خرج من دوما واجتمع مع …": X)."""
    if not f.before or f.before[0].dative:
        return None
    if f.trig[0] - f.before[0].first > _SUBJECT_GAP:
        return relative_subject(f)
    between = f.tokens[f.before[0].first : f.trig[0]]
    lead = f.tokens[f.before[0].first - 1] if f.before[0].first > 0 else None
    quoted = lead is not None and verbforms.complementiser(lead)
    if any(t.kind == "punct" and not (quoted and t.norm in _QUOTES) for t in between):
        return None  # (a quote after "بأن X" is no break: "بأن كيري «رحّب»")
    return first_conjunct(f, f.before[0])


def relative_subject(f: Frame) -> Placed | None:
    """The mention right before "الذي / التي / الذين" when the verb lies in that relative clause."""
    near = f.before[0]
    rel = next(
        (k for k in range(near.first + 1, f.trig[0]) if syntax.relative_pronoun(f.tokens[k])),
        None,
    )
    if rel is None or f.trig[0] - rel > _RELATIVE_GAP_VERB or near.first < rel - 4:
        return None
    if near.mention.end < f.tokens[rel - 1].end:
        return None  # words other than the mention itself stand before the pronoun
    if any(t.kind == "punct" for t in f.tokens[near.first : f.trig[0]]):
        return None
    return near


def first_conjunct(f: Frame, last: Placed) -> Placed:
    """Of coordinated mentions ("الحوثيين وقوات صالح قصفوا") the first one."""
    first = last
    for p in (q for q in f.earlier if q.first < last.first):
        gap = f.tokens[p.first : first.first]
        if first.first - p.first > 4 or "و" not in (c.form for c in f.tokens[first.first].prefixes):
            break
        if any(t.kind == "punct" for t in gap) or f.tokens[p.first - 1].norm == _BETWEEN:
            break  # "بين الشرطة ومتظاهرين كانوا يحتجون": two sides, not one subject
        first = p
    return first


def conjoined(f: Frame) -> bool:
    """A verb joined by و / ف ("وقصفها", "فقتلت"); "وللتحالف" is a noun."""
    forms = {p.form for p in f.tokens[f.trig[0]].prefixes}
    return bool(forms & {"و", "ف"}) and not forms - {"و", "ف", "س"}


def conjoined_subject(f: Frame) -> Placed | None:
    """Pattern "اطلقت القوات صاروخا … فقتلت": a verb joined by و / ف with no subject of its own
    keeps the subject of the sentence's first clause, its first free mention."""
    if not conjoined(f):
        return None
    return next(
        (p for p in f.earlier[::-1] if not (p.counted or p.marked or p.dative or p.speaker)),
        None,
    )


def claimant(f: Frame) -> Placed | None:
    """Pattern "… وقد تبناه تنظيم القاعدة", "أعلنت حركة طالبان مسؤوليتها": who claimed the attack."""
    if not f.later:
        return None
    for k in range(f.trig[1], f.later[-1].first + 2):
        tok = f.tokens[k] if k < len(f.tokens) else None
        if tok is None:
            break
        if syntax.relative_agent_verb(tok):
            return next((p for p in f.later if k < p.first <= k + _CLAIM_GAP), None)
        if syntax.responsibility(tok):
            return next((p for p in f.later[::-1] if k - _CLAIM_GAP <= p.first < k), None)
    return None


def undergoer(f: Frame) -> tuple[bool, Placed | None]:
    """Pattern "تعرضت القوات لهجوم", "نجا قائد شرطة النجدة في بغداد، أمس، من محاولة اغتيال":
    (an undergo verb governs the trigger, the mention acted on).  The patient is the first
    mention after the verb ("تعرضت وزيرة الدولة انجلينا مانج … لمحاولة اغتيال"), else the
    subject right before it with no punctuation in between ("القوات تعرضت لهجوم")."""
    for k in range(f.trig[0] - 1, max(-1, f.trig[0] - 1 - _UNDERGO_GAP), -1):
        tok = f.tokens[k]
        if tok.norm in {".", "؛", ";", ":"} or syntax.clause_word(tok):
            break
        if syntax.undergo_verb(tok):
            inside = next((p for p in f.earlier[::-1] if k < p.first < f.trig[0]), None)
            if inside is not None:
                return True, inside
            near = next((p for p in f.earlier if p.first < k), None)
            if near is None or k - near.first > 2:
                return True, None
            glued = not any(t.kind == "punct" for t in f.tokens[near.first : k])
            return True, near if glued else None
    return False, None


def pronoun_subject(f: Frame) -> Placed | None:
    """Pattern "يتخوف أهالي الأحياء … ويطالبون قوات الأسد": the verb's pronoun stands for the
    sentence's first free mention before it."""
    return next(
        (p for p in f.earlier[::-1] if not (p.counted or p.marked or p.dative or p.speaker)),
        None,
    )


_PRONOUN_LEAD = frozenset({"الذين", "اللذين", "قد", "ثم", "وقد", "فقد"})


def pronoun_verb(f: Frame) -> bool:
    """A plural verb whose subject is its pronoun: joined by و / ف ("ويطالبون"), or after
    "الذين / قد / أنهم" ("الذين طالبوا الأسد"); a plain plural verb may follow a subject noun
    that is no actor mention ("الثوار انسحبوا")."""
    tok = f.tokens[f.trig[0]]
    if f.trig[1] - f.trig[0] != 1 or not syntax.plural_verb(tok):
        return False
    if {p.form for p in tok.prefixes} & {"و", "ف"}:
        return True
    prev = f.tokens[f.trig[0] - 1] if f.trig[0] > 0 else None
    return prev is not None and (prev.norm in _PRONOUN_LEAD or syntax.pronoun_complementiser(prev))


def light_subject(f: Frame) -> Placed | None:
    """Pattern "ثمانية جنود أميركيين نفذوا الغارة": the subject right before the verb that
    governs the attack noun (a counted subject included)."""
    k = f.trig[0] - 1
    while k > 0 and syntax.number_word(f.tokens[k]):  # "شنوا ثلاث غارات"
        k -= 1
    if k < 1 or not verbforms.light_verb(f.tokens[k]):
        return None
    near = next((p for p in f.earlier if p.first < k), None)
    if near is None or near.marked or near.dative or k - near.first > _SUBJECT_GAP:
        return None
    glued = not any(t.kind == "punct" for t in f.tokens[near.first : k])
    return near if glued and near.mention.end <= f.tokens[k].start else None


def relative_clause(f: Frame) -> tuple[str, Placed | None]:
    """A verb right after "الذي / التي / الذين": ("clitic", antecedent) when it carries an object
    pronoun ("الميليشيات التي تدعمها إيران": the mention after acts on the antecedent), ("plain",
    antecedent) otherwise (the antecedent is the subject), ("", None) for no relative clause."""
    k = f.trig[0] - 1
    if k < 1 or not syntax.relative_pronoun(f.tokens[k]):
        return "", None
    near = next((p for p in f.earlier if p.first < k), None)
    glued = near is not None and k - near.first <= _SUBJECT_GAP
    glued = glued and not any(t.kind == "punct" for t in f.tokens[near.first : k])  # type: ignore[union-attr]
    ante = near if glued else None
    return ("clitic" if verbforms.object_clitic(f.tokens[f.trig[0]]) else "plain"), ante


def unnamed_subject(f: Frame) -> bool:
    """Pattern "إن الرئيس يدعم قبيلة": after "إن / أن" the definite noun right before the verb
    is its subject, though no actor mention; the mention after the verb is then its object."""
    k = f.trig[0] - 1
    if k < 1:
        return False
    noun = f.tokens[k]
    if any(p.mention.start <= noun.start < p.mention.end for p in f.earlier):
        return False
    forms = [p.form for p in noun.prefixes]
    return noun.kind == "word" and forms == ["ال"] and verbforms.complementiser(f.tokens[k - 1])


def kana_topic(f: Frame) -> tuple[bool, Placed | None]:
    """Pattern "وكان ولي العهد الأمير محمد بن نايف، استقبل … وزير الخارجية المصري": the words
    between "كان" and the verb are its subject (the mention among them, else an unnamed one),
    so a mention after the verb is its object.  (False, None) when no such topic stands."""
    for k in range(f.trig[0] - 1, max(-1, f.trig[0] - 1 - _KANA_GAP), -1):
        tok = f.tokens[k]
        comma = tok.norm in {"،", ","} and k < f.trig[0] - 1  # "محمد بن نايف، استقبل" only
        if comma or tok.norm in {".", "؛", ";", ":", "!", "?", "؟"} or syntax.clause_word(tok):
            return False, None
        if syntax.relative_pronoun(tok):
            return False, None  # "الميليشيات التي حشدت": the relative clause has its subject
        if tok.norm in _KANA:
            words = [t for t in f.tokens[k + 1 : f.trig[0]] if t.kind == "word"]
            if all(t.norm in _PARTICLES for t in words):
                return False, None  # "كان قد قصف X": X may be the subject after the verb
            topic = next(
                (
                    p
                    for p in f.earlier[::-1]
                    if k < p.first < f.trig[0] and not (p.marked or p.dative or p.speaker)
                ),
                None,
            )
            return True, topic
    return False, None


def named_head(mentions: Sequence[ActorMention], m: ActorMention) -> ActorMention | None:
    """The mention right before ``m`` when it names a registry actor (not "قوات", nor an unknown
    organisation): "التحالف العربي" before "بقيادة السعودية" (see syntax.modifier)."""
    prev = max((x for x in mentions if x.end <= m.start), key=lambda x: x.end, default=None)
    if prev is None or prev.source == "generic" or prev.actor_id.startswith("unk-"):
        return None
    return prev


def restated_object(agent: Placed | None, obj: Placed | None, after: list[Placed]) -> Placed | None:
    """Pattern "أكد السفير الصيني دعم بلاده لليمن": an object that restates the agent ("بلاده")
    gives way to the mention right after it."""
    if agent is None or obj is None or obj.mention.actor_id != agent.mention.actor_id:
        return obj
    return next((p for p in after if obj.first < p.first <= obj.first + 2), None)


def addressees(
    tokens: Sequence[Token], placed: list[Placed], trig: tuple[int, int]
) -> list[Placed]:
    """Pattern "طلب X من Y", "طالب X الحكومة بوقف", "مطالبا نظام الأسد بوقف": Y is addressed
    (actor2).  "Y بـ…" is the addressee only after another mention or after a participle
    ("مطالبا", "متهما"); right after a finite verb it is the subject ("توعد المتظاهرون بأن")."""
    lead = syntax.participle(tokens[trig[0]])
    out: list[Placed] = []
    for p in placed:
        seen = any(trig[1] <= q.first < p.first for q in placed)
        if p.first >= trig[1] and not (p.marked or p.agent):
            if (
                tokens[p.first - 1].norm == "من"
                and p.first - 1 - trig[1] <= 3
                or ((seen or lead) and _before_ba(tokens, p.mention, p.first))
                or (out and out[-1].marked and _apposed(tokens, out[-1].mention, p.first))
            ):
                p = replace(p, marked=True)
                subject = any(o.first >= trig[1] for o in out[:-1])
                if subject and _first_conjunct_of(tokens, out[-1], p, trig):
                    # "طالب هادي المليشيات الحوثية وقوات صالح باحترام": both are addressed
                    out[-1] = replace(out[-1], marked=True)
        out.append(p)
    return out


def _first_conjunct_of(
    tokens: Sequence[Token], q: Placed, p: Placed, trig: tuple[int, int]
) -> bool:
    """``q``, an unmarked mention after the verb, ends right before ``p``, which "و" joins."""
    pre = tokens[p.first].prefixes
    return (
        not q.marked
        and q.first >= trig[1]
        and p.first > q.first
        and tokens[p.first - 1].end <= q.mention.end
        and bool(pre)
        and pre[0].form == "و"
    )


def _apposed(tokens: Sequence[Token], prev: ActorMention, i: int) -> bool:
    """Pattern "من الأمين العام للأمم المتحدة بان كي مون": a mention right after an addressee
    (no word, comma or "و" between) names the same addressee."""
    return i > 0 and tokens[i - 1].end <= prev.end and not tokens[i].prefixes


def _before_ba(tokens: Sequence[Token], m: ActorMention, i: int) -> bool:
    last = i
    while last + 1 < len(tokens) and tokens[last + 1].end <= m.end:
        last += 1
    return last + 1 < len(tokens) and syntax.ba_complement(tokens[last + 1])


# verbal nouns of intransitive acts: the genitive after them is the actor ("انسحاب القوات")
_SUBJECT_GENITIVE = frozenset(
    {"PROTEST", "REJECT", "CONSULT", "MOBILIZE", "RETREAT", "THREATEN", "REQUEST"}
)
_DATIVE_GENITIVE = frozenset({"SUPPORT"})  # (AID: "إغاثة النازحين": the genitive receives)


def genitive_acts(f: Frame, gen: Placed) -> bool:
    """The genitive of an intransitive act or a request acts ("رفض واشنطن", "طلب الحكومة");
    so does that of backing followed by its "لـ" recipient ("دعم أميركا للسوريين")."""
    if f.event_type in _SUBJECT_GENITIVE:
        return True
    if f.event_type not in _DATIVE_GENITIVE or gen.dative:
        return False
    nxt = next(
        (k for k in range(gen.first, len(f.tokens)) if f.tokens[k].start >= gen.mention.end), None
    )
    return nxt is not None and any(p.form == "ل" for p in f.tokens[nxt].prefixes)


def far_object(
    tokens: Sequence[Token], lo: int, p: Placed, names: frozenset[int], window: int
) -> bool:
    """A mention within the window once a name counts as one word and punctuation as none
    ("منظمة «هيومن رايتس ووتش» الحقوقية، أمس، الحوثيين": the addressee is seven words on)."""
    words = sum(
        1
        for k in range(lo, p.first)
        if tokens[k].kind != "punct" and not (k in names and k - 1 in names)
    )
    return words < (2 * window if p.hit else window)
