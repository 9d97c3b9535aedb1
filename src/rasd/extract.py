"""`rasd extract` as a library function: articles in, CONTRACT JSON out, bad inputs reported."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from rasd.errors import RasdError
from rasd.io.readers import InputItem

__all__ = ["ExtractSummary", "analyze_article", "analyze_items", "write_results"]


@dataclass
class ExtractSummary:
    done: int = 0
    failed: list[str] = field(default_factory=list)  # one coded error line per bad input
    warnings: list[str] = field(default_factory=list)


def analyze_article(article: dict[str, Any]) -> dict[str, Any]:
    """Analyse one input article dict and return the CONTRACT JSON object."""
    from rasd.pipeline import default_pipeline

    doc = default_pipeline()(article["text"], date=article.get("date"), id=article.get("id"))
    return doc.to_json()


def analyze_items(
    items: Iterable[InputItem],
    summary: ExtractSummary,
    on_error: Callable[[str], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Analyse each good item; report each bad one (and go on)."""
    for item in items:
        for w in item.warnings:
            summary.warnings.append(w)
            if on_error:
                on_error(f"rasd: warning: {w}")
        if item.error is not None or item.article is None:
            err = item.error or RasdError(f"{item.origin}: unreadable input")
            summary.failed.append(err.line())
            if on_error:
                on_error(err.line())
            continue
        summary.done += 1
        yield analyze_article(item.article)


def write_results(results: Iterable[dict[str, Any]], out: TextIO, fmt: str) -> int:
    """Write results as JSONL (one object per line) or JSON (one object, or a list if several)."""
    n = 0
    if fmt == "jsonl":
        for obj in results:
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            n += 1
        return n
    first: dict[str, Any] | None = None
    for obj in results:
        if n == 0:
            first = obj
        elif n == 1:
            out.write(
                "[\n"
                + json.dumps(first, ensure_ascii=False)
                + ",\n"
                + json.dumps(obj, ensure_ascii=False)
            )
        else:
            out.write(",\n" + json.dumps(obj, ensure_ascii=False))
        n += 1
    if n == 1:
        out.write(json.dumps(first, ensure_ascii=False, indent=2) + "\n")
    elif n > 1:
        out.write("\n]\n")
    return n
