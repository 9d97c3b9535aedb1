"""Browser tests: a real headless Chromium (Debian chromium + chromium-driver) driven by
selenium against `rasd serve` run in a thread over a temporary SQLite store.

They skip without the two Debian packages, and fail instead when RASD_REQUIRE_BROWSER=1 (CI).
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
import api_sample

CHROME_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1366,860", "--lang=ar",
)  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """`rasd serve` equivalent in a thread: {"url", "store", "ids", "token"}."""
    import uvicorn

    from rasd.api import create_app
    from rasd.store import open_store

    db = tmp_path_factory.mktemp("web") / "rasd.db"
    store = open_store(f"sqlite:///{db}")
    ids = api_sample.fill(store)
    token = store.add_user("mona", "reviewer")
    port = _free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "store": store, "ids": ids, "token": token}
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


def _binaries() -> tuple[str, str] | None:
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (chrome, driver) if chrome and driver else None


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    found = _binaries()
    if found is None:
        if os.environ.get("RASD_REQUIRE_BROWSER") == "1":
            pytest.fail("RASD_REQUIRE_BROWSER=1 but chromium / chromedriver are not installed")
        pytest.skip("needs Debian packages chromium and chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(found[1]), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def shots() -> Path:
    """Where screenshots go: $RASD_ARTIFACTS or artifacts/screenshots/ (git-ignored)."""
    root = os.environ.get("RASD_ARTIFACTS")
    out = Path(root) if root else Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    return out
