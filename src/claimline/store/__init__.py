"""Storage: SQLite by default, PostgreSQL for teams (``postgresql://`` URLs)."""
from __future__ import annotations

from .base import Store
from .filters import EventFilter, day_range

__all__ = ["Store", "EventFilter", "open_store", "day_range"]


def open_store(url: str) -> Store:
    """Open (and migrate) the store at ``url``: a file path for SQLite, or a
    ``postgresql://`` URL (needs ``pip install 'claimline[postgresql]'``)."""
    if url.startswith(("postgresql://", "postgres://")):
        from .postgresql import PostgreSQLStore
        return PostgreSQLStore(url)
    from .sqlite import SQLiteStore
    return SQLiteStore(url)
