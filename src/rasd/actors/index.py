"""Lookup tables built once from the registry, keyed by normalised word forms.

Every Arabic name is tokenised with the document tokenizer and keyed by its normalised words; the
first word loses its article ("الجيش السوري" -> ("جيش", "السوري")) so that a document word with any
clitics (وجيش، للجيش، بالجيش) can be looked up by its stripped stem.  Tables:

- ``first``: first word -> {rest of the words: Entry}; the alias trie used by the matcher.
- ``surnames``: a person's last name word -> person ids (used after a title or for coreference).
- ``deletes``: every one-letter deletion of a name word -> the name words (fuzzy matching).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from rasd.actors.registry import ActorRecord, Registry
from rasd.text.normalize import normalize_key
from rasd.text.tokenize import stem_candidates, tokenize

__all__ = [
    "AliasIndex",
    "Entry",
    "fold_first",
    "inner_edit",
    "kunya_key",
    "name_key",
    "within_one_edit",
]

STATE_KINDS = frozenset({"government", "state", "state_military"})
MIN_FUZZY_LETTERS = 5  # a name must have at least this many letters to be matched with a typo


@dataclass(frozen=True, slots=True)
class Entry:
    """What a key sequence names: candidate actor ids and how it was listed."""

    ids: tuple[str, ...]
    ambiguous: bool = False  # listed in ambiguous_aliases.tsv or claimed by several actors
    state_name: bool = False  # a bare country name ("روسيا"): an actor only in actor contexts
    person: bool = False
    head_forms: tuple[str, ...] = ()  # state names: the first word as written (article kept)


Readings = tuple[tuple[int, str], ...]  # (prefix length, key) per clitic reading of a word
WordInfo = tuple[Readings, bool, bool, Readings]  # heads, rare, title, coreference keys


def fold_first(word: str) -> str:
    """Drop a leading article from a name's first word ("الجيش" -> "جيش")."""
    return word[2:] if word.startswith("ال") and len(word) >= 4 else word


@lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, ...]:
    """Normalised word tuple of a name, first word folded; punctuation tokens dropped."""
    words = [t.norm for t in tokenize(name) if t.kind in ("word", "latin", "number")]
    if not words:
        return ()
    return (fold_first(words[0]), *words[1:])


def kunya_key(name: str) -> tuple[str, ...]:
    """Normalised words of a kunya ("أبو عاصي" -> ("ابو", "عاصي")); () when it is not one."""
    words = normalize_key(name).split()
    return tuple(words) if words and words[0] in ("ابو", "ام") else ()


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion, substitution or transposition."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i:] == b[i + 1 :]


def inner_edit(a: str, b: str) -> bool:
    """One edit (see `within_one_edit`) that keeps the last letter: Arabic endings carry grammar
    ("العبادة" / "العبادي"), so a different ending makes another word, not a typo."""
    return within_one_edit(a, b) and a[-1:] == b[-1:]


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass
class _Builder:
    first: dict[str, dict[tuple[str, ...], set[str]]] = field(default_factory=dict)
    state: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    persons: set[tuple[str, ...]] = field(default_factory=set)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    kunyas: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    country_names: frozenset[tuple[str, ...]] = frozenset()
    written: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # one-word names

    def add(self, key: tuple[str, ...], actor_id: str) -> None:
        if key:
            self.first.setdefault(key[0], {}).setdefault(key[1:], set()).add(actor_id)

    def add_record(self, rec: ActorRecord) -> None:
        for kunya in rec.kunya:
            key = kunya_key(kunya)
            if (
                len(key) == 2
            ):  # "ابو عاصي" alone names the person only after a title or by coreference
                self.kunyas.setdefault(key, set()).add(rec.id)
        for name in (
            rec.name_ar,
            *rec.aliases_ar,
            *(k for k in rec.kunya if len(kunya_key(k)) != 2),
        ):
            key = name_key(name)
            self.add(key, rec.id)
            if len(key) == 1 and not rec.is_person:
                self.written.setdefault(key, set()).add(normalize_key(name))
            if rec.is_person:
                self.persons.add(key)
            elif key in self.country_names and rec.kind in STATE_KINDS:
                self.state.setdefault(key, set()).add(normalize_key(name).split()[0])


@dataclass(frozen=True)
class AliasIndex:
    """The registry's lookup tables (see the module docstring)."""

    first: dict[str, dict[tuple[str, ...], Entry]]
    max_rest: dict[str, int]
    surnames: dict[str, tuple[str, ...]]
    person_surnames: dict[str, frozenset[str]]  # person id -> its surnames
    kunyas: dict[tuple[str, ...], tuple[str, ...]]
    deletes: dict[str, frozenset[str]]
    vocab: frozenset[str]
    common: frozenset[str]
    titles: frozenset[str]
    _readings: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    _heads: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    _info: dict[str, WordInfo] = field(default_factory=dict)
    _fuzzy: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _keys: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)

    @cached_property
    def rests_by_len(self) -> dict[str, dict[int, tuple[tuple[tuple[str, ...], Entry], ...]]]:
        """Head -> number of following words -> (rest, entry) pairs (for one-typo matching)."""
        out: dict[str, dict[int, list[tuple[tuple[str, ...], Entry]]]] = {}
        for head, rests in self.first.items():
            for rest, entry in rests.items():
                if rest:
                    out.setdefault(head, {}).setdefault(len(rest), []).append((rest, entry))
        return {h: {n: tuple(v) for n, v in d.items()} for h, d in out.items()}

    @cached_property
    def seconds(self) -> dict[str, frozenset[str]]:
        """Head -> the words that can follow it in a name."""
        return {h: frozenset(r[0] for r in rests if r) for h, rests in self.first.items()}

    @cached_property
    def rest_lengths(self) -> dict[str, tuple[int, ...]]:
        """Head -> the numbers of following words its names have, longest first."""
        return {
            h: tuple(sorted({len(r) for r in rests}, reverse=True))
            for h, rests in self.first.items()
        }

    @cached_property
    def interesting(self) -> frozenset[str]:
        """Word keys that coreference looks for: name heads, surnames and every name word."""
        return (
            frozenset(self.first) | frozenset(self.surnames) | self.vocab | frozenset({"ابو", "ام"})
        )

    @classmethod
    def build(cls, registry: Registry, common: Iterable[str] | None = None) -> AliasIndex:
        from rasd.actors.persons import surname_table
        from rasd.actors.schema import load_schema

        schema = load_schema()
        states = {
            **{n: iso for iso, ns in schema.countries.items() for n in ns},
            **{n: iso for iso, ns in schema.capitals.items() for n in ns},
        }
        b = _Builder(country_names=frozenset(name_key(n) for n in states))
        for rec in registry:
            b.add_record(rec)
        _add_state_names(b, states, registry)
        ambiguous_keys = {name_key(a): ids for a, ids in registry.ambiguous.items()}
        for key, ids in ambiguous_keys.items():
            for actor_id in ids:
                b.add(key, actor_id)
        titles = _titles(registry)
        person_surnames = surname_table((r for r in registry if r.is_person), titles, states)
        for person, names in person_surnames.items():
            for surname in names:
                b.surnames.setdefault(surname, set()).add(person)
        first: dict[str, dict[tuple[str, ...], Entry]] = {}
        for head, rests in b.first.items():
            first[head] = {
                rest: Entry(
                    tuple(sorted(ids)),
                    len(ids) > 1 or (head, *rest) in ambiguous_keys,
                    (head, *rest) in b.state,
                    (head, *rest) in b.persons,
                    tuple(
                        sorted(b.state.get((head, *rest), ()))
                        or _definite(b, head, rest, schema.definite_only)
                    ),
                )
                for rest, ids in rests.items()
            }
        vocab = frozenset(w for head, rests in first.items() for r in rests for w in (head, *r))
        deletes: dict[str, set[str]] = {}
        for word in vocab:
            if len(word) >= 3:
                for d in _deletes(word):
                    deletes.setdefault(d, set()).add(word)
        return cls(
            first=first,
            max_rest={h: max(len(r) for r in rests) for h, rests in first.items()},
            surnames={s: tuple(sorted(ids)) for s, ids in b.surnames.items()},
            person_surnames=person_surnames,
            kunyas={k: tuple(sorted(ids)) for k, ids in b.kunyas.items()},
            deletes={d: frozenset(ws) for d, ws in deletes.items()},
            vocab=vocab,
            common=frozenset(common) if common is not None else _common_words(),
            titles=titles,
        )

    def readings(self, word: str) -> tuple[tuple[int, str], ...]:
        """(prefix length, stem with its article folded) for every clitic reading of a word."""
        hit = self._readings.get(word)
        if hit is None:
            seen: dict[str, int] = {}
            for plen, slen in stem_candidates(word):
                if slen == 0:
                    seen.setdefault(fold_first(word[plen:]), plen)
            hit = tuple((plen, key) for key, plen in seen.items())
            if len(self._readings) > 200_000:
                self._readings.clear()
            self._readings[word] = hit
        return hit

    def heads(self, word: str) -> tuple[tuple[int, str], ...]:
        """The readings of a document word that start a registry name."""
        hit = self._heads.get(word)
        if hit is None:
            hit = tuple(r for r in self.readings(word) if r[1] in self.first)
            if len(self._heads) > 200_000:
                self._heads.clear()
            self._heads[word] = hit
        return hit

    def info(self, word: str) -> WordInfo:
        """(name-starting readings, rare word, title word, coreference keys) of a word, cached."""
        hit = self._info.get(word)
        if hit is None:
            title = word in self.titles or (word[:1] in "وف" and word[1:] in self.titles)
            hit = (self.heads(word), self.is_rare(word), title, self.keys(word))
            if len(self._info) > 200_000:
                self._info.clear()
            self._info[word] = hit
        return hit

    def keys(self, word: str) -> tuple[tuple[int, str], ...]:
        """The readings of a word that coreference may look for (name words, surnames, "ابو")."""
        hit = self._keys.get(word)
        if hit is None:
            hit = tuple(r for r in self.readings(word) if r[1] in self.interesting)
            if len(self._keys) > 200_000:
                self._keys.clear()
            self._keys[word] = hit
        return hit

    def is_rare(self, word: str) -> bool:
        """A word that may be a typo of a name word: not a name word, not common in the news."""
        return len(word) >= 3 and word not in self.vocab and word not in self.common

    def fuzzy_words(self, word: str) -> tuple[str, ...]:
        """Name words one edit away from ``word`` (the caller checks that the word is rare)."""
        if len(word) < 3 or word in self.vocab:
            return ()
        hit = self._fuzzy.get(word)
        if hit is None:
            hit = self._fuzzy_words(word)
            if len(self._fuzzy) > 100_000:
                self._fuzzy.clear()
            self._fuzzy[word] = hit
        return hit

    def _fuzzy_words(self, word: str) -> tuple[str, ...]:
        found: set[str] = set(self.deletes.get(word, ()))
        for d in _deletes(word):
            if d in self.vocab:
                found.add(d)
            found.update(self.deletes.get(d, ()))
        return tuple(sorted(w for w in found if inner_edit(word, w)))


def _governments(registry: Registry) -> dict[str, str]:
    """Country -> its government actor: ``<iso>-government`` if present, else the only top-level one."""
    found: dict[str, list[str]] = {}
    for rec in registry:
        if (
            rec.kind == "government"
            and rec.country
            and not any(m.rel == "part_of" for m in rec.memberships)
        ):
            found.setdefault(rec.country, []).append(rec.id)
    out = {}
    for iso, ids in found.items():
        preferred = f"{iso.lower()}-government"
        if preferred in ids or len(ids) == 1:
            out[iso] = preferred if preferred in ids else ids[0]
    return out


def _definite(
    b: _Builder, head: str, rest: tuple[str, ...], listed: frozenset[str]
) -> tuple[str, ...]:
    """A one-word name listed in ``definite_only`` (schema.toml) keeps its article: "القاعدة"
    (al-Qaeda) is not "قاعدة عسكرية" (a base), unless the registry lists it without too."""
    forms = b.written.get((head, *rest), set()) if not rest else set()
    if forms and forms <= listed:
        return tuple(sorted(forms))
    return ()


def _add_state_names(b: _Builder, states: dict[str, str], registry: Registry) -> None:
    """Country and capital names the registry does not list stand for the country's government."""
    govs = _governments(registry)
    for name, iso in states.items():
        key = name_key(name)
        if key and iso in govs and key[1:] not in b.first.get(key[0], {}):
            b.add(key, govs[iso])
            b.state.setdefault(key, set()).add(normalize_key(name).split()[0])


def _common_words() -> frozenset[str]:
    path = resources.files("rasd.resources").joinpath("actors", "matching", "common_words.txt.gz")
    with path.open("rb") as fh:
        return frozenset(gzip.decompress(fh.read()).decode("utf-8").split())


def _titles(registry: Registry) -> frozenset[str]:
    from rasd.actors.cues import load_cues

    words = set(load_cues().titles)
    for rec in registry:
        words.update(normalize_key(t) for t in rec.titles if len(t.split()) == 1)
    return frozenset(words) | frozenset(fold_first(w) for w in words)
