"""SQLite backend (stdlib sqlite3): WAL journal, foreign keys, one transaction per document."""
from __future__ import annotations

import re
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

    def text_search_clause(self, text: str) -> tuple[str, list]:
        """Full-text search with the FTS5 index of migration 0002 (words ANDed, "quoted
        phrases" kept, a trailing * for prefixes); falls back to LIKE when no word is left."""
        query = fts5_query(text)
        if not query:
            return super().text_search_clause(text)
        return ("e.document_id IN (SELECT d.id FROM documents_fts JOIN documents d "
                "ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?)", [query])

    def close(self) -> None:
        self.conn.close()


def fts5_query(text: str) -> str:
    """User text → a safe FTS5 query: every word or "phrase" becomes a quoted string, so
    FTS5 operators and punctuation in the input can never make the query invalid."""
    parts = []
    for phrase, word, star in re.findall(r'"([^"]*)"|(\w+)(\*?)', text):
        if phrase.strip():
            words = re.findall(r"\w+", phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
        elif word:
            parts.append(f'"{word}"' + star)
    return " ".join(parts)
