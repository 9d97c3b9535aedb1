"""Static checks of the web interface's own files (no browser needed)."""

from __future__ import annotations

import re
import tomllib

import pytest

from rasd.web import static_dir

OWN_JS = sorted((static_dir() / "js").glob("*.js"))
HTML_SINKS = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(")


@pytest.mark.parametrize("path", OWN_JS, ids=lambda p: p.name)
def test_static_js_never_parses_html(path) -> None:
    assert not HTML_SINKS.findall(path.read_text(encoding="utf-8"))


def test_static_index_uses_only_local_files() -> None:
    html = (static_dir() / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs and all(r.startswith("/static/") or r == "data:," for r in refs)
    for ref in refs:
        if ref.startswith("/static/"):
            assert (static_dir() / ref.removeprefix("/static/")).is_file(), ref


def test_static_vendor_files_have_provenance_and_licences() -> None:
    vendor = static_dir() / "vendor"
    manifest = tomllib.loads((vendor / "provenance.toml").read_text(encoding="utf-8"))["files"]
    for name, entry in manifest.items():
        assert (vendor / name).is_file(), name
        assert entry["licence"] and entry["source"] and entry["version"]
    for lib in ("leaflet", "markercluster", "topojson-client", "world-atlas", "noto-naskh-arabic"):
        assert any(
            p.name.upper().startswith(("LICENSE", "MIT-LICENCE")) for p in (vendor / lib).iterdir()
        )
