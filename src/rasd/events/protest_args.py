"""Sides of a PROTEST (ACLED conventions): the crowd acts; actor2 is a side that acts on it.

ACLED codes a demonstration as "Protesters (Country)" with no actor2, unless a side acts on the
crowd (police dispersing it) or the crowd acts on one (rioters stoning the police).  The clause
rules of rasd.events.arguments give a first pair; then:

* actor1 that is missing, or is a state body (police, army, government: "فرقت الشرطة مظاهرة",
  a chant "تركيا علمانية"), is replaced by the protesters named in the sentence, the nearest to
  the trigger ("حيث تجمع مئات المتظاهرين"); a security force that stood as actor1 becomes actor2.
* with no actor2 yet, a police or army mention in the trigger's own clause is the side that
  acts on the crowd or is acted on ("رشق المتظاهرون قوات مكافحة الشغب", "فرقتهم الشرطة").

The opposed side ("ضد الحكومة", "احتجاجا على قرار بريطانيا", "للمطالبة باستقالة الائتلاف")
is marked by rasd.events.syntax.protest_against and is kept as actor2 when the sentence names it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rasd.doc import ActorMention, Token
from rasd.events.roles import is_victim
from rasd.events.syntax import protest_against

__all__ = ["is_crowd", "is_security", "opposed", "protest_sides"]

_SECURITY_SUFFIXES = ("-police", "-military")
_SECURITY_IDS = frozenset({"police-forces", "military-forces"})
_STATE_IDS = _SECURITY_IDS | {"government"}

Pair = tuple[ActorMention | None, ActorMention | None]


class _Cand(Protocol):
    @property
    def mention(self) -> ActorMention: ...
    @property
    def first(self) -> int: ...


def is_crowd(m: ActorMention) -> bool:
    """Generic protesters: "protesters", "irq-protesters"."""
    return m.actor_id == "protesters" or m.actor_id.endswith("-protesters")


def is_security(m: ActorMention) -> bool:
    """Police or army: "police-forces", "irq-police", "syr-military"."""
    return m.actor_id in _SECURITY_IDS or m.actor_id.endswith(_SECURITY_SUFFIXES)


def _is_state(m: ActorMention) -> bool:
    return is_security(m) or m.actor_id in _STATE_IDS or m.actor_id.endswith("-government")


def _nearest(cands: Sequence[_Cand], trig: tuple[int, int]) -> _Cand | None:
    if not cands:
        return None
    return min(cands, key=lambda c: min(abs(c.first - trig[0]), abs(c.first - trig[1])))


def protest_sides(
    pair: Pair,
    sentence: Sequence[_Cand],
    clause: Sequence[_Cand],
    trig: tuple[int, int],
) -> Pair:
    """The (actor1, actor2) of a PROTEST: ``sentence`` holds every candidate of the sentence,
    ``clause`` those of the trigger's own clause."""
    a1, a2 = pair
    if a1 is None and a2 is not None and (is_crowd(a2) or is_victim(a2)):
        a1, a2 = a2, None  # "تظاهر نحو 15 شخصا": the counted people protest
    crowd = _nearest([c for c in sentence if is_crowd(c.mention)], trig)
    if crowd is not None and (a1 is None or _is_state(a1)):
        if a1 is not None and is_security(a1) and a2 is None:
            a2 = a1  # "فرقت الشرطة مظاهرة": the police act on the crowd
        a1 = crowd.mention
    if a2 is None and a1 is not None and not _is_state(a1):
        side = _nearest([c for c in clause if is_security(c.mention)], trig)
        a2 = side.mention if side is not None else None
    if a1 is not None and a2 is not None and a1.actor_id == a2.actor_id:
        a2 = None
    return a1, a2


def opposed(
    tokens: Sequence[Token],
    trig: tuple[int, int],
    placed: Sequence[_Cand],
    actor1: ActorMention | None,
) -> Pair:
    """Pattern "تظاهر … للتنديد بزيارة X", "هتافات ضد X": X, later in the sentence, is opposed
    (actor2) unless it is actor1."""
    against = next(
        (p for p in placed if p.first >= trig[1] and protest_against(tokens, p.first)), None
    )
    if against is None or (actor1 and against.mention.actor_id == actor1.actor_id):
        return actor1, None
    return actor1, against.mention
