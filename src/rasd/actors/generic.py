"""Generic actors, ACLED style: civilians, protesters, police, soldiers, gunmen, journalists …

Words such as "مدنيين", "المتظاهرون", "الشرطة", "جنود", "مسلحون", "انتحاري" name no registry
actor, yet they are the actors of most conflict events ("قتل 5 أشخاص في هجوم شنه مسلحون").
The vocabulary is data (``resources/actors/matching/generic_terms.tsv``): one- and two-word
forms per category, matched on the clitic-free stem of each token.  A mention takes the country
of a nationality adjective right after it ("جنود أميركيين", "الشرطة العراقية"), else the
document's main country, else none; the id is then the country's actor ("irq-civilians",
"irq-police") when the registry has it, else a country-less generic actor ("civilians",
"police-forces", "unidentified-armed-group").  Government words ("الحكومة", "السلطات",
"وزارة الداخلية", "رئيس الوزراء") give the country's government ("irq-government", ACLED
"Government of Iraq"), else the country-less "government"; a parliament ("البرلمان",
"مجلس النواب") is an actor only where the registry has the country's one ("lby-hor"): the
actors gold codes other parliaments NIL.  Words inside a registry mention, or heading one
("مقاتلي داعش", "جنود الجيش الاميركي"), are left to the registry.  Aircraft, tanks and patrols
are an actor only with a nationality ("دبابات أميركية" -> usa-military), and so are unnamed
officials and embassies ("مسؤول عراقي", "السفارة الأردنية" -> the government of that country),
never before a person's name.  Unnamed tribes are a tribal militia; an attacked school or mosque
("هاجموا مسجدا") is civilians, but not in a place phrase ("في المدرسة") nor before its name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rasd.actors.matcher import TokenView
from rasd.actors.registry import Registry
from rasd.actors.resolve import Mention
from rasd.text.normalize import normalize_key

__all__ = ["GenericTerms", "generic_mentions", "load_generic_terms", "nationality"]

CONFIDENCE = 0.8
# aircraft and tanks, and unnamed officials and embassies ("مسؤول عراقي", "السفارة الأردنية"):
# an actor only with a nationality ("قال مسؤول" names no one)
_NEEDS_NATIONALITY = frozenset({"military_gear", "official"})
_OPEN_QUOTES = frozenset({"«", '"', "“", "'", "(", "‘"})
_CONJUNCT_BACK = 4  # words looked back for the preposition of a conjoined site
_LOYAL = ("تابع", "تابعه", "تابعين", "تابعون", "موال", "مواليه", "موالين", "موالون")
_GROUP_HEADS = frozenset({"armed_group", "military"})  # "مسلحين حوثيين", "جنود أكراد"
_ADJ_WINDOW = 2  # tokens after the head that may be its adjectives ("مسلحون مجهولون عراقيون")


@dataclass(frozen=True)
class GenericTerms:
    """The generic-actor vocabulary, read from ``generic_terms.tsv``."""

    words: dict[str, str]  # one-word form -> category
    pairs: dict[tuple[str, str], str]  # two-word form -> category
    protest_cues: frozenset[str]
    nationalities: dict[str, str]  # masculine nisba ("عراقي") -> ISO3
    gear_adjectives: frozenset[str]  # "جوية" in "ضربة جوية أميركية"
    number_words: frozenset[str]  # "ثلاثة" in "ثلاثة عراقيين"
    ids: dict[str, tuple[str | None, str | None]]  # category -> (country suffix, country-less id)
    pair_heads: frozenset[str]  # first words of the two-word forms
    site_locatives: frozenset[str] = frozenset()  # "في", "أمام": a site after them is a place
    counted_only: dict[str, str] = field(default_factory=dict)  # "طالب" only in "مائة طالب"
    # group nisba ("حوثي", "اكراد") -> {main country or "": actor id} ("12 مسلحا حوثيا")
    groups: dict[str, dict[str, str]] = field(default_factory=dict)


def _parse(lines: Sequence[str]) -> GenericTerms:
    words: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    cues: set[str] = set()
    lists: dict[str, set[str]] = {
        "gear_adjective": set(),
        "number_word": set(),
        "site_locative": set(),
    }
    nats: dict[str, str] = {}
    counted: dict[str, str] = {}
    groups: dict[str, dict[str, str]] = {}
    ids: dict[str, tuple[str | None, str | None]] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cat, raw = line.split("\t")[:2]
        forms = normalize_key(raw.replace("+", " + ")).replace(" + ", "+")
        if cat.startswith("id:"):
            suffix, fallback = forms.split()
            ids[cat[3:]] = (
                None if suffix == "-" else suffix,
                None if fallback == "-" else fallback,
            )
        elif cat.startswith("counted:"):
            counted.update((w, cat[8:]) for w in forms.split())
        elif cat.startswith("grp:"):
            actor, _, where = cat[4:].partition("@")
            for w in forms.split():
                groups.setdefault(w, {})[where.upper()] = actor
        elif cat.startswith("nat:"):
            nats.update((w, cat[4:]) for w in forms.split())
        elif cat == "protest_cue":
            cues.update(forms.split())
        elif cat in lists:
            lists[cat].update(forms.split())
        else:
            for form in forms.split():
                if "+" in form:
                    a, b = form.split("+")
                    pairs[(a, b)] = cat
                else:
                    words[form] = cat
                    if cat != "students":  # "طالبا" is mostly "asking" (حال)
                        words.setdefault(_accusative(form), cat)
    gear, numbers, sites = (
        frozenset(lists[k]) for k in ("gear_adjective", "number_word", "site_locative")
    )
    heads = frozenset(a for a, _ in pairs)
    return GenericTerms(
        words, pairs, frozenset(cues), nats, gear, numbers, ids, heads, sites, counted, groups
    )


def _accusative(form: str) -> str:
    """The indefinite accusative of a singular form ("سائح" -> "سائحا"); plurals stay."""
    if form.endswith(("ا", "ه", "ين", "ون", "ات", "ان", "و", "ء")) or len(form) < 3:
        return form
    return form + "ا"


@lru_cache(maxsize=1)
def load_generic_terms() -> GenericTerms:
    """Read ``generic_terms.tsv`` once (on first use, never at import)."""
    path = resources.files("rasd.resources").joinpath("actors", "matching", "generic_terms.tsv")
    return _parse(path.read_text("utf-8").splitlines())


def nationality(word: str, terms: GenericTerms) -> str | None:
    """ISO3 of a nationality adjective in any number/gender ("العراقيين", "أميركية"), else None."""
    stem = word[2:] if word.startswith("ال") and len(word) > 4 else word
    if stem in terms.nationalities:  # "عراقي", and broken plurals: "اتراك", "روس"
        return terms.nationalities[stem]
    for ending, cut in (
        ("يين", 2),
        ("يون", 2),
        ("يات", 2),
        ("يان", 2),
        ("يه", 1),
        ("يا", 1),
        ("ي", 0),
    ):
        if stem.endswith(ending):
            return terms.nationalities.get(stem[: len(stem) - cut])
    return None


def group_adjective(word: str, terms: GenericTerms, country: str | None) -> str | None:
    """Actor id of a group nisba in any number/gender ("حوثيا", "حوثيين", "داعشية", "أكراد"):
    the entry for the document's main country when there is one, else the default."""
    stem = word[2:] if word.startswith("ال") and len(word) > 4 else word
    keys = [stem] + [
        stem[: len(stem) - cut]
        for ending, cut in (("يين", 2), ("يون", 2), ("يات", 2), ("يه", 1), ("يا", 1))
        if stem.endswith(ending)
    ]
    for key in keys:
        if key in terms.groups:
            by_country = terms.groups[key]
            return by_country.get(country or "", by_country.get(""))
    return None


def _main_country(mentions: Sequence[Mention], registry: Registry) -> str | None:
    """The country most of the document's registry actors belong to (at least two, a clear lead)."""
    counts: Counter[str] = Counter()
    for m in mentions:
        rec = registry.get(m.actor_id)
        if rec is not None and rec.country:
            counts[rec.country] += 1
    top = counts.most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    return None


@dataclass(frozen=True)
class _Scan:
    """One document's tokens as the generic matcher reads them (stems computed once)."""

    tv: TokenView
    stems: list[str]
    free: list[bool]  # not inside a registry mention
    terms: GenericTerms

    def head(self, i: int) -> tuple[str, int] | None:
        """(category, end token) of a generic form starting at token ``i``."""
        nxt = i + 1
        if i > 0 and self.counted_national(i):
            return "counted_nationals", nxt
        if nxt < self.tv.sent_end[i] and self.free[nxt]:
            pairs = self.terms.pairs
            # whole words too: the clitic splitter reads "وزارة" as و + "زارة", "الحاكم" as +كم
            cat = pairs.get((self.stems[i], self.stems[nxt]))
            if cat is None and (whole := self.whole(i)) in self.terms.pair_heads:
                cat = pairs.get((whole, self.whole(nxt)))
            if cat is not None:
                return cat, nxt + 1
        cat = self.terms.words.get(self.stems[i])
        if cat is None and i > 0 and self.counted(i):
            cat = self.terms.counted_only.get(self.stems[i])
        return (cat, nxt) if cat is not None else None

    def counted(self, i: int) -> bool:
        """A number or number word right before token ``i`` ("400 طالب", "مائة طالب")."""
        prev = self.tv.tokens[i - 1]
        return prev.kind == "number" or self.stems[i - 1] in self.terms.number_words

    def whole(self, k: int) -> str:
        """Token ``k`` without clitic splitting, only the article removed ("الحاكم" -> "حاكم")."""
        norm = self.tv.tokens[k].norm
        return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm

    def adjectives(self, cat: str, end: int) -> tuple[int, str | None]:
        """Extend over following adjectives (nationality, "مجهولون"); returns (end, country)."""
        country = None
        for k in range(end, min(end + _ADJ_WINDOW, self.tv.sent_end[end - 1])):
            if not self.free[k] or not self.stems[k]:
                break
            nat = nationality(self.tv.tokens[k].norm, self.terms)
            if nat is not None:
                country, end = nat, k + 1
            elif self.terms.words.get(self.stems[k]) == cat and not self.conjoined(k):
                end = k + 1
            elif cat in _NEEDS_NATIONALITY and self.stems[k] in self.terms.gear_adjectives:
                continue  # "ضربة جوية أميركية": look past "جوية"
            else:
                break
        return end, country

    def group(self, cat: str, end: int, main: str | None) -> str | None:
        """Group nisba right after fighters or soldiers: "12 مسلحا حوثيا", "مقاتلين أكراد"."""
        if cat not in _GROUP_HEADS or end >= self.tv.sent_end[end - 1] or not self.free[end]:
            return None
        if self.conjoined(end):
            return None
        return group_adjective(self.tv.tokens[end].norm, self.terms, main)

    def owner(self, end: int, named: dict[int, Mention]) -> str | None:
        """Pattern "مسلحون تابعون لتنظيم داعش", "شبكة إرهابية تابعة لداعش": the registry actor
        the unnamed men belong to (a person owns no force here)."""
        if end + 1 >= self.tv.sent_end[end - 1] or self.stems[end] not in _LOYAL:
            return None
        m = named.get(end + 1)
        return m.actor_id if m is not None and not m.person else None

    def counted_national(self, i: int) -> bool:
        """Pattern "13 عراقيا", "ثلاثة أميركيين": a nationality counted as people."""
        if not self.counted(i):
            return False
        return nationality(self.tv.tokens[i].norm, self.terms) is not None

    def belongs(self, i: int, head: tuple[str, int], starts: set[int]) -> bool:
        """The words name a registry actor's people, not a generic actor: "مقاتلي داعش",
        "ضباط من الجيش الروسي", "ومقاتليه" (his fighters), "جيش الاسلام المسلحين"."""
        end = head[1]
        if end < len(self.tv.tokens) and self.tv.tokens[end].norm in _OPEN_QUOTES:
            end += 1  # "مليشيا «فجر ليبيا»"
        if end in starts:
            return True
        if self.tv.tokens[i].suffixes and head[0] not in _NEEDS_NATIONALITY:
            return True  # "ومقاتليه" (his fighters); "نظيره الإيراني" is decided by the nationality
        if end + 1 in starts and self.stems[end] == "من":
            return True
        return head[0] == "armed_group" and i > 0 and not self.free[i - 1]

    def place_phrase(self, i: int) -> bool:
        """A school or mosque named as a place: "بالمسجد", "في المدرسة", "أمام المستشفى", or by
        its name ("مسجد الرسول الأعظم", "مستشفى الشفاء"; "مسجدا سنيا" is not a name)."""
        tok = self.tv.tokens[i]
        if any(p.form == "ب" for p in tok.prefixes):
            return True
        if self.named_site(i):
            return True
        # the word before, or for a conjunct ("في الصالات الرياضية والمساجد") one of the 4 before
        back = _CONJUNCT_BACK if self.conjoined(i) else 1
        for k in range(i - 1, max(-1, i - 1 - back), -1):
            if self.tv.sent_end[k] != self.tv.sent_end[i]:
                return False
            if self.tv.tokens[k].norm in self.terms.site_locatives:
                return True
        return False

    def named_site(self, i: int) -> bool:
        """The site word without the article heads a name that follows it (a construct)."""
        if self.tv.tokens[i].norm.startswith("ال") or any(
            p.form == "ال" for p in self.tv.tokens[i].prefixes
        ):
            return False
        nxt = i + 1
        if nxt >= self.tv.sent_end[i] or self.tv.tokens[nxt].kind != "word":
            return False
        return not self.tv.tokens[nxt].norm.endswith(("ي", "يه", "يا", "يين", "يون"))

    def conjoined(self, k: int) -> bool:
        return any(p.form in ("و", "ف") for p in self.tv.tokens[k].prefixes)

    def category(self, cat: str, i: int) -> str:
        """Students protest when a protest word is in their sentence, else they are civilians."""
        if cat != "students":
            return cat
        first = i
        while first > 0 and self.tv.sent_end[first - 1] == self.tv.sent_end[i]:
            first -= 1
        cues = self.terms.protest_cues
        protest = any(self.stems[k] in cues for k in range(first, self.tv.sent_end[i]))
        return "protesters" if protest else "civilians"


def _actor_id(cat: str, country: str | None, terms: GenericTerms, registry: Registry) -> str | None:
    """The country's actor when the registry has it, else the country-less one (if any and
    registered)."""
    suffix, fallback = terms.ids[cat]
    if country is not None and suffix is not None:
        cand = f"{country.lower()}-{suffix}"
        if registry.get(cand) is not None:
            return cand
    return fallback if fallback is not None and registry.get(fallback) is not None else None


def _side(
    scan: _Scan,
    at: tuple[int, int, str],
    named: dict[int, Mention],
    main: str | None,
    registry: Registry,
) -> Mention | None:
    """Fighters of a named side: a group nisba ("12 مسلحا حوثيا") or an owner ("مسلحون تابعون
    لتنظيم داعش") names the actor; ``at`` is (first token, head end, category)."""
    i, end, cat = at
    group = scan.group(cat, end, main)
    if group is not None and registry.get(group) is not None:
        end += 1
    else:
        end = scan.adjectives(cat, end)[0]
        group = scan.owner(end, named) if cat in _GROUP_HEADS else None
    if group is None:
        return None
    t0, t1 = scan.tv.tokens[i], scan.tv.tokens[end - 1]
    return Mention(i, end, t0.start, t1.end, group, "generic", CONFIDENCE, False)


def generic_mentions(
    tv: TokenView,
    taken: Sequence[Mention],
    registry: Registry,
    terms: GenericTerms | None = None,
) -> list[Mention]:
    """Mentions of generic actors in the tokens no registry mention covers."""
    terms = terms or load_generic_terms()
    free = [True] * len(tv.tokens)
    for m in taken:
        free[m.first : m.last] = [False] * (m.last - m.first)
    stems = [t.stem_form if t.kind == "word" else "" for t in tv.tokens]
    scan = _Scan(tv, stems, free, terms)
    starts = {m.first for m in taken}
    named = {m.first: m for m in taken}
    persons = {m.first for m in taken if m.person}
    main = _main_country(taken, registry)
    out: list[Mention] = []
    i = 0
    while i < len(tv.tokens):
        head = scan.head(i) if free[i] and stems[i] else None
        if head is None or scan.belongs(i, head, starts):
            i += 1
            continue
        cat = scan.category(head[0], i)
        if cat == "civilian_site" and scan.place_phrase(i):
            i = head[1]
            continue
        side = _side(scan, (i, head[1], cat), named, main, registry)
        if side is not None:  # "12 مسلحا حوثيا", "مسلحون تابعون لتنظيم داعش"
            out.append(side)
            i = side.last
            continue
        end, country = scan.adjectives(cat, head[1])
        if cat == "counted_nationals":
            country = nationality(tv.tokens[i].norm, terms)
        if cat in _NEEDS_NATIONALITY and country is None:  # "طائرة" alone names no actor
            i += 1
            continue
        if end in persons:  # a title before a name: "الرئيس الأمريكي باراك أوباما"
            i = end
            continue
        actor = _actor_id(cat, country or main, terms, registry)
        if actor is None:  # no such actor here ("البرلمان التركي"), or a registry without them
            i = end
            continue
        t0, t1 = tv.tokens[i], tv.tokens[end - 1]
        out.append(Mention(i, end, t0.start, t1.end, actor, "generic", CONFIDENCE, False))
        i = end
    return out
