from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SEED, SHARED


def test_extract_seed_passes_contract_check(run_rasd, tmp_path: Path) -> None:
    res = run_rasd("extract", str(SEED), "--date", "2018-03-25")
    assert res.returncode == 0, res.stderr.decode()
    out = tmp_path / "out.json"
    out.write_bytes(res.stdout)
    check = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "check_contract.py"),
            str(out),
            "--input",
            str(SEED),
        ],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout
    assert "0 problems" in check.stdout
    doc = json.loads(res.stdout)
    assert doc["publication_date"] == "2018-03-25" and doc["id"] == "ghouta"


def test_extract_jsonl_bad_line_reported_rest_processed(run_rasd, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "1", "text": "قصف"}\n{oops\n{"id": "3", "text": "اشتباك"}\n', encoding="utf-8"
    )
    res = run_rasd("extract", str(path), "--format", "jsonl")
    assert res.returncode == 1
    assert [json.loads(x)["id"] for x in res.stdout.decode().splitlines()] == ["1", "3"]
    err = res.stderr.decode().strip().splitlines()
    assert err == [
        f"rasd: error[E105]: {path}:2: invalid JSON (Expecting property name enclosed in double quotes at column 2)"
    ]


@pytest.mark.parametrize(
    ("args", "code", "exit_code"),
    [
        (["--date", "2018-02-30"], "E106", 2),
        (["--format", "xml"], "E001", 2),
        (["--bogus"], "E001", 2),
        (["/nonexistent.txt"], "E101", 1),
    ],
)
def test_extract_usage_errors_are_one_line(
    run_rasd, args: list[str], code: str, exit_code: int
) -> None:
    res = run_rasd("extract", *args, stdin=b"")
    assert res.returncode == exit_code
    lines = res.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"rasd: error[{code}]: ")
    assert "Traceback" not in res.stderr.decode()


def test_extract_binary_stdin_refused(run_rasd) -> None:
    res = run_rasd("extract", stdin=bytes(range(256)) * 4)
    assert res.returncode == 1
    assert res.stderr.decode().startswith("rasd: error[E102]")


def test_extract_stdin_text_and_output_file(run_rasd, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    res = run_rasd(
        "extract",
        "-",
        "--format",
        "jsonl",
        "-o",
        str(out),
        "--date",
        "2020-01-02",
        stdin="قصف\r\nعلى حلب".encode(),
    )
    assert res.returncode == 0
    (doc,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert doc["publication_date"] == "2020-01-02"


def test_extract_several_articles_json_is_a_list(run_rasd, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("خبر أول", encoding="utf-8")
    (tmp_path / "b.txt").write_text("خبر ثان", encoding="utf-8")
    res = run_rasd("extract", str(tmp_path))
    assert res.returncode == 0
    assert [d["id"] for d in json.loads(res.stdout)] == ["a", "b"]


def test_cli_every_command_has_help(run_rasd) -> None:
    import typer.main

    from rasd.cli.main import app

    group = typer.main.get_command(app)
    names = []

    def walk(cmd, path):
        for name, sub in getattr(cmd, "commands", {}).items():
            assert sub.help or sub.short_help, f"{' '.join(path + [name])} has no help"
            names.append(" ".join(path + [name]))
            walk(sub, path + [name])

    walk(group, [])
    assert "extract" in names and "demo" in names
