"""Argument accuracy on rasd's own news gold and on the OEDA span gold.

News gold (benchmarks/data/events_gold.jsonl): each gold event gives ``actor1`` / ``actor2`` as
character spans (or null).  A predicted event matches a gold one when it has the same type and
its trigger overlaps the gold trigger; its actor is right when one mention of the predicted
actor id overlaps the gold span.  Actor mentions come from ``layers`` (e.g. the shipped ner +
actors stages).

OEDA span gold (shared/data/events/*_spans_dev.json): the gold source / target are word strings,
not offsets.  The event is the one whose trigger shares a word with the coders' verb and lies
nearest to where that verb stands in the text (``pick="position"``, from round 5; the verb is the
words most coders' spans share), else the one nearest the verb; ``pick="first"`` keeps the rule
of rounds 1-4 (the first event sharing a word, else the first of the type).  And an actor is right when a mention of it shares a word (normalised, clitics
stripped, >= 3 letters) with the gold words.  Rule ``nearest`` (as in rasd.events.scoring) reads
only the mention of the actor nearest the trigger; rule ``any`` reads every mention of the actor
in the text, as the news-gold rule does, which matters for generic actors ("civilians" named
twice: "بالسكان" near the trigger, "اشخاص" further on).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rasd.doc import Document, Event
from rasd.events.evaluate import analyse_text
from rasd.events.lexicon import variants
from rasd.events.oeda import is_heldout, load_spans
from rasd.events.scoring import load_news
from rasd.text.normalize import normalize_key

__all__ = ["building_target", "news_argument_accuracy", "oeda_argument_accuracy"]

_PUNCT = re.compile(r"[^\w]", re.UNICODE)


def _match(doc: Document, g: dict[str, Any]) -> Event | None:
    gs, ge = g["trigger"]
    return next(
        (
            e
            for e in doc.get("events")
            if e.type == g["type"] and e.trigger.start < ge and gs < e.trigger.end
        ),
        None,
    )


def _right(doc: Document, actor_id: str | None, span: list[int]) -> bool:
    return actor_id is not None and any(
        m.actor_id == actor_id and m.start < span[1] and span[0] < m.end
        for m in doc.get("actor_mentions")
    )


def news_argument_accuracy(
    gold_path: Path,
    news_path: Path,
    layers: Callable[[Document], Document],
    half: str = "dev",
    batch: int | None = None,
) -> dict[str, dict[str, int]]:
    """Per role: gold spans, those whose event was found, and those found right (rows of one
    annotation ``batch`` of the news gold, or all)."""
    from rasd.events.scoring import gold_rows

    rows = gold_rows(gold_path, half, batch)
    news = load_news(news_path, {r["article_id"] for r in rows})
    stats = {r: {"gold": 0, "with_event": 0, "correct": 0} for r in ("actor1", "actor2")}
    docs: dict[str, Document] = {}
    for r in rows:
        art = news[r["article_id"]]
        if r["article_id"] not in docs:
            docs[r["article_id"]] = analyse_text(art["text"], date=art.get("date"), layers=layers)
        doc = docs[r["article_id"]]
        for g in r["events"]:
            ev = _match(doc, g)
            for role in ("actor1", "actor2"):
                if g.get(role) is None:
                    continue
                stats[role]["gold"] += 1
                if ev is not None:
                    stats[role]["with_event"] += 1
                    stats[role]["correct"] += _right(doc, getattr(ev, role), g[role])
    return stats


def _words(text: str) -> set[str]:
    """Normalised words (punctuation glued to a word dropped: "اميركية»." -> اميركيه)."""
    words = (_PUNCT.sub("", w) for w in normalize_key(text).split())
    return {v for w in words if w for v, _ in variants(w) if len(v) >= 3}


def _pick_first(events: list[Event], verb: str, doc: Document) -> Event | None:
    """The scorer of rounds 1-4: the first event whose trigger shares a word with the verb."""
    verb_words = _words(verb) if verb else set()
    for e in events:
        if verb_words & _words(doc.text[e.trigger.start : e.trigger.end]):
            return e
    return events[0] if events else None


def _anchors(text: str, verbs: list[str]) -> list[int]:
    """Character offsets of the words of the coders' verb in the text (surface match)."""
    want = {_PUNCT.sub("", normalize_key(v)) for v in verbs} - {""}
    return [
        m.start()
        for m in re.finditer(r"\S+", text)
        if _PUNCT.sub("", normalize_key(m.group())) in want
    ]


def _pick(
    events: list[Event], verb: str, doc: Document, coded: list[str] | None = None
) -> Event | None:
    """The event nearest the coders' verb ("على قصف منزل X، قامت دبابة بقصف …": the second
    shelling), among those whose trigger shares a word with it (else among all); without the
    verb in the text, the first sharing event (``_pick_first``)."""
    coded = coded or verb.split()
    anchors = _anchors(doc.text, coded)
    if not events or not anchors:
        return _pick_first(events, verb or " ".join(coded), doc)
    verb_words = _words(" ".join(coded))
    sharing = [e for e in events if verb_words & _words(doc.text[e.trigger.start : e.trigger.end])]
    return min(sharing or events, key=lambda e: min(abs(e.trigger.start - a) for a in anchors))


def coder_verbs(spans_path: Path) -> dict[str, list[str]]:
    """Sentence id -> the verb words most of its coders' spans share ("قامت بقصف", "بقصف" ->
    بقصف); the common ``verb_gold`` is empty when the coders disagree."""
    out: dict[str, list[str]] = {}
    for d in json.loads(spans_path.read_text("utf-8")):
        counts: dict[str, int] = {}
        for sp in d.get("spans", []):
            for w in set(sp.get("verb") or []):
                counts[w] = counts.get(w, 0) + 1
        top = max(counts.values(), default=0)
        out[d["source"]] = [w for w, n in counts.items() if n == top]
    return out


def _mention_texts(doc: Document, actor_id: str | None, ev: Event, rule: str) -> list[str]:
    ms = [m for m in doc.get("actor_mentions") if actor_id is not None and m.actor_id == actor_id]
    if rule == "nearest" and ms:
        ms = [min(ms, key=lambda m: abs(m.start - ev.trigger.start))]
    return [doc.text[m.start : m.end] for m in ms]


def oeda_argument_accuracy(
    spans_path: Path,
    layers: Callable[[Document], Document],
    event_type: str,
    split: str = "heldout",
    rules: tuple[str, ...] = ("nearest", "any"),
    pick: str = "position",
) -> dict[str, dict[str, int]]:
    """Per role and rule ("source/nearest", …): gold, with an event, correct.  ``pick``:
    "position" (the event nearest the coders' verb) or "first" (rounds 1-4)."""
    stats = {
        f"{r}/{k}": {"gold": 0, "with_event": 0, "correct": 0}
        for r in ("source", "target", "target_no_building")
        for k in rules
    }
    coded = coder_verbs(spans_path)
    for sid, gold in load_spans(spans_path).items():
        if is_heldout(sid) != (split == "heldout"):
            continue
        doc = analyse_text(gold["text"], profile="oeda", layers=layers)
        events = [e for e in doc.get("events") if e.type == event_type]
        if pick == "first":
            ev = _pick_first(events, gold["verb"], doc)
        else:
            ev = _pick(events, gold["verb"], doc, coded.get(sid, []))
        for role, slot in (("source", "actor1"), ("target", "actor2")):
            if not gold[role].strip():
                continue
            want = _words(gold[role])
            keys = [role]
            if role == "target" and not building_target(gold["text"], gold[role]):
                keys.append("target_no_building")
            for rule in rules:
                right = ev is not None and any(
                    _words(t) & want for t in _mention_texts(doc, getattr(ev, slot), ev, rule)
                )
                for key in keys:
                    st = stats[f"{key}/{rule}"]
                    st["gold"] += 1
                    st["with_event"] += ev is not None
                    st["correct"] += right
    return stats


_BUILDINGS = frozenset(
    {"مقر", "مبني", "سفاره", "قنصليه", "ضريح", "مكتب", "ديوان", "مقار", "مباني", "برلمان"}
)


def building_target(text: str, target: str) -> bool:
    """OEDA codes the owner of a building protesters gather at as the target ("تجمعوا أمام
    مقر السفارة الأردنية": الأردنية); rasd, after ACLED, keeps a place out of actor2.  True
    when a gold target word follows a building word within three words of the text."""
    want = _words(target)
    words = [_PUNCT.sub("", w) for w in normalize_key(text).split()]
    for i, w in enumerate(words):
        if {v for v, _ in variants(w)} & _BUILDINGS:
            near = {v for x in words[i + 1 : i + 4] if x for v, _ in variants(x)}
            if near & want:
                return True
    return False
