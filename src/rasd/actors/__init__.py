"""Actor resolution: the registry, alias and fuzzy matching, persons, coreference, relations.

Nothing is loaded at import: `default_registry()` reads the bundled registry on first use.
"""

from __future__ import annotations

from rasd.actors.registry import ActorRecord, Link, Registry, default_registry, load_registry

__all__ = ["ActorRecord", "Link", "Registry", "default_registry", "load_registry"]
