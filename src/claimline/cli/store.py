"""``claimline ingest`` (pipeline → store) and ``claimline events`` (query the store)."""
from __future__ import annotations

import csv
import json
import time
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                           TimeElapsedColumn)
from rich.text import Text
from rich.table import Table

from ..errors import ClaimlineError
from .app import app, err, fail, out
from .extract import (ALLOW_PRIVATE, CACHE_DIR, DATE_COLUMN, DATE_ORDER, ERRORS, FETCH_LINKS,
                      MAX_BYTES, NO_CACHE, OUTLET_COLUMN, PATHS, PUBLISHED, TEXT_COLUMN, TIMEOUT,
                      TITLE_COLUMN, URL_COLUMN, ErrorLog, read_options)

DB = typer.Option("claimline.db", "--db", envvar="CLAIMLINE_DB",
                  help="SQLite file, or a postgresql:// URL.")
EVENT_FORMATS = ("table", "json", "jsonl", "csv")


def open_db(db: str):
    from ..store import open_store
    return open_store(db)


def ingest_records(store, paths, published, options, replace: bool, log: ErrorLog,
                   progress=None, task=None, client=None) -> tuple[int, int]:
    """Read, analyse and store documents one at a time; return (stored, skipped).

    Documents already in the store are skipped before analysis (their id derives from the
    cleaned text), so an interrupted run resumes where it stopped without duplicates. With a
    Dask ``client`` the analysis runs on the cluster and this process only stores.
    """
    from ..extraction import get_pipeline, iter_records

    skipped = 0

    def already_stored(document_id: str) -> bool:
        nonlocal skipped
        if not replace and store.has_document(document_id):
            skipped += 1
            return True
        return False

    if client is None:
        results = get_pipeline().analyse_many(
            iter_records(paths, published, options, skip=already_stored))
    else:
        from ..scale import extract_distributed
        # workers cannot see the store: expand the inputs here, skip stored documents there
        def count_skipped(n: int) -> None:
            nonlocal skipped
            skipped += n

        results = extract_distributed(_expand(paths), client, published, options,
                                      skip_ids=_stored_ids(store) if not replace else (),
                                      on_skip=count_skipped)
    stored = 0
    for item in results:
        if progress is not None:
            progress.advance(task)
        if isinstance(item, ClaimlineError):
            log(item)
            continue
        try:
            is_new = store.put(item, replace=replace)
        except ClaimlineError as error:
            log(error)
            continue
        except Exception as exc:  # a driver error: the document's transaction was rolled back
            log(ClaimlineError("E018", input=item.document.origin or item.document.id,
                               db=store.url, reason=f"{type(exc).__name__}: {exc}"))
            continue
        if is_new:
            stored += 1
        else:
            skipped += 1
    return stored, skipped


def _expand(paths):
    """Directories and globs → files, so chunks of work can go to different workers; walked
    exactly as the local readers walk them. A spec that finds nothing is passed on as it is,
    so the worker's reader reports it (E033 empty folder, E031 glob without matches)."""
    import glob
    import os

    from ..ingest.readers import is_glob, walk_files

    for spec in paths:
        if os.path.isdir(spec):
            files = list(walk_files(spec))
        elif is_glob(spec):
            files = sorted(glob.iglob(os.path.expanduser(spec), recursive=True))
        else:
            files = []
        yield from files or [spec]


def _stored_ids(store) -> frozenset:
    return frozenset(d["id"] for d in store.query("SELECT id FROM documents"))


@app.command()
def ingest(paths: Optional[List[str]] = PATHS, db: str = DB,
           published: Optional[str] = PUBLISHED, errors: Optional[Path] = ERRORS,
           text_column: Optional[str] = TEXT_COLUMN, allow_private: bool = ALLOW_PRIVATE,
           max_bytes: int = MAX_BYTES, title_column: Optional[str] = TITLE_COLUMN,
           date_column: Optional[str] = DATE_COLUMN, url_column: Optional[str] = URL_COLUMN,
           outlet_column: Optional[str] = OUTLET_COLUMN, date_order: str = DATE_ORDER,
           timeout: float = TIMEOUT, cache_dir: Optional[Path] = CACHE_DIR,
           no_cache: bool = NO_CACHE, fetch_links: bool = FETCH_LINKS,
           replace: bool = typer.Option(False, "--replace",
                                        help="Re-analyse documents already stored."),
           workers: int = typer.Option(0, "--workers",
                                       help="Analyse on a local Dask cluster of N processes."),
           scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                                   help="Analyse on the Dask cluster at this "
                                                   "address (tcp://host:8786).")) -> int:
    """Run the pipeline on documents and store documents and records (idempotent)."""
    if not paths:
        fail(ClaimlineError("E006"), code=2)
    log = ErrorLog(errors)
    options = read_options(text_column, allow_private, max_bytes, title_column=title_column,
                           date_column=date_column, url_column=url_column,
                           outlet_column=outlet_column, date_order=date_order, timeout=timeout,
                           cache_dir=cache_dir, no_cache=no_cache, fetch_links=fetch_links)
    started = time.perf_counter()
    client = _dask_client(workers, scheduler)
    with open_db(db) as store:
        columns = [TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                   DocsPerSecond(), TimeElapsedColumn()]
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("ingest", total=None)
            try:
                stored, skipped = ingest_records(store, paths, published, options, replace, log,
                                                 progress, task, client)
            finally:
                if client is not None:
                    client.close()
        elapsed = time.perf_counter() - started
        total = store.count_documents()
    rate = (stored + skipped) / elapsed if elapsed > 0 else 0.0
    err.print(f"{stored} stored, {skipped} already present, {log.count} failed "
              f"({rate:.1f} docs/s); {total} documents in {db}")
    return log.close()


class DocsPerSecond(ProgressColumn):
    def render(self, task) -> Text:
        rate = task.completed / task.elapsed if task.elapsed else 0.0
        return Text(f"{rate:.1f} docs/s")


def _dask_client(workers: int, scheduler: Optional[str]):
    if scheduler:
        from ..scale import _require_distributed
        return _require_distributed().Client(scheduler)
    if workers and workers > 0:
        from ..scale import local_client
        return local_client(workers)
    return None


def _event_filter(actor, place, since, until, type_, status):
    from ..store import EventFilter
    return EventFilter.from_options(actor=actor, place=place, since=since, until=until,
                                    type=type_, status=status)


EVENT_TABLE_COLUMNS = ("date_start", "precision", "type", "acled", "actor", "recipient",
                       "place_name", "country", "fatalities_best", "status", "claimed_by",
                       "outlet", "document_id", "event_id")


@app.command()
def events(db: str = DB,
           actor: Optional[str] = typer.Option(None, help="Actor or recipient name contains."),
           place: Optional[str] = typer.Option(None, help="Place, admin1/admin2 or country."),
           since: Optional[str] = typer.Option(None, help="On or after (YYYY[-MM[-DD]])."),
           until: Optional[str] = typer.Option(None, help="On or before (YYYY[-MM[-DD]])."),
           type_: Optional[str] = typer.Option(None, "--type", help="PLOVER or ACLED type."),
           status: Optional[str] = typer.Option(None, help="reported, recalled, claimed, …"),
           limit: Optional[int] = typer.Option(None, help="At most this many events."),
           fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl, csv."),
           canonical: bool = typer.Option(False, "--canonical",
                                          help="Canonical events (after `claimline link`).")
           ) -> int:
    """List stored events, filtered, as a table, JSON, JSON Lines or CSV."""
    if canonical:
        from .link import print_canonical
        return print_canonical(db, _event_filter(actor, place, since, until, type_, status),
                               limit, fmt)
    if fmt not in EVENT_FORMATS:
        fail(ClaimlineError("E010", value=fmt, known=", ".join(EVENT_FORMATS)), code=2)
    flt = _event_filter(actor, place, since, until, type_, status)
    with open_db(db) as store:
        rows = store.events(flt, limit=limit)
    print_event_rows(rows, fmt)
    return 0


def print_event_rows(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        out.file.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            out.file.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(out.file, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        table = Table(title=f"{len(rows)} events", title_justify="left")
        for col in EVENT_TABLE_COLUMNS:
            table.add_column(col.replace("_", " "))
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c))
                            for c in EVENT_TABLE_COLUMNS))
        out.print(table)
