"""Byte sources with a size cap: files, stdin, gzip (transparently, also inside files)."""
from __future__ import annotations

import gzip
import io
import os
import zlib
from typing import BinaryIO

from ..errors import ClaimlineError

GZIP_MAGIC = b"\x1f\x8b"


def too_large(origin: str, limit: int, size: int | str | None = None) -> ClaimlineError:
    return ClaimlineError("E015", input=origin, size=size if size is not None else
                          f"more than {limit}", limit=limit)


def read_capped(fh: BinaryIO, origin: str, limit: int) -> bytes:
    """Read at most ``limit`` bytes; more is an E015 error (never reads much past the cap)."""
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise too_large(origin, limit)
    return data


def gunzip(data: bytes, origin: str, limit: int) -> bytes:
    """Decompress gzip data, capping the decompressed size (a small .gz can unpack to gigabytes)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            return read_capped(fh, origin, limit)
    except (OSError, EOFError, zlib.error) as exc:
        raise ClaimlineError("E032", input=origin, reason=str(exc) or type(exc).__name__) from exc


def maybe_gunzip(data: bytes, origin: str, limit: int) -> bytes:
    return gunzip(data, origin, limit) if data.startswith(GZIP_MAGIC) else data


def read_path(path: str, limit: int) -> bytes:
    """The bytes of a file, gunzipped if it is gzip data, at most ``limit`` bytes."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(2)
            if head != GZIP_MAGIC and size > limit:
                raise too_large(path, limit, size)
            fh.seek(0)
            data = read_capped(fh, path, limit)
    except OSError as exc:
        raise ClaimlineError("E001", input=path, reason=exc.strerror or str(exc)) from exc
    return maybe_gunzip(data, path, limit)


def open_binary(path: str) -> BinaryIO:
    """A binary stream over a (possibly gzipped) file, for streaming readers (corpora)."""
    try:
        with open(path, "rb") as fh:
            zipped = fh.read(2) == GZIP_MAGIC
        return gzip.open(path, "rb") if zipped else open(path, "rb")  # type: ignore[return-value]
    except OSError as exc:
        raise ClaimlineError("E001", input=path, reason=exc.strerror or str(exc)) from exc


def strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name
