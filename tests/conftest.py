from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("RASD_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))
SEED = SHARED / "seed" / "ghouta.txt"
needs_shared = pytest.mark.skipif(
    not SEED.exists(), reason=f"shared data not found at {SHARED} (set RASD_SHARED_DIR)"
)


@pytest.fixture
def run_rasd():
    """Run the real `rasd` console entry point in a subprocess; returns CompletedProcess."""

    def _run(
        *args: str, stdin: bytes | None = None, cwd: str | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        return subprocess.run(
            [sys.executable, "-m", "rasd.cli.main", *args],
            input=stdin,
            capture_output=True,
            cwd=cwd,
            env=env,
            timeout=300,
        )

    return _run
