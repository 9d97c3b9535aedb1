"""ACLED ``assoc_actor_1`` / ``assoc_actor_2``: actors associated with a coded actor in one event.

Two sources, both about the same side as the coded actor:

- the registry's dated ties: a unit's parent force or a person's group *on the event date*
  (``part_of`` / ``member_of`` memberships; ``leader_of``, ``commander_of``, ``head_of_state``,
  ``member_of``, ``spokesperson_of`` roles; a group's ``leaders``), unless that parent is itself
  one of the event's two coded actors;
- identity groups of a civilian, protester or rioter actor (women, children, students,
  journalists ...): the words the article used for that actor inside the event's evidence
  passage, looked up in ``resources/store/identity_groups.tsv``; written as ACLED does,
  "Women (Syria)", with the actor's country or else the event's.

Names are joined with "; " as in ACLED's files.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.actors.registry import ActorRecord, Registry, default_registry
from rasd.store.export.records import country_info
from rasd.text.normalize import normalize_key

__all__ = ["associated_actors", "identity_groups", "registry_parents"]

IDENTITY_KINDS = frozenset({"civilians", "protesters", "rioters"})
_MEMBER_RELS = frozenset({"part_of", "member_of"})
_ROLE_RELS = frozenset(
    {"leader_of", "commander_of", "head_of_state", "member_of", "spokesperson_of"}
)
_CLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
_MAX_WORDS = 4
# 'مؤتمر صحفي' is a press conference, 'المكتب الإعلامي' a media office, 'قال للصحافيين' speaks to
# journalists: none of them names journalists as a side of the event.
_PRESS_HEADS = frozenset(
    normalize_key(w) + suffix
    for w in "لقاء مؤتمر بيان تصريح تصريحات مصدر مكتب نشاط".split()
    for suffix in ("", "ه")
) | frozenset(normalize_key("ال" + w) for w in "مؤتمر بيان مصدر مكتب نشاط".split())


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """Normalised word or phrase -> ACLED identity label."""
    path = resources.files("rasd.resources.store").joinpath("identity_groups.tsv")
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            for word in row["words"].split("|"):
                table.setdefault(normalize_key(word), row["label"])
    return table


def _variants(word: str) -> list[str]:
    """The word, then without one leading clitic cluster (و ب ل ال ...)."""
    out = [word]
    for c in _CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 3:
            out.append(word[len(c) :])
            if c.endswith("ال") or c == "لل":
                out.append("ال" + word[len(c) :])
    return out


def identity_groups(surface: str) -> list[str]:
    """ACLED identity labels named in one mention ('النساء والأطفال' -> Women, Children)."""
    lex = _lexicon()
    words = normalize_key(surface).split()
    labels: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            label = next((lex[v] for v in _variants(phrase) if v in lex), None)
            if label:
                labels.append(label)
                i += n
                break
        else:
            i += 1
    return list(dict.fromkeys(labels))


@lru_cache(maxsize=1)
def _registry() -> Registry:
    return default_registry()


@lru_cache(maxsize=1)
def _led_by() -> dict[str, list[tuple[str, Any]]]:
    """Person id -> (group id, link) from the groups' own ``leaders`` lists."""
    out: dict[str, list[tuple[str, Any]]] = {}
    for rec in _registry():
        for link in rec.leaders:
            out.setdefault(link.id, []).append((rec.id, link))
    return out


def registry_parents(actor_id: str, date: str | None) -> list[str]:
    """Ids of the groups ``actor_id`` belonged to, led or spoke for on ``date`` (registry order)."""
    rec: ActorRecord | None = _registry().get(actor_id)
    if rec is None:
        return []
    links = [lk for lk in rec.memberships if lk.rel in _MEMBER_RELS]
    links += [lk for lk in rec.roles if lk.rel in _ROLE_RELS]
    ids = [lk.id for lk in links if lk.valid_on(date)]
    ids += [gid for gid, lk in _led_by().get(actor_id, ()) if lk.valid_on(date)]
    return [i for i in dict.fromkeys(ids) if i != actor_id]


def _country_name(*codes: str | None) -> str:
    for code in codes:
        name = country_info(code).get("name")
        if name:
            return name
    return ""


def _identity_side(record: dict[str, Any], key: str, row: dict[str, Any]) -> list[str]:
    mentions = (record.get("actor_mentions") or {}).get(record.get(key) or "") or []
    ev = record.get("evidence") or {}
    text = next(
        (a["text"] for a in record.get("articles") or [] if a["id"] == record["article_id"]), ""
    )
    if not mentions or not text or ev.get("start") is None:
        return []
    country = _country_name(row.get("country"), (record.get("place") or {}).get("country"))
    if not country:
        return []
    own = str(row.get("name") or "")
    labels: list[str] = []
    for start, end in mentions:
        if ev["start"] <= start and end <= ev["end"]:
            found = identity_groups(text[start:end])
            if "Journalists" in found and _press_word(text, start):
                found.remove("Journalists")
            labels += [lb for lb in found if not own.startswith(lb)]
    return [f"{lb} ({country})" for lb in dict.fromkeys(labels)]


def _press_word(text: str, start: int) -> bool:
    """True for 'مؤتمر صحفي' (an adjective after a press noun) and 'للصحافيين' (addressees)."""
    before = normalize_key(text[max(0, start - 20) : start]).split()
    word = normalize_key(text[start : start + 12])
    return bool(before and before[-1] in _PRESS_HEADS) or word.startswith(("ل", "لل"))


def associated_actors(record: dict[str, Any], key: str) -> str:
    """The ``assoc_actor_1`` (key 'actor1') or ``assoc_actor_2`` value of an export record."""
    actor_id = record.get(key)
    if not actor_id:
        return ""
    row = (record.get("actor_rows") or {}).get(key) or {}
    coded = {record.get("actor1"), record.get("actor2")}
    names = []
    for pid in registry_parents(actor_id, record.get("date")):
        parent = _registry().get(pid)
        if pid not in coded and parent is not None:
            names.append(parent.name)
    if row.get("kind") in IDENTITY_KINDS:
        names += _identity_side(record, key, row)
    return "; ".join(dict.fromkeys(names))
