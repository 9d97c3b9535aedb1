from __future__ import annotations

import pytest

from rasd.store import open_store


@pytest.mark.parametrize("role", ["reviewer", "admin"])
def test_serve_cli_users_add_prints_a_working_token(run_rasd, tmp_path, role) -> None:
    url = f"sqlite:///{tmp_path / 'u.db'}"
    proc = run_rasd("users", "add", "salma", "--role", role, "--db", url)
    assert proc.returncode == 0, proc.stderr.decode()
    token = proc.stdout.decode().strip()
    assert len(token) >= 20 and "\n" not in token
    store = open_store(url)
    try:
        assert store.check_token(token) == {"name": "salma", "role": role}
        assert store.check_token(token + "x") is None
    finally:
        store.close()


def test_serve_cli_users_add_bad_role_is_usage_error(run_rasd, tmp_path) -> None:
    proc = run_rasd("users", "add", "x", "--role", "king", "--db", f"sqlite:///{tmp_path / 'u.db'}")
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("rasd: error[E001]:")


def test_serve_cli_serve_has_help(run_rasd) -> None:
    proc = run_rasd("serve", "--help")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "--db" in out and "--port" in out and "--host" in out
