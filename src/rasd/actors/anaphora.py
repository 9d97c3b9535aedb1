"""Nominal anaphora: "التنظيم", "الجماعة", "بلاده", "المملكة" refer to an actor named before.

Run after the registry, short-form and generic matchers.  Each anaphor joins the most recent
compatible actor mentioned earlier in the document, and is left alone when there is none:

* group nouns, definite and ending their noun phrase ("التنظيم", "الجماعة", "الحركة",
  "الميليشيا", "الفصيل", "المسلحون", "المتمردون"; "التنظيم الإرهابي" too, but not
  "الجماعة الإسلامية"): the most recent armed group (rebel, jihadist, militia; a party for
  "الحركة" / "الجماعة").  When the most recent armed side is unnamed gunmen ("مسلحون مجهولون
  ... المسلحون"), nothing changes;
* "بلاده / بلادها / بلادهم" (his / her / their country): the government of the country of the
  nearest official, person or government before it in the same or the previous sentence
  ("أكد السفير الصيني تواصل دعم بلاده" -> chn-government);
* "المملكة" alone: the government of the most recent kingdom named before (Saudi Arabia,
  Jordan, Morocco, Bahrain).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.actors.cues import Cues
from rasd.actors.matcher import TokenView
from rasd.actors.registry import Registry
from rasd.actors.resolve import Mention

__all__ = ["CONFIDENCE", "anaphora_mentions"]

CONFIDENCE = 0.6
_GROUP_NOUNS = frozenset(
    {
        "تنظيم",
        "جماعه",
        "حركه",
        "ميليشيا",
        "مليشيا",
        "ميليشيات",
        "مليشيات",
        "فصيل",
        "مسلحين",
        "مسلحون",
        "متمردين",
        "متمردون",
    }
)
_PARTY_NOUNS = frozenset({"حركه", "جماعه"})  # "حركة فتح ... الحركة"
_ARMED_KINDS = frozenset(
    {
        "rebel_group",
        "jihadist_group",
        "political_militia",
        "ethnic_militia",
    }
)
_UNNAMED_ARMED = "unidentified-armed-group"
_GROUP_SENTENCES = 3  # an armed group named at most this many sentences before
# a definite word after the noun that keeps it an anaphor ("التنظيم الإرهابي", "التنظيم الذي")
_EPITHETS = frozenset(
    {
        "الارهابي",
        "الارهابيه",
        "المتطرف",
        "المتطرفه",
        "المتشدد",
        "المتشدده",
        "المسلح",
        "المسلحه",
        "المتمرد",
        "المتمرده",
        "الانقلابي",
        "الانقلابيه",
        "الذي",
        "التي",
        "الذين",
    }
)
_COUNTRY_WORD = "بلاد"
_KINGDOM = "مملكه"
_CANDIDATES = _GROUP_NOUNS | {_KINGDOM}
_POSSESSIVE = ("ه", "ها", "هم", "هما")
_STATE_KINDS = frozenset({"person", "government", "state_military", "foreign_military"})
_KINGDOMS = frozenset({"SAU", "JOR", "MAR", "BHR"})
_OPENING = frozenset({"«", '"', "“", "("})  # "التنظيم «داعش»": a name follows


def _country_of(m: Mention, registry: Registry) -> str | None:
    """The country a state-side mention speaks for: a registry person / government / army, or
    a generic official or government of a country ("السفير الصيني" -> CHN)."""
    rec = registry.get(m.actor_id)
    if rec is None or not rec.country:
        return None
    if rec.kind in _STATE_KINDS or m.actor_id.endswith("-government"):
        return rec.country
    return None


def _government(country: str, registry: Registry) -> str | None:
    cand = f"{country.lower()}-government"
    return cand if registry.get(cand) is not None else None


def _ends_phrase(tv: TokenView, i: int) -> bool:
    """The noun ends its phrase: no nisba adjective ("الجماعة الإسلامية", "الحركة الوطنية")
    nor quoted name after it; a participle ("التنظيم المتطرف") or the object ("الأحياء") may
    follow."""
    nxt = i + 1
    if nxt >= tv.sent_end[i]:
        return True
    tok = tv.tokens[nxt]
    if tok.kind != "word":
        return tok.norm not in _OPENING
    if any(p.form != "ال" for p in tok.prefixes):
        return True  # "التنظيم وقياداته", "التنظيم بالهجوم"
    nisba = tok.norm.startswith("ال") and tok.norm.endswith(("ي", "يه", "يين", "يون", "يات"))
    return not nisba or tok.norm in _EPITHETS  # "الجماعة الإسلامية" is a name


def _group_antecedent(
    tv: TokenView, mentions: Sequence[Mention], i: int, noun: str, registry: Registry
) -> str | None:
    kinds = _ARMED_KINDS | ({"political_party"} if noun in _PARTY_NOUNS else set())
    floor = _sentences_back(tv, i, _GROUP_SENTENCES)
    for m in reversed(mentions):
        if m.end > tv.tokens[i].start or _conjunct(tv, i, m):
            continue
        if m.start < floor:
            return None
        if m.actor_id == _UNNAMED_ARMED:
            return None
        rec = registry.get(m.actor_id)
        if rec is not None and rec.kind in kinds:
            return rec.id
    return None


def _sentences_back(tv: TokenView, i: int, n: int) -> int:
    """Start offset of the sentence ``n`` sentences before token i's (0: its own)."""
    first = i
    for _ in range(n + 1):
        while first > 0 and tv.sent_end[first - 1] == tv.sent_end[first]:
            first -= 1
        if first == 0 or _ == n:
            break
        first -= 1
    return tv.tokens[first].start


def _conjunct(tv: TokenView, i: int, m: Mention) -> bool:
    """ "للمقاومة والميليشيات": a noun joined to the mention right before it is another side."""
    joined = any(p.form == "و" for p in tv.tokens[i].prefixes)
    return joined and m.last == i


def _country_antecedent(
    tv: TokenView, mentions: Sequence[Mention], i: int, registry: Registry
) -> str | None:
    """Nearest state-side mention before token i, in its sentence or the one before."""
    floor = _sentences_back(tv, i, 1)
    for m in reversed(mentions):
        if m.end > tv.tokens[i].start or m.start < floor:
            continue
        country = _country_of(m, registry)
        if country is not None:
            return _government(country, registry)
    return None


def _kingdom_antecedent(mentions: Sequence[Mention], before: int, registry: Registry) -> str | None:
    for m in reversed(mentions):
        rec = registry.get(m.actor_id) if m.end <= before else None
        if rec is not None and rec.country in _KINGDOMS:
            return _government(rec.country, registry)
    return None


def _stem(tv: TokenView, i: int) -> tuple[str, bool]:
    """The word without its clitics, and whether it has the article."""
    tok = tv.tokens[i]
    definite = any(p.form == "ال" for p in tok.prefixes) or tok.norm.startswith("ال")
    stem = tok.stem_form[2:] if tok.stem_form.startswith("ال") else tok.stem_form
    return stem, definite


def _genitive(mentions: Sequence[Mention], tv: TokenView, i: int) -> bool:
    """ "بملك المملكة", "قادة التنظيم": the noun completes the mention before it."""
    bare = all(p.form == "ال" for p in tv.tokens[i].prefixes)
    return bare and any(m.last == i for m in mentions)


def _country_word(word: str) -> bool:
    """ "بلاده", "وبلادها", "لبلادهم": his / her / their country."""
    core = word.lstrip("وف")
    core = core[1:] if core.startswith("ل") and core[1:].startswith(_COUNTRY_WORD) else core
    return core.startswith(_COUNTRY_WORD) and core[len(_COUNTRY_WORD) :] in _POSSESSIVE


def _resolve(
    tv: TokenView, mentions: Sequence[Mention], i: int, registry: Registry, places: frozenset[str]
) -> str | None:
    tok = tv.tokens[i]
    if tok.kind != "word":
        return None
    if _country_word(tok.norm):
        return _country_antecedent(tv, mentions, i, registry)
    stem, definite = _stem(tv, i)
    if not definite or tok.suffixes or not _ends_phrase(tv, i) or _genitive(mentions, tv, i):
        return None
    if stem in _GROUP_NOUNS:
        return _group_antecedent(tv, mentions, i, stem, registry)
    if stem == _KINGDOM and not (i > 0 and tv.tokens[i - 1].norm in places):
        return _kingdom_antecedent(mentions, tok.start, registry)  # not "أراضي المملكة"
    return None


def _replaceable(m: Mention, tv: TokenView) -> bool:
    """A one-word mention the anaphor may take over: generic gunmen ("المسلحون") or an unknown
    organisation the NER found in the word alone ("«التنظيم»")."""
    return m.last - m.first == 1 and (
        m.actor_id == _UNNAMED_ARMED or m.actor_id.startswith("unk-") and not m.person
    )


def anaphora_mentions(
    tv: TokenView, mentions: Sequence[Mention], registry: Registry, cues: Cues
) -> list[Mention]:
    """``mentions`` (sorted by start) with the anaphors resolved: new mentions for free words,
    and one-word generic gunmen / unknown organisations replaced by their antecedent.  After a
    place word ("أراضي المملكة", ``cues.place_heads`` / ``cues.locative``) a state is a place."""
    places = cues.place_heads | cues.locative
    out = list(mentions)
    if not any(t.stem_form in _CANDIDATES or _COUNTRY_WORD in t.norm for t in tv.tokens):
        return out
    by_first = {m.first: m for m in mentions}
    covered = {k for m in mentions for k in range(m.first, m.last)}
    for i, tok in enumerate(tv.tokens):
        if tok.stem_form not in _CANDIDATES and _COUNTRY_WORD not in tok.norm:
            continue
        have = by_first.get(i)
        if i in covered and (have is None or not _replaceable(have, tv)):
            continue
        actor = _resolve(tv, out, i, registry, places)
        if actor is None:
            continue
        new = Mention(i, i + 1, tok.start, tok.end, actor, "coref", CONFIDENCE, False)
        out = [m for m in out if m is not have] + [new]
        out.sort(key=lambda m: m.start)
    return out
