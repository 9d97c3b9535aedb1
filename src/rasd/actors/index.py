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
from importlib import resources

from rasd.actors.registry import ActorRecord, Registry
from rasd.text.normalize import normalize_key
from rasd.text.tokenize import stem_candidates, tokenize

__all__ = ["AliasIndex", "Entry", "fold_first", "name_key", "within_one_edit"]

STATE_KINDS = frozenset({"government", "state", "state_forces", "military", "country"})
MIN_FUZZY_LETTERS = 5  # a name must have at least this many letters to be matched with a typo


@dataclass(frozen=True, slots=True)
class Entry:
    """What a key sequence names: candidate actor ids and how it was listed."""

    ids: tuple[str, ...]
    ambiguous: bool = False  # listed in ambiguous_aliases.tsv or claimed by several actors
    state_name: bool = False  # a bare country name ("روسيا"): an actor only in actor contexts
    person: bool = False


def fold_first(word: str) -> str:
    """Drop a leading article from a name's first word ("الجيش" -> "جيش")."""
    return word[2:] if word.startswith("ال") and len(word) >= 4 else word


def name_key(name: str) -> tuple[str, ...]:
    """Normalised word tuple of a name, first word folded; punctuation tokens dropped."""
    words = [t.norm for t in tokenize(name) if t.kind in ("word", "latin", "number")]
    if not words:
        return ()
    return (fold_first(words[0]), *words[1:])


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


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass
class _Builder:
    first: dict[str, dict[tuple[str, ...], set[str]]] = field(default_factory=dict)
    state: set[tuple[str, ...]] = field(default_factory=set)
    persons: set[tuple[str, ...]] = field(default_factory=set)
    surnames: dict[str, set[str]] = field(default_factory=dict)

    def add(self, key: tuple[str, ...], actor_id: str) -> None:
        if key:
            self.first.setdefault(key[0], {}).setdefault(key[1:], set()).add(actor_id)

    def add_record(self, rec: ActorRecord) -> None:
        for name in rec.names_ar():
            key = name_key(name)
            self.add(key, rec.id)
            if rec.is_person:
                self.persons.add(key)
                if len(key) >= 2 and len(key[-1]) >= 3 and not key[-1].startswith("ابو"):
                    self.surnames.setdefault(fold_first(key[-1]), set()).add(rec.id)
            elif len(key) == 1 and rec.kind in STATE_KINDS:
                self.state.add(key)


@dataclass(frozen=True)
class AliasIndex:
    """The registry's lookup tables (see the module docstring)."""

    first: dict[str, dict[tuple[str, ...], Entry]]
    max_rest: dict[str, int]
    surnames: dict[str, tuple[str, ...]]
    deletes: dict[str, frozenset[str]]
    vocab: frozenset[str]
    common: frozenset[str]
    titles: frozenset[str]
    _stems: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, registry: Registry, common: Iterable[str] | None = None) -> AliasIndex:
        b = _Builder()
        for rec in registry:
            b.add_record(rec)
        ambiguous_keys = {name_key(a): ids for a, ids in registry.ambiguous.items()}
        for key, ids in ambiguous_keys.items():
            for actor_id in ids:
                b.add(key, actor_id)
        first: dict[str, dict[tuple[str, ...], Entry]] = {}
        for head, rests in b.first.items():
            first[head] = {
                rest: Entry(tuple(sorted(ids)), len(ids) > 1 or (head, *rest) in ambiguous_keys,
                            (head, *rest) in b.state, (head, *rest) in b.persons)
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
            deletes={d: frozenset(ws) for d, ws in deletes.items()},
            vocab=vocab,
            common=frozenset(common) if common is not None else _common_words(),
            titles=_titles(registry),
        )

    def heads(self, word: str) -> tuple[tuple[int, str], ...]:
        """(prefix length, head key) for each clitic reading of a document word that starts a name."""
        hit = self._stems.get(word)
        if hit is None:
            out: list[tuple[int, str]] = []
            for plen, slen in stem_candidates(word):
                key = fold_first(word[plen:]) if slen == 0 else ""
                if key in self.first and (plen, key) not in out:
                    out.append((plen, key))
            hit = tuple(out)
            if len(self._stems) > 200_000:
                self._stems.clear()
            self._stems[word] = hit
        return hit

    def fuzzy_words(self, word: str) -> tuple[str, ...]:
        """Name words one edit away from a rare document word (never from a common word)."""
        if word in self.vocab or word in self.common or len(word) < 3:
            return ()
        found: set[str] = set(self.deletes.get(word, ()))
        for d in _deletes(word):
            if d in self.vocab:
                found.add(d)
            found.update(self.deletes.get(d, ()))
        return tuple(sorted(w for w in found if within_one_edit(word, w)))


def _common_words() -> frozenset[str]:
    path = resources.files("rasd.resources").joinpath("actors", "matching", "common_words.txt.gz")
    with path.open("rb") as fh:
        return frozenset(gzip.decompress(fh.read()).decode("utf-8").split())


def _titles(registry: Registry) -> frozenset[str]:
    from rasd.actors.cues import load_cues

    words = set(load_cues().titles)
    for rec in registry:
        for title in rec.titles:
            words.update(normalize_key(title).split())
    return frozenset(words) | frozenset(fold_first(w) for w in words)
