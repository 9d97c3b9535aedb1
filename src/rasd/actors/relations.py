"""Relations between actor mentions: text patterns first, then the registry's dated ties.

Text patterns (cue lists in ``resources/actors/matching/cues.toml``), inside one sentence:

- ``<cue> ORG [title] PERSON`` and ``PERSON[،] <cue> ORG``  ("قائد فيلق الرحمن الشيخ ابو عاصي",
  "القائد علوش قائد جيش الاسلام", "المتحدث باسم X", "القيادي في X");
- ``ORG[،] <cue> ... PERSON``  ("جيش الاسلام الذي يقوده ... محمد علوش", "X بقيادة Y");
- ``ORG التابع لـ ORG`` (part_of).

Registry relations: when a person and a group tied in the registry (leader, role, membership,
valid on the document date) are both mentioned, the tie is added with ``source="registry"``.
Head and tail are entity ids; the evidence spans the two mentions (and the cue).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.actors.cues import Cues
from rasd.actors.matcher import TokenView
from rasd.actors.registry import Registry
from rasd.actors.resolve import Mention
from rasd.doc import Relation, Span

__all__ = ["registry_relations", "text_relations"]

RELATION_TYPES = ("leader_of", "member_of", "part_of", "spokesperson_of")
_REL = {"commander_of": "leader_of", "head_of_state": "leader_of"}  # registry role -> relation type
_SKIP = frozenset({"،", ",", "اي", "هو", "وهو", "-", "–"})
_MAX_GAP = 8  # tokens allowed between an after-org cue and the person


def _cue_at(tv: TokenView, i: int, cue: tuple[str, ...]) -> bool:
    end = i + len(cue)
    if end > tv.sent_end[i]:
        return False
    first = tv.tokens[i].norm
    if first != cue[0] and not (first[:1] in "وف" and first[1:] == cue[0]):
        return False
    return all(tv.tokens[i + k].norm == cue[k] for k in range(1, len(cue)))


class _Spots:
    """Mentions indexed by their first and last token."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.starting = {m.first: m for m in mentions}
        self.ending = {m.last - 1: m for m in mentions}
        self.mentions = sorted(mentions, key=lambda m: m.first)

    def before(self, tv: TokenView, i: int) -> Mention | None:
        """The mention ending right before token i (a comma or 'هو' may stand between)."""
        j = i - 1
        while j >= 0 and tv.tokens[j].norm in _SKIP and i - j <= 2:
            j -= 1
        return self.ending.get(j)

    def after(self, tv: TokenView, i: int, titles: frozenset[str], gap: int = 2) -> Mention | None:
        """The first person mention from token i on.

        With the default small gap only title words may come first ("الشيخ ابو عاصي"); a wider
        gap also skips other words and mentions ("الذي يقوده رئيس تنظيم جيش الاسلام القائد محمد علوش")."""
        strict = gap <= 2
        j, skipped = i, 0
        end = tv.sent_end[i] if i < len(tv.tokens) else i
        while j < end and skipped <= gap:
            m = self.starting.get(j)
            if m is not None:
                if m.person:
                    return m
                if strict:
                    return None
                j = m.last
                continue
            if strict and tv.tokens[j].norm not in titles and tv.tokens[j].norm not in _SKIP:
                return None
            skipped += 1
            j += 1
        return None


def _rel(kind: str, head: Mention, tail: Mention, lo: int, hi: int) -> Relation:
    span = Span(min(lo, head.start, tail.start), max(hi, head.end, tail.end))
    return Relation(kind, head.entity_id or "", tail.entity_id or "", span, "text")


def _before_org(
    tv: TokenView, spots: _Spots, i: int, kind: str, cue: tuple[str, ...], titles: frozenset[str]
) -> Relation | None:
    org = spots.starting.get(i + len(cue))
    if org is None or org.person:
        return None
    lo, hi = tv.tokens[i].start, org.end
    person = spots.before(tv, i)
    if person is None or not person.person:
        person = spots.after(tv, org.last, titles)
    if person is None or not person.person or person.actor_id == org.actor_id:
        return None
    return _rel(kind, person, org, lo, hi)


def _after_org(
    tv: TokenView, spots: _Spots, i: int, kind: str, cue: tuple[str, ...], titles: frozenset[str]
) -> Relation | None:
    org = spots.before(tv, i)
    if org is None or org.person:
        return None
    person = spots.after(tv, i + len(cue), titles, gap=_MAX_GAP)
    if person is None or person.actor_id == org.actor_id:
        return None
    return _rel(kind, person, org, org.start, person.end)


def _part_of(tv: TokenView, spots: _Spots, i: int, cue: tuple[str, ...]) -> Relation | None:
    part, whole = spots.before(tv, i), spots.starting.get(i + len(cue))
    if (
        part is None
        or whole is None
        or part.person
        or whole.person
        or part.actor_id == whole.actor_id
    ):
        return None
    return _rel("part_of", part, whole, part.start, whole.end)


_CueTable = dict[str, list[tuple[str, str, tuple[str, ...]]]]  # first word -> (group, type, cue)


def _cue_table(cues: Cues) -> _CueTable:
    """Cues by their first word, in the order they are tried: before-org, after-org, between-orgs."""
    rows = [("before", kind, cue) for kind, keys in cues.before_org.items() for cue in keys]
    rows += [("after", kind, cue) for kind, keys in cues.after_org.items() for cue in keys]
    rows += [("between", "part_of", cue) for cue in cues.between_orgs]
    table: _CueTable = {}
    for row in rows:
        table.setdefault(row[2][0], []).append(row)
    return table


def _at(
    tv: TokenView,
    spots: _Spots,
    i: int,
    rows: list[tuple[str, str, tuple[str, ...]]],
    titles: frozenset[str],
) -> Relation | None:
    for group, kind, cue in rows:
        if not _cue_at(tv, i, cue):
            continue
        if group == "before":
            rel = _before_org(tv, spots, i, kind, cue, titles)
        elif group == "after":
            rel = _after_org(tv, spots, i, kind, cue, titles)
        else:
            rel = _part_of(tv, spots, i, cue)
        if rel is not None:
            return rel
    return None


def text_relations(
    tv: TokenView, mentions: Sequence[Mention], cues: Cues, titles: frozenset[str]
) -> list[Relation]:
    """Relations stated by the text; one per (type, head actor, tail actor), the first one found."""
    if len(mentions) < 2:
        return []
    spots = _Spots(mentions)
    by_entity = {m.entity_id: m.actor_id for m in mentions}
    table = _cue_table(cues)
    out: dict[tuple[str, str, str], Relation] = {}
    for i, tok in enumerate(tv.tokens):
        w = tok.norm
        rows = table.get(w) or (table.get(w[1:]) if w[:1] in "وف" else None)
        if not rows:
            continue
        rel = _at(tv, spots, i, rows, titles)
        if rel is not None:
            out.setdefault((rel.type, by_entity[rel.head], by_entity[rel.tail]), rel)
    return list(out.values())


def _closest(a: Sequence[Mention], b: Sequence[Mention]) -> tuple[Mention, Mention]:
    return min(((x, y) for x in a for y in b), key=lambda p: abs(p[0].start - p[1].start))


def registry_relations(
    mentions: Sequence[Mention],
    registry: Registry,
    date: str | None,
    have: set[tuple[str, str, str]],
) -> list[Relation]:
    """Registry ties between actors both mentioned in the document, valid on ``date``."""
    by_actor: dict[str, list[Mention]] = {}
    for m in mentions:
        by_actor.setdefault(m.actor_id, []).append(m)
    out: list[Relation] = []
    for actor_id in by_actor:
        rec = registry.get(actor_id)
        if rec is None:
            continue
        ties = [
            (_REL.get(link.rel, link.rel), actor_id, link.id)
            for link in (*rec.roles, *rec.memberships)
            if link.valid_on(date)
        ]
        ties += [
            ("leader_of", link.id, actor_id)
            for link in registry.leaders_of.get(actor_id, ())
            if link.valid_on(date)
        ]
        for kind, head, tail in ties:
            if (
                kind in RELATION_TYPES
                and tail in by_actor
                and head in by_actor
                and (kind, head, tail) not in have
            ):
                x, y = _closest(by_actor[head], by_actor[tail])
                have.add((kind, head, tail))
                out.append(
                    Relation(
                        kind,
                        x.entity_id or "",
                        y.entity_id or "",
                        Span(min(x.start, y.start), max(x.end, y.end)),
                        "registry",
                    )
                )
    return out
