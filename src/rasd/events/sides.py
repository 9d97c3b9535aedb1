"""Which side an actor is on: a person who leads or speaks for an organisation in the text.

Reads the ``relations`` layer (leader_of / spokesperson_of / member_of, head = person entity,
tail = organisation entity), the ``actor_mentions`` layer (entity id -> actor id) and the
``actors`` layer (kind).  Used by argument assignment: never put a leader and his group on the
two sides of one event, and for ASSAULT let the group, not its leader, be actor1.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rasd.doc import Actor, ActorMention, Document

__all__ = ["Sides", "read_sides"]

_SIDE_RELATIONS = frozenset({"leader_of", "spokesperson_of", "member_of"})


class Sides:
    """person actor id -> organisation actor id, and the mentions to pick an organisation's from."""

    def __init__(self, org_of: Mapping[str, str], mentions: Sequence[ActorMention]) -> None:
        self.org_of = dict(org_of)
        self.mentions = mentions

    def same_side(self, a: str, b: str) -> bool:
        return (
            a == b
            or self.org_of.get(a) == b
            or self.org_of.get(b) == a
            or (a in self.org_of and self.org_of.get(a) == self.org_of.get(b))
        )

    def organisation(self, m: ActorMention) -> ActorMention:
        """The mention of the organisation ``m``'s person leads, nearest ``m``; else ``m``."""
        org = self.org_of.get(m.actor_id)
        cands = [x for x in self.mentions if org is not None and x.actor_id == org]
        return min(cands, key=lambda x: abs(x.start - m.start)) if cands else m


def read_sides(doc: Document, mentions: Sequence[ActorMention]) -> Sides:
    """Sides from the document's relations between person actors and other actors."""
    kinds = {a.id: a.kind for a in doc.get("actors") if isinstance(a, Actor)}
    actor_of = {m.entity_id: m.actor_id for m in mentions if m.entity_id}
    org_of: dict[str, str] = {}
    for r in doc.get("relations"):
        if r.type not in _SIDE_RELATIONS:
            continue
        person, org = actor_of.get(r.head), actor_of.get(r.tail)
        if person and org and person != org and kinds.get(person) == "person":
            if kinds.get(org) != "person":
                org_of.setdefault(person, org)
    return Sides(org_of, mentions)
