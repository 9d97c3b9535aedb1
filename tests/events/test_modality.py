import pytest

from rasd.events.detect import analyse_sentence
from rasd.events.lexicon import load_lexicon
from rasd.text.tokenize import tokenize


def _modalities(text: str) -> dict[str, str]:
    tokens = tokenize(text)
    sa = analyse_sentence(tokens, 0, len(tokens), load_lexicon(), {})
    return {text[tokens[m.first].start : tokens[m.last - 1].end]: mod for m, mod, _ in sa.triggers}


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("هاجم مسلحون حاجزا للجيش امس", "هاجم", "asserted"),
        ("لم يهاجم المسلحون الحاجز", "يهاجم", "negated"),
        ("نفت الحركة انها خطفت الصحافي", "خطفت", "negated"),
        ("انفجرت عبوة دون وقوع اصابات", "انفجرت", "asserted"),
        ("سوف يتظاهر الطلاب غدا", "يتظاهر", "intended"),
        ("وافق القائد على الانسحاب من المدينة", "الانسحاب", "intended"),
        ("يعتزم الجيش شن هجوم على البلدة", "هجوم", "intended"),
        ("هدد التنظيم بخطف الرهائن", "بخطف", "threatened"),
        ("اذا بقي الجيش في المدينة فسيهزمون المسلحين", "فسيهزمون", "hypothetical"),
        ("يتوقع المحللون ان تندلع اشتباكات في المدينة", "اشتباكات", "hypothetical"),
        ("افادت انباء عن اشتباكات في المدينة", "اشتباكات", "reported_uncertain"),
        ("زعمت القناة ان مسلحين قتلوا مدنيين", "قتلوا", "reported_uncertain"),
        ("رفض القائد التفاوض لكن المعارك بدأت في المدينة", "المعارك", "asserted"),
        ("يفضل الانسحاب بدل القتال", "القتال", "negated"),
    ],
)
def test_modality_cue_must_govern_the_trigger(text: str, trigger: str, modality: str) -> None:
    assert _modalities(text)[trigger] == modality


def test_modality_threat_itself_is_asserted() -> None:
    assert _modalities("قال القائد انه سيمنع بالقوة خروج الاهالي")["سيمنع بالقوة"] == "asserted"
