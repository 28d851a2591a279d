"""The SQL both backends share: migrations, writes of one record, event queries.

Statements use ``?`` placeholders; a backend converts them (``paramstyle``) for its driver.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from typing import Iterator, Optional

from ..errors import ClaimlineError
from ..record import Record
from .base import Store
from .filters import (ACTOR_CONDITION, EventFilter, day_range,
                      place_time_type_conditions)

EVENT_COLUMNS = ("document_id", "event_id", "type", "mode", "acled", "date_start", "date_end",
                 "precision", "day_first", "day_last", "status", "place_name", "country",
                 "admin1", "admin2", "lat", "lon", "geo_precision", "fatalities_low",
                 "fatalities_best", "fatalities_high", "actor", "recipient", "claimed_by")
DOC_COLUMNS = ("id", "url", "title", "outlet", "published", "published_source", "origin",
               "ingested_at")


def migrations(dialect: str) -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped for ``dialect``, in order."""
    folder = resources.files("claimline.store").joinpath("migrations", dialect)
    found = []
    for entry in folder.iterdir():
        m = re.match(r"^(\d{4})_(\w+)\.sql$", entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def split_statements(sql: str) -> list[str]:
    """Split a migration script on semicolons at line ends (no procedural bodies in ours
    except where marked with ``-- statement-break``)."""
    if "-- statement-break" in sql:
        parts = sql.split("-- statement-break")
    else:
        parts = re.split(r";\s*\n", sql)
    return [p.strip().rstrip(";") for p in parts
            if p.strip() and not all(ln.strip().startswith("--") or not ln.strip()
                                     for ln in p.strip().splitlines())]


def event_rows(record: Record) -> tuple[list[tuple], list[tuple]]:
    """Index rows for the events table and the event_actors table."""
    doc_id = record.document.id
    actors = {a.id: a for a in record.actors}
    events, links = [], []

    def names(ids):
        return "; ".join(actors[i].name for i in ids if i in actors) or None

    for ev in record.events:
        place = record.place(ev.place)
        first, last = day_range(ev.date.start)
        if ev.date.end:
            last = day_range(ev.date.end)[1] or last
        f = ev.fatalities
        events.append((doc_id, ev.id, ev.type, ev.mode, ev.acled, ev.date.start, ev.date.end,
                       ev.date.precision, first, last, ev.status,
                       place.name if place else None, place.country if place else None,
                       place.admin1 if place else None, place.admin2 if place else None,
                       place.lat if place else None, place.lon if place else None,
                       place.precision if place else None,
                       f.low if f else None, f.best if f else None, f.high if f else None,
                       names(ev.actor), names(ev.recipient), names(ev.claimed_by)))
        for role, ids in (("actor", ev.actor), ("recipient", ev.recipient),
                          ("claimed_by", ev.claimed_by)):
            for i in ids:
                if i in actors:
                    a = actors[i]
                    links.append((doc_id, ev.id, role, a.name, a.kind, a.country))
    return events, links


class SQLStore(Store):
    """Backend-neutral implementation over a DB-API connection."""

    dialect = "sqlite"
    paramstyle = "qmark"

    def __init__(self, url: str, conn):
        self.url = url
        self.conn = conn
        self.migrate()

    # --- plumbing ---------------------------------------------------------------------------
    def q(self, sql: str) -> str:
        return sql if self.paramstyle == "qmark" else sql.replace("?", "%s")

    def execute(self, sql: str, params=()):
        cur = self.conn.cursor()
        cur.execute(self.q(sql), params)
        return cur

    def query(self, sql: str, params=()) -> list[dict]:
        cur = self.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def transaction(self):
        """Context manager: commit on success, roll back on any error."""
        return _Transaction(self)

    def begin(self) -> None:
        """Start a transaction (drivers that open one implicitly need nothing here)."""

    # --- schema -----------------------------------------------------------------------------
    def migrate(self) -> None:
        with self.transaction():
            self.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                         "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                         "applied_at TEXT NOT NULL)")
        done = {r["version"] for r in self.query("SELECT version FROM schema_migrations")}
        known = migrations(self.dialect)
        newest = max((v for v, _, _ in known), default=0)
        if done and max(done) > newest:
            raise ClaimlineError("E008", db=self.url, found=max(done), known=newest)
        for version, name, sql in known:
            if version in done:
                continue
            with self.transaction():
                for statement in split_statements(sql):
                    self.execute(statement)
                self.execute("INSERT INTO schema_migrations (version, name, applied_at) "
                             "VALUES (?, ?, ?)", (version, name, _now()))

    def schema_version(self) -> int:
        rows = self.query("SELECT MAX(version) AS v FROM schema_migrations")
        return int(rows[0]["v"] or 0)

    # --- writes -----------------------------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        return bool(self.query("SELECT 1 AS x FROM documents WHERE id = ?", (document_id,)))

    def put(self, record: Record, replace: bool = False) -> bool:
        d = record.document
        with self.transaction():
            exists = self.has_document(d.id)
            if exists and not replace:
                return False
            if exists:
                self.delete_document(d.id)
            self.execute("INSERT INTO documents (id, url, title, outlet, published, "
                         "published_source, origin, text, ingested_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (d.id, d.url, d.title, d.outlet, d.published.date, d.published.source,
                          d.origin, d.text, _now()))
            self.execute("INSERT INTO records (document_id, pipeline, record) VALUES (?, ?, ?)",
                         (d.id, json.dumps(record.pipeline), record.to_json()))
            events, links = event_rows(record)
            marks = ", ".join("?" * len(EVENT_COLUMNS))
            for row in events:
                self.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})",
                             row)
            for row in links:
                self.execute("INSERT INTO event_actors (document_id, event_id, role, name, kind, "
                             "country) VALUES (?, ?, ?, ?, ?, ?)", row)
            self.after_put(record)
        return True

    def after_put(self, record: Record) -> None:
        """Hook for backend extras (full-text index, ...), inside the write transaction."""

    def delete_document(self, document_id: str) -> None:
        for table, col in (("event_actors", "document_id"), ("events", "document_id"),
                           ("records", "document_id"), ("documents", "id")):
            self.execute(f"DELETE FROM {table} WHERE {col} = ?", (document_id,))

    # --- reads ------------------------------------------------------------------------------
    def get_record(self, document_id: str) -> Optional[Record]:
        rows = self.query("SELECT record FROM records WHERE document_id = ?", (document_id,))
        return Record.from_json(rows[0]["record"]) if rows else None

    def get_records(self, document_ids) -> dict[str, Record]:
        ids = list(dict.fromkeys(document_ids))
        found = {}
        for i in range(0, len(ids), 500):  # one query per 500 ids (SQLite's parameter limit)
            chunk = ids[i:i + 500]
            rows = self.query(f"SELECT document_id, record FROM records WHERE document_id IN "
                              f"({', '.join('?' * len(chunk))})", chunk)
            found.update((row["document_id"], Record.from_json(row["record"])) for row in rows)
        return found

    def get_document(self, document_id: str) -> Optional[dict]:
        rows = self.query(f"SELECT {', '.join(DOC_COLUMNS)}, text FROM documents WHERE id = ?",
                          (document_id,))
        return rows[0] if rows else None

    def documents(self, limit: int = 100, after: Optional[str] = None) -> list[dict]:
        where, params = ("WHERE id > ?", [after]) if after else ("", [])
        return self.query(f"SELECT {', '.join(DOC_COLUMNS)} FROM documents {where} "
                          f"ORDER BY id LIMIT ?", (*params, limit))

    def count_documents(self) -> int:
        return int(self.query("SELECT COUNT(*) AS n FROM documents")[0]["n"])

    def iter_records(self) -> Iterator[Record]:
        last = ""
        while True:
            rows = self.query("SELECT document_id, record FROM records WHERE document_id > ? "
                              "ORDER BY document_id LIMIT 200", (last,))
            if not rows:
                return
            for row in rows:
                yield Record.from_json(row["record"])
            last = rows[-1]["document_id"]

    def text_search_clause(self, text: str) -> tuple[str, list]:
        """SQL condition on ``e.document_id`` for full-text search (backends may override)."""
        return ("e.document_id IN (SELECT id FROM documents WHERE lower(text) LIKE ?)",
                [f"%{text.lower()}%"])

    def events(self, flt: EventFilter | None = None, limit: int | None = None,
               after: tuple[str, str, str] | None = None) -> list[dict]:
        flt = flt or EventFilter()
        where, params = [], []
        if flt.actor:
            where.append(ACTOR_CONDITION)
            params.append(f"%{flt.actor.lower()}%")
        shared, shared_params = place_time_type_conditions(flt, "e")
        where += shared
        params += shared_params
        if flt.status:
            where.append("e.status = ?")
            params.append(flt.status)
        if flt.document:
            where.append("e.document_id = ?")
            params.append(flt.document)
        if flt.text:
            clause, extra = self.text_search_clause(flt.text)
            where.append(clause)
            params += extra
        if after:
            where.append("(COALESCE(e.day_first, ''), e.document_id, e.event_id) > (?, ?, ?)")
            params += list(after)
        sql = (f"SELECT e.*, d.outlet, d.title, d.url, d.published FROM events e "
               f"JOIN documents d ON d.id = e.document_id "
               f"{'WHERE ' + ' AND '.join(where) if where else ''} "
               f"ORDER BY COALESCE(e.day_first, ''), e.document_id, e.event_id")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self.query(sql, params)


class _Transaction:
    def __init__(self, store: SQLStore):
        self.store = store

    def __enter__(self):
        self.store.begin()
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.conn.commit()
        else:
            self.store.conn.rollback()
        return False


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
