"""Built-in readers: plain files, directories (recursive) and stdin."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

from ..errors import ClaimlineError
from .base import Item, RawDocument, ReadOptions, reader

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def media_type_for(path: str) -> str:
    name = path[:-3] if path.endswith(".gz") else path
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "text/html"
    return "text/plain"


def read_bytes(path: str, options: ReadOptions) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > options.max_bytes:
            raise ClaimlineError("E015", input=path, size=size, limit=options.max_bytes)
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise ClaimlineError("E001", input=path, reason=exc.strerror or str(exc)) from exc


@reader("stdin", accepts=lambda spec: spec == "-", priority=100)
def read_stdin(spec: str, options: ReadOptions) -> Iterator[Item]:
    data = sys.stdin.buffer.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield ClaimlineError("E015", input="stdin", size=len(data), limit=options.max_bytes)
        return
    yield RawDocument(origin="stdin", data=data, media_type="text/plain")


@reader("directory", accepts=lambda spec: os.path.isdir(spec), priority=50)
def read_directory(spec: str, options: ReadOptions) -> Iterator[Item]:
    from .base import iter_raw
    files = sorted(str(p) for p in Path(spec).rglob("*") if p.is_file()
                   and not p.name.startswith("."))
    yield from iter_raw(files, options)


@reader("file", accepts=lambda spec: True, priority=-100)
def read_file(spec: str, options: ReadOptions) -> Iterator[Item]:
    yield RawDocument(origin=spec, data=read_bytes(spec, options), media_type=media_type_for(spec))
