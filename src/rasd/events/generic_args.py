"""Generic argument candidates the actors stage does not write: state bodies of an unnamed
country and attacked objects (``resources/events/generic_args.tsv``).

"أصدرت المحكمة حكما بإعدام ستة رجال": the court (the government of the article's country) acts;
"أطلق مسلحون النار على موكب الوزير": the convoy is what was attacked, so its owner is actor2.
`with_generic_candidates` adds such words, where no actor mention covers them, to the
``actor_mentions`` and ``actors`` layers (like `rasd.events.proxy_actors`), with the registry's
generic ids (CONTRACT: actor ids from ``actors``): "<iso3>-<suffix>" when a nationality adjective
follows ("السجون الإسرائيلية") or the article's places name one country, else the country-less
actor ("military-forces").  Attacked objects carry ``source="site"``: they are only acted on
(`rasd.events.arguments`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.actors.generic import load_generic_terms, nationality
from rasd.actors.registry import Registry, default_registry, registry_actor
from rasd.doc import Actor, ActorMention, Document, Event, Token
from rasd.text.normalize import normalize_key

__all__ = [
    "SITE",
    "GenericArgTerms",
    "generic_candidates",
    "keep_used",
    "load_terms",
    "with_generic_candidates",
]

SITE = "site"  # ActorMention.source of an attacked object
_SOURCE = "generic"
_CONFIDENCE = 0.6
_COUNTRY_SHARE = 2 / 3  # the article's country: at least this share of its places
_OWNER_REACH = 3
_BAR_PREFIXES = frozenset({"ب", "ك", "ل"})


@dataclass(frozen=True)
class GenericArgTerms:
    words: dict[str, str]  # one-word stem -> category
    pairs: dict[tuple[str, str], str]  # two-word form -> category
    sites: frozenset[str]  # categories only acted on
    blocks: frozenset[str]  # words after a form that make it no actor ("سيارة مفخخة")
    before_blocks: frozenset[str]  # words before a body that make it part of a name
    local: frozenset[str]  # categories that take the article's country
    ids: dict[str, tuple[str, str]]  # category -> (country suffix, country-less id)


def _parse(lines: Sequence[str]) -> GenericArgTerms:
    words: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    sites: set[str] = set()
    lists: dict[str, set[str]] = {"block": set(), "before_block": set(), "article_country": set()}
    ids: dict[str, tuple[str, str]] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        key, raw = line.split("\t")[:2]
        kind, _, cat = key.partition(":")
        if kind == "id":
            suffix, fallback = raw.split()
            ids[cat] = (suffix, fallback)
        elif key == "article_country":  # category names, not words
            lists[key].update(raw.split())
        else:
            forms = normalize_key(raw.replace("+", " + ")).replace(" + ", "+").split()
            if key in lists:
                lists[key].update(forms)
                continue
            if kind == "site":
                sites.add(cat)
            for form in forms:
                a, plus, b = form.partition("+")
                if plus:
                    pairs[(a, b)] = cat
                else:
                    words[form] = cat
    blocks, before, local = (
        frozenset(lists[k]) for k in ("block", "before_block", "article_country")
    )
    return GenericArgTerms(words, pairs, frozenset(sites), blocks, before, local, ids)


@lru_cache(maxsize=1)
def load_terms() -> GenericArgTerms:
    """Read ``generic_args.tsv`` once (on first use, never at import)."""
    path = resources.files("rasd.resources").joinpath("events", "generic_args.tsv")
    return _parse(path.read_text("utf-8").splitlines())


def article_country(doc: Document) -> str | None:
    """The country most of the article's places lie in, when it is at least two thirds of them."""
    counts = Counter(p.country for p in doc.get("places") if p.country)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= _COUNTRY_SHARE * sum(counts.values()) else None


def _head(tokens: Sequence[Token], i: int, terms: GenericArgTerms) -> tuple[str, int] | None:
    """(category, end token) of a form starting at token ``i``."""
    stem = tokens[i].stem_form
    if i + 1 < len(tokens) and (stem, tokens[i + 1].stem_form) in terms.pairs:
        return terms.pairs[(stem, tokens[i + 1].stem_form)], i + 2
    cat = terms.words.get(stem)
    return (cat, i + 1) if cat is not None else None


def _definite(tok: Token) -> bool:
    return any(p.form == "ال" for p in tok.prefixes)


def _allowed(tokens: Sequence[Token], i: int, at: tuple[str, int], terms: GenericArgTerms) -> bool:
    cat, end = at
    tok = tokens[i]
    if any(p.form in _BAR_PREFIXES for p in tok.prefixes):
        return False  # "بالسيارة", "للنيابة": the means, the place or a referral
    before = tokens[i - 1].stem_form if i > 0 and tokens[i - 1].kind == "word" else ""
    if cat in terms.sites:
        if tok.suffixes or before in load_generic_terms().site_locatives:
            return False  # "منازلها": its owner is named elsewhere; "في المنزل": a place
    elif not _definite(tok) or before in terms.before_blocks:
        return False
    return not (end < len(tokens) and tokens[end].norm in terms.blocks)


def _owner_named(tokens: Sequence[Token], end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """A mention starts within the words right after the object (no punctuation between):
    "ثكنة للقوات الإثيوبية", "منزل اللواء مهدي مقولة", "مقر مقر حزب ثار الله"."""
    for tok in tokens[end : end + _OWNER_REACH]:
        if tok.kind != "word":
            return False
        if any(s < tok.end and tok.start < e for s, e in spans):
            return True  # "تابعة للحوثيين": the mention may start after the clitic
    return False


def _actor_id(cat: str, country: str | None, terms: GenericArgTerms, registry: Registry) -> str:
    suffix, fallback = terms.ids[cat]
    if country is not None and registry.get(f"{country.lower()}-{suffix}") is not None:
        return f"{country.lower()}-{suffix}"
    return fallback


def generic_candidates(
    tokens: Sequence[Token],
    taken: Sequence[ActorMention],
    places: Sequence[tuple[int, int]],
    country: str | None,
    registry: Registry,
    terms: GenericArgTerms | None = None,
) -> list[ActorMention]:
    """Mentions of state bodies and attacked objects in the words no actor mention and no
    place name ("بيت حانون", "سوق الشيوخ") covers."""
    terms = terms or load_terms()
    nat_terms = load_generic_terms()
    spans = [(m.start, m.end) for m in taken]
    out: list[ActorMention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        at = _head(tokens, i, terms) if tok.kind == "word" else None
        last = tokens[at[1] - 1].end if at is not None else 0
        if at is None or any(s < last and tok.start < e for s, e in [*spans, *places]):
            i += 1
            continue
        if not _allowed(tokens, i, at, terms):
            i = at[1]
            continue
        cat, end = at
        if cat in terms.sites and _owner_named(tokens, end, spans):
            i = end  # "موكب الوزير العراقي", "منزل اللواء X": the owner's mention is the candidate
            continue
        own = nationality(tokens[end].norm, nat_terms) if end < len(tokens) else None
        if own is not None:
            end += 1
        where = country if cat in terms.local else None
        actor = _actor_id(cat, own or where, terms, registry)
        if registry.get(actor) is not None:
            source = SITE if cat in terms.sites else _SOURCE
            out.append(
                ActorMention(tok.start, tokens[end - 1].end, actor, None, source, _CONFIDENCE)
            )
        i = end
    return out


def _actors(doc: Document, added: Sequence[ActorMention], registry: Registry) -> tuple[Actor, ...]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in added:
        spans.setdefault(m.actor_id, []).append((m.start, m.end))
    out = []
    for a in doc.get("actors"):
        extra = spans.pop(a.id, [])
        out.append(
            a
            if not extra
            else Actor(
                a.id,
                a.name,
                a.name_ar,
                a.kind,
                a.country,
                a.acled_inter,
                tuple(sorted(set(a.mentions) | set(extra))),
                a.in_registry,
            )
        )
    for actor_id, where in spans.items():
        rec = registry.get(actor_id)
        assert rec is not None
        out.append(registry_actor(rec, where))
    return tuple(out)


def with_generic_candidates(doc: Document, registry: Registry | None = None) -> Document:
    """``doc`` with the generic candidates added to its ``actor_mentions`` and ``actors``."""
    registry = registry or default_registry()
    taken = tuple(doc.get("actor_mentions"))
    places = [(p.start, p.end) for p in doc.get("places")]
    added = generic_candidates(doc.get("tokens"), taken, places, article_country(doc), registry)
    if not added:
        return doc
    mentions = tuple(sorted(taken + tuple(added), key=lambda m: (m.start, m.end)))
    doc = doc.with_layer("actors", _actors(doc, added, registry))
    return doc.with_layer("actor_mentions", mentions)


def keep_used(
    doc: Document,
    with_candidates: Document,
    events: Sequence[Event],
    registry: Registry | None = None,
) -> Document:
    """``doc`` with only those added candidates whose actor an event of ``events`` names: a
    state body or an attacked object that no event needs stays out of the output."""
    if with_candidates is doc:
        return doc
    registry = registry or default_registry()
    used = {a for e in events for a in (e.actor1, e.actor2) if a}
    before = set(doc.get("actor_mentions"))
    kept = [
        m for m in with_candidates.get("actor_mentions") if m not in before and m.actor_id in used
    ]
    if not kept:
        return doc
    mentions = tuple(sorted((*before, *kept), key=lambda m: (m.start, m.end)))
    doc = doc.with_layer("actors", _actors(doc, kept, registry))
    return doc.with_layer("actor_mentions", mentions)
