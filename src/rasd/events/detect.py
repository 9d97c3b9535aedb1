"""Event detection and typing for one sentence: lexicon triggers, clauses, modality, filters.

`detect_sentence` returns `Candidate` records: one per (clause, event type), keeping the
strongest trigger of that type in the clause.  ASSAULT and PROTEST candidates that are asserted
must pass the learned sentence filter (hard negatives: casualty tallies, historical mentions,
demands); all candidates get a confidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rasd.doc import Token
from rasd.events.clauses import clause_bounds, is_strong_boundary, split_clauses
from rasd.events.features import TriggerView, hashed, sentence_features
from rasd.events.lexicon import Lexicon, Match, TriggerEntry, is_future_verb
from rasd.events.modality import NOT_EVENT, modality_of
from rasd.events.model import LinearFilter, calibrate

__all__ = [
    "Candidate",
    "MODALITY_FACTOR",
    "SentenceAnalysis",
    "analyse_sentence",
    "detect_sentence",
]

# how often an event of each modality is right when the lexicon proposes it (prior scaling)
MODALITY_FACTOR = {
    "asserted": 1.0,
    "negated": 0.85,
    "intended": 0.85,
    "threatened": 0.8,
    "hypothetical": 0.8,
    "reported_uncertain": 0.85,
}
# cooperative acts that a refusal takes as its object (رفض وقف إطلاق النار، رفض دعم إيران، رفض
# تقديم التنازلات): the refusal is the event (REJECT); the refused act is no negated event of its own
_REFUSABLE = frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class Candidate:
    match: Match
    type: str
    mode: str
    modality: str
    cue: Match | None
    clause: tuple[int, int]
    confidence: float


@dataclass(frozen=True, slots=True)
class SentenceAnalysis:
    """Triggers with their modality, clauses and the filter probabilities of the sentence."""

    triggers: tuple[tuple[Match, str, Match | None], ...]
    clauses: tuple[tuple[int, int], ...]
    probabilities: Mapping[str, float]


def _entry(m: Match) -> TriggerEntry:
    assert isinstance(m.entry, TriggerEntry)
    return m.entry


def _conjoined(tokens: Sequence[Token], m: Match) -> bool:
    """A finite-verb trigger with و / ف split off as a clitic ("وقصفت", "فهاجم")."""
    return _entry(m).pos == "verb" and any(p.form in ("و", "ف") for p in tokens[m.first].prefixes)


def _future_predicate(tokens: Sequence[Token], m: Match, last: int) -> bool:
    """An event noun whose predicate, the next word after at most two adjectives with the article,
    is a future verb (المباحثات ستركز على …، رفع العقوبات الاقتصادية سيسمح …): the event itself
    is still to come."""
    if _entry(m).pos not in ("noun", "phrase"):
        return False
    i = m.last
    while i < min(last, m.last + 2) and _definite_adjective(tokens[i]):
        i += 1
    return i < last and is_future_verb(tokens[i])


def _definite_adjective(tok: Token) -> bool:
    """A word with the article and no other clitic (الاقتصادية، الدولية)."""
    pre = tok.prefixes
    return tok.kind == "word" and len(pre) == 1 and pre[0].form == "ال"


def analyse_sentence(
    tokens: Sequence[Token],
    first: int,
    last: int,
    lexicon: Lexicon,
    filters: Mapping[str, LinearFilter],
) -> SentenceAnalysis:
    clauses = split_clauses(tokens, first, last)
    strong = frozenset(i for i in range(first, last) if is_strong_boundary(tokens[i]))
    cues = lexicon.find_cues(tokens, first, last)
    found = []
    for m in lexicon.find_triggers(tokens, first, last):
        own = [c for c in cues if c.last <= m.first or c.first >= m.last]
        modality, cue = modality_of(m, own, clauses, _entry(m).type, strong, _conjoined(tokens, m))
        if modality == "asserted" and cue is None and _future_predicate(tokens, m, last):
            modality = "intended"
        found.append((m, modality, cue))
    probs: dict[str, float] = {}
    wanted = {t for t in filters if any(_entry(m).type == t for m, _, _ in found)}
    if wanted:
        span = max(1, last - first)
        views = [TriggerView(m, mod, (m.first - first) / span) for m, mod, _ in found]
        idx = hashed(sentence_features(tokens, first, last, views, clauses))
        probs = {t: filters[t].probability(idx) for t in wanted}
    return SentenceAnalysis(tuple(found), tuple(clauses), probs)


def detect_sentence(
    tokens: Sequence[Token],
    first: int,
    last: int,
    lexicon: Lexicon,
    filters: Mapping[str, LinearFilter],
    calibration: tuple[float, float] = (1.0, 0.0),
) -> list[Candidate]:
    """Event candidates of the sentence tokens[first:last], in text order."""
    sa = analyse_sentence(tokens, first, last, lexicon, filters)
    refusals = [m for m, _, _ in sa.triggers if _entry(m).type == "REJECT"]
    best: dict[tuple[tuple[int, int], str], Candidate] = {}
    for m, modality, cue in sa.triggers:
        entry = _entry(m)
        if entry.type in _REFUSABLE and _refused(modality, cue, refusals):
            continue
        conf = _confidence(entry, modality, sa.probabilities, filters, calibration)
        if conf is None:
            continue
        clause = clause_bounds(sa.clauses, m.first)
        key = (clause, entry.type)
        cand = Candidate(m, entry.type, entry.mode, modality, cue, clause, conf)
        if _better(cand, best.get(key)):
            best[key] = cand
    return sorted(best.values(), key=lambda c: c.match.first)


def _refused(modality: str, cue: Match | None, refusals: Sequence[Match]) -> bool:
    """The trigger is negated by a cue that is itself a REJECT trigger (يرفض وقف إطلاق النار)."""
    if modality != "negated" or cue is None:
        return False
    return any(r.first < cue.last and cue.first < r.last for r in refusals)


def _better(new: Candidate, old: Candidate | None) -> bool:
    """The strongest lexicon entry of the type in the clause (first wins ties); a demanded act or
    a casualty tally, which the stage drops, never hides a trigger that reports an event."""
    if old is None:
        return True
    new_drop, old_drop = new.modality in NOT_EVENT, old.modality in NOT_EVENT
    if new_drop != old_drop:
        return old_drop
    return _entry(old.match).prior < _entry(new.match).prior


def _confidence(
    entry: TriggerEntry,
    modality: str,
    probs: Mapping[str, float],
    filters: Mapping[str, LinearFilter],
    calibration: tuple[float, float],
) -> float | None:
    """Filter probability for asserted filtered types (None: filtered out), else the
    calibrated lexicon prior."""
    filt = filters.get(entry.type)
    if filt is not None and modality == "asserted":
        p = probs[entry.type]
        return round(p, 4) if p >= filt.threshold else None
    return round(calibrate(entry.prior * MODALITY_FACTOR.get(modality, 1.0), calibration), 4)
