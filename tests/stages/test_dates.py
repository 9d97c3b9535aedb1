import pytest

from rasd.registry import STAGES, build_pipeline
from rasd.stages.dates import DateStage
from rasd.text.dates import publication_time

PIPE = build_pipeline(("normalize", "tokenize", "sentences", "dates"))


def test_dates_stage_contract_matches_registry() -> None:
    stage = DateStage()
    assert (stage.name, stage.version, stage.requires, stage.provides) == (
        "dates",
        STAGES["dates"].version,
        ("tokens",),
        ("dates",),
    )


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "دمشق (رويترز) - قتل ثلاثة مدنيين صباح اليوم الأحد في قصف على دوما، بعد اشتباكات عنيفة "
            "اندلعت مساء أمس واستمرت منذ 20 آذار/مارس.",
            "2018-03-25",
            [
                ("صباح اليوم الأحد", "2018-03-25", 1),
                ("مساء أمس", "2018-03-24", 1),
                ("20 آذار/مارس", "2018-03-20", 1),
            ],
        ),
        (
            "عدن - قال مصدر عسكري إن الغارات التي شنها التحالف الأسبوع الماضي أوقعت 12 قتيلا.",
            "2015-07-30",
            [("الأسبوع الماضي", "2015-07-20", 2)],
        ),
        (
            "بغداد - أعلنت القيادة أن العملية بدأت في 15 رمضان 1436 هـ واستمرت حتى مطلع الشهر الجاري.",
            "2015-08-05",
            [("15 رمضان 1436 هـ", "2015-07-02", 1), ("مطلع الشهر الجاري", "2015-08-01", 2)],
        ),
        ("طرابلس - تجددت الاشتباكات أمس.", None, []),
    ],
)
def test_dates_stage_on_wire_style_reports(text: str, pub: str | None, expected: list) -> None:
    doc = PIPE(text, date=pub)
    assert [(text[t.start : t.end], t.date, t.precision) for t in doc.layer("dates")] == expected


def test_dates_publication_time_is_zero_width() -> None:
    doc = PIPE("نص", date="2018-03-25")
    t = publication_time(doc)
    assert t is not None and (t.start, t.end, t.date, t.precision, t.kind) == (
        0,
        0,
        "2018-03-25",
        1,
        "publication",
    )
    assert publication_time(PIPE("نص")) is None
