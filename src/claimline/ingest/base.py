"""The reader interface: every input (file, directory, stdin, URL, feed, corpus row) becomes a
:class:`RawDocument`; :func:`to_record` turns one into a record with cleaned text.

Readers are registered with :func:`reader`; :func:`iter_raw` picks the first reader whose
``accepts`` says yes. A reader yields ``RawDocument`` or ``ClaimlineError`` items and never raises
for bad input, so one bad input never stops a batch.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional

from ..errors import ClaimlineError


@dataclass
class RawDocument:
    origin: str                       # path, URL, "stdin", "dump.csv#12": names the input in errors
    data: bytes | str
    media_type: str = "text/plain"    # text/plain, text/html, application/rss+xml, ...
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None   # YYYY-MM-DD from the container's metadata (feed, CSV column)
    published_source: str = "metadata"
    meta: dict = field(default_factory=dict)


@dataclass
class ReadOptions:
    """Options shared by readers (CLI flags map onto these)."""
    max_bytes: int = 50 * 1024 * 1024
    text_column: Optional[str] = None     # for CSV / JSON Lines corpora
    allow_private: bool = False           # URL fetching: allow private/loopback targets
    timeout: float = 20.0
    cache_dir: Optional[str] = None
    extra: dict = field(default_factory=dict)


Item = RawDocument | ClaimlineError


@dataclass(frozen=True)
class Reader:
    name: str
    accepts: Callable[[str], bool]
    read: Callable[[str, ReadOptions], Iterator[Item]]
    priority: int = 0


READERS: list[Reader] = []


def reader(name: str, accepts: Callable[[str], bool], priority: int = 0):
    """Register a reader: ``accepts(spec)`` decides, ``read(spec, options)`` yields items."""

    def register(func):
        READERS.append(Reader(name, accepts, func, priority))
        READERS.sort(key=lambda r: -r.priority)
        return func

    return register


def iter_raw(specs, options: ReadOptions | None = None) -> Iterator[Item]:
    """Yield raw documents (or coded errors) for every input spec, in order."""
    options = options or ReadOptions()
    from . import readers as _builtin  # noqa: F401  (registers the built-in readers)
    for spec in specs:
        chosen = next((r for r in READERS if r.accepts(spec)), None)
        if chosen is None:
            yield ClaimlineError("E001", input=spec, reason="no reader accepts this input")
            continue
        try:
            yield from chosen.read(spec, options)
        except ClaimlineError as err:
            yield err
        except Exception as exc:  # a reader bug must not stop the batch
            yield ClaimlineError("E001", input=spec, reason=f"{type(exc).__name__}: {exc}")
