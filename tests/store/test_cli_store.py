"""`rasd ingest`, `rasd export` and `rasd db` through the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "engine"))
from engine_articles import articles, write_jsonl

from rasd.cli.main import app


def _run(*args: str):
    from rasd.cli.main import run

    old = sys.argv
    sys.argv = ["rasd", *args]
    try:
        run()
    except SystemExit as ex:
        return ex.code
    finally:
        sys.argv = old
    return 0


def test_cli_store_ingest_export_round_trip(tmp_path: Path, capsys) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", articles(3), {1: "{broken"})
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert _run("ingest", str(src), "--db", db, "--no-progress") == 1  # one bad line
    err = capsys.readouterr().err
    assert "in.jsonl:2" in err and "ingested 3 articles" in err
    assert _run("ingest", str(src), "--db", db, "--no-progress", "--workers", "2") == 1
    assert "ingested 0 articles (0 events), skipped 3" in capsys.readouterr().err
    assert _run("db", "info", "--db", db) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["articles"], info["schema_version"]) == (3, 4)
    out = tmp_path / "e.csv"
    assert _run("export", "--format", "acled-csv", "--db", db, "-o", str(out)) == 0
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year,")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["export", "--format", "xlsx"], 2, "error[E001]: --format must be one of"),
        (["export", "--format", "parquet"], 2, "--format parquet needs -o FILE"),
        (["ingest", "x.jsonl", "--engine", "dask"], 2, "--engine must be local or spark"),
        (["export", "--format", "geojson", "--db", "mysql://x/y"], 2, "error[E402]"),
        (["export", "--format", "geojson", "--date-from", "2015-13-01"], 2, "error[E106]"),
    ],
)
def test_cli_store_bad_usage(tmp_path: Path, capsys, monkeypatch, args, code, message) -> None:
    monkeypatch.setenv("RASD_DB", f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert _run(*args) == code
    assert message in capsys.readouterr().err


def test_cli_store_commands_have_help() -> None:
    runner = CliRunner()
    for cmd in (["ingest"], ["export"], ["db", "info"], ["db", "dedup"], ["db", "search"]):
        result = runner.invoke(app, [*cmd, "--help"])
        assert result.exit_code == 0 and len(result.output) > 200
