"""`rasd actors search|show|check` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app

REG = str(Path(__file__).parent / "data" / "registry")
runner = CliRunner()


@pytest.mark.parametrize(
    ("query", "first_id"),
    [
        ("جيش الإسلام", "t-jaysh-islam"),
        ("جيش الاسلام", "t-jaysh-islam"),
        ("Jaysh al-Islam", "t-jaysh-islam"),
        ("هتش", "t-hts"),
        ("فيلق الرحمان", "t-faylaq"),
        ("t-rus", "t-rus"),
    ],
)
def test_cli_search_finds_actor(query, first_id):
    res = runner.invoke(app, ["actors", "search", query, "--registry", REG, "--json"])
    assert res.exit_code == 0
    assert json.loads(res.stdout.splitlines()[0])["id"] == first_id


def test_cli_show_prints_entry_and_fails_on_unknown():
    res = runner.invoke(app, ["actors", "show", "t-saa", "--registry", REG])
    assert res.exit_code == 0 and json.loads(res.stdout)["leaders"][0]["id"] == "t-assad"
    res = runner.invoke(app, ["actors", "show", "nope", "--registry", REG])
    assert res.exit_code != 0


def test_cli_check_clean_and_dirty(tmp_path):
    res = runner.invoke(app, ["actors", "check", "--registry", REG])
    assert res.exit_code == 0 and res.stdout.startswith("ok: 19 actors")
    (tmp_path / "x.jsonl").write_text(
        '{"id": "a", "kind": "gang", "name": "A", "name_ar": "ا"}\n', "utf-8"
    )
    res = runner.invoke(app, ["actors", "check", "--registry", str(tmp_path)])
    assert res.exit_code == 1 and "error[E514]" in res.output


@pytest.mark.parametrize(
    "args",
    [
        ["actors", "--help"],
        ["actors", "search", "--help"],
        ["actors", "show", "--help"],
        ["actors", "check", "--help"],
    ],
)
def test_cli_actors_commands_have_help(args):
    res = runner.invoke(app, args)
    assert res.exit_code == 0 and "Usage" in res.output
