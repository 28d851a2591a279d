"""JSON Lines export: one full claimline record per line."""
from __future__ import annotations

from typing import Iterator

from .paging import iter_records


def stream_jsonl(store, flt=None) -> Iterator[str]:
    for record in iter_records(store, flt):
        yield record.to_json() + "\n"
