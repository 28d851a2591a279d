"""PostgreSQL backend (psycopg 3) for teams sharing one database: ``postgresql://`` URLs.

Same tables and SQL as SQLite (``sql.SQLStore``); differences: ``%s`` placeholders, explicit
transactions on an autocommit connection (so reads never leave a transaction open), an advisory
lock around migrations (several workers may open a fresh database at once), and full-text
search through a GIN index on ``to_tsvector('english', …)`` (migration 0002).
"""
from __future__ import annotations

import re

from ..errors import ClaimlineError
from ..record import Record
from .sql import SQLStore

#: text search: the indexed expression of migrations/postgresql/0002_fts.sql (keep identical so
#: the planner uses the GIN index)
TSVECTOR = "to_tsvector('english', left(coalesce(title, '') || ' ' || text, 500000))"
MIGRATION_LOCK = 0x636C6D6C  # "clml": advisory lock key held while migrating
CONNECT_TIMEOUT = 10


def redact(url: str) -> str:
    """The URL without its password, for messages and ``store.url``."""
    return re.sub(r"^(\w+://[^:/@]+):[^@]*@", r"\1:***@", url)


class PostgreSQLStore(SQLStore):
    dialect = "postgresql"
    paramstyle = "format"

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as exc:
            raise ClaimlineError("E016", extra="postgresql", module="psycopg") from exc
        self._psycopg = psycopg
        shown = redact(url)
        kwargs = {} if "connect_timeout" in url else {"connect_timeout": CONNECT_TIMEOUT}
        try:
            conn = psycopg.connect(url, autocommit=True, **kwargs)
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ClaimlineError("E007", db=shown, reason=redact(reason)) from exc
        try:
            super().__init__(shown, conn)  # migrates; E008 for a newer schema
        except BaseException:
            conn.close()
            raise

    # --- plumbing ---------------------------------------------------------------------------
    def execute(self, sql: str, params=()):
        cur = self.conn.cursor()
        # without parameters, send the SQL untouched: migrations may contain '?' or '%'
        cur.execute(self.q(sql) if params else sql, params or None)
        return cur

    def query(self, sql: str, params=()) -> list[dict]:
        cur = self.execute(sql, params)
        rows = cur.fetchall()  # first: in pipeline mode the description comes with the rows
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in rows]

    def begin(self) -> None:
        self.conn.execute("BEGIN")

    def migrate(self) -> None:
        self.conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        try:
            super().migrate()
        finally:
            self.conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))

    # --- writes -----------------------------------------------------------------------------
    def put(self, record: Record, replace: bool = False) -> bool:
        # pipeline mode: the inserts of one document go in one round trip, not one each
        try:
            with self.conn.pipeline():
                return super().put(record, replace=replace)
        except self._psycopg.Error:
            self._end_failed_transaction()
            # another writer stored the same document between our check and our insert (a
            # unique violation, or "pipeline aborted" when a later statement reports it)
            if not replace and self.query("SELECT 1 AS x FROM documents WHERE id = ?",
                                          (record.document.id,)):
                return False
            raise
        except BaseException:
            self._end_failed_transaction()
            raise

    def _end_failed_transaction(self) -> None:
        # an error reported at COMMIT (pipelined statements) leaves the transaction open
        from psycopg.pq import TransactionStatus
        if self.conn.info.transaction_status != TransactionStatus.IDLE:
            self.conn.rollback()

    # --- reads ------------------------------------------------------------------------------
    def text_search_clause(self, text: str) -> tuple[str, list]:
        """Stemmed English full-text search with web-search syntax ("quoted phrase", or, -not);
        a query with no searchable word left (only stop words or signs) falls back to LIKE."""
        words = self.query("SELECT numnode(websearch_to_tsquery('english', ?)) AS n", (text,))
        if not words[0]["n"]:
            return super().text_search_clause(text)
        return (f"e.document_id IN (SELECT id FROM documents "
                f"WHERE {TSVECTOR} @@ websearch_to_tsquery('english', ?))", [text])

    def close(self) -> None:
        self.conn.close()
