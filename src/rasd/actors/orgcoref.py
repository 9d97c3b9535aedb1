"""Short-form coreference for organisations: "المرصد" after "المرصد السوري لحقوق الإنسان".

A later definite word equal to the first word of an organisation's name mentioned earlier in the
document joins that organisation, when only one organisation in the document has that first word
and the noun phrase ends there (the next word has no article: "المرصد" yes, "المرصد الوطني" no).
A force noun just before it belongs to the mention ("قوات التحالف", "طيران التحالف").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasd.actors.coref import unambiguous
from rasd.actors.cues import Cues
from rasd.actors.index import AliasIndex
from rasd.actors.matcher import TokenView

if TYPE_CHECKING:
    from rasd.actors.resolve import Mention

__all__ = ["org_short_forms"]


def _nisba(word: str) -> bool:
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 5


def _short_keys(tv: TokenView, index: AliasIndex, m: Mention, cues: Cues) -> list[tuple[str, ...]]:
    """Short forms of an organisation mention: its head word, and its name without a final nisba
    adjective ("مجلس النواب الليبي" -> "مجلس النواب")."""
    words = [t.norm for t in tv.tokens[m.first : m.last]]
    readings = index.readings(words[0])
    head = next(
        (k for _, k in readings if k in index.first), readings[0][1] if readings else words[0]
    )
    keys: list[tuple[str, ...]] = []
    if len(words) >= 3 and _nisba(words[-1]):
        keys.append((head, *words[1:-1]))
    if head in cues.force_nouns and len(words) >= 3:
        head = index.readings(words[1])[0][1] if index.readings(words[1]) else words[1]
    if head not in cues.coref_stop_heads and head not in cues.force_nouns:
        keys.append((head,))
    return keys


def _heads(
    tv: TokenView, index: AliasIndex, mentions: Sequence[Mention], cues: Cues
) -> dict[tuple[str, ...], tuple[str, int]]:
    pairs = (
        (key, m.actor_id, m.start)
        for m in mentions
        if not (
            m.person or m.last - m.first < 2 or m.actor_id.startswith("unk-") or m.source == "coref"
        )
        for key in _short_keys(tv, index, m, cues)
    )
    return unambiguous(pairs)


def _short_at(tv: TokenView, i: int, plen: int, short: tuple[str, ...]) -> bool:
    """Whether the short form ``short`` starts at token i (read with ``plen`` prefix letters)."""
    n = len(short)
    if i + n > tv.sent_end[i] or tuple(t.norm for t in tv.tokens[i + 1 : i + n]) != short[1:]:
        return False
    word = tv.tokens[i].norm
    return n > 1 or word[plen:].startswith("ال") or word[:plen].endswith(("ال", "لل"))


def _candidates(
    tv: TokenView, heads: dict[tuple[str, ...], tuple[str, int]]
) -> list[tuple[int, int, int, tuple[str, ...]]]:
    """(token, -length, prefix length, short form) for every place a short form may start."""
    out = []
    for short in heads:
        for i, plen in tv.where.get(short[0], ()):
            if tv.tokens[i].start > heads[short][1] and _short_at(tv, i, plen, short):
                out.append((i, -len(short), plen, short))
    return sorted(out)


def org_short_forms(
    tv: TokenView, index: AliasIndex, mentions: Sequence[Mention], cues: Cues, confidence: float
) -> list[Mention]:
    """Later short forms of organisations named in full earlier in the document."""
    from rasd.actors.coref import _covered
    from rasd.actors.resolve import Mention

    heads = _heads(tv, index, mentions, cues)
    cands = _candidates(tv, heads) if heads else []
    if not cands:
        return []
    cov = _covered(mentions, len(tv.tokens))
    out: list[Mention] = []
    for i, neg, plen, short in cands:
        last = i - neg
        if any(cov[i:last]) or (last < tv.sent_end[i] and tv.tokens[last].norm.startswith("ال")):
            continue
        first = i
        if i > 0 and not cov[i - 1] and tv.tokens[i - 1].norm in cues.force_nouns:
            first, plen = i - 1, 0
        for k in range(first, last):
            cov[k] = True
        start = tv.start_after(
            first, plen - 2 if tv.tokens[first].norm[:plen].endswith("ال") else plen
        )
        out.append(
            Mention(
                first,
                last,
                start,
                tv.tokens[last - 1].end,
                heads[short][0],
                "coref",
                confidence,
                False,
            )
        )
    return out
