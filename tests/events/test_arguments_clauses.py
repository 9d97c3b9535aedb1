"""Argument rules of issue 6, round 3: protest sides, undergoers, passives, addressees, hits."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from rasd.doc import ActorMention
from rasd.events import syntax
from rasd.events.protest_args import protest_sides

from .helpers import TEXT_PIPE, candidate_roles, event_roles


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # the crowd acts on the police: the police are actor2 (ACLED "Rioters vs Police")
        (
            "ورشق مئات المتظاهرين قوات مكافحة الشغب بالحجارة في شوارع المدينة.",
            "PROTEST",
            ("protesters", "police-forces"),
        ),
        # the opposed side across "غضب متزايد من قرار X"
        (
            "ونزل المتظاهرون الى الشوارع في عدة مدن وسط غضب متزايد من قرار بريطانيا تكريم الكاتب.",
            "PROTEST",
            ("protesters", "gbr-government"),
        ),
        # the police disperse the protest: the crowd acts, the police act on it
        (
            "فرقت الشرطة العراقية مظاهرة في البصرة بالغاز المسيل للدموع، واصيب عدد من المتظاهرين.",
            "PROTEST",
            ("irq-protesters", "irq-police"),
        ),
        # the crowd named after "حيث" protests
        (
            "بدأت أعمال الشغب قبل ليلة، حيث تجمع مئات المتظاهرين في وسط المدينة.",
            "PROTEST",
            ("protesters", None),
        ),
        # "نجا X ، أمس ، من محاولة اغتيال": X is acted on
        (
            "نجا قائد شرطة النجدة في بغداد، أمس، من محاولة اغتيال اثر انفجار عبوة ناسفة.",
            "ASSAULT",
            (None, "police-forces"),
        ),
        # "تابعة لجيش الاحتلال" owns the drone; "على مجموعة من عناصر X" is hit
        (
            "وأطلقت طائرة بدون طيار تابعة لجيش الاحتلال صاروخا على مجموعة من عناصر «كتائب القسام».",
            "ASSAULT",
            ("isr-military", "pse-qassam"),
        ),
        # the pronoun of "ويطالبون" is the subject; the mention after it is addressed
        (
            "يتخوف أهالي الأحياء في حمص من تقدم تنظيم داعش، ويطالبون قوات الأسد بوقف تقدمه.",
            "REQUEST",
            ("syr-civilians", "syr-military"),
        ),
        # "غارات … استهدفت مواقع للمتمردين": the rebels are hit
        (
            "وشن الطيران غارات مكثفة السبت استهدفت مواقع للمتمردين في صعدة.",
            "ASSAULT",
            (None, "unidentified-armed-group"),
        ),
        # "مستهدفة مقاتلي X" far after the trigger, past two commas
        (
            "وكانت القوات الاميركية وجهت عدة ضربات جوية داخل الصومال، خلال الاشهر الماضية، "
            "مستهدفة مقاتلي حركة الشباب.",
            "ASSAULT",
            ("usa-military", "som-al-shabaab"),
        ),
        # "قوات الأمن الذين سقطوا في هجمات يلقى باللوم فيها على X": X attacked the police
        (
            "يرتفع عدد القتلى في صفوف قوات الأمن الذين سقطوا في هجمات يلقى باللوم فيها "
            "على حزب العمال الكردستاني.",
            "ASSAULT",
            ("tur-pkk", "police-forces"),
        ),
        # the counted people after "تظاهر" protest, not the students of the next clause
        (
            "اذ تظاهر نحو 15 شخصا أمام القنصلية في برلين، وبالمثل تظاهر نحو مائة طالب في لندن.",
            "PROTEST",
            ("civilians", None),
        ),
        # a dateline "لندن ـ «الشرق الأوسط»:" names no actor of the event after it
        (
            "لندن ـ «الشرق الأوسط»: تحولت مسيرة الشعلة الى تظاهرة، وأدت الى تدخل الشرطة لوقف متظاهر.",
            "PROTEST",
            ("protesters", "police-forces"),
        ),
        # no subject named: the dative after the verb is its object
        (
            "ورفضت السماح للقوات الأميركية بالعبور إلى العراق.",
            "REJECT",
            (None, "usa-military"),
        ),
        # "توعد X بأن": X right after a finite verb is its subject, not an addressee
        ("حيث توعد المتظاهرون بأن تكون لهم صرخة مدوية.", "THREATEN", ("protesters", None)),
    ],
)
def test_clause_patterns(text, etype, expected):
    assert expected in candidate_roles(text, etype)


def test_passive_with_agent_takes_the_topic_as_patient():
    text = "وقال إن عبد الحنان الموظف في اللجنة الانتخابية خطف من منزله على يد مسلحين."
    ((a1, a2),) = event_roles(text, "ASSAULT")
    assert a1 == "unidentified-armed-group"
    assert a2 is not None and a2.startswith("unk-")  # the employee, an unknown person


def test_victim_of_a_relative_clause_never_attacks():
    text = "امتدت يد الارهاب لتطال النائب انطوان غانم الذي قتل مع 9 مواطنين في تفجير سيارة مفخخة."
    ((a1, _),) = event_roles(text, "ASSAULT")
    assert a1 is None  # not the deputy who was killed


def test_request_from_marks_the_addressee():
    ((_, a2),) = event_roles("حين طلب الأمن من المعتقلين تأييد الحكومة.", "REQUEST")
    assert a2 == "prisoners"


def test_newspaper_addressee_never_acts():
    text = "وكشفت المصادر لـ«الشرق الأوسط» أن مسلحين اقتحموا القرية."
    assert event_roles(text, "ASSAULT") == [("unidentified-armed-group", None)]


def _tokens(text: str):
    return TEXT_PIPE(text).get("tokens")


def test_syntax_word_classes():
    toks = _tokens("ويطالبون مطالبا بوقف بانها قصف")
    assert syntax.plural_verb(toks[0]) and not syntax.plural_verb(toks[4])
    assert syntax.participle(toks[1]) and not syntax.participle(toks[0])
    assert syntax.ba_complement(toks[2]) and syntax.ba_complement(toks[3])
    assert not syntax.ba_complement(toks[4])


def test_protest_against_reaches_across_a_decision():
    toks = _tokens("وسط غضب متزايد من قرار بريطانيا")
    assert syntax.protest_against(toks, 5)
    toks = _tokens("احتجاجهم على استمرار حرب العراق")
    assert not syntax.protest_against(toks, 4)  # the war is opposed, not Iraq


@dataclass(frozen=True)
class _C:
    mention: ActorMention
    first: int


def _m(actor_id: str) -> ActorMention:
    return ActorMention(0, 1, actor_id)


def test_protest_sides_unit():
    police, crowd, gov = _m("irq-police"), _m("irq-protesters"), _m("irq-government")
    sentence = [_C(police, 1), _C(crowd, 9)]
    # the police stood as actor1 of the protest: the crowd protests, the police act on it
    assert protest_sides((police, None), sentence, [], (4, 5)) == (crowd, police)
    # an opposed government stays actor2; no crowd in the sentence changes nothing
    assert protest_sides((crowd, gov), sentence, [_C(police, 1)], (4, 5)) == (crowd, gov)
    assert protest_sides((None, None), [], [], (0, 1)) == (None, None)


def test_building_targets_of_the_oeda_protest_gold():
    from rasd.events.argscore import building_target

    assert building_target("بالتجمع أمام مقر السفارة الأردنية في طهران", "الأردنية")
    assert building_target("اعتصموا امام مبنى هيئة الاوراق المالية", "هيئة المالية الاوراق")
    assert not building_target("يهتفون ضد الحكومة والولاية", "الحكومة والولاية")
