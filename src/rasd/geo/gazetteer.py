"""The embedded gazetteer: exact and fuzzy look-up of normalised Arabic place names.

`Gazetteer.load()` reads the shipped SQLite file (``resources/gazetteer/gazetteer.sqlite``)
once, lazily, into memory: a list of `GeoEntry` and a dict from normalised key to entry ids.
Fuzzy look-up (`Gazetteer.fuzzy`) builds its index on first use (see `rasd.geo.fuzzy`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from rasd.errors import ResourceError
from rasd.geo.fuzzy import FuzzyIndex
from rasd.text.normalize import normalize_key

__all__ = ["GeoEntry", "Gazetteer", "default_path"]

BROAD_FEATURES = frozenset({"country", "governorate", "region"})


FAR = "geonames_world"  # source of the world cities outside MENA (rasd.geo.world)
WORLD_COUNTRIES = "rasd_world"  # the countries outside MENA (rasd.geo.countries)
EXACT_ONLY = frozenset({FAR, WORLD_COUNTRIES})  # never fuzzy-matched


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One gazetteer place."""

    id: int
    name: str
    name_ar: str
    lat: float
    lon: float
    country: str
    admin1: str | None
    admin1_ar: str | None
    admin2: str | None
    admin2_ar: str | None
    feature: str
    population: int
    geonameid: int | None
    pcode: str | None
    source: str
    licence: str
    admin3: str | None = None  # sub-district (nahiya) where the source gives it (OCHA Syria)
    admin3_ar: str | None = None

    @property
    def broad(self) -> bool:
        """A country, governorate or region (ACLED geo-precision 3)."""
        return self.feature in BROAD_FEATURES


def default_path() -> Path:
    """Path of the shipped gazetteer file."""
    return Path(str(resources.files("rasd.resources").joinpath("gazetteer/gazetteer.sqlite")))


class Gazetteer:
    """In-memory gazetteer: ``entries`` by id, ``index`` from normalised key to entry ids."""

    def __init__(
        self,
        entries: list[GeoEntry],
        index: dict[str, tuple[int, ...]],
        stats: dict[str, tuple[int, int]],
        words: dict[str, int] | None = None,
    ) -> None:
        self.entries = entries
        self.words = words or {}  # news word frequencies (>= 10 uses)
        self.index = index
        self.stats = stats  # key -> (news uses as a word, news uses after a locative cue)
        self.max_words = max((k.count(" ") + 1 for k in index), default=1)
        self.first_words = frozenset(k.split(" ", 1)[0] for k in index)
        self.head_cache: dict[str, tuple[tuple[str, int], ...]] = {}  # detection memo, per word

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Read the SQLite gazetteer (default: the shipped file) into memory."""
        path = path or default_path()
        if not path.exists():
            raise ResourceError(
                f"gazetteer file not found: {path}", hint="run `rasd train gazetteer`"
            )
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            entries = [GeoEntry(*row) for row in con.execute("SELECT * FROM places ORDER BY id")]
            names = con.execute("SELECT key, place, news_freq, news_loc FROM names").fetchall()
            words = dict(con.execute("SELECT key, freq FROM words"))
        finally:
            con.close()
        index: dict[str, list[int]] = {}
        stats: dict[str, tuple[int, int]] = {}
        for key, place, freq, loc in names:
            index.setdefault(key, []).append(place)
            stats[key] = (freq, loc)
        return cls(entries, {k: tuple(v) for k, v in index.items()}, stats, words)

    def lookup(self, key: str) -> tuple[GeoEntry, ...]:
        """Entries whose normalised name is exactly ``key``."""
        return tuple(self.entries[i] for i in self.index.get(key, ()))

    def search(self, name: str) -> tuple[GeoEntry, ...]:
        """Entries for a raw Arabic name: exact first, else fuzzy (one edit)."""
        key = normalize_key(name)
        found = self.lookup(key)
        if found:
            return found
        return tuple(e for k, _ in self.fuzzy.match(key) for e in self.lookup(k))

    def is_common_word(self, key: str) -> bool:
        """True when the news use ``key`` mostly as an ordinary word (rarely after a place cue)."""
        freq, loc = self.stats.get(key, (0, 0))
        return len(key) < 3 or (freq >= 20 and loc < 0.06 * freq)

    def is_common_noun(self, key: str, ratio: float = 0.0) -> bool:
        """True when the news also use the word with the article toggled ('جامعه'/'الجامعه'),
        more than ``ratio`` times as often: common nouns take and drop ال, names rarely do."""
        if " " in key:
            return False
        alt = key[2:] if key.startswith("ال") else "ال" + key
        return self.word_freq(alt) > max(0.0, ratio * self.word_freq(key))

    def word_freq(self, word: str) -> int:
        """How often the news use this normalised word (0 when under 10 uses)."""
        return self.words.get(word, 0)

    @cached_property
    def fuzzy(self) -> FuzzyIndex:
        """The fuzzy index over single- and multi-word keys (built on first use); names of far
        world cities only ('ديغو', Daegu) are left out: a typo there is likelier a local place."""
        return FuzzyIndex(
            k
            for k, ids in self.index.items()
            if any(self.entries[i].source not in EXACT_ONLY for i in ids)
        )
