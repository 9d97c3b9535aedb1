"""The actor registry: typed records read from JSON Lines, with lookup tables built on load.

Data lives in ``rasd/resources/actors/registry/*.jsonl`` (one actor per line, schema in
docs/actors.md) plus ``ambiguous_aliases.tsv`` (aliases that several actors may claim, resolved by
document context).  `load_registry(path)` reads any folder with that layout; `default_registry()`
reads the bundled one once per process.  Nothing happens at import time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.doc import Actor
from rasd.errors import ResourceError

__all__ = [
    "ActorRecord",
    "Link",
    "Registry",
    "default_registry",
    "load_registry",
    "registry_actor",
]


@dataclass(frozen=True, slots=True)
class Link:
    """A dated tie to another actor: membership, leadership or a person's role."""

    id: str
    rel: str  # member_of | part_of | leader_of | spokesperson_of | ...
    start: str | None = None  # ISO date or year, inclusive
    end: str | None = None  # ISO date or year, inclusive; None = still true

    def valid_on(self, date: str | None) -> bool:
        """True when ``date`` (ISO) falls inside the range, or when there is no date to check."""
        if not date:
            return True
        lo = _pad(self.start, "0000-01-01")
        hi = _pad(self.end, "9999-12-31")
        return lo <= date[:10] <= hi


def _pad(value: str | None, default: str) -> str:
    if not value:
        return default
    value = str(value)
    return value + default[len(value) :] if len(value) < 10 else value[:10]


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One registry entry (an organisation, a state body, a person or a generic group)."""

    id: str
    kind: str
    name: str
    name_ar: str
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    country: str | None = None
    acled_inter: int | None = None
    memberships: tuple[Link, ...] = ()
    leaders: tuple[Link, ...] = ()
    titles: tuple[str, ...] = ()
    kunya: tuple[str, ...] = ()
    roles: tuple[Link, ...] = ()
    provenance: str | None = None
    origin: str = ""  # file:line it was read from
    bad_inter: str | None = None  # an acled_inter value that is not an integer (reported by check)

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    def names_ar(self) -> tuple[str, ...]:
        """Canonical Arabic name first, then aliases and kunyas."""
        return (self.name_ar, *self.aliases_ar, *self.kunya)


def _strs(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(str(v) for v in value if str(v).strip())


def _links(value: Any, default_rel: str) -> tuple[Link, ...]:
    out: list[Link] = []
    for item in value or ():
        if isinstance(item, str):
            out.append(Link(item, default_rel))
        elif isinstance(item, dict) and item.get("id"):
            out.append(
                Link(
                    str(item["id"]),
                    str(item.get("rel") or default_rel),
                    _opt(item.get("from")),
                    _opt(item.get("to")),
                )
            )
    return tuple(out)


def _opt(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def record_from_json(obj: dict[str, Any], origin: str = "") -> ActorRecord:
    """Build an ActorRecord from one registry JSON object (unknown keys are ignored)."""
    inter = obj.get("acled_inter")
    prov = obj.get("provenance")
    return ActorRecord(
        id=str(obj.get("id", "")),
        kind=str(obj.get("kind", "")),
        name=str(obj.get("name", "")),
        name_ar=str(obj.get("name_ar", "")),
        aliases_ar=_strs(obj.get("aliases_ar")),
        aliases_en=_strs(obj.get("aliases_en")),
        country=_opt(obj.get("country")),
        acled_inter=int(str(inter)) if str(inter).isdigit() else None,
        bad_inter=None if inter is None or str(inter).isdigit() else str(inter),
        memberships=_links(obj.get("memberships"), "member_of"),
        leaders=_links(obj.get("leaders"), "leader_of"),
        titles=_strs(obj.get("titles")),
        kunya=_strs(obj.get("kunya")),
        roles=_links(obj.get("roles"), "member_of"),
        provenance=prov
        if isinstance(prov, str) or prov is None
        else json.dumps(prov, ensure_ascii=False),
        origin=origin,
    )


@dataclass(frozen=True)
class Registry:
    """All actor records plus the ambiguous-alias table; lookup tables are built on first use."""

    records: tuple[ActorRecord, ...]
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # alias -> candidate ids
    problems: tuple[str, ...] = ()  # lines that could not be read (reported by `rasd actors check`)

    @cached_property
    def by_id(self) -> dict[str, ActorRecord]:
        return {r.id: r for r in self.records}

    def get(self, actor_id: str) -> ActorRecord | None:
        return self.by_id.get(actor_id)

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[ActorRecord]:
        return iter(self.records)

    @cached_property
    def index(self) -> Any:
        """The fast lookup tables (`rasd.actors.index.AliasIndex`), built once."""
        from rasd.actors.index import AliasIndex

        return AliasIndex.build(self)

    @cached_property
    def branches(self) -> dict[str, tuple[tuple[str, str, Link], ...]]:
        """Group id -> its country branches (child id, child country, the part_of link)."""
        out: dict[str, list[tuple[str, str, Link]]] = {}
        for rec in self.records:
            for link in rec.memberships:
                if link.rel == "part_of" and rec.country and rec.kind != "person":
                    out.setdefault(link.id, []).append((rec.id, rec.country, link))
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def leaders_of(self) -> dict[str, tuple[Link, ...]]:
        """Group id -> its leaders (Link.id = person id), from group and person records."""
        from rasd.actors.schema import load_schema

        leader_rels = load_schema().leader_rels
        out: dict[str, dict[tuple[str, str | None], Link]] = {}
        for rec in self.records:
            for link in rec.leaders:
                out.setdefault(rec.id, {})[(link.id, link.start)] = Link(
                    link.id, "leader_of", link.start, link.end
                )
            for link in rec.roles:
                if link.rel in leader_rels:
                    out.setdefault(link.id, {})[(rec.id, link.start)] = Link(
                        rec.id, "leader_of", link.start, link.end
                    )
        return {k: tuple(v.values()) for k, v in out.items()}


def _read_jsonl(path: Path) -> tuple[list[ActorRecord], list[str]]:
    records: list[ActorRecord] = []
    problems: list[str] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{path.name}:{n}: not valid JSON ({err.msg})")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{path.name}:{n}: not a JSON object")
            continue
        records.append(record_from_json(obj, f"{path.name}:{n}"))
    return records, problems


def _read_ambiguous(path: Path) -> dict[str, tuple[str, ...]]:
    """``alias<TAB>id[,|id ...][<TAB>note]``; a header line starting with 'alias' or '#' is skipped."""
    out: dict[str, tuple[str, ...]] = {}
    if not path.is_file():
        return out
    for line in path.read_text("utf-8").splitlines():
        cols = line.rstrip("\n").split("\t")
        if (
            not line.strip()
            or line.startswith("#")
            or cols[0].strip().lower() == "alias"
            or len(cols) < 2
        ):
            continue
        ids = tuple(
            i.strip() for i in cols[1].replace("|", ",").replace(" ", ",").split(",") if i.strip()
        )
        out[cols[0].strip()] = ids
    return out


def _ambiguous_path(folder: Path) -> Path:
    """ambiguous_aliases.tsv next to the JSONL files, or in the folder above them."""
    inside = folder / "ambiguous_aliases.tsv"
    return inside if inside.is_file() else folder.parent / "ambiguous_aliases.tsv"


def load_registry(folder: str | Path | Any) -> Registry:
    """Read every ``*.jsonl`` file of ``folder`` (sorted by name) and ambiguous_aliases.tsv (in the
    folder or the one above it)."""
    folder = Path(str(folder))
    if not folder.is_dir():
        raise ResourceError(
            f"actor registry folder {folder} not found",
            hint="reinstall rasd or pass an existing folder",
        )
    records: list[ActorRecord] = []
    problems: list[str] = []
    for path in sorted(folder.glob("*.jsonl")):
        recs, probs = _read_jsonl(path)
        records.extend(recs)
        problems.extend(probs)
    ambiguous = _read_ambiguous(_ambiguous_path(folder))
    return Registry(tuple(records), ambiguous, tuple(problems))


def registry_actor(rec: ActorRecord, spans: Iterable[tuple[int, int]]) -> Actor:
    """The output actor of a registry record mentioned at ``spans``."""
    return Actor(
        rec.id,
        rec.name,
        rec.name_ar,
        rec.kind,
        rec.country,
        rec.acled_inter,
        tuple(sorted(set(spans))),
        True,
    )


def bundled_registry_path() -> Path:
    """Folder of the registry shipped inside the package."""
    return Path(str(resources.files("rasd.resources").joinpath("actors", "registry")))


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The bundled registry, loaded once per process on first use."""
    return load_registry(bundled_registry_path())


def iter_names(records: Iterable[ActorRecord]) -> Iterator[tuple[str, ActorRecord]]:
    """Every (Arabic or English name, record) pair, for searches."""
    for rec in records:
        for name in (rec.name, *rec.aliases_en, *rec.names_ar()):
            yield name, rec
