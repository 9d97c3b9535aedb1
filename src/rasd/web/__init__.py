"""The browser interface of rasd: static HTML/CSS/JS served by `rasd.api.create_app` at ``/``.

``static/`` holds our own files and ``static/vendor/`` the front-end libraries copied from npm
with their licences (see ``static/vendor/provenance.toml``). No CDN is used at run time.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def static_dir() -> Path:
    """The folder of the static files (a real directory inside the installed package)."""
    return Path(str(files("rasd.web").joinpath("static")))
