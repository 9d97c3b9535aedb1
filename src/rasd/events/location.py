"""Where an event happened: the place of the ``places`` layer that the event's own words locate.

Each place mention of the article is read once (`ArticlePlaces`):

* locative: a preposition or cue word governs it ("في / قرب / نحو / الى / داخل / عند", a ب-
  prefix, "شمال / محيط / ريف / اطراف / على مشارف"), possibly through a place-type noun
  ("مدينة / بلدة / قرية / محافظة / حي / منطقة ..."), or it is the object of a visit or an entry
  ("سيزور موسكو", "زيارة للقاهرة", "تدخل زنجبار", "اقتحموا حلب"; a country entered is not:
  "دخلت السعودية الحرب"); "بين X و Y" midpoints of the places stage are locative; a place
  right after another ("سوسة بتونس", "بعقوبة بشرق العراق") is a landmark, not locative;
* in an actor phrase: inside an actor mention or an ORG entity ("بقيادة السعودية",
  "الحكومة العراقية") or governed by an actor noun ("قوات / حكومة / جيش / نظام ...") — unless a
  locative cue stands before the phrase;
* the dateline: the place of the "X -" / "X (وكالات) -" / "مصدر – X" opening of the article.

An event takes, in this order: a place right after its trigger ("معركة الزبداني"), a locative
place of the trigger's clause, then of its sentence (nearest the trigger each time; a country or
governorate gives way to a locative town in it, or to a town of it that another sentence gives
for the same word: "سيزور موسكو" ... "سيزور روسيا"), then a place of the sentence outside actor
phrases (for talks and concessions, any place of the sentence); the dateline place.  Then:

* statements and policy acts (accuse, agree, reject, request, support, threaten, sanction,
  cooperate): no place — opinion and general statements happen nowhere in particular;
* other acts: a place of the sentence inside an actor phrase; for acts on the ground, the last
  locative place of the sentence before (the same event, told on); the article's most mentioned
  place.  Places from other sentences keep their own geo_precision.

"بين X و Y" is locative only for events on the ground (fighting, arrests, troops, withdrawal,
protest, aid).  A locative place after "محيط / قرب / ريف / اطراف / شمال ..." has geo_precision 2
at least.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasd.doc import Document, Place, Token
from rasd.events.lexicon import variants

__all__ = ["ArticlePlaces", "PlaceRead", "main_place"]

_PLACE_NOUNS = frozenset(
    "مدينه بلده قريه مخيم حي مدن بلدات قري احياء ناحيه قضاء مركز مديريه محافظه ولايه منطقه "
    "مناطق محافظات مديريات اقليم مدينتي محافظتي بلدتي قريتي عاصمه جبهه قاعده مطار ميناء سجن".split()
)
_NEAR = frozenset(
    "محيط اطراف قرب ضواحي مشارف مداخل مدخل تخوم جوار ريف شمال جنوب شرق غرب شمالي جنوبي "
    "شرقي غربي شمالا جنوبا شرقا غربا بالقرب مقربه".split()
)
_PREPS = frozenset("في علي قرب الي نحو باتجاه داخل عند قبالة لدي حول".split())
_ACTOR_NOUNS = frozenset(
    "قياده قوات جيش حكومه نظام وزاره وزير سفاره سفير رئيس ملك شعب طايرات طيران مجلس برلمان "
    "وكاله مسلحي مقاتلي عناصر سلطات خارجيه داخليه دوله ولي امير حرس شرطه".split()
)
_QUOTES = frozenset("\" « » “ ” ( ) '".split())
_MARKS = frozenset("- – — ـ :".split())
_ON_THE_GROUND = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "PROTEST", "AID"})
# statements and policy acts: located only by their own sentence's places that are not actors,
# or the dateline; never by a place that only names an actor, nor by another sentence
_VERBAL = frozenset(
    {"ACCUSE", "AGREE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "SANCTION", "COOPERATE"}
)
# verbs and nouns whose object is where the act happens: a visit, entering or taking a town
_VISIT = frozenset("زار زور زياره زيارته زيارتها".split())
_ENTER = frozenset("دخل يدخل دخول اقتحم اقتحام اجتاح اجتياح استعاد استعاده استرد استرداد".split())
_DATELINE_TOKENS = 7  # the opening marker must come within this many tokens


@dataclass(frozen=True, slots=True)
class PlaceRead:
    place: Place
    locative: bool
    actor: bool
    near: bool  # after محيط / قرب / ريف / شمال ...
    phrase_start: int  # start of its first cue word (else of the place)
    between: bool = False  # a "بين X و Y" midpoint


def main_place(places: Sequence[Place]) -> Place | None:
    if not places:
        return None
    counts = Counter(p.name for p in places)
    name = max(counts, key=lambda n: (counts[n], -min(p.start for p in places if p.name == n)))
    return next(p for p in places if p.name == name)


def _stem(tok: Token) -> str:
    """The clitic-free form; a leading و / ف / ب the tokenizer left on a cue word is dropped."""
    if tok.norm in _PLACE_NOUNS or tok.norm in _NEAR:
        return tok.norm  # "ولايه" is a word, not و + ل + ايه
    w = tok.stem_form
    if len(w) > 3 and w[0] in "وفب" and (w[1:] in _PLACE_NOUNS or w[1:] in _NEAR):
        return w[1:]
    return w


def _has_b(tok: Token) -> bool:
    return any(p.kind == "prefix" and p.form in ("ب", "وب", "فب") for p in tok.parts)


def _cues(tokens: Sequence[Token], i: int) -> tuple[bool, bool, int, str]:
    """(locative, near, index of the first cue token, "visit" / "enter" / "" for a verb whose
    object the place is) for a place starting at token i."""
    locative = near = False
    first = i
    j = i - 1
    for _ in range(4):  # "في محيط مدينة X", "على مشارف بلدة X", "في ولاية «X»"
        if j >= 0 and tokens[j].norm in _QUOTES:
            j -= 1
            continue
        if j < 0 or tokens[j].kind != "word":
            break
        w = _stem(tokens[j])
        if _nisba(tokens[j]) and j > 0 and _stem(tokens[j - 1]) in _PLACE_NOUNS:
            j -= 1  # "في العاصمة العراقية بغداد"
            continue
        if w in _PLACE_NOUNS or w in _NEAR:
            near = near or w in _NEAR
            locative, first = True, j
            if _has_b(tokens[j]):
                break
            j -= 1
            continue
        if w in _PREPS or tokens[j].norm in _PREPS:
            locative, first = True, j
        elif verb := _object_verb(tokens[j]):
            return True, near, j, verb
        break
    return locative, near, first, ""


def _object_verb(tok: Token) -> str:
    """ "visit" for "زار / يزور / زيارة", "enter" for "دخل / اقتحم / استعاد ..."; else ""."""
    forms = {v for v, _ in variants(tok.norm)}
    if forms & _VISIT:
        return "visit"
    return "enter" if forms & _ENTER else ""


def _nisba(tok: Token) -> bool:
    """A relative adjective with the article: "العراقية", "السوري"."""
    return tok.norm.startswith("ال") and (tok.norm.endswith("يه") or tok.norm.endswith("ي"))


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((s, e) for s, e in spans if s <= start and end <= e), None)


class ArticlePlaces:
    """The place mentions of one document, read once for all its events."""

    def __init__(self, doc: Document) -> None:
        tokens: Sequence[Token] = doc.get("tokens")
        self.tokens = tokens
        self.sent_starts = [x.start for x in doc.get("sentences")]
        self.starts = [t.start for t in tokens]
        actor_spans = [(m.start, m.end) for m in doc.get("actor_mentions")]
        actor_spans += [(e.start, e.end) for e in doc.get("entities") if e.label == "ORG"]
        places: Sequence[Place] = doc.get("places")
        self.reads_so_far: list[PlaceRead] = []
        for p in places:
            self.reads_so_far.append(self._read(p, actor_spans))
        self.reads = self.reads_so_far
        self.main = main_place(places)
        self.dateline = self._dateline()

    def _token_of(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def _read(self, p: Place, actor_spans: Sequence[tuple[int, int]]) -> PlaceRead:
        i = self._token_of(p.start)
        if p.source == "between":
            return PlaceRead(p, True, False, True, p.start, between=True)
        tok = self.tokens[i]
        own_b = p.start > tok.start and _has_b(tok)
        locative, near, first, verb = _cues(self.tokens, i)
        if verb == "enter" and p.feature == "country":
            locative, first = False, i  # "دخلت السعودية الحرب": the country acts
        phrase = _inside(p.start, p.end, actor_spans)
        if phrase is not None and _stem(self.tokens[self._token_of(phrase[0])]) in _PLACE_NOUNS:
            phrase = None  # "محافظة لحج" tagged as an organisation is still a place
        governed = i > 0 and _stem(self.tokens[i - 1]) in _ACTOR_NOUNS and not own_b
        actor = (phrase is not None and not (locative and self.starts[first] < phrase[0])) or (
            governed and not locative
        )
        if locative and self._after_place(first):
            locative = False  # "بعقوبة بشرق العراق", "زنجبار، عاصمة محافظة أبين": a landmark
        own_b = own_b and not self._after_place(i)  # "في مدينة سوسة بتونس": Sousse
        locative = locative or own_b or self._coordinated(i, tok)
        return PlaceRead(p, locative and not actor, actor, near, self.starts[first])

    def _ends_place(self, k: int) -> bool:
        """Token k ends a place mention already read."""
        end = self.tokens[k].end
        return any(r.place.end == end for r in self.reads_so_far)

    def _after_place(self, first: int) -> bool:
        k = first - 1
        if k >= 0 and self.tokens[k].norm in ("،", ","):
            k -= 1
        return k >= 0 and self._ends_place(k)

    def _coordinated(self, i: int, tok: Token) -> bool:
        """ "في بغداد والنجف وبابل": a place joined by و to a locative place."""
        if not any(p.kind == "prefix" and p.form == "و" for p in tok.parts) or i == 0:
            return False
        end = self.tokens[i - 1].end
        return any(r.place.end == end and r.locative for r in self.reads_so_far)

    def _dateline(self) -> PlaceRead | None:
        toks = self.tokens[:_DATELINE_TOKENS]
        marks = [k for k, t in enumerate(toks) if t.norm in _MARKS and k > 0]
        if not marks:
            return self._number_dateline()
        mark_end = self.tokens[marks[-1]].end
        before = [r for r in self.reads if r.place.end <= mark_end and not (r.actor or r.between)]
        if before:
            return before[-1]
        after = self.tokens[marks[-1] + 1] if marks[-1] + 1 < len(self.tokens) else None
        return next(
            (r for r in self.reads if after is not None and r.place.start == after.start), None
        )

    def _number_dateline(self) -> PlaceRead | None:
        """ "عمان 25 شوال ...": a place opening the text and followed by a day number."""
        if len(self.tokens) < 2 or self.tokens[1].kind != "number":
            return None
        return next((r for r in self.reads if self._token_of(r.place.start) == 0), None)

    def locate(
        self,
        sent: tuple[int, int],
        clause: tuple[int, int],
        trigger: tuple[int, int],
        event_type: str = "ASSAULT",
    ) -> tuple[str | None, int | None]:
        """Place id and geo_precision of an event with this trigger span; ``sent`` and
        ``clause`` are character spans.  "بين X و Y" locates only events that happen on the
        ground (fighting, troops, arrests, withdrawal): for talks it names the parties."""
        read, _ = self.choose(sent, clause, trigger, event_type)
        return (None, None) if read is None else _answer(read)

    def choose(
        self,
        sent: tuple[int, int],
        clause: tuple[int, int],
        trigger: tuple[int, int],
        event_type: str,
    ) -> tuple[PlaceRead | None, str]:
        """The place read chosen and why: "own", "clause", "sentence", "other", "dateline",
        "actor", "previous", "main" or "none"."""
        at = trigger[0]
        in_sent = [r for r in self.reads if sent[0] <= r.place.start and r.place.end <= sent[1]]
        if event_type not in _ON_THE_GROUND:
            in_sent = [
                replace(r, locative=False, phrase_start=-2) if r.between else r for r in in_sent
            ]
        in_clause = [r for r in in_sent if clause[0] <= r.place.start < clause[1]]
        k = self._token_of(trigger[1] - 1) + 1
        after = self.starts[k] if k < len(self.starts) else -1
        verbal = event_type in _VERBAL
        place_ok = event_type not in _ON_THE_GROUND and not verbal
        pools = (
            ("own", [r for r in in_clause if r.phrase_start == after and not r.actor]),
            ("clause", [r for r in in_clause if r.locative]),
            ("sentence", [r for r in in_sent if r.locative]),
            ("other", [r for r in in_sent if not r.actor or place_ok]),
        )
        for why, pool in pools:
            if pool:
                best = _refine(_nearest(pool, at), in_sent, at)
                return self._same_act(best, trigger, sent), why
        if self.dateline is not None:
            return self.dateline, "dateline"
        if verbal:
            return None, "none"
        if in_sent:
            return _nearest(in_sent, at), "actor"
        return self._elsewhere(sent, event_type in _ON_THE_GROUND)

    def _elsewhere(self, sent: tuple[int, int], ground: bool) -> tuple[PlaceRead | None, str]:
        """For an act whose sentence names no place: for fighting, arrests, protest ... the last
        locative place of the sentence before (the same event, told on); else the article's
        most mentioned place."""
        prev = self._previous(sent) if ground else None
        if prev is not None:
            return prev, "previous"
        main = self.main
        if main is None:
            return None, "none"
        return next(r for r in self.reads if r.place is main), "main"

    def _previous(self, sent: tuple[int, int]) -> PlaceRead | None:
        """The last locative place of the sentence before this one."""
        k = bisect_right(self.sent_starts, sent[0] - 1) - 1
        if k < 0:
            return None
        lo = self.sent_starts[k]
        prev = [r for r in self.reads if r.locative and lo <= r.place.start < sent[0]]
        return prev[-1] if prev else None

    def _forms(self, k: int) -> set[str]:
        if k < 0 or self.tokens[k].kind != "word":
            return set()
        return {v for v, _ in variants(self.tokens[k].norm) if len(v) > 2}

    def _same_act(
        self, best: PlaceRead, trigger: tuple[int, int], sent: tuple[int, int]
    ) -> PlaceRead:
        """A country gives way to a town of it that another sentence gives for the same act,
        told with the same word ("سيزور موسكو" ... "سيزور روسيا")."""
        wide = best.place
        if wide.feature != "country" or wide.country is None:
            return best
        first, last = self._token_of(trigger[0]), self._token_of(trigger[1] - 1)
        forms = set().union(*(self._forms(k) for k in range(first, last + 1)))
        for r in self.reads:
            if sent[0] <= r.place.start < sent[1] or r.place.country != wide.country:
                continue
            if r.place.geo_precision == 3 or not r.locative:
                continue
            cue = self._token_of(r.phrase_start)
            if forms & (self._forms(cue) | self._forms(cue - 1)):
                return r
        return best


def _nearest(pool: Sequence[PlaceRead], at: int) -> PlaceRead:
    return min(pool, key=lambda r: (abs(r.place.start - at), r.place.start < at))


def _refine(best: PlaceRead, in_sent: Sequence[PlaceRead], at: int) -> PlaceRead:
    """A country or governorate gives way to a town in it that the sentence locates the event in
    ("ضربة جوية نفذت قرب دير الزور، استهدفت ... في سوريا")."""
    if best.place.geo_precision != 3 or best.place.country is None:
        return best
    wide = best.place
    towns = [
        r
        for r in in_sent
        if r.locative
        and r.place.geo_precision != 3
        and r.place.country == wide.country
        and (wide.admin1 is None or r.place.admin1 == wide.admin1)
    ]
    return min(towns, key=lambda r: abs(r.place.start - at), default=best)


def _answer(r: PlaceRead) -> tuple[str, int | None]:
    prec = r.place.geo_precision
    if r.near and r.locative and prec == 1:
        prec = 2
    return r.place.id, prec
