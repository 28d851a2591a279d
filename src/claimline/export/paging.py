"""Walk a store's events page by page (cursor pagination), and fetch their records lazily."""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import fields
from typing import Iterator, Optional

from ..record import Record

PAGE = 500


def is_empty(flt) -> bool:
    return flt is None or all(getattr(flt, f.name) in (None, "") for f in fields(flt))


def iter_event_rows(store, flt=None, page: int | None = None) -> Iterator[dict]:
    """Every event row matching ``flt``, in the store's order, fetched ``page`` rows at a time."""
    page = page or PAGE
    after = None
    while True:
        rows = store.events(flt, limit=page, after=after)
        yield from rows
        if len(rows) < page:
            return
        last = rows[-1]
        after = (last["day_first"] or "", last["document_id"], last["event_id"])


class RecordCache:
    """The last few records read, so events of one document don't re-read its record."""

    def __init__(self, store, size: int = 64):
        self.store, self.size = store, size
        self.cache: OrderedDict[str, Optional[Record]] = OrderedDict()

    def get(self, document_id: str) -> Optional[Record]:
        if document_id in self.cache:
            self.cache.move_to_end(document_id)
            return self.cache[document_id]
        record = self.store.get_record(document_id)
        self.cache[document_id] = record
        if len(self.cache) > self.size:
            self.cache.popitem(last=False)
        return record


def iter_events(store, flt=None) -> Iterator[tuple[Record, object, dict]]:
    """(record, event, index row) for every stored event matching ``flt``."""
    records = RecordCache(store)
    for row in iter_event_rows(store, flt):
        record = records.get(row["document_id"])
        event = record.event(row["event_id"]) if record else None
        if event is not None:
            yield record, event, row


def iter_records(store, flt=None) -> Iterator[Record]:
    """Every stored record (no filter), or those with at least one event matching ``flt``."""
    if is_empty(flt):
        yield from store.iter_records()
        return
    seen: set[str] = set()
    for row in iter_event_rows(store, flt):
        doc_id = row["document_id"]
        if doc_id in seen:
            continue
        seen.add(doc_id)
        record = store.get_record(doc_id)
        if record is not None:
            yield record
