"""ACLED-style CSV export: one row per event with ACLED's column names (see ``acled.COLUMNS``)."""
from __future__ import annotations

import csv
import io
from typing import Iterator

from .acled import COLUMNS, event_rows
from .paging import iter_events

FLUSH_ROWS = 200


def stream_acled_csv(store, flt=None) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    rows_by_doc: dict[str, dict[str, dict]] = {}
    pending = 0
    for record, event, _ in iter_events(store, flt):
        doc_id = record.document.id
        if doc_id not in rows_by_doc:
            rows_by_doc = {doc_id: {r["event_id"]: r for r in event_rows(record)}}
        writer.writerow(rows_by_doc[doc_id][event.id])
        pending += 1
        if pending >= FLUSH_ROWS:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
            pending = 0
    yield buf.getvalue()
