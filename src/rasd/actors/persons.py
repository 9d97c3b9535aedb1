"""Person names: which word of a registered name may stand alone for the person.

"محمد علوش" -> "علوش" may, after a title ("القائد علوش") or after the full name (coreference).
A last word may not when it is a given name ("جبريل إبراهيم محمد" -> not "محمد"), part of a
patronymic ("بن عبد العزيز"), a country adjective ("المرشد الإيراني"), a title, or the last word
of a name that starts with a title ("الرئيس الأسد" is an alias, "الأسد" is not taken from it).
"""

from __future__ import annotations

from collections.abc import Iterable

from rasd.actors.index import fold_first, name_key
from rasd.actors.registry import ActorRecord

__all__ = ["country_adjectives", "given_names", "surname_of", "surname_table"]

_PATRONYMIC = frozenset({"بن", "ابن", "بنت", "عبد", "ال"})
# second halves of compound given names ("نصر الله", "سيف الإسلام", "نور الدين")
_COMPOUND_TAILS = frozenset({"الله", "الدين", "الاسلام", "الرحمن", "الحق", "العزيز", "الرحيم"})
_KUNYA = frozenset({"ابو", "ام"})


def given_names(persons: Iterable[ActorRecord], titles: frozenset[str]) -> frozenset[str]:
    """First words of registered person names (kunyas and titles excluded)."""
    out: set[str] = set()
    for rec in persons:
        for name in (rec.name_ar, *rec.aliases_ar):
            key = name_key(name)
            if len(key) >= 2 and key[0] not in _KUNYA and key[0] not in titles:
                out.add(key[0])
    return frozenset(out)


def country_adjectives(country_names: Iterable[str]) -> frozenset[str]:
    """Nisba adjectives of country names, article folded: "إيران" -> "ايراني", "سوريا" -> "سوري"."""
    out: set[str] = set()
    for name in country_names:
        key = name_key(name)
        if len(key) == 1:
            stem = key[0]
            out.add(stem + "ي")
            if stem.endswith(("ا", "ه")):
                out.add(stem[:-1] + "ي")
    return frozenset(out)


def surname_of(key: tuple[str, ...], titles: frozenset[str], bad: frozenset[str]) -> str | None:
    """The folded last word of a person name key when it may stand alone, else None."""
    if len(key) < 2 or len(key[-1]) < 3 or key[0] in titles or key[0] in _KUNYA:
        return None
    if key[-2] in _PATRONYMIC or key[-2] in _KUNYA or key[-1] in _COMPOUND_TAILS:
        return None
    surname = fold_first(key[-1])
    return None if surname in bad or surname in titles else surname


def surname_table(
    persons: Iterable[ActorRecord], titles: frozenset[str], country_names: Iterable[str]
) -> dict[str, frozenset[str]]:
    """Person id -> the surnames that may stand for that person."""
    persons = list(persons)
    bad = given_names(persons, titles) | country_adjectives(country_names)
    out: dict[str, frozenset[str]] = {}
    for rec in persons:
        found = {surname_of(name_key(n), titles, bad) for n in (rec.name_ar, *rec.aliases_ar)}
        found.discard(None)
        if found:
            out[rec.id] = frozenset(s for s in found if s)
    return out
