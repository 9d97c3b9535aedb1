"""Validation of the actor registry (`rasd actors check`).

Finds duplicate ids, aliases claimed by two actors that ambiguous_aliases.tsv does not list,
bad dates and date ranges, unknown kinds / ACLED inter codes / link relations, links to ids the
registry lacks, unreadable lines and missing fields.  Each problem is a coded error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rasd.actors.index import name_key
from rasd.actors.registry import ActorRecord, Link, Registry
from rasd.actors.schema import Schema, load_schema
from rasd.errors import (
    RasdError,
    RegistryAliasClash,
    RegistryBadCode,
    RegistryBadDate,
    RegistryBadEntry,
    RegistryDanglingRef,
    RegistryDuplicateId,
)

__all__ = ["check_registry"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_REQUIRED = ("id", "kind", "name", "name_ar")


def check_registry(registry: Registry, schema: Schema | None = None) -> list[RasdError]:
    """Every problem in the registry, in file order; an empty list means it is clean."""
    schema = schema or load_schema()
    problems: list[RasdError] = [RegistryBadEntry(p) for p in registry.problems]
    problems += _duplicates(registry)
    for rec in registry:
        problems += list(_entry_problems(rec, registry, schema))
    problems += _alias_clashes(registry)
    problems += _ambiguous_refs(registry)
    return problems


def _duplicates(registry: Registry) -> list[RasdError]:
    first: dict[str, str] = {}
    out: list[RasdError] = []
    for rec in registry:
        if rec.id in first:
            out.append(
                RegistryDuplicateId(f"{rec.origin}: id {rec.id!r} already used at {first[rec.id]}")
            )
        else:
            first[rec.id] = rec.origin
    return out


def _entry_problems(rec: ActorRecord, registry: Registry, schema: Schema) -> Iterator[RasdError]:
    where = f"{rec.origin} ({rec.id or '?'})"
    for key in _REQUIRED:
        if not getattr(rec, key):
            yield RegistryBadEntry(f"{where}: missing {key}")
    if rec.kind and rec.kind not in schema.kinds:
        yield RegistryBadCode(f"{where}: unknown kind {rec.kind!r}", hint="see schema.toml kinds")
    if rec.acled_inter is not None and rec.acled_inter not in schema.acled_inter:
        yield RegistryBadCode(f"{where}: ACLED inter code {rec.acled_inter!r} is not 1-8")
    if rec.bad_inter:
        yield RegistryBadCode(f"{where}: ACLED inter code {rec.bad_inter!r} is not a number 1-8")
    for link in (*rec.memberships, *rec.leaders, *rec.roles):
        yield from _link_problems(where, rec, link, registry, schema)


def _link_problems(
    where: str, rec: ActorRecord, link: Link, registry: Registry, schema: Schema
) -> Iterator[RasdError]:
    if link.rel not in schema.link_rels:
        yield RegistryBadCode(f"{where}: unknown relation {link.rel!r} to {link.id!r}")
    if registry.get(link.id) is None:
        yield RegistryDanglingRef(f"{where}: {link.rel} points to unknown id {link.id!r}")
    if link.id == rec.id:
        yield RegistryDanglingRef(f"{where}: {link.rel} points to itself")
    for value in (link.start, link.end):
        if value is not None and not _DATE.match(value):
            yield RegistryBadDate(
                f"{where}: {link.rel} {link.id}: date {value!r} is not YYYY[-MM[-DD]]"
            )
    if link.start and link.end and _DATE.match(link.start) and _DATE.match(link.end):
        if link.start[: len(link.end)] > link.end[: len(link.start)]:
            yield RegistryBadDate(
                f"{where}: {link.rel} {link.id}: range {link.start}..{link.end} ends before it starts"
            )


def _alias_clashes(registry: Registry) -> list[RasdError]:
    listed = {name_key(a) for a in registry.ambiguous}
    owners: dict[tuple[str, ...], dict[str, str]] = {}
    for rec in registry:
        for name in (rec.name_ar, *rec.aliases_ar):
            key = name_key(name)
            if key:
                owners.setdefault(key, {}).setdefault(rec.id, name)
    out: list[RasdError] = []
    for key, ids in owners.items():
        if len(ids) > 1 and key not in listed:
            names = ", ".join(f"{i} ({n})" for i, n in sorted(ids.items()))
            out.append(
                RegistryAliasClash(
                    f"alias {' '.join(key)!r} is claimed by {names}",
                    hint="keep it on one actor or list it in ambiguous_aliases.tsv",
                )
            )
    return out


def _ambiguous_refs(registry: Registry) -> list[RasdError]:
    return [
        RegistryDanglingRef(f"ambiguous_aliases.tsv: {alias!r} lists unknown id {i!r}")
        for alias, ids in registry.ambiguous.items()
        for i in ids
        if registry.get(i) is None
    ]
