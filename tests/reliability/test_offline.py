"""rasd works with the network cut off, and stores API tokens only as hashes (issue 10)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

#: run before rasd: every attempt to resolve a name or open a socket connection raises
NO_NETWORK = """
import socket
def _refuse(*args, **kwargs):
    raise OSError("network use attempted: " + repr(args[:2]))
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""
ANALYZE = (
    NO_NETWORK
    + """
import json, sys
import rasd
doc = rasd.analyze(sys.argv[1], date="2016-05-02")
print(json.dumps(doc.to_json(), ensure_ascii=False))
"""
)
CLI = (
    NO_NETWORK
    + """
import sys
from rasd.cli.main import run
sys.argv = ["rasd"] + sys.argv[1:]
run()
"""
)
TEXT = (
    "قصفت طائرات حربية بلدة حرستا في ريف دمشق صباح اليوم، ما أسفر عن مقتل خمسة مدنيين "
    "وإصابة عشرة آخرين، بحسب مصادر محلية."
)


def test_offline_analyze_needs_no_network() -> None:
    done = subprocess.run([sys.executable, "-c", ANALYZE, TEXT], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-500:]
    out = json.loads(done.stdout)
    assert out["language"] == "ar" and "network use attempted" not in done.stderr
    assert all(TEXT[e["start"] : e["end"]] == e["text"] for e in out["entities"])


def test_offline_ingest_and_export_need_no_network(tmp_path: Path) -> None:
    corpus = tmp_path / "a.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=False) + "\n", "utf-8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    for args in (["ingest", str(corpus), "--db", db, "--no-progress"],
                 ["export", "--format", "plover-jsonl", "--db", db, "--all-modalities"]):  # fmt: skip
        done = subprocess.run([sys.executable, "-c", CLI, *args], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-500:]
        assert "network use attempted" not in done.stderr


def test_offline_tokens_stored_only_as_hashes(tmp_path: Path) -> None:
    from rasd.store import open_store

    path = tmp_path / "users.db"
    with open_store(f"sqlite:///{path}") as store:
        tokens = [store.add_user(f"user{i}", "reviewer") for i in range(3)]
        assert [store.check_token(t)["name"] for t in tokens] == ["user0", "user1", "user2"]
        assert store.check_token(tokens[0][:-1] + "x") is None
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert len(set(tokens)) == 3 and all(len(t) >= 32 for t in tokens)
    assert not any(t.encode() in raw for t in tokens)
