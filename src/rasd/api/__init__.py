"""HTTP API of rasd (CONTRACT.md, "HTTP API"): ``create_app(store) -> FastAPI``.

Importing this package imports FastAPI but opens no store and loads no model.
"""

from __future__ import annotations

from rasd.api.app import create_app, pipeline_analyze

__all__ = ["create_app", "pipeline_analyze"]
