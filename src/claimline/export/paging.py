"""Walk a store's events page by page (cursor pagination), with their records."""
from __future__ import annotations

from dataclasses import fields
from typing import Iterator

from ..record import Event, Record

PAGE = 500


def is_empty(flt) -> bool:
    return flt is None or all(getattr(flt, f.name) in (None, "") for f in fields(flt))


def iter_event_pages(store, flt=None, page: int | None = None) -> Iterator[list[dict]]:
    """Pages of the event rows matching ``flt``, in the store's order, ``page`` rows each."""
    page = page or PAGE
    after = None
    while True:
        rows = store.events(flt, limit=page, after=after)
        if rows:
            yield rows
        if len(rows) < page:
            return
        last = rows[-1]
        after = (last["day_first"] or "", last["document_id"], last["event_id"])


def iter_event_rows(store, flt=None, page: int | None = None) -> Iterator[dict]:
    """Every event row matching ``flt``, in the store's order, fetched page by page."""
    for rows in iter_event_pages(store, flt, page):
        yield from rows


def iter_events(store, flt=None) -> Iterator[tuple[Record, Event, dict]]:
    """(record, event, index row) for every stored event matching ``flt``; the records of a
    page of events are read together, in one query."""
    for rows in iter_event_pages(store, flt):
        records = store.get_records(row["document_id"] for row in rows)
        for row in rows:
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
    for rows in iter_event_pages(store, flt):
        fresh = [doc_id for doc_id in dict.fromkeys(r["document_id"] for r in rows)
                 if doc_id not in seen]
        seen.update(fresh)
        records = store.get_records(fresh)
        yield from (records[doc_id] for doc_id in fresh if doc_id in records)
