"""Articles from paths: ``.txt`` (one article), ``.jsonl`` / ``.jsonl.gz`` (one per line),
``.html`` / ``.htm`` (main text extracted, raw page kept), folders of those, and ``-`` / stdin.

`iter_inputs` yields `InputItem`s: an article dict or a coded error with its origin
("file.jsonl:12"), so that one bad line never stops a batch.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path
from typing import Any, BinaryIO

from rasd.errors import (
    BadHtml,
    BadJsonLine,
    EmptyInput,
    InputNotFound,
    InputTooLarge,
    RasdError,
)
from rasd.io.decode import decode_bytes, fix_surrogates

__all__ = ["MAX_ARTICLE_CHARS", "InputItem", "iter_inputs", "normalize_date"]

MAX_ARTICLE_CHARS = int(os.environ.get("RASD_MAX_ARTICLE_CHARS", 5_000_000))
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".html", ".htm", ".json")


@dataclass
class InputItem:
    article: dict[str, Any] | None
    origin: str
    error: RasdError | None = None
    warnings: list[str] = field(default_factory=list)


def normalize_date(value: Any) -> str | None:
    """ISO yyyy-mm-dd from a date string ('2018-03-25', '2018-03-25T10:00:00', '2018/3/25')."""
    if value is None or value == "":
        return None
    s = str(value).strip().replace("/", "-")[:10]
    try:
        y, m, d = (int(x) for x in s.split("-"))
        return _date(y, m, d).isoformat()
    except (ValueError, TypeError):
        return None


def _article_from_text(text: str, origin: str, art_id: str, default_date: str | None) -> InputItem:
    if len(text) > MAX_ARTICLE_CHARS:
        return InputItem(
            None,
            origin,
            InputTooLarge(
                f"{origin}: article of {len(text):,} characters exceeds {MAX_ARTICLE_CHARS:,}",
                hint="split the file into articles",
            ),
        )
    return InputItem({"id": art_id, "text": text, "date": default_date}, origin)


def _read_text_file(data: bytes, origin: str, art_id: str, default_date: str | None) -> InputItem:
    try:
        dec = decode_bytes(data, origin=origin)
    except RasdError as err:
        return InputItem(None, origin, err)
    item = _article_from_text(dec.text, origin, art_id, default_date)
    if dec.warning:
        item.warnings.append(f"{origin}: {dec.warning}")
    return item


def _read_html(data: bytes, origin: str, art_id: str, default_date: str | None) -> InputItem:
    try:
        dec = decode_bytes(data, origin=origin)
    except RasdError as err:
        return InputItem(None, origin, err)
    import trafilatura

    text = trafilatura.extract(
        dec.text, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or not text.strip():
        return InputItem(None, origin, BadHtml(f"{origin}: no main text found in the HTML page"))
    meta = trafilatura.extract_metadata(dec.text)
    item = _article_from_text(text, origin, art_id, default_date)
    if item.article is not None:
        item.article["raw_html"] = dec.text
        if meta is not None:
            item.article["title"] = meta.title
            item.article["url"] = meta.url
            item.article["date"] = normalize_date(meta.date) or default_date
    return item


def _parse_json_line(raw: bytes, origin: str, default_date: str | None) -> InputItem:
    if len(raw) > 8 * MAX_ARTICLE_CHARS:  # far too big even before parsing: do not parse it
        return InputItem(
            None,
            origin,
            InputTooLarge(
                f"{origin}: line of {len(raw):,} bytes is too large for one article",
                hint=f"articles are limited to {MAX_ARTICLE_CHARS:,} characters (RASD_MAX_ARTICLE_CHARS)",
            ),
        )
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as ex:
        return InputItem(None, origin, BadJsonLine(f"{origin}: not UTF-8 ({ex.reason})"))
    except json.JSONDecodeError as ex:
        return InputItem(
            None, origin, BadJsonLine(f"{origin}: invalid JSON ({ex.msg} at column {ex.colno})")
        )
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return InputItem(None, origin, BadJsonLine(f'{origin}: no "text" string in this line'))
    warnings: list[str] = []
    obj["text"], bad = fix_surrogates(obj["text"])
    if bad:
        warnings.append(f"{origin}: {bad} lone surrogate(s) replaced by U+FFFD")
    if len(obj["text"]) > MAX_ARTICLE_CHARS:
        return InputItem(
            None,
            origin,
            InputTooLarge(
                f"{origin}: text of {len(obj['text']):,} characters is too large for one article",
                hint=f"the limit is {MAX_ARTICLE_CHARS:,} characters (RASD_MAX_ARTICLE_CHARS)",
            ),
        )
    raw_date = obj.get("date")
    obj["date"] = normalize_date(raw_date) or default_date
    if raw_date and not normalize_date(raw_date):
        warnings.append(f"{origin}: date {raw_date!r} is not YYYY-MM-DD; ignored")
    for key in ("id", "title", "source", "url"):
        if key in obj and obj[key] is not None and not isinstance(obj[key], str):
            obj[key] = str(obj[key])
        if isinstance(obj.get(key), str):
            obj[key] = fix_surrogates(obj[key])[0]
    return InputItem(obj, origin, None, warnings)


def _iter_jsonl(stream: BinaryIO, name: str, default_date: str | None) -> Iterator[InputItem]:
    lineno = 0
    try:
        for raw in stream:  # binary lines: split on b"\n" only
            lineno += 1
            if not raw.strip():
                continue
            item = _parse_json_line(
                raw.rstrip(b"\n").rstrip(b"\r"), f"{name}:{lineno}", default_date
            )
            if item.article is not None and not item.article.get("id"):
                item.article["id"] = f"{Path(name).name}:{lineno}"
            yield item
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as ex:
        yield InputItem(
            None,
            f"{name}:{lineno + 1}",
            EmptyInput(
                f"{name}: file is truncated or corrupt after line {lineno} ({ex})",
                hint="the lines before were read; re-create the file",
            ),
        )


def _looks_like_jsonl(data: bytes) -> bool:
    head = data.lstrip()[:1]
    return head == b"{"


def _iter_path(path: Path, default_date: str | None) -> Iterator[InputItem]:
    name = str(path)
    suffix = "".join(path.suffixes[-2:]) if path.name.endswith(".jsonl.gz") else path.suffix.lower()
    if suffix == ".jsonl.gz":
        with gzip.open(path, "rb") as fh:
            yield from _iter_jsonl(fh, name, default_date)  # type: ignore[arg-type]
    elif suffix == ".jsonl":
        with open(path, "rb") as fh:
            yield from _iter_jsonl(fh, name, default_date)
    elif suffix in (".html", ".htm"):
        yield _read_html(path.read_bytes(), name, path.stem, default_date)
    else:
        yield _read_text_file(path.read_bytes(), name, path.stem, default_date)


def _expand(paths: Sequence[str]) -> Iterator[str | Path | InputItem]:
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(
                f for f in path.rglob("*") if f.is_file() and f.name.lower().endswith(SUFFIXES)
            )
            yield from files
        elif path.is_file():
            yield path
        else:
            yield InputItem(None, p, InputNotFound(f"{p}: no such file or folder"))


def iter_inputs(
    paths: Sequence[str], *, default_date: str | None = None, stdin: BinaryIO | None = None
) -> Iterator[InputItem]:
    """Articles (or coded errors) from every path, in order.  No path or ``-`` reads stdin."""
    for target in _expand(list(paths) or ["-"]):
        if isinstance(target, InputItem):
            yield target
        elif target == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            if _looks_like_jsonl(data):
                yield from _iter_jsonl(io.BytesIO(data), "<stdin>", default_date)
            else:
                yield _read_text_file(data, "<stdin>", "stdin", default_date)
        else:
            assert isinstance(target, Path)
            yield from _iter_path(target, default_date)
