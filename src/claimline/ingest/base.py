"""The reader interface: every input (file, directory, glob, stdin, URL, feed, corpus row) becomes
a :class:`RawDocument`; :func:`to_record` turns one into a record with cleaned text.

Readers are registered with :func:`reader`; :func:`iter_raw` picks the highest-priority reader
whose ``accepts`` says yes. A reader yields ``RawDocument`` or ``ClaimlineError`` items and never
raises for bad input, so one bad input never stops a batch. Readers are generators: documents are
produced one at a time, so memory stays flat over any number of inputs.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from ..errors import ClaimlineError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass
class RawDocument:
    origin: str                       # path, URL, "stdin", "dump.csv#12": names the input in errors
    data: bytes | str
    media_type: str = "text/plain"    # text/plain or text/html (feeds and corpora are unpacked)
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None   # YYYY-MM-DD from the container's metadata (feed, CSV column)
    published_source: str = "metadata"
    #: charset (HTTP header), fragment (HTML snippet of a feed entry, not a whole page),
    #: defaults (title/author/outlet/published used when the page itself has none), ...
    meta: dict = field(default_factory=dict)


@dataclass
class ReadOptions:
    """Options shared by readers (CLI flags map onto these)."""
    max_bytes: int = DEFAULT_MAX_BYTES    # per document (a corpus file itself may be larger)
    # CSV / JSON Lines corpora: which column holds what (text: auto-detected when not given)
    text_column: Optional[str] = None
    title_column: Optional[str] = None
    date_column: Optional[str] = None     # publication date; never guessed
    url_column: Optional[str] = None
    outlet_column: Optional[str] = None
    date_order: str = "MDY"               # how to read 4/5/17 in a date column
    # URLs and feeds
    allow_private: bool = False           # allow private/loopback/link-local targets
    timeout: float = 20.0
    max_redirects: int = 5
    cache_dir: Optional[str] = None       # None: $CLAIMLINE_CACHE_DIR or ~/.cache/claimline/http
    use_cache: bool = True
    fetch_links: bool = True              # feeds: fetch each entry's page unless it holds full text
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
        READERS[:] = [r for r in READERS if r.name != name]
        READERS.append(Reader(name, accepts, func, priority))
        READERS.sort(key=lambda r: -r.priority)
        return func

    return register


def load_readers() -> None:
    from . import corpus, feeds, readers, url  # noqa: F401  (each registers its readers)


def choose_reader(spec: str) -> Reader | None:
    load_readers()
    return next((r for r in READERS if _safe_accepts(r, spec)), None)


def _safe_accepts(r: Reader, spec: str) -> bool:
    try:
        return bool(r.accepts(spec))
    except Exception:  # e.g. a path the OS refuses to stat
        return False


def iter_raw(specs: Iterable[str | os.PathLike], options: ReadOptions | None = None
             ) -> Iterator[Item]:
    """Yield raw documents (or coded errors) for every input spec, in order."""
    options = options or ReadOptions()
    for spec in specs:
        yield from read_spec(os.fspath(spec), options)


def read_spec(spec: str, options: ReadOptions) -> Iterator[Item]:
    """All items of one input spec; any failure becomes a coded error naming the input."""
    chosen = choose_reader(spec)
    if chosen is None:
        yield ClaimlineError("E001", input=spec, reason="no reader accepts this input")
        return
    try:
        yield from chosen.read(spec, options)
    except ClaimlineError as err:
        yield err
    except Exception as exc:  # a reader bug must not stop the batch
        yield ClaimlineError("E001", input=spec, reason=f"{type(exc).__name__}: {exc}")
