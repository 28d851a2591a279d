"""The storage interface every backend implements (SQLite by default, PostgreSQL for teams)."""
from __future__ import annotations

import abc
from typing import Iterable, Iterator, Optional

from ..record import Record
from .filters import EventFilter


class Store(abc.ABC):
    """Documents, their records and an event index. Writes are per document and atomic:
    an interrupted ingest leaves every stored document complete, and re-running skips them."""

    url: str

    @abc.abstractmethod
    def schema_version(self) -> int: ...

    @abc.abstractmethod
    def has_document(self, document_id: str) -> bool: ...

    @abc.abstractmethod
    def put(self, record: Record, replace: bool = False) -> bool:
        """Store a record; return True if it was new (or replaced), False if already there."""

    @abc.abstractmethod
    def get_record(self, document_id: str) -> Optional[Record]: ...

    def get_records(self, document_ids: Iterable[str]) -> dict[str, Record]:
        """The stored records of ``document_ids`` by id (missing ones left out)."""
        found = {doc_id: self.get_record(doc_id) for doc_id in dict.fromkeys(document_ids)}
        return {doc_id: rec for doc_id, rec in found.items() if rec is not None}

    @abc.abstractmethod
    def get_document(self, document_id: str) -> Optional[dict]: ...

    @abc.abstractmethod
    def documents(self, limit: int = 100, after: Optional[str] = None) -> list[dict]: ...

    @abc.abstractmethod
    def events(self, flt: EventFilter | None = None, limit: int | None = None,
               after: tuple[str, str, str] | None = None) -> list[dict]:
        """Event rows matching ``flt``, ordered by (day_first, document_id, event_id);
        ``after`` is the sort key of the last row of the previous page (cursor pagination)."""

    @abc.abstractmethod
    def count_documents(self) -> int: ...

    @abc.abstractmethod
    def iter_records(self) -> Iterator[Record]: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def put_many(self, records: Iterable[Record], replace: bool = False) -> int:
        return sum(1 for rec in records if self.put(rec, replace=replace))

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
