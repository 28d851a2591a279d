"""The public Python API: extract records from text, files, directories and streams."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import ClaimlineError
from .ingest import RawDocument, ReadOptions, iter_raw, to_record
from .pipeline import ANALYSIS_STAGES, Pipeline
from .record import Record

_PIPELINES: dict[tuple, Pipeline] = {}


def get_pipeline(stages: tuple[str, ...] = ANALYSIS_STAGES) -> Pipeline:
    """The process-wide pipeline (spaCy loaded once)."""
    if stages not in _PIPELINES:
        _PIPELINES[stages] = Pipeline(stages)
    return _PIPELINES[stages]


def _is_input_spec(value: str) -> bool:
    """A path, '-', or an http(s) URL, rather than the text itself."""
    if "\n" in value or len(value) >= 4096:
        return False
    if value.startswith(("http://", "https://")) and not any(c.isspace() for c in value):
        return True
    return os.path.exists(value) or value == "-"


def extract(text_or_path: str | os.PathLike, published: str | None = None,
            url: str | None = None, title: str | None = None,
            options: ReadOptions | None = None) -> Record:
    """Extract one record from a text, or from the file at a path or the page at a URL.

    >>> rec = extract("examples/karachok-statement.txt", published="2023-04-25")
    >>> rec.events[0].status
    'recalled'

    ``options`` are the readers' options (e.g. ``ReadOptions(allow_private=True)`` to fetch
    from a server on this machine). Raises :class:`ClaimlineError` (with its code) for bad input.
    """
    if isinstance(text_or_path, Path) or _is_input_spec(str(text_or_path)):
        items = list(iter_raw([str(text_or_path)], options))
        if len(items) != 1:
            raise ClaimlineError("E001", input=str(text_or_path),
                                 reason=f"holds {len(items)} documents; use extract_batch")
        item = items[0]
    else:
        item = RawDocument(origin="<text>", data=str(text_or_path), url=url, title=title)
    if isinstance(item, ClaimlineError):
        raise item
    return get_pipeline().analyse(to_record(item, published=published))


def iter_records(inputs: Iterable[str], published: str | None = None,
                 options: ReadOptions | None = None,
                 skip: Callable[[str], bool] | None = None
                 ) -> Iterator[Record | ClaimlineError]:
    """Inputs → records with cleaned text, not yet analysed (errors in place).

    ``skip(document_id)`` returning True drops a document before analysis (already stored).
    """
    for item in iter_raw(inputs, options):
        if isinstance(item, ClaimlineError):
            yield item
            continue
        try:
            record = to_record(item, published=published)
        except ClaimlineError as err:
            yield err
            continue
        if skip is None or not skip(record.document.id):
            yield record


def extract_batch(inputs: Iterable[str], published: str | None = None,
                  options: ReadOptions | None = None,
                  stages: tuple[str, ...] = ANALYSIS_STAGES
                  ) -> Iterator[Record | ClaimlineError]:
    """Stream records for many inputs (paths, directories, ``-``, URLs, feeds …).

    Yields a :class:`Record` per document or a :class:`ClaimlineError` per failed input, in
    input order, lazily: memory stays flat however many documents there are.
    """
    yield from get_pipeline(tuple(stages)).analyse_many(iter_records(inputs, published, options))


def extract_texts(texts: Iterable[str], published: str | None = None
                  ) -> Iterator[Record | ClaimlineError]:
    """Stream records for raw texts (already in memory)."""
    def records():
        for i, text in enumerate(texts):
            try:
                yield to_record(RawDocument(origin=f"<text {i}>", data=text), published=published)
            except ClaimlineError as err:
                yield err

    yield from get_pipeline().analyse_many(records())
