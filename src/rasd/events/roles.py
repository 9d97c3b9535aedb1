"""Role checks after the clause rules: victims are acted on, tallies give the target.

ACLED never codes civilians (nor journalists, prisoners, refugees) as the side that attacks:
in an ASSAULT or COERCE event such an actor is actor2.  An ASSAULT without a target takes the
tally of the sentence ("مقتل سبعة أشخاص … بتفجير انتحاري": the persons), else the nearest
victim mention ("فتحت النار على سكان").  In a PROTEST the counted crowd after the verb protests
("تظاهر نحو 15 شخصا").  Victims are told by their generic actor ids
("civilians", "irq-civilians", "journalists", …; see rasd.actors.generic).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.doc import ActorMention

__all__ = ["Candidate", "is_victim", "settle"]

_VICTIM_IDS = frozenset({"civilians", "journalists", "prisoners", "refugees"})
_VIOLENT = frozenset({"ASSAULT", "COERCE"})

Candidate = tuple[ActorMention, int, bool]  # mention, first token, counted ("11 مسلحا")
Pair = tuple[ActorMention | None, ActorMention | None]


def is_victim(m: ActorMention | None) -> bool:
    """A generic civilian actor: "civilians", "<iso3>-civilians", journalists, prisoners …"""
    if m is None:
        return False
    return m.actor_id in _VICTIM_IDS or m.actor_id.endswith("-civilians")


def settle(pair: Pair, cands: Sequence[Candidate], trig: tuple[int, int], event_type: str) -> Pair:
    """The (actor1, actor2) pair with victims moved to actor2 and an ASSAULT target filled in."""
    a1, a2 = pair
    if event_type in _VIOLENT and is_victim(a1):
        a1, a2 = None, a2 or a1
    if event_type == "ASSAULT" and a2 is None:
        a2 = _tally(cands, trig, a1)
    if event_type == "PROTEST" and a1 is None and a2 is not None and _crowd(a2, cands):
        a1, a2 = a2, None  # "تظاهر نحو 15 شخصا": the counted people protest
    return a1, a2


def _crowd(m: ActorMention, cands: Sequence[Candidate]) -> bool:
    return (
        is_victim(m) or m.actor_id.endswith("protesters") or any(c[0] is m and c[2] for c in cands)
    )


def _tally(
    cands: Sequence[Candidate], trig: tuple[int, int], a1: ActorMention | None
) -> ActorMention | None:
    """The counted mention nearest the trigger, else the nearest victim, never actor1's actor."""
    taken = a1.actor_id if a1 is not None else None
    free = [c for c in cands if c[0].actor_id != taken]
    dist = {id(c): min(abs(c[1] - trig[0]), abs(c[1] - trig[1])) for c in free}
    for pick in ([c for c in free if c[2]], [c for c in free if is_victim(c[0])]):
        if pick:
            return min(pick, key=lambda c: dist[id(c)])[0]
    return None
