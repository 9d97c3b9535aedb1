"""Within-document coreference for persons: a later bare surname joins the person named before.

"محمد علوش ... القائد علوش ... علوش" -> one actor.  Only persons already mentioned earlier in the
same document are candidates, so a common word that happens to be a surname elsewhere is left
alone.  Unknown persons (NER PER entities outside the registry) are joined the same way by
`unknown_person_key`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

from rasd.actors.index import fold_first, kunya_key, name_key
from rasd.actors.matcher import TokenView
from rasd.actors.registry import Registry

if TYPE_CHECKING:
    from rasd.actors.resolve import Mention

__all__ = ["person_surnames", "surname_corefs", "unambiguous", "unknown_person_key"]

K = TypeVar("K", bound=Hashable)


def unambiguous(pairs: Iterable[tuple[K, str, int]]) -> dict[K, tuple[str, int]]:
    """key -> (actor id, offset) from (key, actor id, offset) in text order: the first claim of
    each key wins, and a key claimed by two different actors is dropped (no guessing)."""
    out: dict[K, tuple[str, int]] = {}
    clash: set[K] = set()
    for key, actor_id, start in pairs:
        have = out.get(key)
        if have is None:
            out[key] = (actor_id, start)
        elif have[0] != actor_id:
            clash.add(key)
    return {k: v for k, v in out.items() if k not in clash}


def person_surnames(mentions: Sequence[Mention], registry: Registry) -> dict[str, tuple[str, int]]:
    """Surname -> (person id, offset of the person's first mention), for persons in the document.

    A surname shared by two persons mentioned in the document is dropped (no guessing)."""
    pairs = (
        (s, m.actor_id, m.start)
        for m in sorted(mentions, key=lambda x: x.start)
        if m.person and (rec := registry.get(m.actor_id)) is not None
        for s in registry.index.person_surnames.get(rec.id, ())
    )
    return unambiguous(pairs)


def _covered(mentions: Sequence[Mention], n: int) -> list[bool]:
    cov = [False] * n
    for m in mentions:
        for i in range(m.first, min(m.last, n)):
            cov[i] = True
    return cov


def surname_corefs(
    tv: TokenView,
    mentions: Sequence[Mention],
    surnames: dict[str, tuple[str, int]],
    confidence: float,
) -> list[Mention]:
    """Bare surnames after their person's first mention, on tokens no other mention covers."""
    from rasd.actors.resolve import Mention

    hits = sorted((i, plen, surnames[s]) for s in surnames for i, plen in tv.where.get(s, ()))
    if not hits:
        return []
    cov = _covered(mentions, len(tv.tokens))
    out: list[Mention] = []
    for i, plen, (actor, first_start) in hits:
        tok = tv.tokens[i]
        if cov[i] or first_start >= tok.start or _preposition_word(tv, i, plen):
            continue
        cov[i] = True
        off = plen - 2 if tok.norm[:plen].endswith("ال") else plen
        out.append(
            Mention(
                i,
                i + 1,
                tv.start_after(i, off),
                tok.end,
                actor,
                "coref",
                confidence,
                True,
                label="PER",
            )
        )
    return out


def _preposition_word(tv: TokenView, i: int, plen: int) -> bool:
    """ "لصالح" (in favour of) is a common word, not ل + the surname صالح."""
    return any(c in tv.tokens[i].norm[:plen] for c in "بلك") and not tv.info[i][1]


def person_kunyas(
    mentions: Sequence[Mention], tv: TokenView, registry: Registry
) -> dict[tuple[str, str], tuple[str, int]]:
    """Two-word kunya -> (person id, first mention offset) for persons in the document."""
    out: dict[tuple[str, str], tuple[str, int]] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        if not m.person:
            continue
        rec = registry.get(m.actor_id)
        keys = [kunya_key(k) for k in rec.kunya] if rec is not None else []
        if m.source == "kunya":
            keys.append(tuple(t.norm for t in tv.tokens[m.first : m.first + 2]))
        for key in keys:
            if len(key) == 2:
                out.setdefault((key[0], key[1]), (m.actor_id, m.start))
    return out


def kunya_corefs(
    tv: TokenView,
    mentions: Sequence[Mention],
    kunyas: dict[tuple[str, str], tuple[str, int]],
    confidence: float,
) -> list[Mention]:
    """Bare "ابو X" after the first mention of the person with that kunya."""
    from rasd.actors.resolve import Mention

    if not kunyas:
        return []
    cov = _covered(mentions, len(tv.tokens))
    out: list[Mention] = []
    for word in ("ابو", "ام"):
        for i, plen in tv.where.get(word, ()):
            if i + 1 >= tv.sent_end[i] or cov[i] or cov[i + 1]:
                continue
            hit = kunyas.get((word, tv.tokens[i + 1].norm))
            if hit and hit[1] < tv.tokens[i].start:
                cov[i] = cov[i + 1] = True
                out.append(
                    Mention(
                        i,
                        i + 2,
                        tv.start_after(i, plen),
                        tv.tokens[i + 1].end,
                        hit[0],
                        "coref",
                        confidence,
                        True,
                        label="PER",
                    )
                )
    return out


def unknown_person_key(surface: str) -> tuple[str, str | None] | None:
    """(key, surname) of an unknown person's name: surname is None for a one-word name."""
    key = name_key(surface)
    if not key:
        return None
    if len(key) == 1:
        return fold_first(key[0]), None
    return " ".join(key), fold_first(key[-1])
