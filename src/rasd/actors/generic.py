"""Generic actors, ACLED style: civilians, protesters, police, soldiers, gunmen, journalists …

Words such as "مدنيين", "المتظاهرون", "الشرطة", "جنود", "مسلحون", "انتحاري" name no registry
actor, yet they are the actors of most conflict events ("قتل 5 أشخاص في هجوم شنه مسلحون").
The vocabulary is data (``resources/actors/matching/generic_terms.tsv``): one- and two-word
forms per category, matched on the clitic-free stem of each token.  A mention takes the country
of a nationality adjective right after it ("جنود أميركيين", "الشرطة العراقية"), else the
document's main country, else none; the id is then the country's actor ("irq-civilians",
"irq-police") when the registry has it, else a country-less generic actor ("civilians",
"police-forces", "unidentified-armed-group").  Words inside a registry mention, or heading one
("مقاتلي داعش", "جنود الجيش الاميركي"), are left to the registry.  Aircraft, tanks and patrols
are an actor only with a nationality ("دبابات أميركية" -> usa-military).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.actors.matcher import TokenView
from rasd.actors.registry import Registry
from rasd.actors.resolve import Mention
from rasd.text.normalize import normalize_key

__all__ = ["GenericTerms", "generic_mentions", "load_generic_terms", "nationality"]

CONFIDENCE = 0.8
_NEEDS_NATIONALITY = frozenset({"military_gear"})
_ADJ_WINDOW = 2  # tokens after the head that may be its adjectives ("مسلحون مجهولون عراقيون")


@dataclass(frozen=True)
class GenericTerms:
    """The generic-actor vocabulary, read from ``generic_terms.tsv``."""

    words: dict[str, str]  # one-word form -> category
    pairs: dict[tuple[str, str], str]  # two-word form -> category
    protest_cues: frozenset[str]
    nationalities: dict[str, str]  # masculine nisba ("عراقي") -> ISO3
    ids: dict[str, tuple[str | None, str]]  # category -> (country id suffix, country-less id)


def _parse(lines: Sequence[str]) -> GenericTerms:
    words: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    cues: set[str] = set()
    nats: dict[str, str] = {}
    ids: dict[str, tuple[str | None, str]] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cat, raw = line.split("\t")[:2]
        forms = normalize_key(raw.replace("+", " + ")).replace(" + ", "+")
        if cat.startswith("id:"):
            suffix, fallback = forms.split()
            ids[cat[3:]] = (None if suffix == "-" else suffix, fallback)
        elif cat.startswith("nat:"):
            nats.update((w, cat[4:]) for w in forms.split())
        elif cat == "protest_cue":
            cues.update(forms.split())
        else:
            for form in forms.split():
                if "+" in form:
                    a, b = form.split("+")
                    pairs[(a, b)] = cat
                else:
                    words[form] = cat
    return GenericTerms(words, pairs, frozenset(cues), nats, ids)


@lru_cache(maxsize=1)
def load_generic_terms() -> GenericTerms:
    """Read ``generic_terms.tsv`` once (on first use, never at import)."""
    path = resources.files("rasd.resources").joinpath("actors", "matching", "generic_terms.tsv")
    return _parse(path.read_text("utf-8").splitlines())


def nationality(word: str, terms: GenericTerms) -> str | None:
    """ISO3 of a nationality adjective in any number/gender ("العراقيين", "أميركية"), else None."""
    stem = word[2:] if word.startswith("ال") and len(word) > 4 else word
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


def _stem(tv: TokenView, i: int) -> str:
    return tv.tokens[i].stem.form


def _head(tv: TokenView, i: int, terms: GenericTerms, free: set[int]) -> tuple[str, int] | None:
    """(category, end token) of a generic form starting at token ``i``."""
    nxt = i + 1
    if nxt < tv.sent_end[i] and nxt in free:
        cat = terms.pairs.get((_stem(tv, i), _stem(tv, nxt)))
        if cat is not None:
            return cat, nxt + 1
    cat = terms.words.get(_stem(tv, i))
    return (cat, nxt) if cat is not None else None


def _adjectives(
    tv: TokenView, cat: str, end: int, terms: GenericTerms, free: set[int]
) -> tuple[int, str | None]:
    """Extend over following adjectives (nationality, "مجهولون"); returns (end, country)."""
    country = None
    for k in range(end, min(end + _ADJ_WINDOW, tv.sent_end[end - 1])):
        if k not in free or tv.tokens[k].kind != "word":
            break
        nat = nationality(tv.tokens[k].norm, terms)
        if nat is not None:
            country, end = nat, k + 1
        elif terms.words.get(_stem(tv, k)) == cat and not _conjoined(tv, k):
            end = k + 1
        else:
            break
    return end, country


def _conjoined(tv: TokenView, k: int) -> bool:
    return any(p.form in ("و", "ف") for p in tv.tokens[k].prefixes)


def _category(tv: TokenView, cat: str, i: int, terms: GenericTerms) -> str:
    if cat != "students":
        return cat
    sent = range(_sent_start(tv, i), tv.sent_end[i])
    protest = any(_stem(tv, k) in terms.protest_cues for k in sent)
    return "protesters" if protest else "civilians"


def _sent_start(tv: TokenView, i: int) -> int:
    k = i
    while k > 0 and tv.sent_end[k - 1] == tv.sent_end[i]:
        k -= 1
    return k


def _actor_id(cat: str, country: str | None, terms: GenericTerms, registry: Registry) -> str | None:
    """The country's actor when the registry has it, else the country-less one (if registered)."""
    suffix, fallback = terms.ids[cat]
    if country is not None and suffix is not None:
        cand = f"{country.lower()}-{suffix}"
        if registry.get(cand) is not None:
            return cand
    return fallback if registry.get(fallback) is not None else None


def generic_mentions(
    tv: TokenView,
    taken: Sequence[Mention],
    registry: Registry,
    terms: GenericTerms | None = None,
) -> list[Mention]:
    """Mentions of generic actors in the tokens no registry mention covers."""
    terms = terms or load_generic_terms()
    covered = {k for m in taken for k in range(m.first, m.last)}
    starts = {m.first for m in taken}
    free = {k for k in range(len(tv.tokens)) if k not in covered}
    main = _main_country(taken, registry)
    out: list[Mention] = []
    i = 0
    while i < len(tv.tokens):
        head = _head(tv, i, terms, free) if i in free and tv.tokens[i].kind == "word" else None
        if head is None or head[1] in starts:  # "مقاتلي داعش": the registry actor is meant
            i += 1
            continue
        cat = _category(tv, head[0], i, terms)
        end, country = _adjectives(tv, cat, head[1], terms, free)
        if cat in _NEEDS_NATIONALITY and country is None:  # "طائرة" alone names no actor
            i += 1
            continue
        actor = _actor_id(cat, country or main, terms, registry)
        if actor is None:  # a registry without generic actors (tests, custom registries)
            i = end
            continue
        t0, t1 = tv.tokens[i], tv.tokens[end - 1]
        out.append(Mention(i, end, t0.start, t1.end, actor, "generic", CONFIDENCE, False))
        i = end
    return out
