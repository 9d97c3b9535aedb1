"""Modality of a trigger from the cues that govern it.

A cue governs a trigger when the trigger starts within ``scope`` tokens after the cue ends, in
the same sentence, and (for clause-bound cues: negation, سوف) in the same clause; no cue reaches
across a clause-opening word (لكن، بينما، وقال …, the ``strong`` token indices).  The nearest
governing cue wins.  A trigger word with the future prefix سـ and no governing cue is
``intended``.  Speech-act triggers (THREATEN) are never made "threatened"/"intended" by their own
wording: a threat that was uttered is an asserted THREATEN event.  A threat outranks a nearer
hypothetical cue (هدد بعواقب قد تشمل عقوبات: what the threat may bring is threatened).  A finite
verb joined by و / ف starts a new predication: no refusal, intention or threat verb before it
governs it (cues with a clause barrier, such as لم, still do).  Future verbs that are no trigger
act as سوف (``rasd.events.lexicon`` adds them to the cues).

Three cue kinds are not modalities of the contract.  ``demanded`` (طالب بـ، دعا إلى …: the
action called for has not happened; the call itself is a REQUEST event) never governs an agent
trigger (المحتجون who make the demand; nor does a threat or an intention: توعد المتظاهرون،
وعد المتظاهرين); ``tally`` (ارتفعت حصيلة التفجيرين): a casualty count of an event reported
before, not a new one; the stage drops the events of both (`NOT_EVENT`).  ``asserted`` (a
consequence verb: لم يسفر الانفجار عن إصابات) shields the event noun that is its subject from a negator before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.events.clauses import clause_bounds
from rasd.events.lexicon import CueEntry, Match

__all__ = ["DEMANDED", "MODALITIES", "NOT_EVENT", "modality_of"]

MODALITIES = ("asserted", "negated", "intended", "threatened", "hypothetical", "reported_uncertain")
_SELF_MODAL = {"THREATEN": {"threatened", "intended"}}
DEMANDED = "demanded"
NOT_EVENT = frozenset({DEMANDED, "tally"})
# cues whose subject an agent trigger names (توعد المتظاهرون، وعد المتظاهرين، قرر المحتجون)
_SPEAKER_CUES = frozenset({DEMANDED, "threatened", "intended"})
# cues that take a verbal noun or an أن clause, never a new finite verb joined by و / ف
_NOT_CONJOINED = NOT_EVENT | {"negated", "intended", "threatened"}


def _governs(
    cue: Match,
    trig: Match,
    clauses: Sequence[tuple[int, int]],
    strong: frozenset[int],
    conjoined: bool = False,
) -> bool:
    entry = cue.entry
    assert isinstance(entry, CueEntry)
    if entry.modality in _SPEAKER_CUES and getattr(trig.entry, "pos", "") == "agent":
        return False  # توعد المتظاهرون: the protesters are the ones who threaten
    if conjoined and entry.modality in _NOT_CONJOINED and not entry.barrier:
        return False  # رفضوا تسليم أبنائهم، وطلبوا …: a new finite verb, a new act
    if conjoined and entry.modality in NOT_EVENT:
        return False  # طالبت الحكومة بوقف القصف وقصفت الطائرات …
    if cue.last > trig.first or trig.first - cue.last >= entry.scope:
        return False
    if entry.barrier:
        return clause_bounds(clauses, cue.first) == clause_bounds(clauses, trig.first)
    return not any(cue.last <= b <= trig.first for b in strong)


def _modality(cue: Match) -> str:
    entry = cue.entry
    assert isinstance(entry, CueEntry)
    return entry.modality


def modality_of(
    trig: Match,
    cues: Sequence[Match],
    clauses: Sequence[tuple[int, int]],
    event_type: str,
    strong: frozenset[int] = frozenset(),
    conjoined: bool = False,
) -> tuple[str, Match | None]:
    """The trigger's modality and the cue that decided it (None when asserted or by prefix).

    ``conjoined``: the trigger is a finite verb with و / ف attached, which starts a new
    predication; a demand or a tally does not reach it."""
    skip = _SELF_MODAL.get(event_type, set())
    best: Match | None = None
    threat: Match | None = None
    for cue in cues:
        entry = cue.entry
        assert isinstance(entry, CueEntry)
        if entry.modality in skip or not _governs(cue, trig, clauses, strong, conjoined):
            continue
        if best is None or cue.last > best.last:
            best = cue
        if entry.modality == "threatened":
            threat = cue
    if best is not None:
        modality = _modality(best)
        if modality == "hypothetical" and threat is not None:
            return "threatened", threat  # هدد بعواقب قد تشمل عقوبات: what a threat may bring
        return modality, best
    if trig.future and "intended" not in skip:
        return "intended", None
    return "asserted", None
