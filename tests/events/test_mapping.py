import pytest

from rasd.events.mapping import load_mapping, map_event

ACLED_SUB = {
    "Battles": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}


@pytest.mark.parametrize(
    ("etype", "mode", "expected"),
    [
        ("ASSAULT", "armed-clash", ("Battles", "Armed clash", "190")),
        ("ASSAULT", "aerial", ("Explosions/Remote violence", "Air/drone strike", "195")),
        ("PROTEST", "riot", ("Riots", "Violent demonstration", "145")),
        ("CONSULT", "meet", (None, None, "043")),
        ("COERCE", "arrest", ("Strategic developments", "Arrests", "173")),
        ("ASSAULT", "no-such-mode", ("Violence against civilians", "Attack", "180")),
    ],
)
def test_mapping_plover_to_acled_and_cameo(etype: str, mode: str, expected: tuple) -> None:
    assert tuple(map_event(etype, mode)) == expected


def test_mapping_uses_only_acled_types_and_sub_types() -> None:
    for m in load_mapping().values():
        if m.acled_event_type is not None:
            assert m.acled_sub_event_type in ACLED_SUB[m.acled_event_type]
