import pytest

from rasd.text.tokenize import stem_candidates, tokenize


def _parts(text: str) -> list[list[tuple[str, str]]]:
    return [[(text[p.start : p.end], p.kind) for p in t.parts] for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("قال الجيش السوري", ["قال", "الجيش", "السوري"]),
        ("دوما، حرستا؛ إدلب؟", ["دوما", "،", "حرستا", "؛", "إدلب", "؟"]),
        ("قُتل ١٢ شخصاً", ["قُتل", "١٢", "شخصاً"]),
        ("جيـــش الاسلام", ["جيـــش", "الاسلام"]),
        ("ار. بي. جي.", ["ار", ".", "بي", ".", "جي", "."]),
        ("قذائف RPG و 3.5 كلم", ["قذائف", "RPG", "و", "3.5", "كلم"]),
        ("دو\u200cما", ["دو\u200cما"]),
    ],
)
def test_tokenize_surfaces(text: str, surfaces: list[str]) -> None:
    assert [text[t.start : t.end] for t in tokenize(text)] == surfaces


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("وبالفعل", [("و", "prefix"), ("ب", "prefix"), ("ال", "prefix"), ("فعل", "stem")]),
        ("والغوطة", [("و", "prefix"), ("ال", "prefix"), ("غوطة", "stem")]),
        ("ودوما", [("و", "prefix"), ("دوما", "stem")]),
        ("لحرستا", [("ل", "prefix"), ("حرستا", "stem")]),
        ("بالقوة", [("ب", "prefix"), ("ال", "prefix"), ("قوة", "stem")]),
        ("للجيش", [("ل", "prefix"), ("ل", "prefix"), ("جيش", "stem")]),
        ("وبِدوما", [("و", "prefix"), ("بِ", "prefix"), ("دوما", "stem")]),
        ("قادتها", [("قادت", "stem"), ("ها", "suffix")]),
        ("الذي", [("الذي", "stem")]),
        ("بيت", [("بيت", "stem")]),
    ],
)
def test_tokenize_clitic_parts(word: str, parts: list[tuple[str, str]]) -> None:
    (tok,) = tokenize(word)
    got = [(word[p.start : p.end], p.kind) for p in tok.parts]
    assert got == parts
    assert tok.stem.kind == "stem"


def test_tokenize_parts_cover_token_without_gaps() -> None:
    text = "وبالجيش السوري ولحرستا وقادتهم"
    for tok in tokenize(text):
        assert tok.parts[0].start == tok.start
        assert tok.parts[-1].end == tok.end
        for a, b in zip(tok.parts, tok.parts[1:], strict=False):
            assert a.end == b.start


@pytest.mark.parametrize(
    ("word", "first", "last"),
    [("وجيش", "جيش", "وجيش"), ("بالجيش", "جيش", "بالجيش"), ("دوما", "دوما", "دوما")],
)
def test_stem_candidates_most_stripped_first(word: str, first: str, last: str) -> None:
    cands = stem_candidates(word)
    stems = [word[p : len(word) - s] for p, s in cands]
    assert first in stems
    assert stems[-1] == last


def test_tokenize_kinds() -> None:
    kinds = [t.kind for t in tokenize("قتل 5 في Aleppo !")]
    assert kinds == ["word", "number", "word", "latin", "punct"]
