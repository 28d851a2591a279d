"""Built-in readers for local inputs: files (gzip transparently), directories (recursive), globs
and stdin. A file's kind (text, HTML, feed) comes from its name and, failing that, its content."""
from __future__ import annotations

import glob
import os
import sys
from pathlib import Path
from typing import Iterator

from ..errors import ClaimlineError
from .base import Item, RawDocument, ReadOptions, read_spec, reader
from .sources import maybe_gunzip, read_capped, read_path, strip_gz

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
GLOB_CHARS = set("*?[")


def sniff(data: bytes | str, name: str = "") -> str:
    """``text/html``, ``feed`` or ``text/plain`` for content named ``name``."""
    from .feeds import looks_like_feed
    suffix = Path(strip_gz(name)).suffix.lower()
    head = data[:2048].lower() if isinstance(data, bytes) else data[:2048].lower().encode(
        "utf-8", "replace")
    if suffix not in HTML_SUFFIXES and looks_like_feed(head):
        return "feed"
    if suffix in HTML_SUFFIXES or _looks_like_html(head):
        return "text/html"
    return "text/plain"


def _looks_like_html(head: bytes) -> bool:
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return True
    return head.startswith(b"<") and (b"<html" in head or b"<body" in head or b"<p>" in head
                                      or b"<div" in head)


def documents_of(data: bytes, origin: str, options: ReadOptions, name: str = "",
                 url: str | None = None, charset: str | None = None) -> Iterator[Item]:
    """The documents in one blob of content: a feed's entries, or one page or text."""
    kind = sniff(data, name or origin)
    if kind == "feed":
        from .feeds import read_feed
        yield from read_feed(data, origin, options, base_url=url)
        return
    meta = {"charset": charset} if charset else {}
    yield RawDocument(origin=origin, data=data, media_type=kind, url=url, meta=meta)


@reader("stdin", accepts=lambda spec: spec == "-", priority=100)
def read_stdin(spec: str, options: ReadOptions) -> Iterator[Item]:
    data = read_capped(sys.stdin.buffer, "stdin", options.max_bytes)
    yield from documents_of(maybe_gunzip(data, "stdin", options.max_bytes), "stdin", options)


@reader("directory", accepts=lambda spec: os.path.isdir(spec), priority=50)
def read_directory(spec: str, options: ReadOptions) -> Iterator[Item]:
    found = False
    for path in walk_files(spec):
        found = True
        yield from read_spec(path, options)
    if not found:
        yield ClaimlineError("E033", input=spec)


def walk_files(top: str) -> Iterator[str]:
    """Files under ``top``, recursively, in a stable order, hidden files and folders skipped."""
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def is_glob(spec: str) -> bool:
    return bool(GLOB_CHARS & set(spec)) and not os.path.exists(spec) and "://" not in spec


@reader("glob", accepts=is_glob, priority=40)
def read_glob(spec: str, options: ReadOptions) -> Iterator[Item]:
    matches = sorted(glob.iglob(os.path.expanduser(spec), recursive=True))
    if not matches:
        yield ClaimlineError("E031", input=spec)
    for path in matches:
        yield from read_spec(path, options)


@reader("file", accepts=lambda spec: True, priority=-100)
def read_file(spec: str, options: ReadOptions) -> Iterator[Item]:
    if not os.path.exists(spec):
        yield ClaimlineError("E001", input=spec, reason="no such file or directory")
        return
    yield from documents_of(read_path(spec, options.max_bytes), spec, options, name=spec)
