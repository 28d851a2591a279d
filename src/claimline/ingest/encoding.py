"""Bytes → text: byte-order marks, UTF-16 without a BOM, UTF-8, a declared charset, then
cp1252/latin-1. Binary content is refused with a coded error instead of becoming garbage text."""
from __future__ import annotations

import codecs
import re

from ..errors import ClaimlineError

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])"""
                       rb"""([A-Za-z0-9._:-]{2,40})""", re.IGNORECASE)
#: control bytes that do not occur in text (tab, LF, FF, CR and ESC do)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_SAMPLE = 8192


def decode(data: bytes | str, origin: str, declared: str | None = None) -> str:
    """Decode ``data`` to text. ``declared`` is a charset from an HTTP header, if any; a charset
    declared inside HTML or XML is used too. Raises E014 for binary content."""
    if isinstance(data, str):
        return data
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if is_binary(data):
        raise ClaimlineError("E014", input=origin)
    text = _utf8(data)
    if text is not None:
        return text
    for name in (declared, declared_charset(data)):
        codec = _usable_codec(name)
        if codec:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1")


def is_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in _CONTROL)
    return controls > len(sample) * 0.05


def declared_charset(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _usable_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # a declared UTF-16/32 without a BOM or NUL bytes is a lie; UTF-8 has already failed
    return None if codec.startswith(("utf-16", "utf-32", "utf-8")) else codec


def _utf8(data: bytes) -> str | None:
    """UTF-8 if the bytes are UTF-8 (a character cut off at the very end or a few stray bytes
    in otherwise clearly UTF-8 text are tolerated), else None."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        head = data[:exc.start]
        # cut inside a character; only trusted when the rest shows real UTF-8 (a lone é at the
        # end of ASCII text is cp1252 just as well)
        if exc.start >= len(data) - 3 and "end of data" in exc.reason and max(head, default=0) > 127:
            try:
                return head.decode("utf-8")
            except UnicodeDecodeError:
                pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return text if good >= 4 * bad and good > 0 else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:_SAMPLE]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.9 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) > 0.9 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None
