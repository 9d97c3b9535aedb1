"""Argument assignment: actors, location, date, fatalities, quantities and evidence of one event.

Reads the layers other stages wrote (``actor_mentions``, ``places``, ``dates``, ``quantities``)
and never guesses ids: ``actor1``/``actor2`` are actor ids from the mentions, ``location`` a place
id.  Rules (Arabic is mostly verb-subject-object):

* "بين X و Y" right after the trigger: X acts, Y is the other side.
* A mention introduced by على / ضد (or مع for meetings/agreements), one or two words before
  it, is the target, actor2.
* Verb trigger: a mention at most four tokens before it is its subject (SVO: "الجيش التركي
  يضرب مسلحين"); otherwise actor1 is the first mention after it (VSO), else the nearest before.
* Agent trigger ("المتظاهرون", "انتحاري") or a trigger that is itself an actor mention: that
  mention acts; a marked mention after it is actor2.
* Noun trigger (masdar): "هجوم X على Y" gives X, Y; otherwise a mention right after it is its
  object (actor2, "اغتيال X") and actor1 is the nearest mention before it ("شن X هجوما").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.doc import ActorMention, Token

__all__ = ["ActorSlots", "assign_actors", "token_index"]

_TARGET_MARKS = frozenset({"علي", "ضد", "بحق", "تجاه"})
_PARTNER_MARKS = frozenset({"مع"})
_BETWEEN = "بين"
_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_AFTER_WINDOW = 8
_BEFORE_WINDOW = 12
_SUBJECT_GAP = 4  # a mention this close before a verb trigger is its subject (SVO)


@dataclass(frozen=True, slots=True)
class ActorSlots:
    actor1: ActorMention | None
    actor2: ActorMention | None


@dataclass(frozen=True, slots=True)
class _Placed:
    mention: ActorMention
    first: int  # token index of its first token
    marked: bool  # introduced by a target / partner mark


def token_index(tokens: Sequence[Token], starts: Sequence[int], offset: int) -> int:
    """Index of the token that holds (or follows) character ``offset``."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _is_marked(tokens: Sequence[Token], i: int, event_type: str) -> bool:
    marks = _TARGET_MARKS | (_PARTNER_MARKS if event_type in _PARTNER_TYPES else frozenset())
    # "على X", "على مواقع X", "ضد قوات X": the mark one or two words before the mention
    return any(i - k >= 0 and tokens[i - k].norm in marks for k in (1, 2))


def _between(tokens: Sequence[Token], trig_last: int, after: list[_Placed]) -> ActorSlots | None:
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
    """actor1 / actor2 for the trigger tokens[trig[0]:trig[1]] inside the sentence token range."""
    placed = []
    self_mention = None
    for m in mentions:
        i = token_index(tokens, starts, m.start)
        if trig[0] <= i < trig[1]:
            self_mention = self_mention or _Placed(m, i, False)
        elif sentence[0] <= i < sentence[1]:
            placed.append(_Placed(m, i, _is_marked(tokens, i, event_type)))
    placed.sort(key=lambda p: p.first)
    if (
        pos == "agent" or self_mention is not None
    ):  # "المتظاهرون", "انتحاري": the trigger names the actor
        after = [p for p in placed if trig[1] <= p.first < trig[1] + _AFTER_WINDOW]
        return _distinct(self_mention, next((p for p in after if p.marked), None))
    after = [p for p in placed if trig[1] <= p.first < trig[1] + _AFTER_WINDOW]
    before = [p for p in placed if trig[0] - _BEFORE_WINDOW <= p.first < trig[0]][::-1]
    slots = _between(tokens, trig[1], after)
    if slots is not None:
        return slots
    target = next((p for p in after if p.marked), None)
    unmarked = [p for p in after if not p.marked]
    close_before = before[0] if before and trig[0] - before[0].first <= _SUBJECT_GAP else None
    if pos == "noun":
        # "هجوم X على Y": X acts; "اغتيال X": X is acted on; "شن X هجوما": X (before) acts
        if target is not None and unmarked and unmarked[0].first < target.first:
            return _distinct(unmarked[0], target)
        obj = next((p for p in unmarked if p.first == trig[1]), None)
        return _distinct(before[0] if before else None, target or obj)
    if close_before is not None:  # subject-verb-object
        return _distinct(close_before, target or (unmarked[0] if unmarked else None))
    a1 = unmarked[0] if unmarked else (before[0] if before else None)
    a2 = target or next((p for p in unmarked if a1 is not None and p.first > a1.first), None)
    return _distinct(a1, a2)


def _distinct(a1: _Placed | None, a2: _Placed | None) -> ActorSlots:
    m1 = a1.mention if a1 else None
    m2 = a2.mention if a2 else None
    if m1 is not None and m2 is not None and m1.actor_id == m2.actor_id:
        m2 = None
    return ActorSlots(m1, m2)
