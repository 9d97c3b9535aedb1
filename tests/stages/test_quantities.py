import pytest
from hypothesis import HealthCheck, given, settings
from tests.helpers import noisy_pieces

from rasd.doc import Document
from rasd.registry import STAGES, build_pipeline
from rasd.stages.quantities import QuantityStage
from rasd.text.normalize import normalize
from rasd.text.quantities import casualty_kind

PIPE = build_pipeline(("normalize", "tokenize", "sentences", "quantities"))


def _run(text: str) -> Document:
    return PIPE(text)


def _rows(text: str) -> list[tuple[str, int, str, int | None, int | None]]:
    return [
        (text[q.start : q.end], q.value, q.unit, q.low, q.high)
        for q in _run(text).layer("quantities")
    ]


def test_quantities_stage_contract_matches_registry() -> None:
    stage = QuantityStage()
    assert (stage.name, stage.version) == ("quantities", STAGES["quantities"].version)
    assert "tokens" in stage.requires and stage.provides == ("quantities", "quantity_info")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قال انه يفضل الانسحاب مع 10 الاف عنصر الى ادلب",
            [("10 الاف عنصر", 10000, "fighter", None, None)],
        ),
        ("لديه في دوما حوالي 90 الف مواطن", [("90 الف مواطن", 90000, "civilian", 90000, 90000)]),
        (
            "اخراج جيش الاسلام ومقاتليه الـ 10 الاف والذهاب",
            [("مقاتليه الـ 10 الاف", 10000, "fighter", None, None)],
        ),
        (
            "وفيهما 320 الف مواطن مدني سوري",
            [("320 الف مواطن مدني", 320000, "civilian", None, None)],
        ),
        ("قُتل ١٢ شخصاً في القصف", [("١٢ شخصاً", 12, "person", None, None)]),
        (
            "سقط 25 قتيلا و40 جريحا",
            [("25 قتيلا", 25, "killed", None, None), ("40 جريحا", 40, "wounded", None, None)],
        ),
        ("قتل ثلاثة جنود", [("ثلاثة جنود", 3, "soldier", None, None)]),
        ("أسفر عن مقتل خمسة وعشرين مدنيا", [("خمسة وعشرين مدنيا", 25, "civilian", None, None)]),
        ("مقتل 25 من عناصر التنظيم", [("25 من عناصر", 25, "fighter", None, None)]),
        (
            "نزوح عشرات الآلاف من المدنيين",
            [("عشرات الآلاف من المدنيين", 20000, "civilian", 20000, 99999)],
        ),
        ("اعتقل عشرات الشبان", [("عشرات", 20, "person", 20, 99)]),
        ("وأصيب عشرات المدنيين", [("عشرات المدنيين", 20, "civilian", 20, 99)]),
        (
            "دمرت ثلاث دبابات وخمس آليات",
            [("ثلاث دبابات", 3, "tank", None, None), ("خمس آليات", 5, "vehicle", None, None)],
        ),
        ("أطلق 12 صاروخا", [("12 صاروخا", 12, "missile", None, None)]),
        ("قتل جنديين", [("جنديين", 2, "soldier", None, None)]),
        ("سقط قتيلان", [("قتيلان", 2, "killed", None, None)]),
        ("جرح طفلين اثنين", [("طفلين اثنين", 2, "child", None, None)]),
        ("قتل جندي واحد", [("جندي واحد", 1, "soldier", None, None)]),
        ("أكثر من 200 شخص", [("200 شخص", 200, "person", 200, None)]),
        ("ما لا يقل عن ثلاثة عشر طفلا", [("ثلاثة عشر طفلا", 13, "child", 13, None)]),
        ("قرابة 300 مقاتل", [("300 مقاتل", 300, "fighter", 300, 300)]),
        ("نحو 1.5 مليون لاجئ", [("1.5 مليون لاجئ", 1500000, "refugee", 1500000, 1500000)]),
        ("قتل بين 10 و15 مسلحا", [("10 و15 مسلحا", 10, "fighter", 10, 15)]),
        ("نزح ما بين 10 و15 ألف شخص", [("10 و15 ألف شخص", 10000, "person", 10000, 15000)]),
        ("قتل 10-15 مسلحا", [("10-15 مسلحا", 10, "fighter", 10, 15)]),
        ("من 20 إلى 30 نازحا", [("20 إلى 30 نازحا", 20, "displaced", 20, 30)]),
        ("قتل 7 مدنيين على الأقل", [("7 مدنيين", 7, "civilian", 7, None)]),
        ("مقتل 5 وإصابة 10", [("5", 5, "person", None, None), ("10", 10, "person", None, None)]),
        (
            "قتل 5 أشخاص وأصيب 10 آخرون",
            [("5 أشخاص", 5, "person", None, None), ("10 آخرون", 10, "person", None, None)],
        ),
        ("في عام 2015 قتل الجيش", []),
        ("قتل 10 في المئة من المدنيين", []),
        ("ارتفعت الأسعار 10 %", []),
        ("سار 10 كيلومترات", []),
        ("قتل يوم الاثنين جنديين", [("جنديين", 2, "soldier", None, None)]),
        ("وسقط القتلى الخمسة", [("قتلى الخمسة", 5, "killed", None, None)]),
        ("فر نصف مليون لاجئ", [("نصف مليون لاجئ", 500000, "refugee", None, None)]),
        ("ارتفعت حصيلة القتلى إلى 25", [("قتلى إلى 25", 25, "killed", None, None)]),
        ("وبلغ عدد الجرحى 40", [("جرحى 40", 40, "wounded", None, None)]),
        ("وصل الجنود الى 5 مدن", []),
        ("اعتقلتها القوات في 15 مايو", []),
        ("أكد عبد الملك الحوثي الأحد", []),
        ("تبلغ مخازنها 40 مليون برميل", []),
    ],
)
def test_quantities_values_units_and_spans(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("قتل 5 أشخاص وأصيب 10 آخرون", ["killed", "wounded"]),
        ("أسفر القصف عن مقتل 25 مدنيا وإصابة 40 آخرين", ["killed", "wounded"]),
        ("سقط 25 قتيلا و40 جريحا", ["killed", "wounded"]),
        ("لقي 7 أطفال حتفهم", ["killed"]),
        ("اعتقلت القوات 30 شخصا", ["detained"]),
        ("وصل 300 مقاتل إلى المدينة", [None]),
        ("دمرت الغارة 3 سيارات", [None]),
        ("مقتل العشرات", ["killed"]),
        ("سقط 20 شخصا بين قتيل وجريح", ["casualties"]),
        ("مقتل وإصابة العشرات من الحوثيين", ["casualties"]),
        ("قتل وجرح 5 أشخاص", ["casualties"]),
        ("تم احتجاز 40 آخرين", ["detained"]),
        ("ارتفعت حصيلة القتلى إلى 25", ["killed"]),
    ],
)
def test_quantities_casualty_kind(text: str, kinds: list[str | None]) -> None:
    doc = _run(text)
    assert [casualty_kind(doc, q) for q in doc.layer("quantities")] == kinds


def test_quantities_info_layer_is_parallel_and_records_cue_and_qualifier() -> None:
    text = "أسفر القصف عن مقتل حوالي 25 مدنيا"
    doc = _run(text)
    (q,) = doc.layer("quantities")
    (info,) = doc.layer("quantity_info")
    assert (info.start, info.end) == (q.start, q.end)
    assert text[info.cue_start : info.cue_end] == "مقتل"
    assert text[info.qualifier_start : info.qualifier_end] == "حوالي"
    assert text[q.number_start : q.number_end] == "25"
    assert text[info.noun_start : info.noun_end] == "مدنيا"


def test_quantities_casualty_kind_falls_back_to_unit() -> None:
    doc = Document("x")
    from rasd.doc import Quantity

    assert casualty_kind(doc, Quantity(3, "killed", 0, 1)) == "killed"
    assert casualty_kind(doc, Quantity(3, "person", 0, 1)) is None


def test_quantities_to_json_has_contract_fields() -> None:
    out = _run("لديه في دوما حوالي 90 الف مواطن").to_json()["quantities"]
    assert out == [{"value": 90000, "unit": "civilian", "text": "90 الف مواطن", "start": 19, "end": 31,
                    "low": 90000, "high": 90000}]  # fmt: skip


PIECES = ["قتل", "الجيش", "في", "دوما", "10 الاف عنصر", "حوالي 90 الف مواطن", "ثلاثة جنود", "جنديين",
          "عشرات الآلاف من النازحين", "بين 10 و15 مسلحا", "25 قتيلا", "مقتل 5 وإصابة 10", "عام 2015",
          "خمسة وعشرين مدنيا", "١٢ شخصاً", "،", "."]  # fmt: skip
MARKS = ["\u064e", "\u0651", "\u0640", "\u200c", "\u064b", "\u0652"]
NOISY = noisy_pieces(PIECES, MARKS)


def _key(text: str) -> str:
    return " ".join(normalize(text).text.split())


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NOISY)
def test_quantities_spans_exact_and_values_unchanged_by_noise(pair: tuple[str, str]) -> None:
    clean, dirty = pair
    want = _run(clean).layer("quantities")
    got = _run(dirty).layer("quantities")
    assert [(q.value, q.unit, q.low, q.high) for q in got] == [
        (q.value, q.unit, q.low, q.high) for q in want
    ]
    for g, w in zip(got, want, strict=True):
        assert q_inside(g)
        assert _key(dirty[g.start : g.end]) == _key(clean[w.start : w.end])
        assert _key(dirty[g.number_start : g.number_end]) == _key(
            clean[w.number_start : w.number_end]
        )


def q_inside(q) -> bool:  # type: ignore[no-untyped-def]
    return q.start <= q.number_start < q.number_end <= q.end
