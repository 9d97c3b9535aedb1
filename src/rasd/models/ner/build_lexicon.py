"""Build the NER lexicon files from the unlabelled news and the gazetteers (training only).

``clusters.tsv``: word2vec (gensim, skip-gram, seeded, one worker) is trained on the normalised
tokens of the SaudiNewsNet articles plus the tokens of the labelled corpora (no labels); the
vectors of the words seen at least ``min_count`` times are clustered with k-means at three
granularities; ``embcodes.npy`` holds their binarised vectors (see `write_codes`).
``gazetteer.tsv``: Arabic place names from GeoNames and OCHA Syria (LOC1 for
towns of 20,000 people or more and governorates, LOC for the rest) and
person names from the UniversalPetrarch actor dictionary (PER), normalised.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from rasd.models.ner.lexicon import CODES_FILE
from rasd.text.normalize import normalize, normalize_key
from rasd.text.tokenize import _TOKEN

__all__ = [
    "build_clusters",
    "build_gazetteer",
    "build_lexicon",
    "corpus_sentences",
    "train_word2vec",
    "write_clusters",
    "write_codes",
]

GRANULARITIES = (64, 256, 1024)
MAJOR_POPULATION = 20_000
_CODE_WITH_DATES = re.compile(r"\[[A-Z~]+ \d{8}-\d{8}\]")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")


def _token_lines(text: str) -> Iterator[list[str]]:
    for line in normalize(text).text.split("\n"):
        toks = [m.group() for m in _TOKEN.finditer(line)]
        if toks:
            yield toks


def corpus_sentences(news: Iterable[Path], conll: Iterable[Path]) -> list[list[str]]:
    """Normalised token lines of the news articles (gz JSONL) and the CoNLL files' tokens."""
    sents: list[list[str]] = []
    for path in news:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                sents.extend(_token_lines(art.get("title") or ""))
                sents.extend(_token_lines(art.get("text") or ""))
    for path in conll:
        cur: list[str] = []
        for line in open(path, encoding="utf-8"):
            parts = line.split()
            if parts:
                cur.append(normalize(parts[0]).text)
            elif cur:
                sents.append(cur)
                cur = []
        if cur:
            sents.append(cur)
    return sents


def _stable_hash(text: str) -> int:
    """A hash that does not depend on PYTHONHASHSEED (word2vec seeds each vector with it)."""
    return zlib.crc32(text.encode("utf-8"))


def train_word2vec(
    sents: list[list[str]],
    *,
    seed: int = 13,
    min_count: int = 3,
    dim: int = 100,
    epochs: int = 5,
    progress: Callable[[str], Any] = print,
) -> Any:
    """Skip-gram word2vec (gensim, one worker, stable hash: reproducible); its KeyedVectors."""
    from gensim.models import Word2Vec

    progress(f"word2vec on {sum(map(len, sents)):,} tokens")
    model = Word2Vec(
        sents,
        vector_size=dim,
        window=5,
        min_count=min_count,
        sg=1,
        negative=5,
        workers=1,
        epochs=epochs,
        seed=seed,
        hashfxn=_stable_hash,
    )
    return model.wv


def build_clusters(
    sents: list[list[str]], out: Path, *, seed: int = 13, progress: Callable[[str], Any] = print
) -> int:
    """Train word2vec and k-means; write ``out`` (clusters.tsv). Returns the vocabulary size."""
    kv = train_word2vec(sents, seed=seed, progress=progress)
    write_clusters(kv, out, seed=seed, progress=progress)
    write_codes(kv, out.with_name(CODES_FILE))
    return len(kv)


def _kept(word: str) -> bool:
    """Whether ``word`` gets a row in clusters.tsv (and embcodes.npy)."""
    return "\t" not in word and bool(word.strip())


def write_codes(kv: Any, out: Path) -> None:
    """Binarised unit vectors (Guo et al. 2014), one row per clusters.tsv word, bit-packed.

    Dimension d of a word is +1 when its value is at least the mean of the positive values of d
    over the vocabulary, -1 when at most the mean of the negative ones, else 0."""
    import numpy as np

    vectors = kv.vectors / np.maximum(np.linalg.norm(kv.vectors, axis=1, keepdims=True), 1e-9)
    rows = [i for i, w in enumerate(kv.index_to_key) if _kept(w)]
    vectors = vectors[rows]
    high = np.nanmean(np.where(vectors > 0, vectors, np.nan), axis=0)
    low = np.nanmean(np.where(vectors < 0, vectors, np.nan), axis=0)
    packed = np.stack(
        [np.packbits(vectors >= high, axis=1), np.packbits(vectors <= low, axis=1)], 1
    )
    with open(out, "wb") as fh:
        np.save(fh, packed.astype(np.uint8), allow_pickle=False)


def write_clusters(
    kv: Any, out: Path, *, seed: int = 13, progress: Callable[[str], Any] = print
) -> None:
    """k-means over the unit-normalised vectors at each granularity; one TSV row per word."""
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans

    vectors = kv.vectors / np.maximum(np.linalg.norm(kv.vectors, axis=1, keepdims=True), 1e-9)
    ids = []
    for k in GRANULARITIES:
        progress(f"k-means k={k} over {len(kv):,} words")
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3)
        ids.append(km.fit_predict(vectors))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, word in enumerate(kv.index_to_key):
            if not _kept(word):
                continue
            fh.write(
                f"{word}\t{kv.get_vecattr(word, 'count')}\t"
                + "\t".join(str(c[i]) for c in ids)
                + "\n"
            )


def _tsv(path: Path) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _places(data: Path) -> tuple[set[str], set[str]]:
    """(major, all) place names: major = towns of 20,000 people or more and admin-1 units."""
    gaz = data / "gazetteer_ar"
    names: set[str] = set()
    major: set[str] = set()
    for row in _tsv(gaz / "geonames_cities500_mena_ar.tsv"):
        found = [n for n in (row.get("arabic_names") or "").split("|") if n]
        names.update(found)
        if int(row.get("population") or 0) >= MAJOR_POPULATION:
            major.update(found)
    for row in _tsv(gaz / "geonames_iso_subdivisions_mena.tsv"):
        names.update(n for n in (row.get("aliases") or "").split("|") if n)
    for row in _tsv(gaz / "ocha_syria_communities.tsv"):
        names.update(row.get(k) or "" for k in ("name_ar", "admin1_ar", "admin2_ar", "admin3_ar"))
        major.add(row.get("admin1_ar") or "")
    return major, names


def _persons(data: Path) -> set[str]:
    """Entries of the actor dictionary whose codes carry date ranges (individuals)."""
    path = data / "universalpetrarch_arabic" / "dictionaries" / "actor_dict_ar_v4.txt"
    names: set[str] = set()
    name = ""
    for line in open(path, encoding="utf-8"):
        if line.strip().startswith("#") or not line.strip():
            continue
        if not line[0].isspace():
            name = line.split("[")[0].strip()
        if name and _CODE_WITH_DATES.search(line) and name.count("_") >= 2:
            names.add(name.replace("_", " "))
    return names


def build_gazetteer(data: Path, out: Path) -> int:
    """Write ``out`` (gazetteer.tsv) from the shared gazetteers; returns the number of rows."""
    rows: dict[str, str] = {}
    major, places = _places(data)
    # a name keeps its first label: LOC1 (major place), then PER, then LOC
    for label, names in (("LOC1", major), ("PER", _persons(data)), ("LOC", places)):
        for name in names:
            key = normalize_key(name)
            words = key.split()
            if words and all(_ARABIC_WORD.match(w) for w in words) and len(key) >= 3:
                rows.setdefault(key, label)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for key, label in sorted(rows.items()):
            fh.write(f"{key}\t{label}\n")
    return len(rows)


def build_lexicon(
    data: Path, out: Path, *, seed: int = 13, progress: Callable[[str], Any] = print
) -> None:
    """Rebuild clusters.tsv, embcodes.npy and gazetteer.tsv in ``out`` from the shared data folder."""
    out.mkdir(parents=True, exist_ok=True)
    progress(f"gazetteer: {build_gazetteer(data, out / 'gazetteer.tsv'):,} names")
    conll = [
        data / "anercorp_camel" / "ANERCorp_CamelLab_train_noperiods.txt",
        *sorted((data / "aqmar").glob("*.txt")),
        data / "wojood_sample" / "train.txt",
    ]
    sents = corpus_sentences(sorted((data / "news").glob("*_all.jsonl.gz")), conll)
    vocab = build_clusters(sents, out / "clusters.tsv", seed=seed, progress=progress)
    progress(f"clusters: {vocab:,} words")
