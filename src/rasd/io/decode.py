"""Bytes -> text: BOMs, UTF-8, UTF-16 without BOM, cp1256 and others via charset-normalizer.

`decode_bytes` never guesses silently: it returns the encoding it assumed and a warning when that
was not plain UTF-8.  Binary data is refused with `BinaryInput` (E102).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from rasd.errors import BinaryInput, EmptyInput, EncodingUnknown

__all__ = ["Decoded", "decode_bytes", "fix_surrogates"]

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_TEXTLIKE = re.compile(
    r"[\w\s\u0600-\u06FF\u0750-\u077F\uFB50-\uFEFF.,;:!?()\[\]\"'«»،؛؟\-–—/%+*=&#@0-9]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def _textlike_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    return len(_TEXTLIKE.findall(sample)) / len(sample)


def _try_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without BOM: many zero bytes at even (BE) or odd (LE) positions."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:20000]
    zeros_even = sample[0::2].count(0) / (len(sample) / 2)
    zeros_odd = sample[1::2].count(0) / (len(sample) / 2)
    arabic_hi_odd = sample[1::2].count(6) / (len(sample) / 2)  # Arabic block U+06xx, LE
    arabic_hi_even = sample[0::2].count(6) / (len(sample) / 2)
    for enc, score in (
        ("utf-16-le", zeros_odd + arabic_hi_odd),
        ("utf-16-be", zeros_even + arabic_hi_even),
    ):
        if score > 0.6:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _textlike_ratio(text) > 0.85:
                return Decoded(text, enc, f"no byte-order mark; assumed {enc.upper()}")
    return None


def decode_bytes(data: bytes, *, origin: str = "input") -> Decoded:
    """Decode an article file.  A byte-order mark is an encoding mark, not text."""
    if not data.strip():
        raise EmptyInput(f"{origin}: empty input", hint="give a file with article text")
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return Decoded(
                    data[len(bom) :].decode(enc), enc + ("-sig" if enc == "utf-8" else "")
                )
            except UnicodeDecodeError as ex:
                raise EncodingUnknown(
                    f"{origin}: byte-order mark says {enc} but {ex.reason}"
                ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _CONTROL.search(text[:20000]) and len(_CONTROL.findall(text[:20000])) > 0.01 * min(
            len(text), 20000
        ):
            utf16 = _try_utf16(
                data
            )  # Arabic UTF-16 without BOM is also valid (control-laden) UTF-8
            if utf16 is not None:
                return utf16
            raise BinaryInput(
                f"{origin}: looks like binary data (control bytes)",
                hint="rasd reads UTF-8 text, JSONL or HTML",
            )
        return Decoded(text, "utf-8")
    utf16 = _try_utf16(data)
    if utf16 is not None:
        return utf16
    if data.count(0) > 0 or len(_CONTROL.findall(data[:20000].decode("latin-1"))) > 0.05 * min(
        len(data), 20000
    ):
        raise BinaryInput(
            f"{origin}: looks like binary data, not text",
            hint="rasd reads UTF-8 text, JSONL or HTML",
        )
    return _detect_legacy(data, origin)


def _detect_legacy(data: bytes, origin: str) -> Decoded:
    from charset_normalizer import from_bytes

    candidates: list[str] = []
    best = from_bytes(data[:200000]).best()
    if best is not None and best.encoding:
        candidates.append(best.encoding)
    candidates += ["cp1256", "iso8859_6"]
    scored: list[tuple[float, str, str]] = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        arabic = len(_ARABIC.findall(text[:20000])) / max(1, len(text[:20000]))
        scored.append((arabic + _textlike_ratio(text), enc, text))
    if not scored:
        raise EncodingUnknown(
            f"{origin}: cannot tell the text encoding",
            hint="convert the file to UTF-8 (e.g. iconv -f cp1256 -t utf-8)",
        )
    score, enc, text = max(scored, key=lambda s: s[0])
    if score < 0.8:
        raise BinaryInput(
            f"{origin}: not readable as text in any known encoding",
            hint="convert the file to UTF-8",
        )
    return Decoded(text, enc, f"not UTF-8; assumed {enc}")


def fix_surrogates(text: str) -> tuple[str, int]:
    """Replace lone surrogates (possible in JSON) by U+FFFD, one for one: offsets are kept."""
    n = len(_SURROGATE.findall(text))
    return (_SURROGATE.sub("\ufffd", text), n) if n else (text, 0)
