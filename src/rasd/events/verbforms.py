"""Verb forms for argument assignment (normalised forms, see rasd.text.normalize): verbal nouns
after a preposition, light verbs of attack nouns, object pronouns, imperfect verbs matched by a
verbal-noun entry, accusative participles, complementisers and "بـ" complements.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.doc import Token
from rasd.events.syntax import number_word, plural_verb, relative_pronoun

__all__ = [
    "partitive",
    "first_person",
    "ba_object",
    "circumstantial",
    "complementiser",
    "governed",
    "imperfect_shape",
    "light_verb",
    "object_clitic",
]

_GOVERNING = frozenset({"عن", "علي", "من", "الي", "حتي", "بعد", "قبل", "اجل", "دون"})
_LIGHT = frozenset(
    {"شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ"}
    | {"ينفذون", "ارتكب", "ارتكبت", "ارتكبوا", "يرتكب", "ترتكب", "يرتكبون"}
)


def governed(tokens: Sequence[Token], i: int) -> bool:
    """A verb form right after a preposition is a verbal noun ("كشفت الوزارة عن ضبط شبكة",
    "تمكنت القوات من قصف"): its agent is the subject of the verb that governs it."""
    return i > 0 and tokens[i - 1].norm in _GOVERNING and not plural_verb(tokens[i])  # "من أعدموا"


def light_verb(tok: Token) -> bool:
    """Pattern "X نفذوا الغارة", "شن X هجوما": the verb's subject carries out the attack noun."""
    return tok.stem_form in _LIGHT or tok.norm in _LIGHT


_OBJECT_CLITICS = ("ه", "ها", "هم", "هما", "هن")


def object_clitic(tok: Token) -> bool:
    """A verb with an object pronoun ("تدعمها", "نفذتها"): its object is not a mention after it."""
    rest = tok.norm[tok.norm.find(tok.stem_form) + len(tok.stem_form) :] if tok.stem_form else ""
    return rest in _OBJECT_CLITICS


def imperfect_shape(tokens: Sequence[Token], i: int) -> bool:
    """A word matched by a verbal-noun entry that is an imperfect verb after a relative pronoun
    ("الميليشيات التي تدعمها إيران"); elsewhere "يدعم X" keeps its noun reading."""
    form = tokens[i].stem_form
    return form[:1] in ("ي", "ت") and i > 0 and relative_pronoun(tokens[i - 1])


def circumstantial(tok: Token) -> bool:
    """An accusative participle ("منتقدا", "مستنكرا", "مطالبا", plural "مطالبين"): its
    subject is the sentence's."""
    form = tok.stem_form
    if len(form) >= 6 and form[0] == "م" and form.endswith("ين"):
        return True
    return len(form) >= 5 and form[0] == "م" and form.endswith("ا")


_COMPLEMENTISER = frozenset({"ان", "بان", "لان", "وان"})


def complementiser(tok: Token) -> bool:
    """ "إن", "أن", "بأن": the noun after it is the subject of the clause it opens."""
    return tok.norm in _COMPLEMENTISER


_BA_HEADS = frozenset({"بقياده", "باسم", "بحسب", "بدعم", "بمشاركه", "بتنسيق", "بامر", "بواسطه"})


def ba_object(tokens: Sequence[Token], i: int, trig: tuple[int, int]) -> bool:
    """Pattern "أشاد بجهود المقاومة", "رحب بقرار تركيا", "رحب بتركيا": the mention in the
    "بـ" complement of a verb is its object (not "بقيادة X", "باسم X": X acts)."""
    for k in (i, i - 1):
        if k < trig[1] or k >= len(tokens) or k - trig[1] > 4:
            continue
        tok = tokens[k]
        forms = [p.form for p in tok.prefixes]
        if forms[:1] == ["ب"] and tok.norm not in _BA_HEADS and not (k == i and "ال" in forms):
            return k == i or not any(t.kind == "punct" for t in tokens[trig[1] : k])
    return False


def first_person(tok: Token) -> bool:
    """A first-person plural verb ("وافقنا", "ونرحب"): in reported speech its subject is the
    speaker.  Perfect "-نا" or an imperfect "ن" prefix with a joined "و / ف" (a bare "نفى",
    "نقل" is a third-person perfect)."""
    form = tok.stem_form
    if len(tok.norm) >= 5 and tok.norm.endswith("نا"):  # segmented or not: "و+افق+نا"
        return True
    joined = {p.form for p in tok.prefixes} & {"و", "ف"}
    return bool(joined) and len(form) >= 4 and form[0] == "ن"


_HUNDREDS = frozenset({"ميات", "الاف", "اف"})  # "المئات من", "آلاف من" (stems)


def partitive(tokens: Sequence[Token], j: int) -> bool:
    """ "عشرات من المسلحين": "من" after a number names a part of the actor, no mark."""
    if tokens[j].norm != "من" or j == 0:
        return False
    return number_word(tokens[j - 1]) or tokens[j - 1].stem_form in _HUNDREDS
