"""``claimline export``: stored records/events as JSON Lines, ACLED CSV, GeoJSON or PLOVER JSON."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import ClaimlineError
from .app import app, err, fail
from .store import DB, open_db


@app.command()
def export(db: str = DB,
           fmt: str = typer.Option("jsonl", "--format", "-f",
                                   help="jsonl, acled-csv, geojson or plover."),
           out: Optional[Path] = typer.Option(None, "--out", "-o",
                                              help="Write to FILE instead of stdout."),
           actor: Optional[str] = typer.Option(None, help="Actor or recipient name contains."),
           place: Optional[str] = typer.Option(None, help="Place, admin1/admin2 or country."),
           country: Optional[str] = typer.Option(None, help="ISO alpha-2 country code."),
           since: Optional[str] = typer.Option(None, help="On or after (YYYY[-MM[-DD]])."),
           until: Optional[str] = typer.Option(None, help="On or before (YYYY[-MM[-DD]])."),
           type_: Optional[str] = typer.Option(None, "--type", help="PLOVER or ACLED type."),
           status: Optional[str] = typer.Option(None, help="reported, recalled, claimed, …"),
           text: Optional[str] = typer.Option(None, help="Full-text search in the documents."),
           ) -> int:
    """Export stored events (or, for jsonl, whole records) matching the filters."""
    from ..export import check_format, stream
    from ..store import EventFilter

    try:
        check_format(fmt)
    except ClaimlineError as error:
        fail(error, code=2)
    try:
        flt = EventFilter.from_options(actor=actor, place=place, country=country, since=since,
                                       until=until, type=type_, status=status, text=text)
    except ClaimlineError as error:
        fail(error, code=2)
    with open_db(db) as store:
        if out is None:
            for chunk in stream(fmt, store, flt):
                sys.stdout.write(chunk)
            sys.stdout.flush()
            return 0
        try:
            fh = open(out, "w", encoding="utf-8", newline="")
        except OSError as exc:
            fail(ClaimlineError("E001", input=str(out), reason=exc.strerror or str(exc)))
        with fh:
            for chunk in stream(fmt, store, flt):
                fh.write(chunk)
    err.print(f"wrote {fmt} to {out}")
    return 0
