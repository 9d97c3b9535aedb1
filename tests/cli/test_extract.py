from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SEED, SHARED, needs_shared
from tests.helpers import assert_spans_exact

PLOVER = set(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT".split()
)
MODALITIES = {"asserted", "negated", "intended", "threatened", "hypothetical", "reported_uncertain"}
KEYS = (
    "id",
    "rasd_version",
    "language",
    "publication_date",
    "entities",
    "actors",
    "places",
    "quantities",
    "relations",
    "events",
)


def test_extract_bundled_samples_keep_the_contract(run_rasd) -> None:
    from rasd.demo import sample_articles

    arts = {a["id"]: a for a in sample_articles()}
    body = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts.values()).encode()
    res = run_rasd("extract", "-", "--format", "jsonl", stdin=body)
    assert res.returncode == 0, res.stderr.decode()
    docs = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert [d["id"] for d in docs] == list(arts)
    for doc in docs:
        text = arts[doc["id"]]["text"]
        assert tuple(doc) == KEYS
        assert_spans_exact(text, doc)
        actor_ids = {a["id"] for a in doc["actors"]}
        place_ids = {p["id"] for p in doc["places"]}
        entity_ids = {e["id"] for e in doc["entities"]}
        assert all(r["head"] in entity_ids and r["tail"] in entity_ids for r in doc["relations"])
        assert doc["events"], doc["id"]
        for ev in doc["events"]:
            assert ev["type"] in PLOVER and ev["modality"] in MODALITIES
            assert ev["actor1"] in actor_ids | {None} and ev["actor2"] in actor_ids | {None}
            assert ev["location"] in place_ids | {None}
            assert 0 <= ev["confidence"] <= 1


@needs_shared
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
