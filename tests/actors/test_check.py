"""`rasd actors check`: each kind of registry problem is found and coded."""

from __future__ import annotations

import json

import pytest

from rasd.actors.check import check_registry
from rasd.actors.registry import load_registry

GOOD = {
    "id": "a",
    "kind": "rebel_group",
    "name": "A",
    "name_ar": "جيش الف",
    "aliases_ar": [],
    "country": "SYR",
    "acled_inter": 2,
    "memberships": [],
    "leaders": [],
}


def _write(tmp_path, records, ambiguous=""):
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    (tmp_path / "x.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    if ambiguous:
        (tmp_path / "ambiguous_aliases.tsv").write_text(ambiguous, "utf-8")
    return load_registry(tmp_path)


@pytest.mark.parametrize(
    ("records", "code"),
    [
        ([GOOD, GOOD], "E511"),
        (
            [GOOD, GOOD | {"id": "b", "name_ar": "جيش ألف"}],
            "E512",
        ),  # same alias after normalisation
        (
            [
                GOOD | {"leaders": [{"id": "p", "from": "2019", "to": "2018-05-01"}]},
                {"id": "p", "kind": "person", "name": "P", "name_ar": "فلان"},
            ],
            "E513",
        ),
        (
            [
                GOOD
                | {
                    "memberships": [{"id": "b", "rel": "part_of", "from": "March 2019", "to": None}]
                },
                GOOD | {"id": "b", "name_ar": "ب"},
            ],
            "E513",
        ),
        ([GOOD | {"acled_inter": 9}], "E514"),
        ([GOOD | {"kind": "gang"}], "E514"),
        ([GOOD | {"memberships": [{"id": "missing", "rel": "part_of"}]}], "E515"),
        ([GOOD | {"memberships": [{"id": "a", "rel": "friend_of"}]}], "E514"),
        (["{not json", GOOD], "E516"),
        ([GOOD | {"name_ar": ""}], "E516"),
    ],
)
def test_check_finds_each_problem(tmp_path, records, code):
    problems = check_registry(_write(tmp_path, records))
    assert code in {p.code for p in problems}


def test_check_clean_registry_and_listed_ambiguity(tmp_path):
    reg = _write(
        tmp_path,
        [GOOD, GOOD | {"id": "b", "name_ar": "ب", "aliases_ar": ["جيش الف"]}],
        "alias\tids\nجيش الف\ta,b\n",
    )
    assert check_registry(reg) == []


def test_check_test_registry_is_clean(test_registry):
    assert [p.line() for p in check_registry(test_registry)] == []
