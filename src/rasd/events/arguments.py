"""Argument assignment: actors, location, date, fatalities, quantities and evidence of one event.

Reads the layers other stages wrote (``actor_mentions``, ``places``, ``dates``, ``quantities``)
and never guesses ids: ``actor1``/``actor2`` are actor ids from the mentions, ``location`` a place
id.  Rules (Arabic is mostly verb-subject-object; cue words in rasd.events.syntax):

* Mentions inside a place phrase ("في بغداد", "شمال العراق") are not arguments.
* "بين X و Y" right after the trigger: X acts, Y is the other side.
* "على يد X", "من قبل X", "بواسطة X": X acts (passive agent).
* A mention introduced by على / ضد (or مع for meetings/agreements), one or two words before
  it, is the target, actor2.  A counted mention ("11 مسلحا", "ثمانية اشخاص") is acted on.
* Verb trigger: "أعلن X أنه سيمنع …": X (subject of the speech verb) acts; a mention at most
  four tokens before it is its subject (SVO); otherwise actor1 is the first mention after it
  (VSO), else the nearest before.
* Agent trigger ("المتظاهرون", "انتحاري") or a trigger that is itself an actor mention: that
  mention acts; a marked mention after it is actor2.
* Noun trigger: "هجوم شنه X", "غارات X على Y", "ضربة جوية اميركية": X acts; "اغتيال X",
  "مقتل X": X is acted on, and actor1 is the nearest uncounted mention before ("شن X هجوما").
* Subjects in rasd.events.argframe: a plural verb joined by و / ف ("ويطالبون قوات الأسد") or
  a conjoined verb with no subject takes the sentence's first free mention; "تعرض / نجا X …
  من محاولة اغتيال" and "X الذي قتل" are acted on; "استهدفت / مستهدفة X" is hit.
* REQUEST / ACCUSE / THREATEN: "طلب X من Y", "طالب X Y بوقف", "مطالبا Y بـ": Y is addressed.
* PROTEST sides follow ACLED (rasd.events.protest_args); unnamed subjects ("قصفت طائرات حربية
  X": X is the object) and passives that look active ("اغتيل X") in rasd.events.unnamed.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasd.doc import ActorMention, Token
from rasd.events import argframe, protest_args, roles, syntax, unnamed, verbforms
from rasd.events.argframe import Frame, Placed
from rasd.events.generic_args import SITE

__all__ = ["ActorSlots", "assign_actors", "token_index"]

_TARGET_MARKS = frozenset({"علي", "ضد", "بحق", "تجاه"})
# "أفرج عن الرهائن", "رفع العقوبات عن إيران": the released; "فروا من التنظيم": the one left
_TYPE_MARKS = {"CONCEDE": frozenset({"عن"}), "RETREAT": frozenset({"من"})}
_BETWEEN = "بين"
_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_ADDRESSEE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
_VIOLENT = frozenset({"ASSAULT", "COERCE"})
# verbs whose "بـ" complement names the object: "أشاد بجهود X", "رحب بقرار X"
_BA_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID", "SANCTION"})
_AFTER_WINDOW = 8
_HIT_WINDOW = 16  # "غارات … خلال الأشهر الماضية، مستهدفة مقاتلي X": a hit mention this far
_BEFORE_WINDOW = 12
_RELATIVE_GAP = 6  # "هجوم انتحاري، نسب الى X": the relative verb this close after the noun


@dataclass(frozen=True, slots=True)
class ActorSlots:
    actor1: ActorMention | None
    actor2: ActorMention | None


def token_index(tokens: Sequence[Token], starts: Sequence[int], offset: int) -> int:
    """Index of the token that holds (or follows) character ``offset``."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _is_marked(tokens: Sequence[Token], i: int, event_type: str, trig: tuple[int, int]) -> bool:
    if event_type in _PARTNER_TYPES and syntax.partner_marked(tokens, i):
        return True  # "مع ضباط من الجيش الروسي"
    # "على X", "على مواقع X", "ضد قوات X": the mark one or two words before the mention;
    # "على مجموعة من عناصر X": further across words that name a part of X; not a mark that
    # governs the trigger noun itself ("على دعم أميركا": America backs)
    lo = trig[0] if i >= trig[1] else 0  # ("السيطرة على X": the mark is in the trigger)
    marks = _TARGET_MARKS | _TYPE_MARKS.get(event_type, frozenset())
    return any(
        i - k >= lo and tokens[i - k].norm in marks and not verbforms.partitive(tokens, i - k)
        for k in (1, 2)
    ) or (syntax.target_reach(tokens, i, _TARGET_MARKS) or syntax.condemned(tokens, i))


def _placed(
    tokens: Sequence[Token], m: ActorMention, i: int, event_type: str, trig: tuple[int, int]
) -> Placed:
    agent = syntax.agent_marked(tokens, i)
    marked = not agent and (
        _is_marked(tokens, i, event_type, trig)
        or event_type == "PROTEST"
        and syntax.protest_against(tokens, i)
        or event_type in _BA_TYPES
        and verbforms.ba_object(tokens, i, trig)
    )
    hit = not agent and syntax.targeted(tokens, i, trig)
    dative = syntax.dative(tokens, i) and not syntax.belongs_to(tokens, i)
    speaks = syntax.speaker(tokens, i, trig)
    last = i
    while last + 1 < len(tokens) and tokens[last + 1].end <= m.end:
        last += 1
    # an attacked object ("على موكب الوزير", rasd.events.generic_args) is only acted on
    counted = m.source == SITE or syntax.counted(tokens, i) or syntax.relative_victim(tokens, last)
    return Placed(m, i, marked or hit, agent, counted, speaks, dative, hit)


def _victim_noun(m: ActorMention, pos: str) -> bool:
    return pos in ("noun", "phrase") and roles.is_victim(m)


def _inside(
    tokens: Sequence[Token], m: ActorMention, at: tuple[int, tuple[int, int]], pos: str
) -> bool:
    """A mention in the trigger that names its actor ("انتحاري"); in a phrase a later word is
    the object ("طرد السفير السوري": the expelled)."""
    i, trig = at
    if pos == "verb":
        return m.end <= tokens[trig[1] - 1].end
    return not (pos == "phrase" and i > trig[0])


def _between(tokens: Sequence[Token], trig_last: int, after: list[Placed]) -> ActorSlots | None:
    for i in range(trig_last, min(trig_last + 3, len(tokens))):
        if tokens[i].norm == _BETWEEN:
            pair = [p for p in after if p.first > i][:2]
            if len(pair) == 2:
                return ActorSlots(pair[0].mention, pair[1].mention)
    return None


def assign_actors(
    tokens: Sequence[Token],
    starts: Sequence[int],
    mentions: Sequence[ActorMention],
    trig: tuple[int, int],
    sentence: tuple[int, int],
    event_type: str,
    pos: str,
) -> ActorSlots:
    """actor1 / actor2 for the trigger tokens[trig[0]:trig[1]] inside the sentence token range.

    An attacked object ("أطلقوا النار على دورية", rasd.events.generic_args) is actor2 of a
    violent event only when no other target is found."""
    at = (trig, sentence, event_type, pos)
    plain = [m for m in mentions if m.source != SITE]
    slots = _assign(tokens, starts, plain, at)
    if event_type not in _VIOLENT or slots.actor2 is not None or len(plain) == len(mentions):
        return slots
    site = _assign(tokens, starts, mentions, at).actor2
    if (
        site is None
        or site.source != SITE
        or slots.actor1
        and slots.actor1.actor_id == site.actor_id
    ):
        return slots
    return ActorSlots(slots.actor1, site)


def _assign(
    tokens: Sequence[Token],
    starts: Sequence[int],
    mentions: Sequence[ActorMention],
    at: tuple[tuple[int, int], tuple[int, int], str, str],
) -> ActorSlots:
    trig, sentence, event_type, pos = at
    placed = []
    self_mention = None
    for m in mentions:
        i = token_index(tokens, starts, m.start)
        head = argframe.named_head(mentions, m)
        if head is not None and syntax.modifier(tokens, i, head.end):
            # "التحالف العربي بقيادة السعودية": the coalition, not Saudi Arabia
            m = replace(m, actor_id=head.actor_id)
        if pos == "agent" and i < trig[0] and m.end > tokens[trig[0]].start:
            i = trig[0]  # "آلاف المتظاهرين": the mention holds the agent trigger
        if trig[0] <= i < trig[1] and event_type in _VIOLENT and _victim_noun(m, pos):
            continue  # "احتجزوا أربعة من الشرطة رهائن": the trigger names the victims
        if trig[0] <= i < trig[1] and _inside(tokens, m, (i, trig), pos):
            if pos != "verb":  # a verb names no actor ("طالب" is no student here)
                self_mention = self_mention or Placed(m, i, False)
        elif sentence[0] <= i < sentence[1] and not syntax.locative(tokens, i):
            # a verb trigger inside a mention ("اغتيل كرامي", an NER slip): the rest is its object
            first = max(i, trig[1]) if trig[0] <= i < trig[1] else i
            placed.append(_placed(tokens, m, first, event_type, trig))
    placed.sort(key=lambda p: p.first)
    if event_type in _ADDRESSEE_TYPES:
        placed = argframe.addressees(tokens, placed, trig)
    names = frozenset(
        k
        for m in mentions
        if sentence[0] <= (first := token_index(tokens, starts, m.start)) < sentence[1]
        for k in range(first, token_index(tokens, starts, m.end - 1) + 1)
    )
    frame = _frame(tokens, trig, sentence, placed, (event_type, pos), names)
    if pos == "agent" or self_mention is not None:
        # "المتظاهرون", "انتحاري": the trigger names the actor
        slots = _distinct(self_mention, frame.target)
    else:
        slots = _between(tokens, trig[1], frame.after) or _by_pos(frame, pos)
    if event_type == "PROTEST":
        if slots.actor2 is None:  # "تظاهر … للتنديد بزيارة X": X is opposed
            slots = ActorSlots(*protest_args.opposed(tokens, trig, placed, slots.actor1))
        clause = [p for p in frame.before + frame.after if not p.speaker]
        sides = protest_args.protest_sides(
            (slots.actor1, slots.actor2), [p for p in placed if not p.speaker], clause, trig
        )
        slots = ActorSlots(*sides)
    cands = [(p.mention, p.first, p.counted) for p in placed if not p.speaker]
    a1, a2 = roles.settle((slots.actor1, slots.actor2), cands, trig, event_type)
    return ActorSlots(a1, a2)


def _frame(
    tokens: Sequence[Token],
    trig: tuple[int, int],
    sentence: tuple[int, int],
    placed: list[Placed],
    kind: tuple[str, str],
    names: frozenset[int],
) -> Frame:
    """Candidates around the trigger, kept to its own clause ("X قال إن Y هاجم": Y, not X).

    Before a verb the clause starts at a comma or "أن / فيما / حيث" (a noun keeps the whole
    window: "شن X ، أمس ، هجوما"); the speaker of a speech verb ("قال X") is no party to a
    violent event."""
    event_type, pos = kind
    mute = event_type in _VIOLENT
    end = syntax.after_limit(tokens, trig[1], sentence[1], names)
    window = [p for p in placed if trig[1] <= p.first < end and not (mute and p.speaker)]
    after = [p for p in window if p.first < trig[1] + (_HIT_WINDOW if p.hit else _AFTER_WINDOW)]
    if not mute and any(not (p.marked or p.agent or p.dative) for p in after):
        # past a long subject ("دعت منظمة «هيومن رايتس ووتش» الحقوقية، أمس، الحوثيين")
        after += [
            p
            for p in window[len(after) :]
            if argframe.far_object(tokens, trig[1], p, names, _AFTER_WINDOW)
        ]
    if pos == "verb":
        start = syntax.clause_start(tokens, sentence[0], trig[0], names)
    else:  # "لندن ـ «الشرق الأوسط»: تحولت مسيرة …": a colon ends the dateline
        start = syntax.heading_end(tokens, sentence[0], trig[0])
    lo = max(trig[0] - _BEFORE_WINDOW, start)
    before = [p for p in placed if lo <= p.first < trig[0] and not (mute and p.speaker)][::-1]
    earlier = [p for p in placed if p.first < trig[0]][::-1]
    later = tuple(p for p in placed if p.first >= trig[1])
    return Frame(tokens, trig, after, before, earlier, event_type, later)


def _verb(f: Frame) -> ActorSlots:
    unmarked = [p for p in f.after if not p.marked and not p.agent]
    close = argframe.preverbal_subject(f)
    obj = f.target or (unmarked[0] if unmarked else None)
    carried = argframe.carried_subject(f)
    if carried is not None:
        return _distinct(carried, obj)
    if f.trig[1] - f.trig[0] == 1 and verbforms.first_person(f.tokens[f.trig[0]]):
        speaker = next((p for p in f.earlier if p.speaker), None)  # "قال X: «وافقنا»"
        if speaker is not None:
            return _distinct(speaker, obj if obj is not speaker else None)
    rel, ante = argframe.relative_clause(f)
    if rel == "clitic" and unmarked and not unmarked[0].dative:
        return _distinct(unmarked[0], ante)  # "الميليشيات التي تدعمها إيران"
    if argframe.unnamed_subject(f):  # "إن الرئيس يدعم قبيلة": the subject is no mention
        return _distinct(None, obj)
    early = unnamed.early_roles(f)  # "ان طائراته قصفت X", "اغتيل الصحفي X": X is acted on
    if early is not None:
        return _distinct(*early)
    if f.agent is not None:  # passive: "خطف X على يد مسلحين"
        # "ان عبد الحنان الموظف في اللجنة خطف … على يد مسلحين": the clause's topic is acted on
        topic = close or next((p for p in f.before if not (p.dative or p.agent)), None)
        patient = f.target or (unmarked[0] if unmarked else topic)
        return _distinct(f.agent, patient)
    if close is not None and close.counted and f.event_type in _VIOLENT:  # "ثمانية اشخاص قتلوا"
        # (a counted subject of another act acts: "بعض الضباط رفضوا")
        return _distinct(None, close)
    if close is not None and f.event_type in _VIOLENT and roles.is_victim(close.mention):
        # "تعمدوا مهاجمة المستشفيات وقصفها": a victim before a joined verb ends the clause before
        carried = argframe.conjoined_subject(f)
        if carried is not None and carried.first < close.first:
            return _distinct(carried, obj or close)
    if close is not None and not close.marked:  # subject-verb-object
        return _distinct(close, argframe.restated_object(close, obj, f.after))
    found, topic = argframe.kana_topic(f)
    if found:  # "وكان X، استقبل Y": X (or an unnamed subject) acts on Y
        if topic is not None and topic.counted:
            return _distinct(None, topic)
        nearest = next((p for p in f.after if not (p.agent or p.dative)), None)
        first = nearest if f.event_type not in _VIOLENT else None
        return _distinct(topic, first or obj)  # "وكان مسؤول قد طالب تركيا بوقف غاراتها على X"
    if unmarked and unmarked[0].counted:  # "قتل 13 عراقيا": object, no subject after
        return _distinct(None, unmarked[0])
    if argframe.pronoun_verb(f):
        # "ويطالبون قوات الأسد بوقف تقدمه": the pronoun is the subject, the mention the object
        return _distinct(argframe.pronoun_subject(f), obj)
    late = unnamed.late_roles(f, f.event_type in _VIOLENT)  # "قصفت طائرات حربية الجماعة"
    if late is not None:
        return _distinct(*late)
    subjects = [p for p in unmarked if not p.dative]  # "لتنظيم داعش" may be acted on, never act
    nearest = next((p for p in f.before if not (p.dative or p.counted)), None)
    a1 = subjects[0] if subjects else nearest
    free = a1 is None and f.event_type not in _VIOLENT  # violent events take the tally instead
    a2 = f.target or next((p for p in unmarked if free or a1 and p.first > a1.first), None)
    if a1 is None:  # "رفضت السماح للقوات الأميركية": no subject, the dative is the object;
        # "اقتحم مسلحون القرية وخطفوا …": the subject of the verb before
        return _distinct(argframe.conjoined_subject(f), a2)
    return _distinct(a1, a2)


def _by_pos(f: Frame, pos: str) -> ActorSlots:
    if (
        pos == "noun"
        and f.trig[1] - f.trig[0] == 1
        and verbforms.imperfect_shape(f.tokens, f.trig[0])
    ):
        pos = "verb"  # "يدعم قبيلة": a verbal-noun entry matched an imperfect verb
    if (
        pos == "verb"
        and f.trig[1] - f.trig[0] == 1
        and verbforms.circumstantial(f.tokens[f.trig[0]])
    ):
        pos = "noun"  # "مشيداً بالدور …": a participle, its subject the sentence's
    if pos == "noun":
        return _noun(f)
    if pos == "verb" and verbforms.governed(f.tokens, f.trig[0]):
        return _governed(f)  # "كشفت الوزارة عن ضبط شبكة": a verbal noun
    return _verb(f)


def _governed(f: Frame) -> ActorSlots:
    """A verbal noun read as a verb form ("تمكنت المقاومة من قتل 4 من مسلحي X"): its agent is
    the governing verb's subject, its object the first free mention after it ("عن قصف طائرات
    التحالف لمخازن لتنظيم داعش": a "لـ" object after the agent)."""
    slots = _noun(f)
    if slots.actor2 is not None:
        return slots
    taken = slots.actor1.actor_id if slots.actor1 else None
    free = [
        p
        for p in f.after
        if not p.agent
        and p.mention.actor_id != taken
        and not any(t.kind == "punct" for t in f.tokens[f.trig[1] : p.first])
    ]
    obj = next((p for p in free if not p.dative), None)
    if obj is None and slots.actor1 is not None and f.after and slots.actor1 is f.after[0].mention:
        obj = next((p for p in free if p.dative), None)
    return ActorSlots(slots.actor1, obj.mention if obj else None)


def _noun_agent(f: Frame) -> Placed | None:
    if f.agent is not None:
        return f.agent
    end = min(f.trig[1] + _RELATIVE_GAP, len(f.tokens))
    for k in range(f.trig[1], end):
        if syntax.relative_agent_verb(f.tokens[k]):  # "هجوم شنه X"
            return next((p for p in f.after if p.first > k and not p.marked), None)
    if syntax.attack_noun(f.tokens[f.trig[1] - 1]) or syntax.attack_noun(f.tokens[f.trig[0]]):
        # "غارات التحالف على …", "ضربة جوية اميركية", "هجوم لمسلحين"
        near = next(
            (p for p in f.after if p.first < f.trig[1] + 2 and not p.marked and not p.counted),
            None,
        )
        if near is not None:
            return near
    return argframe.claimant(f) if f.event_type == "ASSAULT" else None


def _noun(f: Frame) -> ActorSlots:
    agent = _noun_agent(f)
    undergo, patient = argframe.undergoer(f)
    if undergo:
        return _distinct(agent, patient)
    unmarked = [p for p in f.after if not p.marked and p is not agent]
    if agent is None and f.target is not None and unmarked and unmarked[0].first < f.target.first:
        return _distinct(unmarked[0], f.target)  # "هجوم X على Y"
    # "اغتيال X", "مقتل ثمانية من مقاتلي X": the genitive is acted on
    obj = next((p for p in unmarked if p.first < f.trig[1] + 3), None)
    participle = verbforms.circumstantial(f.tokens[f.trig[0]])  # "مطالبا X": X is addressed
    if agent is None and obj is not None and not participle and argframe.genitive_acts(f, obj):
        # "رفض واشنطن", "مظاهرات المواطنين", "زيارة الوزير": the genitive acts
        return _distinct(obj, f.target)
    obj = f.target or (obj if agent is None else None)
    if agent is None and participle:
        agent = argframe.pronoun_subject(f)  # "وقاطع X المحادثات … ومنتقدا خصوم دمشق"
    if agent is None:  # "شن X هجوما", "قتلت قوات X ستة مسلحين في غارة"
        agent = argframe.light_subject(f) or next(
            (p for p in f.before if not (p.counted or p.marked or p.dative)), None
        )
        agent = argframe.first_conjunct(f, agent) if agent is not None else None
    if obj is None:
        # "قتل 4 جنود في هجوم شنه مسلحون", "قتلت قوات X ستة مسلحين في غارة"
        agent_first = agent.first if agent is not None else -1
        after_agent = agent is None or agent_first >= f.trig[1]
        obj = next(
            (p for p in f.before if p.counted and (after_agent or p.first > agent_first)), None
        )
    return _distinct(agent, argframe.restated_object(agent, obj, f.after))


def _distinct(a1: Placed | None, a2: Placed | None) -> ActorSlots:
    m1 = a1.mention if a1 else None
    m2 = a2.mention if a2 else None
    if m1 is not None and m2 is not None and m1.actor_id == m2.actor_id:
        m2 = None
    return ActorSlots(m1, m2)
