"""Argument assignment: actors, location, date, fatalities, quantities and evidence of one event.

Reads the layers other stages wrote (``actor_mentions``, ``places``, ``dates``, ``quantities``)
and never guesses ids: ``actor1``/``actor2`` are actor ids from the mentions, ``location`` a place
id.  Rules (Arabic is mostly verb-subject-object):

* "بين X و Y" right after the trigger: X acts, Y is the other side.
* A mention introduced by على / ضد (or مع for meetings/agreements) is the target, actor2.
* Verb trigger: actor1 is the first mention after it, else the nearest one before it.
* Noun trigger (masdar): a mention right after it is its object (actor2, "اغتيال X");
  actor1 is the nearest mention before it ("شن X هجوما").
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
    if i > 0 and tokens[i - 1].norm in marks:
        return True
    if i > 1 and tokens[i - 1].norm in {"من", "قبل"} and tokens[i - 2].norm in marks:
        return True
    return False


def _between(tokens: Sequence[Token], trig_last: int, after: list[_Placed]) -> ActorSlots | None:
    for i in range(trig_last, min(trig_last + 3, len(tokens))):
        if tokens[i].norm == _BETWEEN:
            pair = [p for p in after if p.first > i][:2]
            if len(pair) == 2:
                return ActorSlots(pair[0].mention, pair[1].mention)
    return None


def assign_actors(tokens: Sequence[Token], starts: Sequence[int], mentions: Sequence[ActorMention],
                  trig: tuple[int, int], sentence: tuple[int, int], event_type: str,
                  pos: str) -> ActorSlots:
    """actor1 / actor2 for the trigger tokens[trig[0]:trig[1]] inside the sentence token range."""
    placed = []
    for m in mentions:
        i = token_index(tokens, starts, m.start)
        if sentence[0] <= i < sentence[1] and not trig[0] <= i < trig[1]:
            placed.append(_Placed(m, i, _is_marked(tokens, i, event_type)))
    placed.sort(key=lambda p: p.first)
    after = [p for p in placed if trig[1] <= p.first < trig[1] + _AFTER_WINDOW]
    before = [p for p in placed if trig[0] - _BEFORE_WINDOW <= p.first < trig[0]][::-1]
    slots = _between(tokens, trig[1], after)
    if slots is not None:
        return slots
    target = next((p for p in after if p.marked), None)
    if pos == "noun":
        obj = next((p for p in after if p.first == trig[1] and not p.marked), None)
        a1 = before[0] if before else None
        a2 = target or obj
    else:
        a1 = next((p for p in after if not p.marked), None) or (before[0] if before else None)
        a2 = target or next((p for p in after if not p.marked and p is not a1 and a1 is not None
                             and p.first > a1.first), None)
    return _distinct(a1, a2)


def _distinct(a1: _Placed | None, a2: _Placed | None) -> ActorSlots:
    m1 = a1.mention if a1 else None
    m2 = a2.mention if a2 else None
    if m1 is not None and m2 is not None and m1.actor_id == m2.actor_id:
        m2 = None
    return ActorSlots(m1, m2)
