"""Server settings and the per-thread store connections the request handlers use."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Optional

from ..store import Store, open_store

@dataclass
class Settings:
    db: str
    token: Optional[str] = None          # bearer token for write/compute endpoints; None = off
    tile_url: Optional[str] = None       # e.g. https://tile.example.org/{z}/{x}/{y}.png
    tile_attribution: Optional[str] = None

    @property
    def writes_enabled(self) -> bool:
        return bool(self.token)


@dataclass
class StorePool:
    """One store connection per worker thread (SQLite connections must not be used by two
    threads at once); ``close`` (at shutdown) closes them all, and a later ``get`` opens
    fresh ones (an app may be started again, as test clients do)."""

    url: str
    _local: threading.local = field(default_factory=threading.local)
    _opened: list = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _generation: int = 0

    def get(self) -> Store:
        held = getattr(self._local, "held", None)
        if held is None or held[0] != self._generation:
            store = open_store(self.url)
            with self._lock:
                self._opened.append(store)
                self._local.held = (self._generation, store)
            return store
        return held[1]

    def fresh(self) -> Store:
        """A connection of its own, for a streamed response that outlives its request thread;
        the caller closes it."""
        return open_store(self.url)

    def close(self) -> None:
        with self._lock:
            self._generation += 1
            for store in self._opened:
                try:
                    store.close()
                except Exception:  # closing at shutdown: nothing more to do with a broken one
                    pass
            self._opened.clear()
