"""Extra PROTEST detection sentences hand-annotated from ``shared/data/news`` (issue 6).

The news (SaudiNewsNet 2015) is CC BY-NC-SA 4.0, so, as for ``benchmarks/data/events_gold.jsonl``,
the data file ``benchmarks/data/protest_extra.csv`` stores no article text: only the article id,
the sentence's character offsets into the article ``text``, the label and a note.  The text is
read back from the news file (``load_extra``).  See docs/annotation_guide_protest.md.

Selection (``select_candidates``): deterministic (seeded), sentences of 6 to 60 tokens holding
protest vocabulary (rasd's PROTEST lexicon entries, or a word of ``PROTEST_WORDS``, verbs taken
from the OEDA *training* sentences), in three tiers (see ``_ACT``, ``_STRONG``), at most two
sentences per article and tier, sentences of the events gold left out.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "PROTEST_WORDS",
    "Candidate",
    "ExtraSentence",
    "load_extra",
    "select_candidates",
    "write_candidates",
]

# OEDA training "yes" sentences' verbs and nouns the trigger lexicon does not hold (regular
# expressions searched in the raw sentence; a cheap, high-recall pre-filter)
PROTEST_WORDS = (
    "تظاهر",
    "مظاهرة",
    "مظاهرات",
    "احتج(?!ز)",  # meant to skip احتجاز (detention) but does not (احتج+ا+ز); kept as drawn
    "اعتصا",
    "اعتصم",
    "إضراب",
    "اضراب",
    "أضرب",
    "مسيرة",
    "مسيرات",
    "احتشد",
    "تجمهر",
    "شغب",
    "وقفة",
    "هتف",
    "هتاف",
    "عصيان",
    "الشوارع",
    "قطع الطريق",
    "قطعوا",
)
_PREFILTER = re.compile("|".join(PROTEST_WORDS))
# tiers: 2 "act" = a protest verb at a word start or a protesters noun (most likely to report a
# protest that happened); 1 "strong" = a noun naming the act (demonstration, sit-in, strike);
# 0 = other protest vocabulary (hard negatives mostly).  Shares of the sample per tier:
_ACT = re.compile(
    r"\b[وف]?(?:تظاهر|يتظاهر|اعتصم|يعتصم|احتشد|يحتشد|تجمهر|أضرب)|متظاهر|محتج(?!ز)|معتصم|مضرب"
)
_STRONG = re.compile("اعتصام|احتجاج|مظاهرة|مظاهرات|تظاهرة|تظاهرات|إضراب|اضراب")
SHARES = (0.15, 0.25, 0.60)
_PER_ARTICLE = 2


@dataclass(frozen=True, slots=True)
class Candidate:
    id: str  # "<article id>:<sentence index>"
    article_id: str
    start: int
    end: int
    lexicon_hit: bool  # rasd's PROTEST lexicon fires in the sentence
    tier: int  # 2 act, 1 strong, 0 other (see _ACT, _STRONG)


@dataclass(frozen=True, slots=True)
class ExtraSentence:
    id: str
    text: str
    positive: bool
    label: str


def _articles(news: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(news, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _gold_texts(gold: Path, gold_news: Path) -> set[str]:
    """The events gold's sentences (its article ids are those of ``gold_news``)."""
    rows = [json.loads(x) for x in gold.read_text("utf-8").splitlines() if x.strip()]
    wanted = {r["article_id"] for r in rows}
    texts = {a["id"]: a["text"] for a in _articles(gold_news) if a["id"] in wanted}
    return {texts[r["article_id"]][r["start"] : r["end"]].strip() for r in rows}


def _article_candidates(art: dict[str, Any], pipeline: Any, lex: Any) -> list[Candidate]:
    doc = pipeline(art["text"])
    toks = doc.layer("tokens")
    out = []
    for i, s in enumerate(doc.layer("sentences")):
        n = s.last_token - s.first_token
        text = art["text"][s.start : s.end]
        if n < 6 or n > 60 or not _PREFILTER.search(text):
            continue
        hits = lex.find_triggers(toks, s.first_token, s.last_token)
        lex_hit = any(m.entry.type == "PROTEST" for m in hits)
        tier = 2 if _ACT.search(text) else int(bool(_STRONG.search(text)))
        out.append(Candidate(f"{art['id']}:{i}", art["id"], s.start, s.end, lex_hit, tier))
    return out


def select_candidates(
    news: Path,
    gold: tuple[Path, Path],
    n: int,
    seed: int = 6,
    shares: tuple[float, float, float] = SHARES,
    exclude: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """``n`` candidate sentences, ``shares`` of them per tier, spread over articles: at most
    ``_PER_ARTICLE`` per article and tier, drawn round robin over the shuffled articles;
    sentences of the events gold (``gold``: its jsonl and news file), the sentence texts in
    ``exclude`` and repeated sentences left out."""
    from rasd.events.lexicon import load_lexicon
    from rasd.registry import build_pipeline

    pipeline = build_pipeline(("normalize", "tokenize", "sentences"))
    lex = load_lexicon()
    skip = _gold_texts(*gold) | exclude
    arts = [a for a in _articles(news) if _PREFILTER.search(a["text"])]
    rng = random.Random(seed)
    rng.shuffle(arts)
    want = [round(n * share) for share in shares]
    want[2] = n - want[0] - want[1]
    pools: list[list[list[Candidate]]] = [[], [], []]
    for art in arts:
        cands = []
        for c in _article_candidates(art, pipeline, lex):
            text = art["text"][c.start : c.end].strip()
            if text not in skip:
                skip.add(text)
                cands.append(c)
        rng.shuffle(cands)
        for tier in range(3):
            mine = [c for c in cands if c.tier == tier][:_PER_ARTICLE]
            if mine:
                pools[tier].append(mine)
        if all(sum(map(len, pools[t])) >= 2 * want[t] for t in range(3)):
            break
    chosen: list[Candidate] = []
    for tier in range(3):
        ranked = [c[r] for r in range(_PER_ARTICLE) for c in pools[tier] if len(c) > r]
        chosen += ranked[: want[tier]]
    rng.shuffle(chosen)
    return chosen


def write_candidates(cands: list[Candidate], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "article_id", "start", "end", "lexicon_hit", "tier"])
        for c in cands:
            w.writerow([c.id, c.article_id, c.start, c.end, int(c.lexicon_hit), c.tier])


def load_extra(path: Path, news: Path, keep_ambiguous: bool = False) -> list[ExtraSentence]:
    """The annotated sentences with their text read back from the news file (``ambiguous``
    rows dropped unless ``keep_ambiguous``)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    wanted = {r["article_id"] for r in rows}
    texts = {a["id"]: a["text"] for a in _articles(news) if a["id"] in wanted}
    return [
        ExtraSentence(
            r["id"],
            texts[r["article_id"]][int(r["start"]) : int(r["end"])],
            r["label"] == "yes",
            r["label"],
        )
        for r in rows
        if keep_ambiguous or r["label"] in ("yes", "no")
    ]
