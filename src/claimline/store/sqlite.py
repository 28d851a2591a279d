"""SQLite backend (stdlib sqlite3): WAL journal, foreign keys, one transaction per document."""
from __future__ import annotations

import sqlite3

from ..errors import ClaimlineError
from .sql import SQLStore


class SQLiteStore(SQLStore):
    dialect = "sqlite"
    paramstyle = "qmark"

    def __init__(self, path: str):
        try:
            conn = sqlite3.connect(path, timeout=30, isolation_level=None,
                                   check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as exc:
            raise ClaimlineError("E007", db=path, reason=str(exc)) from exc
        super().__init__(path, conn)

    def begin(self) -> None:
        # autocommit connection: transactions are explicit, so DDL in migrations is atomic too
        self.conn.execute("BEGIN IMMEDIATE")

    def close(self) -> None:
        self.conn.close()
