"""``claimline link`` (link reports across documents) and the ``events --canonical`` printer."""
from __future__ import annotations

import json

import typer
from rich.table import Table

from ..errors import ClaimlineError
from .app import app, err, fail, out
from .store import DB, open_db

LINK_FORMATS = ("table", "json")
CANONICAL_FORMATS = ("table", "json", "jsonl")


@app.command()
def link(db: str = DB,
         rebuild: bool = typer.Option(False, "--rebuild",
                                      help="Forget all links and link every report again."),
         fmt: str = typer.Option("table", "--format", "-f", help="table or json.")) -> int:
    """Link stored events that report the same real-world event into canonical events
    (incremental: only reports not linked yet are placed), and grade each one."""
    if fmt not in LINK_FORMATS:
        fail(ClaimlineError("E010", value=fmt, known=", ".join(LINK_FORMATS)), code=2)
    from ..link import link_store
    with open_db(db) as store:
        stats = link_store(store, rebuild=rebuild)
    if fmt == "json":
        out.file.write(json.dumps(stats.to_dict(), indent=2) + "\n")
        return 0
    out.print(f"{stats.new_reports} new report(s) of {stats.reports}: "
              f"{stats.joined_existing} joined existing events, {stats.joined_new} joined events "
              f"opened in this run, {stats.opened} opened new events "
              f"({stats.pairs_scored} pairs scored, {stats.seconds:.2f} s)")
    if stats.removed:
        out.print(f"{stats.removed} canonical event(s) removed (their documents are gone)")
    grades = ", ".join(f"{g} {n}" for g, n in stats.grades.items()) or "none"
    out.print(f"{stats.canonical_events} canonical events in {db}; grades: {grades}")
    return 0


def print_canonical(db: str, flt, limit, fmt: str) -> int:
    """``claimline events --canonical``: canonical events with their reports and grade."""
    if fmt not in CANONICAL_FORMATS:
        fail(ClaimlineError("E010", value=fmt, known=", ".join(CANONICAL_FORMATS)), code=2)
    from ..link import list_canonical
    with open_db(db) as store:
        rows = list_canonical(store, flt, limit=limit)
    if fmt == "json":
        out.file.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            out.file.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        out.print(canonical_table(rows))
    if not rows:
        err.print("no canonical events (run `claimline link` after `claimline ingest`)")
    return 0


def _fatalities(f) -> str:
    if not f:
        return ""
    return str(f["best"]) if f["low"] == f["high"] else f"{f['best']} ({f['low']}–{f['high']})"


def canonical_table(rows: list[dict]) -> Table:
    table = Table(title=f"{len(rows)} canonical events", title_justify="left", show_lines=True)
    for col in ("date", "type", "place", "fatalities", "grade", "reports", "id"):
        table.add_column(col)
    for row in rows:
        reports = "\n".join(
            f"{r.get('outlet') or r['document']}: {', '.join(r.get('actor') or []) or '?'}"
            f" → {_fatalities(r.get('fatalities')) or '–'} [{r['status']}]"
            + (f" per {', '.join(r['claimed_by'])}" if r.get("claimed_by") else "")
            for r in row["reports"])
        table.add_row(row["date"].get("start") or "", row["acled"] or row["type"],
                      (row.get("place") or {}).get("name") or "",
                      _fatalities(row.get("fatalities")),
                      f"{row['grade']}\n{row['grade_reason']}", reports, row["id"])
    return table
