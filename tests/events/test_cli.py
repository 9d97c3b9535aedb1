import pytest


@pytest.mark.parametrize("group", ["train", "eval"])
def test_cli_events_commands_have_help(run_rasd, group: str) -> None:
    proc = run_rasd(group, "events", "--help")
    assert proc.returncode == 0 and b"events" in proc.stdout


def test_cli_eval_events_missing_file_is_a_coded_error(run_rasd, tmp_path) -> None:
    proc = run_rasd("eval", "events", str(tmp_path / "none.csv"))
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith("rasd: error[E101]:")
