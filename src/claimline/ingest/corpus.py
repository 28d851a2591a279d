"""Corpora of scraped articles: CSV/TSV and JSON Lines (gzipped or not), one document per row,
streamed row by row. The text column is given (``text_column``) or found among common names;
title, URL, outlet and publication date columns are optional (a date column is never guessed:
in many dumps "date" is the event's date, not the article's)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import Iterator

from ..errors import ClaimlineError
from .base import Item, RawDocument, ReadOptions, reader
from .encoding import is_binary
from .sources import open_binary, strip_gz

SUFFIXES = {".csv": ",", ".tsv": "\t", ".jsonl": None, ".ndjson": None}
TEXT_FIELDS = ("text", "article_content", "content", "body", "articleBody", "article_body",
               "article", "article_text", "maintext", "full_text", "story")
TITLE_FIELDS = ("title", "article_title", "headline")
URL_FIELDS = ("url", "link", "article_url")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def corpus_kind(spec: str) -> str | None:
    name = strip_gz(spec.lower())
    return next((s for s in SUFFIXES if name.endswith(s)), None) if "://" not in spec else None


@reader("corpus", accepts=lambda spec: corpus_kind(spec) is not None, priority=20)
def read_corpus(spec: str, options: ReadOptions) -> Iterator[Item]:
    kind = corpus_kind(spec)
    with open_binary(spec) as raw:
        head = raw.read(8192)
        raw.seek(0)
        if is_binary(head.removeprefix(b"\xef\xbb\xbf")) and not head.startswith(
                (b"\xff\xfe", b"\xfe\xff")):
            yield ClaimlineError("E014", input=spec)
            return
        fh = io.TextIOWrapper(raw, encoding=_encoding(head), errors="replace", newline="")
        rows = _jsonl_rows(fh, spec) if SUFFIXES[kind] is None else _csv_rows(fh, spec,
                                                                                 SUFFIXES[kind],
                                                                                 options)
        yield from _documents(rows, spec, options)


def _encoding(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        head.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        return "utf-8-sig" if exc.start >= len(head) - 3 else "cp1252"


def _csv_rows(fh, spec: str, delimiter: str, options: ReadOptions):
    csv.field_size_limit(max(options.max_bytes, 1 << 20))
    reader_ = csv.DictReader(fh, delimiter=delimiter)
    try:
        columns = reader_.fieldnames or []
    except csv.Error as exc:
        yield 1, ClaimlineError("E029", input=spec, row=1, reason=str(exc))
        return
    if not columns:
        return
    text = options.text_column or next((c for c in TEXT_FIELDS if c in columns), None)
    if text not in columns:
        yield 0, ClaimlineError("E028", input=spec, column=text or "text",
                                known=", ".join(c for c in columns if c) or "none")
        return
    number, errors = 0, 0
    while True:
        number += 1
        try:
            row = next(reader_)
        except StopIteration:
            return
        except csv.Error as exc:
            errors += 1
            yield number, ClaimlineError("E029", input=spec, row=number, reason=str(exc))
            if errors > 100:  # the file is not really CSV: stop reporting every line
                return
            continue
        yield number, row


def _jsonl_rows(fh, spec: str):
    for number, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield number, ClaimlineError("E029", input=spec, row=number, reason=f"bad JSON: {exc}")
            continue
        if not isinstance(row, dict):
            yield number, ClaimlineError("E029", input=spec, row=number,
                                         reason="a JSON object was expected")
            continue
        yield number, row


def _documents(rows, spec: str, options: ReadOptions) -> Iterator[Item]:
    empty = True
    for number, row in rows:
        empty = False
        if isinstance(row, ClaimlineError):
            yield row
            continue
        try:
            yield row_document(row, f"{spec}#{number}", number, options)
        except ClaimlineError as err:
            yield err
    if empty:
        yield ClaimlineError("E003", input=spec)


def row_document(row: dict, origin: str, number: int, options: ReadOptions) -> RawDocument:
    text_field = options.text_column or next((c for c in TEXT_FIELDS if c in row), None)
    if text_field is None or text_field not in row:
        raise ClaimlineError("E029", input=origin.rsplit("#", 1)[0], row=number,
                             reason=f"no field {text_field or 'text'!r}")
    text = _string(row.get(text_field)) or ""
    if len(text) > options.max_bytes:
        raise ClaimlineError("E015", input=origin, size=len(text), limit=options.max_bytes)
    html = text.lstrip()[:1].startswith("<") and re.search(r"</(p|div|html|body)>", text[:20000],
                                                           re.I)
    title = _column(row, options.title_column, TITLE_FIELDS)
    url = _column(row, options.url_column, URL_FIELDS)
    published = None
    if options.date_column:
        published = parse_date_value(_string(row.get(options.date_column)), options.date_order)
    return RawDocument(origin=origin, data=text, media_type="text/html" if html else "text/plain",
                       url=url, title=title, outlet=_column(row, options.outlet_column, ()),
                       published=published,
                       meta={"fragment": True} if html and "<html" not in text[:2000].lower()
                       else {})


def _column(row: dict, given: str | None, guesses: tuple[str, ...]) -> str | None:
    name = given or next((c for c in guesses if c in row), None)
    value = _string(row.get(name)) if name else None
    value = " ".join(value.split()) if value else None
    return value or None


def _string(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def parse_date_value(value: str | None, order: str = "MDY") -> str | None:
    """A date column value as YYYY-MM-DD, or None when it cannot be read as a full date."""
    if not value or not value.strip():
        return None
    m = _ISO.match(value)
    try:
        if m:
            return dt.date(*(int(g) for g in m.groups())).isoformat()
    except ValueError:
        return None
    import dateparser
    parsed = dateparser.parse(value.strip()[:100], languages=["en"],
                              settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first",
                                        "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None
